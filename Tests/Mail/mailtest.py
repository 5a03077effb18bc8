#!/usr/bin/env python3
"""The mail tests' driver (run by Tests/Mail/run.sh, which starts the SMTP server and writes msmtp's config).

A real store (the training caseload copied and made an ordinary store), a real `sammen invite`, msmtp as the
sendmail program, aiosmtpd as the mail server on 127.0.0.1. Every message that arrives is parsed as a mail and its
calendar part with Python's `icalendar`. Prints one line per check and "N passed, M failed" last.

    mailtest.py --sammen BIN --inbox DIR --msmtprc FILE --work DIR
"""
import argparse
import email
import email.policy
import glob
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

import icalendar

CPR = re.compile(r"(?<![0-9])[0-9]{6}-?[0-9]{4}(?![0-9])")
TODAY = "2027-01-05"
FAMILY = "f-001"
PARENTS = {"camilla.noergaard@eksempel.dk", "rasmus.noergaard@eksempel.dk"}
SCHOOL = "anne.holt@xn--sbyskole-54a.dk"  # typed as anne.holt@søbyskole.dk: sent as Punycode
PPR = "ppr@soeby.dk"  # in the network, never invited here

passed = 0
failed = 0


def check(ok, what, detail=""):
    global passed, failed
    if ok:
        passed += 1
        print(f"ok   {what}")
    else:
        failed += 1
        print(f"FAIL {what}" + (f": {detail}" if detail else ""))


class Store:
    def __init__(self, sammen, root, work):
        self.sammen, self.root, self.work = sammen, root, work

    def path(self):
        return os.path.join(self.root, "families", FAMILY + ".json")

    def load(self):
        with open(self.path(), encoding="utf-8") as f:
            return json.load(f)

    def save(self, family):
        with open(self.path() + ".new", "w", encoding="utf-8") as f:
            json.dump(family, f, ensure_ascii=False, indent=2, sort_keys=True)
        os.rename(self.path() + ".new", self.path())
        # The index is rebuilt from the files on the next open.
        shutil.rmtree(os.path.join(self.root, "cache"), ignore_errors=True)

    def invite(self, env_extra, *extra):
        env = dict(os.environ, LANG="C.UTF-8", SAMMEN_USER="mha")
        env.pop("LC_ALL", None)
        env.update(env_extra)
        return subprocess.run([self.sammen, "invite", FAMILY, "--store", self.root, "--today", TODAY, *extra],
                              capture_output=True, text=True, env=env, cwd=self.work, timeout=120)


class Inbox:
    def __init__(self, folder):
        self.folder = folder
        self.seen = set()

    def new(self, expected, timeout=20):
        """The messages that arrived since the last call (waits until `expected` are there or the timeout)."""
        deadline = time.time() + timeout
        while True:
            names = sorted(n for n in os.listdir(self.folder) if n.endswith(".eml") and n not in self.seen)
            if len(names) >= expected or time.time() > deadline:
                break
            time.sleep(0.05)
        out = []
        for n in names:
            self.seen.add(n)
            with open(os.path.join(self.folder, n), "rb") as f:
                raw = f.read()
            with open(os.path.join(self.folder, n[:-4] + ".rcpt")) as f:
                rcpts = [r.strip().lower() for r in f if r.strip()]
            out.append(parse(raw, rcpts))
        return out


def parse(raw, rcpts):
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    texts, calendars, methods = [], [], []
    for part in msg.walk():
        ctype = part.get_content_type()
        if ctype == "text/plain":
            texts.append(part.get_content())
        elif ctype == "text/calendar":
            methods.append(part.get_param("method"))
            calendars.append(icalendar.Calendar.from_ical(part.get_payload(decode=True)))
    return {"raw": raw, "msg": msg, "rcpts": rcpts, "texts": texts, "calendars": calendars, "methods": methods,
            "content_type": msg.get_content_type()}


def events(message):
    return [c for cal in message["calendars"] for c in cal.walk("VEVENT")]


def decoded_text(message):
    parts = list(message["texts"]) + [cal.to_ical().decode("utf-8") for cal in message["calendars"]]
    parts.append(str(message["msg"]["Subject"]))
    parts.append(str(message["msg"]["To"]))
    return "\n".join(parts)


def meeting(date, time_="10:00"):
    return {"id": "m1", "year": int(date[:4]), "month": int(date[5:7]), "kind": "networkMeeting",
            "purpose": "Netværksmøde om skolestart (Noah 220819-9181 nævnes ikke)", "participants":
            ["Forældrene", "Skolen", "Mette (sagsbehandler)", "Mormor"], "date": date, "time": time_,
            "durationMinutes": 90, "location": "Søby Skole, lokale 12", "done": False, "sequence": 0}


