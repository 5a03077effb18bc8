#!/usr/bin/env bash
# A team in one store, with real Unix accounts: two caseworkers in the team's group and one account outside it,
# created here and removed at the end (even on failure or Ctrl-C). Needs root (CI runs as root).
#
#   Tests/Team/run.sh              build, then run everything
#   FOLLOWUPS=50 Tests/Team/run.sh fewer follow-ups per account (default 200)
#   KEEP=1 Tests/Team/run.sh       keep the work folder (the accounts are removed all the same)
#
# What it shows (issue #13): the store is made by `sammen init --group` and the members by `sammen team add`;
# 2 accounts × FOLLOWUPS `sammen followup` in parallel loops on overlapping families all land, `sammen check` is
# clean and the access log has one change line per follow-up under the right login; USER=… and --user change
# nothing in the log; the account outside the group reads nothing and is told why; an account in the group but
# not in the team reads nothing and is told why; two interactive programs in tmux, one per account, save
# different families at the same moment and both saves are there; and Tests/EndToEnd/colleagues.sh with the two
# accounts on a team store (the same family in both, the same field asked, a colleague's followup seen within 2 s
# with no key). Ends with "N passed, M failed".
set -uo pipefail
cd "$(dirname "$0")/../.."
REPO=$(pwd)
FOLLOWUPS=${FOLLOWUPS:-200}

if [ "$(id -u)" != 0 ]; then
  echo "team: needs root to create the test accounts (CI runs as root)"
  echo "0 passed, 1 failed"
  exit 1
