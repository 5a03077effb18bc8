#!/usr/bin/env bash
# Mail tests with real parts: msmtp as the sendmail program, Python's aiosmtpd as the mail server on 127.0.0.1
# (a free port), icalendar to read every message, khal and calcurse to import the whole-year file; then the same
# failure on the screen (screen.sh: the program in tmux, the mail server down, `s`, then back up). Installs what
# is missing (apt: msmtp, calcurse, tmux; pip: aiosmtpd, icalendar, khal). Prints "N passed, M failed" last; exits 1
# when anything failed. The server is stopped and the scratch folder removed at the end, whatever happens.
set -euo pipefail
# A store a test edits by hand must keep private modes: Sammen refuses a store others can read (#13).
umask 077
cd "$(dirname "$0")/../.."

need=()
command -v msmtp >/dev/null 2>&1 || need+=(msmtp)
command -v calcurse >/dev/null 2>&1 || need+=(calcurse)
command -v tmux >/dev/null 2>&1 || need+=(tmux)
if [ ${#need[@]} -gt 0 ]; then
  echo "mail: installing ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq "${need[@]}" >/dev/null
fi
python3 -c "import aiosmtpd" 2>/dev/null || pip install -q aiosmtpd >/dev/null
python3 -c "import icalendar" 2>/dev/null || pip install -q icalendar >/dev/null
command -v khal >/dev/null 2>&1 || pip install -q khal >/dev/null

swift build >/dev/null
bin="$(swift build --show-bin-path)/sammen"

work="$(mktemp -d /tmp/sammen-mail.XXXXXX)"
server_pid=""
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
mkdir -p "$work/inbox" "$work/run"
python3 Tests/Mail/smtp_sink.py "$port" "$work/inbox" >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 200); do
  [ -e "$work/inbox/ready" ] && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$work/server.log"; echo "0 passed, 1 failed"; exit 1; }
  sleep 0.05
done
[ -e "$work/inbox/ready" ] || { echo "the SMTP server did not start"; echo "0 passed, 1 failed"; exit 1; }

cat >"$work/msmtprc" <<CONF
defaults
auth off
tls off
logfile $work/msmtp.log

account sammen
host 127.0.0.1
port $port
from mha@soeby.dk

account default : sammen
CONF
chmod 600 "$work/msmtprc"

set +e
python3 Tests/Mail/mailtest.py --sammen "$bin" --inbox "$work/inbox" --msmtprc "$work/msmtprc" --work "$work/run" >"$work/mailtest.out" 2>&1
sed '$d' "$work/mailtest.out"
summary=$(tail -n 1 "$work/mailtest.out")
# The same failure on the screen, in tmux at 80x24 (Tests/Mail/screen.sh).
bash Tests/Mail/screen.sh "$bin" "$work/msmtprc" "$work/inbox" "$work/screen" >"$work/screen.out" 2>&1
cat "$work/screen.out"
set -e
passed=$(echo "$summary" | sed -n 's/^\([0-9]*\) passed, \([0-9]*\) failed$/\1/p')
failed=$(echo "$summary" | sed -n 's/^\([0-9]*\) passed, \([0-9]*\) failed$/\2/p')
[ -n "$passed" ] || { echo "$summary"; passed=0; failed=1; }
passed=$((passed + $(grep -c '^ok ' "$work/screen.out" || true)))
failed=$((failed + $(grep -c '^FAIL ' "$work/screen.out" || true)))
echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
