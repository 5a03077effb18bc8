#!/usr/bin/env bash
# Two colleagues in one caseload at once, as they would work: two programs in tmux (80x24) on one store.
#   1. different families saved at the same moment: both saved;
#   2. one family, a follow-up registered in each: both kept (the second save merges);
#   3. one family, the same field changed in each: the second is asked, sees both values, and its choice is saved;
#   4. a colleague's `sammen followup` shows on the other's dashboard and open family within 2 s, no key pressed.
# Polls for text, no fixed sleeps. Ends with "N passed, M failed".
#
# On its own it runs both programs as the calling account on a private training store (as MHA and JBO through
# SAMMEN_USER). The team harness (Tests/Team/run.sh) runs it with real accounts: AS_A / AS_B are command prefixes
# (e.g. "runuser -u alice -- env -i PATH=/usr/bin:/bin") and COLLEAGUES_STORE a team store both are members of
# (as MHA and JBO); there the account is who you are, so SAMMEN_USER is not set (a team store refuses it).
set -uo pipefail
cd "$(dirname "$0")/../.."

. Tests/EndToEnd/lib.sh
e2e_setup colleagues sammen-colleagues
E2E_PANE=a
AS_A=${AS_A:-}
AS_B=${AS_B:-}
# as_user INITIALS: how a program says who it is: SAMMEN_USER on its own, nothing with real accounts.
as_user() { [ -n "$AS_A$AS_B" ] || echo "SAMMEN_USER=$1"; }

chmod 755 "$work"
store=${COLLEAGUES_STORE:-$work/store}
cleanup() { t kill-server 2>/dev/null; [ -n "${KEEP_E2E:-}" ] || rm -rf "$work"; }
trap cleanup EXIT

# Waits up to $4 tenths of a second for one line of the pane holding both texts.
wait_line() {
  local pane=$1 first=$2 second=$3 tries=${4:-100}
  for _ in $(seq 1 "$tries"); do
    if t capture-pane -p -t "$pane" 2>/dev/null | grep -F -- "$first" | grep -qF -- "$second"; then return 0; fi
    sleep 0.1
  done
  return 1
}