def check_messages(msgs, method, sequence, uid, expected_rcpts, what):
    got = sorted(r for m in msgs for r in m["rcpts"])
    check(got == sorted(expected_rcpts), f"{what}: delivered to exactly the invited partners", f"got {got}")
    check(all(len(m["rcpts"]) == 1 for m in msgs), f"{what}: one message per recipient")
    check(all(m["content_type"] == "multipart/alternative" for m in msgs), f"{what}: multipart/alternative")
    check(all(m["methods"] == [method] for m in msgs), f"{what}: text/calendar; method={method}",
          str([m["methods"] for m in msgs]))
    check(all(len(m["texts"]) == 1 and m["texts"][0].strip() for m in msgs), f"{what}: a text/plain part")
    for m in msgs:
        cal = m["calendars"][0]
        evs = events(m)
        ok = (str(cal.get("METHOD")) == method and len(evs) == 1 and str(evs[0].get("UID")) == uid
              and int(evs[0].get("SEQUENCE")) == sequence and str(evs[0].get("CLASS")) == "PRIVATE")
        check(ok, f"{what}: parses with icalendar; METHOD {method}, UID kept, SEQUENCE {sequence}, CLASS:PRIVATE",
              f"{cal.get('METHOD')} {[(str(e.get('UID')), e.get('SEQUENCE')) for e in evs]}")
        attendees = [str(a).lower().replace("mailto:", "") for a in (evs[0].get("ATTENDEE") if isinstance(evs[0].get("ATTENDEE"), list) else [evs[0].get("ATTENDEE")])]
        check(attendees == m["rcpts"], f"{what}: the only ATTENDEE is the recipient", str(attendees))
        check(str(evs[0].get("ORGANIZER")).lower() == "mailto:mha@soeby.dk", f"{what}: ORGANIZER is the caseworker")
        check(not CPR.search(decoded_text(m)) and not CPR.search(m["raw"].decode("ascii", "replace")),
              f"{what}: no CPR number in the message")
        if method == "REQUEST":
            rsvp = evs[0]["ATTENDEE"].params.get("RSVP") if not isinstance(evs[0]["ATTENDEE"], list) else None
            check(rsvp == "TRUE", f"{what}: RSVP=TRUE")
            check(str(evs[0].get("LOCATION")) == "Søby Skole, lokale 12", f"{what}: LOCATION")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--sammen", required=True)
    ap.add_argument("--inbox", required=True)
    ap.add_argument("--msmtprc", required=True)
    ap.add_argument("--work", required=True)
    a = ap.parse_args()
    sammen = os.path.abspath(a.sammen)
    root = os.path.join(a.work, "store")
    env = dict(os.environ, LANG="C.UTF-8", SAMMEN_USER="mha")
    subprocess.run([sammen, "demo", "--init", root], check=True, capture_output=True, env=env, cwd=a.work)
    # An ordinary store: the training store never sends mail.
    meta_path = os.path.join(root, "store.json")
    with open(meta_path) as f:
        meta = json.load(f)
    meta["training"] = False
    with open(meta_path, "w") as f:
        json.dump(meta, f, indent=2)
    store = Store(sammen, root, a.work)
    inbox = Inbox(a.inbox)
    mail = {"SAMMEN_SENDMAIL": f"msmtp -C {a.msmtprc}"}

    fam = store.load()
    fam["annualPlan"] = [x for x in fam["annualPlan"] if x.get("date") is None or x["date"] < TODAY]
    fam["annualPlan"].append(meeting("2027-02-09"))
    for n in fam["network"]:
        if n["role"] == "school":
            n["email"] = "Anne Holt <anne.holt@søbyskole.dk>"
    store.save(fam)

    # 1. Create → REQUEST to the parents and the school; PPR (not a participant) gets nothing.
    r = store.invite(mail)
    check(r.returncode == 1, "invite with an unreachable participant exits 1", f"rc={r.returncode} {r.stderr}")
    check("Mormor" in r.stderr, "the participant without an address is named", r.stderr)
    msgs = inbox.new(3)
    check_messages(msgs, "REQUEST", 0, "m1-f-001@sammen.local", PARENTS | {SCHOOL}, "create")
    check(all(PPR not in m["rcpts"] for m in msgs), "create: the uninvited partner (PPR) receives nothing")
    recorded = {(i["recipient"], i["method"], i["sequence"]) for i in store.load().get("invitations", [])}
    check(recorded == {(x, "request", 0) for x in PARENTS | {SCHOOL}}, "create: recorded as sent per recipient", str(recorded))

    # 2. Nothing changed → nothing sent.
    r = store.invite(mail)
    check("Intet at sende" in r.stdout, "unchanged: nothing to send", r.stdout + r.stderr)
    check(inbox.new(0, timeout=0.5) == [], "unchanged: no message")

    # 3. Move → update with the same UID and a higher SEQUENCE.
    fam = store.load()
    for x in fam["annualPlan"]:
        if x["id"] == "m1":
            x["date"] = "2027-02-16"
    store.save(fam)
    r = store.invite(mail)
    msgs = inbox.new(3)
    check_messages(msgs, "REQUEST", 1, "m1-f-001@sammen.local", PARENTS | {SCHOOL}, "move")
    check(all(str(events(m)[0].decoded("DTSTART").date()) == "2027-02-16" for m in msgs), "move: the new date")

    # 4. Failures: no sendmail, a non-zero exit, a refused address. Nothing is marked sent; the command names them.
    fam = store.load()
    for x in fam["annualPlan"]:
        if x["id"] == "m1":
            x["time"] = "13:00"
    store.save(fam)
    before = store.load().get("invitations")
    for label, extra in [("sendmail missing", {"SAMMEN_SENDMAIL": "/nonexistent/sendmail"}),
                         ("sendmail exits non-zero", {"SAMMEN_SENDMAIL": "sh -c 'cat >/dev/null; exit 75' sh"}),
                         ("mail server unreachable", {"SAMMEN_SENDMAIL": f"msmtp -C {a.msmtprc} --port=1"})]:
        r = store.invite(extra)
        named = all(x in r.stderr for x in ["IKKE SENDT", "camilla.noergaard@eksempel.dk", "rasmus.noergaard@eksempel.dk",
                                              "anne.holt@søbyskole.dk"])
        check(r.returncode == 1 and named, f"{label}: exit 1 and every failed recipient named", r.stderr[-600:])
        check(store.load().get("invitations") == before, f"{label}: nothing marked sent")
    check(inbox.new(0, timeout=0.5) == [], "failures: no message arrived")

    # A refused address: that recipient fails, the others are sent.
    fam = store.load()
    for n in fam["network"]:
        if n["role"] == "school":
            n["email"] = "anne.holt@refused.invalid"
    store.save(fam)
    r = store.invite(mail)
    msgs = inbox.new(3)
    got = sorted((x, m["methods"][0]) for m in msgs for x in m["rcpts"])
    check(got == sorted([(p, "REQUEST") for p in PARENTS] + [(SCHOOL, "CANCEL")]),
          "refused address: the parents get the update, the school's old address a cancellation", str(got))
    check(r.returncode == 1 and "anne.holt@refused.invalid" in r.stderr and "IKKE SENDT" in r.stderr,
          "refused address: the command names the failed recipient", r.stderr[-600:])
    inv = store.load().get("invitations", [])
    check(not any(i["recipient"] == "anne.holt@refused.invalid" for i in inv), "refused address: not marked sent")
    # The old school address gets a cancellation (it is no longer invited).
    check(any(i["recipient"] == SCHOOL and i["method"] == "cancel" for i in inv), "changed address: the old one got a CANCEL")
    r = store.invite(mail)
    check("anne.holt@refused.invalid" in r.stderr, "refused address: still pending on the next run", r.stderr[-400:])
    inbox.new(0, timeout=1)
    fam = store.load()
    for n in fam["network"]:
        if n["role"] == "school":
            n["email"] = "anne.holt@søbyskole.dk"
    store.save(fam)
    r = store.invite(mail)
    msgs = inbox.new(1)
    check(sorted(x for m in msgs for x in m["rcpts"]) == [SCHOOL], "the school is invited again at its own address")

    # 5. The whole-year file: PUBLISH without ATTENDEE, imports into khal and calcurse with nothing skipped.
    ics = os.path.join(a.work, "year.ics")
    r = subprocess.run([sammen, "export", "ics", "--family", FAMILY, "--store", root, "--year", "2027", "--out", ics,
                        "--today", TODAY], capture_output=True, text=True, env=env, cwd=a.work)
    with open(ics, "rb") as f:
        data = f.read()
    cal = icalendar.Calendar.from_ical(data)
    n_events = len(list(cal.walk("VEVENT")))
    check(str(cal.get("METHOD")) == "PUBLISH" and b"ATTENDEE" not in data and n_events > 0,
          "the whole-year file is a PUBLISH without attendees")
    check(not CPR.search(data.decode("utf-8")), "the whole-year file holds no CPR number")
    check_khal(ics, n_events, a.work)
    check_calcurse(ics, n_events, a.work)

    # 6. Delete → CANCEL to everyone invited, same UID, higher SEQUENCE.
    fam = store.load()
    fam["annualPlan"] = [x for x in fam["annualPlan"] if x["id"] != "m1"]
    store.save(fam)
    r = store.invite(mail)
    msgs = inbox.new(3)
    seq = max(i["sequence"] for i in store.load()["invitations"])
    check_messages(msgs, "CANCEL", seq, "m1-f-001@sammen.local", PARENTS | {SCHOOL}, "delete")
    check(all(str(events(m)[0].get("STATUS")) == "CANCELLED" for m in msgs), "delete: STATUS:CANCELLED")

    # 7. The training store never sends: it writes files and says so.
    troot = os.path.join(a.work, "training")
    subprocess.run([sammen, "demo", "--init", troot], check=True, capture_output=True, env=env, cwd=a.work)
    r = subprocess.run([sammen, "invite", FAMILY, "--store", troot, "--today", "2027-01-05"], capture_output=True, text=True,
                       env=dict(env, SAMMEN_SENDMAIL=mail["SAMMEN_SENDMAIL"], SAMMEN_EXPORT_DIR=a.work), cwd=a.work)
    files = glob.glob(os.path.join(a.work, "invitationer-f-001", "*.eml"))
    check("sender aldrig mail" in r.stdout and files, "training store: messages written as files, and it says so", r.stdout)
    check(inbox.new(0, timeout=1) == [], "training store: no mail sent")
    for path in files:
        with open(path, "rb") as f:
            m = parse(f.read(), [])
        check(m["methods"] == ["REQUEST"] and len(events(m)) == 1, f"training file {os.path.basename(path)} parses")

    print(f"{passed} passed, {failed} failed")
    return 0 if failed == 0 else 1