fi
need=()
command -v tmux >/dev/null 2>&1 || need+=(tmux)
command -v useradd >/dev/null 2>&1 || need+=(passwd)
command -v runuser >/dev/null 2>&1 || need+=(util-linux)
if [ ${#need[@]} -gt 0 ]; then
  DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
fi
swift build >/dev/null 2>&1 || { echo "team: swift build failed"; swift build; exit 1; }
BUILT="$(swift build --show-bin-path)/sammen"

passed=0
failed=0
ok()   { passed=$((passed + 1)); echo "ok   - $1"; }
fail() { failed=$((failed + 1)); echo "FAIL - $1"; [ -n "${2:-}" ] && echo "$2" | sed 's/^/       /'; }
expect() { local what=$1; shift; if "$@"; then ok "$what"; else fail "$what"; fi; }

# Names no real account has: a short random tail, so two runs on one machine never meet.
tag=$(head -c 64 /dev/urandom | tr -dc 'a-z0-9' | head -c 5)
GROUP="sammt$tag"
OTHER_GROUP="sammo$tag"
A="sta$tag"
B="stb$tag"
C="stc$tag"
D="std$tag"
# The work folder is 0755 (the accounts must reach the binary and the store's parent); the store inside it is
# the team's 2770.
WORK=$(mktemp -d /tmp/sammen-team.XXXXXX)
chmod 0755 "$WORK"
sock="$WORK/tmux.sock"
t() { tmux -S "$sock" "$@"; }

cleanup() {
  t kill-server 2>/dev/null
  for account in "$A" "$B" "$C" "$D"; do
    pkill -KILL -u "$account" 2>/dev/null
    userdel "$account" 2>/dev/null
  done
  groupdel "$GROUP" 2>/dev/null
  groupdel "$OTHER_GROUP" 2>/dev/null
  [ -n "${KEEP:-}" ] && echo "team: work folder kept: $WORK" || rm -rf "$WORK"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

groupadd "$GROUP"
groupadd "$OTHER_GROUP"
# No home folders: Sammen in a team store reads nothing from them.
useradd -M -N -g "$OTHER_GROUP" -G "$GROUP" -s /bin/bash "$A"
useradd -M -N -g "$OTHER_GROUP" -G "$GROUP" -s /bin/bash "$B"
useradd -M -N -g "$OTHER_GROUP" -s /bin/bash "$C"
useradd -M -N -g "$OTHER_GROUP" -G "$GROUP" -s /bin/bash "$D"

mkdir -m 0755 "$WORK/bin"
cp "$BUILT" "$WORK/bin/sammen"
chmod 0755 "$WORK/bin/sammen"
BIN="$WORK/bin/sammen"
cp "$REPO/Fixtures/csv/sagsstamme-eksempel.csv" "$WORK/sagsstamme.csv"
chmod 0644 "$WORK/sagsstamme.csv"
STORE="$WORK/store"

# Runs a command as an account, with a clean environment (no SAMMEN_USER, a HOME that does not exist).
as() {
  local who=$1; shift
  runuser -u "$who" -- env -i PATH=/usr/bin:/bin HOME="/nonexistent-$who" LANG=C.UTF-8 SWIFT_BACKTRACE=interactive=no "$@"
}

echo "== the store (group $GROUP; members $A, $B; $D in the group but not the team; $C outside)"
out=$("$BIN" init "$STORE" --group "$GROUP" --name "Team Test" 2>&1)
expect "root creates the team store" test -f "$STORE/store.json"
expect "the store folder is 2770 and the group's" test "$(stat -c '%a %G' "$STORE")" = "2770 $GROUP"
"$BIN" team add "$A" AAA --name "Anna A" --leader --store "$STORE" >/dev/null 2>&1
"$BIN" team add "$B" BBB --name "Bo B" --store "$STORE" >/dev/null 2>&1
list=$("$BIN" team --store "$STORE" 2>&1)
if echo "$list" | grep -q "$A" && echo "$list" | grep -q "AAA" && echo "$list" | grep -q "$B"; then ok "root adds the members"; else fail "root adds the members" "$list"; fi
out=$(as "$A" "$BIN" import csv "$WORK/sagsstamme.csv" --store "$STORE" 2>&1)
expect "a member imports the caseload" test "$(ls "$STORE/families" | wc -l)" -ge 3
bad=$(find "$STORE" \( -perm /o=rwx -o \! -group "$GROUP" \) -print)
if [ -z "$bad" ]; then ok "no file is readable by others or of another group"; else fail "modes after import" "$bad"; fi
bad=$(find "$STORE" -type f \! -perm -g=rw -print)
if [ -z "$bad" ]; then ok "every file is 0660 for the group"; else fail "files 0660" "$bad"; fi

mapfile -t FAMILIES < <(ls "$STORE/families" | sed 's/\.json$//' | head -4)
echo "   families: ${FAMILIES[*]}"

echo "== $FOLLOWUPS follow-ups from each of two accounts at once, on the same families"
cat > "$WORK/loop.sh" <<EOF
#!/bin/bash
who=\$1
families=(${FAMILIES[*]})
for i in \$(seq 1 $FOLLOWUPS); do
  family=\${families[\$((i % \${#families[@]}))]}
  "$BIN" followup "\$family" --store "$STORE" --date 2026-11-02 --channel telefon --note "loop \$who \$i" >/dev/null 2>>"$WORK/loop-\$who.err" \
    || echo "followup \$i failed" >> "$WORK/loop-\$who.err"
done
EOF
chmod 0755 "$WORK/loop.sh"
for who in "$A" "$B"; do : > "$WORK/loop-$who.err"; chown "$who" "$WORK/loop-$who.err"; done
started=$(date +%s)
as "$A" /bin/bash "$WORK/loop.sh" "$A" &
pa=$!
as "$B" /bin/bash "$WORK/loop.sh" "$B" &
pb=$!
wait $pa $pb
echo "   $((FOLLOWUPS * 2)) follow-ups in $(( $(date +%s) - started )) s"
errors=$(cat "$WORK/loop-$A.err" "$WORK/loop-$B.err" 2>/dev/null)
if [ -z "$errors" ]; then ok "every followup succeeded"; else fail "every followup succeeded" "$(echo "$errors" | head -5)"; fi
count() { python3 - "$STORE" "$1" <<'PY'
import json, os, sys
root, who = sys.argv[1], sys.argv[2]
n = 0
for name in os.listdir(root + "/families"):
    with open(root + "/families/" + name) as f:
        family = json.load(f)
    n += sum(1 for c in family.get("contacts", []) if c.get("note", "").startswith("loop " + who + " "))
print(n)
PY
}
expect "all $FOLLOWUPS of $A's follow-ups are in the store" test "$(count "$A")" = "$FOLLOWUPS"
expect "all $FOLLOWUPS of $B's follow-ups are in the store" test "$(count "$B")" = "$FOLLOWUPS"
out=$(as "$A" "$BIN" check --store "$STORE" 2>&1)
if echo "$out" | grep -q "er i orden"; then ok "sammen check is clean afterwards"; else fail "sammen check" "$out"; fi
as "$A" "$BIN" log --json --store "$STORE" > "$WORK/log.json" 2>"$WORK/log.err"
changes() { python3 - "$WORK/log.json" "$1" "$2" <<'PY'
import json, sys
entries = json.load(open(sys.argv[1]))
print(sum(1 for e in entries if e["action"] == "change" and e.get("login") == sys.argv[2] and e["user"] == sys.argv[3]))
PY
}
expect "the log has $FOLLOWUPS change lines by $A as AAA" test "$(changes "$A" AAA)" = "$FOLLOWUPS"
expect "the log has $FOLLOWUPS change lines by $B as BBB" test "$(changes "$B" BBB)" = "$FOLLOWUPS"
recorded=$(python3 - "$STORE" "$A" <<'PY'
import json, os, sys
root, who = sys.argv[1], sys.argv[2]
ok, seen = True, 0
for name in os.listdir(root + "/families"):
    for c in json.load(open(root + "/families/" + name)).get("contacts", []):
        if c.get("note", "").startswith("loop " + who + " "):
            seen += 1
            ok = ok and c.get("by") == "AAA" and c.get("byLogin") == who
print("yes" if ok and seen > 0 else "no")
PY
)
expect "each follow-up records the initials and the login" test "$recorded" = yes

echo "== who you are is the account, not what you type"
before=$(wc -l < "$WORK/log.json")
out=$(as "$A" env USER=someoneelse LOGNAME=someoneelse "$BIN" followup "${FAMILIES[0]}" --store "$STORE" --date 2026-11-03 --note "USER-test" 2>&1)
out2=$(as "$A" "$BIN" followup "${FAMILIES[0]}" --store "$STORE" --user someoneelse --date 2026-11-03 --note "flag-test" 2>&1)
code=$?
if [ $code = 2 ] && echo "$out2" | grep -q -- "--user bruges ikke i et teamarkiv"; then ok "--user is refused in a team store, with words"; else fail "--user refused" "$out2"; fi
out3=$(as "$A" env SAMMEN_USER=someoneelse "$BIN" due --store "$STORE" 2>&1)
if echo "$out3" | grep -q "SAMMEN_USER bruges ikke"; then ok "\$SAMMEN_USER is refused in a team store"; else fail "SAMMEN_USER refused" "$out3"; fi
as "$A" "$BIN" log --json --store "$STORE" > "$WORK/log2.json" 2>/dev/null
if ! grep -q someoneelse "$WORK/log2.json" && ! grep -rq someoneelse "$STORE/families"; then ok "someoneelse is nowhere in the log or the records"; else fail "someoneelse in the log"; fi
if grep -rq "USER-test" "$STORE/families" && ! grep -rq "flag-test" "$STORE/families"; then ok "the USER= follow-up was saved as $A, the --user one not at all"; else fail "USER/--user follow-ups"; fi

echo "== the account outside the group"
out=$(as "$C" "$BIN" due --store "$STORE" 2>&1)
code=$?
if [ $code = 3 ] && echo "$out" | grep -q "er ikke med i gruppen $GROUP"; then ok "the outsider is told it is not in the group"; else fail "outsider told why ($code)" "$out"; fi
if ! as "$C" cat "$STORE/team.json" >/dev/null 2>&1 && ! as "$C" ls "$STORE/families" >/dev/null 2>&1; then ok "the outsider can read no file"; else fail "the outsider read a file"; fi
out=$(as "$C" "$BIN" log --store "$STORE" 2>&1)
if ! echo "$out" | grep -q "$A"; then ok "the outsider sees no log line"; else fail "outsider log" "$out"; fi

echo "== an account in the group but not in the team"
out=$(as "$D" "$BIN" due --store "$STORE" --all 2>&1)
code=$?
if [ $code = 3 ] && echo "$out" | grep -q "er ikke med i teamet"; then ok "a group member outside the team is told so"; else fail "non-member told why ($code)" "$out"; fi
if ! echo "$out" | grep -q "Andersen"; then ok "and sees no family"; else fail "non-member saw a family"; fi
out=$(as "$D" "$BIN" team add "$D" DDD --store "$STORE" 2>&1)
if [ $? != 0 ] && ! "$BIN" team --store "$STORE" 2>/dev/null | grep -q DDD; then ok "a non-member cannot add itself"; else fail "non-member added itself" "$out"; fi
out=$(as "$B" "$BIN" team add "$D" DDD --store "$STORE" 2>&1)
if [ $? != 0 ]; then ok "a member who is not a leader cannot add members"; else fail "non-leader added a member" "$out"; fi
out=$(as "$A" "$BIN" team add "$D" DDD --name "Dan D" --store "$STORE" 2>&1)
out2=$(as "$D" "$BIN" due --store "$STORE" --all 2>&1)
if echo "$out2" | grep -q "Andersen"; then ok "the leader adds a member, who then reads"; else fail "leader adds member" "$out $out2"; fi
as "$A" "$BIN" team remove "$D" --store "$STORE" >/dev/null 2>&1
out2=$(as "$D" "$BIN" due --store "$STORE" --all 2>&1)
if echo "$out2" | grep -q "er ikke med i teamet"; then ok "the leader removes a member, who then reads nothing"; else fail "leader removes member" "$out2"; fi

echo "== two interactive programs, one per account, saving different families at the same moment"
start() {
  local name=$1 who=$2
  t new-session -d -s "$name" -x 80 -y 24 \
    "runuser -u $who -- env -i PATH=/usr/bin:/bin HOME=/nonexistent-$who LANG=C.UTF-8 TERM=xterm-256color SWIFT_BACKTRACE=interactive=no $BIN --store $STORE"
  t set-option -t "$name" remain-on-exit on >/dev/null
}
wait_for() {
  local pane=$1 text=$2
  for _ in $(seq 1 150); do
    if t capture-pane -p -t "$pane" 2>/dev/null | grep -qF -- "$text"; then return 0; fi
    sleep 0.1
  done
  return 1
}
check() { if wait_for "$1" "$2"; then ok "$3"; else fail "$3" "$(t capture-pane -p -t "$1" 2>/dev/null)"; fi; }
start ua "$A"
start ub "$B"
check ua "Sagsbehandler" "$A's program opens"
check ub "Sagsbehandler" "$B's program opens"
if ! t capture-pane -p -t ub | grep -q "SKRIVEBESKYTTET"; then ok "neither is read-only"; else fail "read-only" "$(t capture-pane -p -t ub)"; fi
# Different families: A takes the first row, B the second.
t send-keys -t ua Enter
t send-keys -t ub Down Enter
check ua "Børn og sager" "$A opens a family"
check ub "Børn og sager" "$B opens another family"
t send-keys -t ua f
t send-keys -t ub f
check ua "Registrér opfølgning" "$A's follow-up form"
check ub "Registrér opfølgning" "$B's follow-up form"
t send-keys -t ua Tab Tab Tab Tab
t send-keys -t ub Tab Tab Tab Tab
t send-keys -t ua -l "tmux fra $A"
t send-keys -t ub -l "tmux fra $B"
# Both Enters at once.
t send-keys -t ua Enter & t send-keys -t ub Enter; wait
check ua "Opfølgning registreret" "$A's save succeeds"
check ub "Opfølgning registreret" "$B's save succeeds"
if grep -rq "tmux fra $A" "$STORE/families" && grep -rq "tmux fra $B" "$STORE/families"; then ok "both saves are in the store"; else fail "both saves in the store"; fi
t send-keys -t ua Escape q
t send-keys -t ub Escape q
out=$(as "$B" "$BIN" check --store "$STORE" 2>&1)
if echo "$out" | grep -q "er i orden"; then ok "sammen check is clean at the end"; else fail "final check" "$out"; fi
bad=$(find "$STORE" \( -perm /o=rwx -o \! -group "$GROUP" \) -print)
if [ -z "$bad" ]; then ok "still nothing for others, everything the group's"; else fail "final modes" "$bad"; fi

echo "== colleagues in one caseload (Tests/EndToEnd/colleagues.sh) as $A (MHA) and $B (JBO) in their own terminals"
# The training caseload made a team store (the group's, 2770/0660), the two accounts its members: the same family
# in both programs (no change lost, the same field asked), a colleague's followup seen within 2 s with no key.
CSTORE="$WORK/colleagues-store"
if "$BIN" demo --init "$CSTORE" --user MHA >/dev/null 2>&1; then
  chgrp -R "$GROUP" "$CSTORE"
  find "$CSTORE" -type d -exec chmod 2770 {} +
  find "$CSTORE" -type f -exec chmod 0660 {} +
  if "$BIN" team add "$A" MHA --leader --store "$CSTORE" >/dev/null 2>&1 && "$BIN" team add "$B" JBO --store "$CSTORE" >/dev/null 2>&1; then
    ok "the training caseload as a team store with $A as MHA and $B as JBO"
  else
    fail "team add on the colleagues' store" "$("$BIN" team --store "$CSTORE" 2>&1)"
  fi
  out=$(BIN="$BIN" COLLEAGUES_STORE="$CSTORE" \
        AS_A="runuser -u $A -- env -i PATH=/usr/bin:/bin" AS_B="runuser -u $B -- env -i PATH=/usr/bin:/bin" \
        bash "$REPO/Tests/EndToEnd/colleagues.sh" 2>&1)
  echo "$out" | sed 's/^/   /'
  last=$(echo "$out" | tail -1)
  if echo "$last" | grep -q "^[0-9]* passed, 0 failed$"; then ok "two colleagues' programs: $last"; else fail "two colleagues' programs: $last"; fi
  bad=$(find "$CSTORE" \( -perm /o=rwx -o \! -group "$GROUP" \) -print)
  if [ -z "$bad" ]; then ok "the colleagues' store: nothing for others, everything the group's"; else fail "colleagues' store modes" "$bad"; fi
else
  fail "sammen demo --init for the colleagues' store"
fi

echo "$passed passed, $failed failed"
[ "$failed" = 0 ]
