#!/usr/bin/env python3
"""Validates .ics files written by `sammen export ics` with a real parser (Python's icalendar).

Usage: validate_ics.py [--calcurse] FILE.ics [FILE.ics ...]    (needs `pip install icalendar`)

Checks, beyond a clean parse: CRLF line endings, physical lines of at most 75 octets, the calendar
properties Sammen promises, a VTIMEZONE for every TZID used, and per event UID/DTSTAMP/DTSTART/SUMMARY,
unique UIDs, DTEND after DTSTART, no CPR-like number. With --calcurse, each file is also imported into
calcurse (`apt-get install calcurse`) in a scratch folder, which must import every event and skip none.
Exits 1 when any file fails.
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

import icalendar

CPR = re.compile(rb"(?<!\d)\d{6}-?\d{4}(?!\d)")


def check(path):
    problems = []
    raw = open(path, "rb").read()
    if not raw.endswith(b"\r\n"):
        problems.append("the file does not end in CRLF")
    lines = raw.split(b"\r\n")[:-1]
    for n, line in enumerate(lines, 1):
        if b"\n" in line or b"\r" in line:
            problems.append(f"line {n}: a bare LF or CR")
        if len(line) > 75:
            problems.append(f"line {n}: {len(line)} octets (max 75)")
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            problems.append(f"line {n}: not UTF-8 on its own (a multi-octet sequence was split)")
    if CPR.search(raw.replace(b"\r\n ", b"")):
        problems.append("a CPR-like number (DDMMYY-XXXX)")

    cal = icalendar.Calendar.from_ical(raw)
    for prop, want in [("VERSION", "2.0"), ("PRODID", "-//Sammen//Sammen 0.1//DA"),
                       ("CALSCALE", "GREGORIAN"), ("METHOD", "PUBLISH")]:
        if str(cal.get(prop)) != want:
            problems.append(f"{prop} is {cal.get(prop)!r}, not {want!r}")
    zones = {str(tz["TZID"]) for tz in cal.walk("VTIMEZONE")}
    uids = set()
    events = cal.walk("VEVENT")
    for ev in events:
        uid = str(ev.get("UID"))
        for prop in ("UID", "DTSTAMP", "DTSTART", "SUMMARY"):
            if ev.get(prop) is None:
                problems.append(f"{uid}: no {prop}")
        if uid in uids:
            problems.append(f"{uid}: UID used twice")
        uids.add(uid)
        for prop in ("DTSTART", "DTEND"):
            tzid = ev[prop].params.get("TZID") if ev.get(prop) is not None else None
            if tzid and tzid not in zones:
                problems.append(f"{uid}: {prop} uses TZID {tzid} without a VTIMEZONE")
        if ev.get("DTEND") is not None and ev.decoded("DTEND") <= ev.decoded("DTSTART"):
            problems.append(f"{uid}: DTEND is not after DTSTART")
    if "--calcurse" in sys.argv:
        problems += calcurse_problems(path, len(events))
    for p in problems:
        print(f"{path}: {p}")
    print(f"{path}: {'OK' if not problems else 'FAILED'} ({len(events)} events, {len(zones)} time zone(s))")
    return not problems


def calcurse_problems(path, expected):
    if shutil.which("calcurse") is None:
        return ["--calcurse given, but calcurse is not installed"]
    with tempfile.TemporaryDirectory() as scratch:
        env = dict(os.environ, TZ="Europe/Copenhagen")
        run = subprocess.run(["calcurse", "-D", scratch, "-i", path], capture_output=True, text=True, env=env)
    report = run.stdout + run.stderr
    found = re.search(r"(\d+) apps? / (\d+) events? / (\d+) todos? / (\d+) skipped", report)
    if run.returncode != 0 or not found:
        return [f"calcurse failed: {report.strip()}"]
    apps, events, _, skipped = map(int, found.groups())
    problems = []
    if skipped:
        problems.append(f"calcurse skipped {skipped} item(s)")
    if apps + events != expected:
        problems.append(f"calcurse imported {apps + events} of {expected} events")
    return problems


if __name__ == "__main__":
    files = [a for a in sys.argv[1:] if not a.startswith("--")]
    if not files:
        sys.exit(__doc__)
    sys.exit(0 if all([check(p) for p in files]) else 1)
