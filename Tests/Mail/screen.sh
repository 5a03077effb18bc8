#!/usr/bin/env bash
# A failed send on the screen, as a caseworker meets it: the program in tmux at 80x24 on an ordinary store, the
# mail server down (the sendmail program fails), `s` on the årshjul. The screen must say in words why and to whom,
# nothing may be recorded as sent, and once the server is back a second `s` sends every invitation.
# Called by Tests/Mail/run.sh with the sammen binary, the msmtp configuration, the inbox and a scratch folder.
# Prints one "ok"/"FAIL" line per check; exits 1 when anything failed.
set -uo pipefail
umask 077
bin=$1 msmtprc=$2 inbox=$3 work=$4
mkdir -p "$work"
command -v tmux >/dev/null 2>&1 || { apt-get update -qq >/dev/null && apt-get install -y -qq tmux >/dev/null; }

today="2027-01-05"
store="$work/store"
sock="$work/tmux.sock"
failed=0
t() { tmux -S "$sock" "$@"; }
cleanup() { t kill-server 2>/dev/null || true; }
trap cleanup EXIT
ok()   { echo "ok   $1"; }
fail() { failed=$((failed + 1)); echo "FAIL $1"; echo "----- screen -----"; t capture-pane -p -t mail 2>/dev/null; echo "------------------"; }
wait_for() {
  for _ in $(seq 1 150); do
    if t capture-pane -p -t mail 2>/dev/null | grep -qF -- "$1"; then return 0; fi
    sleep 0.1
  done
  return 1
}
check() { if wait_for "$1"; then ok "$2"; else fail "$2"; fi; }
screen_text() { t capture-pane -p -t mail | tr '\n' ' ' | tr -s ' '; }

# An ordinary store (the training store never sends mail) with one dated network meeting for the Nørgaard family.
LANG=C.UTF-8 SAMMEN_USER=mha "$bin" demo --init "$store" >/dev/null
python3 - "$store" <<'PY'
import json, os, shutil, sys
root = sys.argv[1]
meta_path = os.path.join(root, "store.json")
meta = json.load(open(meta_path))
meta["training"] = False
json.dump(meta, open(meta_path, "w"), indent=2)
path = os.path.join(root, "families", "f-001.json")
fam = json.load(open(path, encoding="utf-8"))
fam["annualPlan"] = [a for a in fam["annualPlan"] if a.get("date") is None or a["date"] < "2027-01-05"]
fam["annualPlan"].append({"id": "m1", "year": 2027, "month": 2, "kind": "networkMeeting",
                          "purpose": "Netværksmøde om skolestart", "participants": ["Forældrene", "Skolen"],
                          "date": "2027-02-09", "time": "10:00", "durationMinutes": 90,
                          "location": "Søby Skole, lokale 12", "done": False, "sequence": 0})
for n in fam["network"]:
    if n["role"] == "school":
        n["email"] = "anne.holt@soebyskole.dk"
fam.pop("invitations", None)
json.dump(fam, open(path, "w", encoding="utf-8"), ensure_ascii=False, indent=2, sort_keys=True)
shutil.rmtree(os.path.join(root, "cache"), ignore_errors=True)
PY

# The mail program: msmtp, unless the server is "down" (a marker file), when it fails the way a sendmail does.
cat >"$work/sendmail" <<SH
#!/bin/sh
if [ -e "$work/down" ]; then cat >/dev/null; echo "msmtp: cannot connect to mail.soeby.dk, port 25: Connection refused" >&2; exit 69; fi
exec msmtp -C "$msmtprc" "\$@"
SH
chmod 700 "$work/sendmail"
touch "$work/down"
before=$(ls "$inbox"/*.eml 2>/dev/null | wc -l)

t new-session -d -s mail -x 80 -y 24 \
  "env LANG=C.UTF-8 TERM=xterm-256color SWIFT_BACKTRACE=interactive=no SAMMEN_USER=mha SAMMEN_SENDMAIL=$work/sendmail $bin --store $store --today $today"
t set-option -t mail remain-on-exit on >/dev/null
check "Sagsstamme" "the program opens the store"
t send-keys -t mail /
t send-keys -t mail -l "Nørgaard"
t send-keys -t mail Enter Enter
check "Børn og sager" "the Nørgaard family opens"
t send-keys -t mail -l "å"
check "Årshjul 2027" "å opens the årshjul on 2027 (today is 5 January)"
t send-keys -t mail s
if wait_for "IKKE SENDT"; then
  text=$(screen_text)
  if [[ "$text" == *"Connection refused"* && "$text" == *"camilla.noergaard@eksempel.dk"* && "$text" == *"anne.holt@soebyskole.dk"* ]]; then
    ok "a failed send says why (the mail program's words) and to whom, on the 80x24 screen"
  else
    fail "the failure names the reason and the recipients"
  fi
else
  fail "s with the mail server down says IKKE SENDT"
fi
if python3 -c "import json,sys; f=json.load(open(sys.argv[1])); sys.exit(0 if not f.get('invitations') else 1)" "$store/families/f-001.json"; then
  ok "nothing is recorded as sent"
else
  fail "nothing is recorded as sent"
fi
if [ "$(ls "$inbox"/*.eml 2>/dev/null | wc -l)" = "$before" ]; then ok "no message reached the server"; else fail "no message reached the server"; fi

# The server is back: the same key sends what is pending.
rm -f "$work/down"
t send-keys -t mail s
check "3 invitation(er) sendt" "a second s sends the three invitations"
for _ in $(seq 1 100); do [ "$(ls "$inbox"/*.eml 2>/dev/null | wc -l)" -ge $((before + 3)) ] && break; sleep 0.1; done
if [ "$(ls "$inbox"/*.eml 2>/dev/null | wc -l)" = "$((before + 3))" ]; then ok "the server received three messages"; else fail "the server received three messages"; fi
if python3 -c "import json,sys; f=json.load(open(sys.argv[1])); r={i['recipient'] for i in f.get('invitations',[])}; sys.exit(0 if r=={'camilla.noergaard@eksempel.dk','rasmus.noergaard@eksempel.dk','anne.holt@soebyskole.dk'} else 1)" "$store/families/f-001.json"; then
  ok "each recipient is recorded as sent"
else
  fail "each recipient is recorded as sent"
fi
t send-keys -t mail Right
check "sendt 05.01" "the February meeting says «sendt 05.01»"
t send-keys -t mail s
check "Intet at sende" "a third s has nothing to send"
t send-keys -t mail q
for _ in $(seq 1 50); do [ "$(t display -p -t mail '#{pane_dead}')" = "1" ] && break; sleep 0.1; done
if [ "$(t display -p -t mail '#{pane_dead}')" = "1" ]; then ok "q quits"; else fail "q quits"; fi
exit $((failed > 0))