start() {
  local name=$1 prefix=$2 user=$3
  t new-session -d -s "$name" -x 80 -y 24 \
    "$prefix env LANG=C.UTF-8 TERM=xterm-256color SWIFT_BACKTRACE=interactive=no $(as_user "$user") HOME=$work/home-$name ${SAMMEN_WATCH:+SAMMEN_WATCH=$SAMMEN_WATCH} $BIN --store $store"
  t set-option -t "$name" remain-on-exit on >/dev/null
}
stop() { t send-keys -t "$1" q; for _ in $(seq 1 100); do [ "$(t display -p -t "$1" '#{pane_dead}')" = 1 ] && break; sleep 0.1; done; t kill-session -t "$1"; }
# Finds a family on the caseload with the search and opens it.
open_family() {
  # Esc in the search clears the last one first.
  t send-keys -t "$1" 1 / Escape / "$2" Enter Enter
  wait_for "$1" "Børn og sager" || fail "$1 opens $2" "$1"
}
# The family's file holds the text.
saved() { grep -qF -- "$2" "$store/families/$1.json"; }
family_id() { grep -l "\"name\" : \"$1\"" "$store"/families/*.json | head -1 | xargs -r basename | sed 's/\.json$//'; }

mkdir -p "$work/home-a" "$work/home-b"
if [ -z "${COLLEAGUES_STORE:-}" ]; then
  $BIN demo --init "$store" --user MHA >/dev/null || { echo "colleagues: could not make the store"; exit 1; }
fi

start a "$AS_A" MHA
start b "$AS_B" JBO
check a "Sagsstamme" "program A opens the caseload"
check b "Sagsstamme" "program B opens the caseload"
if t capture-pane -p -t b | grep -qF "SKRIVEBESKYTTET"; then
  fail "program B may write while A is open (the store is not held for a session)" b
fi

# 1. Different families at the same moment.
open_family a "Familien Holm"
open_family b "Familien Thomsen"
for p in a b; do t send-keys -t $p f; wait_for $p "Registrér opfølgning" >/dev/null; t send-keys -t $p Tab Tab Tab Tab; done
t send-keys -t a "Ringet til mor (A)"
t send-keys -t b "Hjemmebesøg (B)"
t send-keys -t a Enter \; send-keys -t b Enter
check a "Opfølgning registreret for Familien Holm" "A's follow-up is saved"
check b "Opfølgning registreret for Familien Thomsen" "B's follow-up is saved at the same moment"
holm=$(family_id "Familien Holm"); thomsen=$(family_id "Familien Thomsen")
if saved "$holm" "Ringet til mor (A)" && saved "$thomsen" "Hjemmebesøg (B)"; then ok "both follow-ups are in the store"; else fail "both follow-ups are in the store"; fi

# 2. One family, a follow-up in each: the second save merges.
open_family a "Familien Nørgaard"
open_family b "Familien Nørgaard"
for p in a b; do t send-keys -t $p f; wait_for $p "Registrér opfølgning" >/dev/null; t send-keys -t $p Tab Tab Tab Tab; done
t send-keys -t a "Status fra A" Enter
check a "Opfølgning registreret for Familien Nørgaard" "A saves its follow-up"
check b "ændret familien imens" "B's open form says the family changed underneath it"
t send-keys -t b "Status fra B" Enter
check b "Opfølgning registreret for Familien Nørgaard" "B's save goes through (merged; the status line is cut at 80 columns)"
norgaard=$(family_id "Familien Nørgaard")
if saved "$norgaard" "Status fra A" && saved "$norgaard" "Status fra B"; then ok "no follow-up is lost: both are in the family"; else fail "both follow-ups in one family"; fi
check b "Status fra A" "B's screen shows A's follow-up too"

# 3. The same field in both: B is asked and sees both values.
for p in a b; do
  t send-keys -t $p Escape
  open_family $p "Familien Christensen"
  t send-keys -t $p e
  wait_for $p "Stamdata" >/dev/null
  t send-keys -t $p Enter
  wait_for $p "Enter gem" >/dev/null
  t send-keys -t $p End
done
t send-keys -t a " (A)" Enter
check a "Familien Christensen (A)" "A renames the family"
t send-keys -t b " (B)" Enter
check b "En kollega har ændret det samme" "B is asked: both changed the name"
if wait_for b "Familien Christensen (B)" 10 && wait_for b "Familien Christensen (A)" 10; then ok "B sees both names"; else fail "B sees both names" b; fi
christensen=$(family_id "Familien Christensen (A)")
if [ -n "$christensen" ]; then ok "nothing is written before B chooses"; else fail "nothing is written before B chooses" b; fi
t send-keys -t b 1 Enter
check b "Familiens stamdata er gemt" "B's choice is saved"
if saved "$christensen" "\"Familien Christensen (B)\""; then ok "the name B chose is in the store"; else fail "the name B chose is in the store" b; fi

# 4. A colleague's followup on the command line shows without a key.
today=$(date +%d.%m.%Y)
t send-keys -t b Escape Escape Escape
stop b
# Dated three days ago, so A's row for the family shows today's date only after the next one (below).
$AS_B env $(as_user JBO) HOME=$work/home-b LANG=C.UTF-8 $BIN followup "Familien Hussein" --store "$store" --note "Fra kommandolinjen" \
  --date "$(date -d '-3 days' +%F)" >/dev/null 2>&1 \
  || fail "sammen followup while A is open"
# Esc in the search clears the last one first (open_family's way).
t send-keys -t a Escape 1 / Escape / "Familien Hussein" Enter
wait_for a "Familien Huss" >/dev/null || fail "A's search finds Familien Hussein" a
# The row's latest follow-up is three days old now; today's date on that row (the title bar's is on another line)
# can only come from B's next followup, through the watcher.
if wait_line a "Familien Huss" "$today" 1; then fail "A's row for Familien Hussein does not show today's date yet" a; fi
before=$(date +%s%N)
$AS_B env $(as_user JBO) HOME=$work/home-b LANG=C.UTF-8 $BIN followup "Familien Hussein" --store "$store" --note "Igen fra kommandolinjen" >/dev/null 2>&1
if wait_line a "Familien Huss" "$today" 20; then
  ok "A's dashboard shows B's followup within 2 s, no key ($(( ($(date +%s%N) - before) / 1000000 )) ms)"
else
  fail "A's dashboard shows B's followup within 2 s, no key" a
fi
t send-keys -t a Enter
wait_for a "Børn og sager" >/dev/null
$AS_B env $(as_user JBO) HOME=$work/home-b LANG=C.UTF-8 $BIN followup "Familien Hussein" --store "$store" --note "Tredje gang" >/dev/null 2>&1
if wait_for a "Familien er opdateret med en kollegas ændring" 20; then ok "A's open family shows it within 2 s, no key"; else fail "A's open family shows it within 2 s, no key" a; fi
t send-keys -t a 2
check a "Ledervisning" "the leader view opens"

stop a
if out=$($BIN check --store "$store" 2>&1); then ok "sammen check is clean"; else fail "sammen check is clean: $out"; fi
e2e_summary