def check_khal(ics, expected, work):
    khal = shutil.which("khal")
    if not khal:
        check(False, "khal is installed (pip install khal)")
        return
    d = tempfile.mkdtemp(dir=work)
    cal_dir = os.path.join(d, "cal")
    os.makedirs(cal_dir)
    conf = os.path.join(d, "khal.conf")
    with open(conf, "w") as f:
        f.write(f"[calendars]\n[[sammen]]\npath = {cal_dir}\n\n[locale]\ntimeformat = %H:%M\ndateformat = %Y-%m-%d\n"
                f"longdateformat = %Y-%m-%d\ndatetimeformat = %Y-%m-%d %H:%M\nlongdatetimeformat = %Y-%m-%d %H:%M\n"
                f"default_timezone = Europe/Copenhagen\nlocal_timezone = Europe/Copenhagen\n\n[sqlite]\npath = {d}/khal.db\n")
    env = dict(os.environ, LANG="C.UTF-8", LC_ALL="C.UTF-8", XDG_DATA_HOME=d, XDG_CONFIG_HOME=d)
    r = subprocess.run([khal, "-c", conf, "import", "--batch", "-a", "sammen", ics], capture_output=True, text=True, env=env)
    imported = len(glob.glob(os.path.join(cal_dir, "*.ics")))
    check(r.returncode == 0 and imported == expected and "skip" not in (r.stdout + r.stderr).lower(),
          f"khal imports all {expected} events", f"rc={r.returncode} imported={imported} {r.stderr.strip()[-300:]}")
    r = subprocess.run([khal, "-c", conf, "list", "2027-01-01", "400d"], capture_output=True, text=True, env=env)
    check(r.returncode == 0 and "Netværksmøde" in r.stdout, "khal lists the imported meeting", r.stdout[-300:] + r.stderr[-300:])


def check_calcurse(ics, expected, work):
    if not shutil.which("calcurse"):
        check(False, "calcurse is installed")
        return
    d = tempfile.mkdtemp(dir=work)
    r = subprocess.run(["calcurse", "-D", d, "-i", ics], capture_output=True, text=True,
                       env=dict(os.environ, LANG="C.UTF-8", TZ="Europe/Copenhagen"))
    out = r.stdout + r.stderr
    m = re.search(r"(\d+) apps? / (\d+) events? / (\d+) todos? / (\d+) skipped", out)
    ok = m is not None and int(m.group(1)) + int(m.group(2)) == expected and int(m.group(4)) == 0
    check(r.returncode == 0 and ok, f"calcurse imports all {expected} events, none skipped", out.strip()[-300:])


if __name__ == "__main__":
    sys.exit(main())
