#!/usr/bin/env bash
# End to end, as a newcomer would: open the training caseload in tmux at 80x24, find the most overdue
# family, register a follow-up, watch the dashboard update, ask for help, resize, quit, restart and find the
# follow-up saved; a second instance opens read-only and says who holds the store. Ends with "N passed, M failed".
set -uo pipefail
cd "$(dirname "$0")/../.."

command -v tmux >/dev/null 2>&1 || { apt-get update -qq >/dev/null && apt-get install -y -qq tmux >/dev/null; }
swift build >/dev/null 2>&1 || { echo "e2e: swift build failed"; swift build; exit 1; }
BIN="$(swift build --show-bin-path)/sammen"

work=$(mktemp -d /tmp/sammen-e2e.XXXXXX)
sock="$work/tmux.sock"
export SAMMEN_DEMO_DIR="$work/demo"
passed=0
failed=0
t() { tmux -S "$sock" "$@"; }
cleanup() { t kill-server 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

ok()   { passed=$((passed + 1)); echo "ok   - $1"; }
fail() { failed=$((failed + 1)); echo "FAIL - $1"; echo "----- screen -----"; t capture-pane -p -t "${2:-e2e}" 2>/dev/null; echo "------------------"; }

# Waits up to 10 s for text on the screen of a pane.
wait_for() {
  local pane=$1 text=$2
  for _ in $(seq 1 100); do
    if t capture-pane -p -t "$pane" 2>/dev/null | grep -qF -- "$text"; then return 0; fi
    sleep 0.1
  done
  return 1
}
check() { if wait_for "$1" "$2"; then ok "$3"; else fail "$3" "$1"; fi; }

start() {
  local name=$1 user=$2 w=${3:-80} h=${4:-24}
  t new-session -d -s "$name" -x "$w" -y "$h" \
    "env LANG=C.UTF-8 TERM=xterm-256color SWIFT_BACKTRACE=interactive=no SAMMEN_USER=$user SAMMEN_DEMO_DIR=$SAMMEN_DEMO_DIR $BIN demo"
  t set-option -t "$name" remain-on-exit on >/dev/null
}

start e2e MHA
check e2e "ØVELSE" "the training caseload opens with the ØVELSE marker"
check e2e "Sagsbehandler: MHA" "the dashboard shows the user's own caseload first"

# The most overdue family is the first row.
first_row=$(t capture-pane -p -t e2e | sed -n 4p)
family=$(echo "$first_row" | awk '{print $1" "$2}')
overdue=$(echo "$first_row" | awk '{print $(NF-1)}')
if [[ "$overdue" =~ ^[0-9]+$ ]]; then ok "the first row is overdue ($family, $overdue days)"; else fail "the first row is overdue: '$first_row'"; fi

t send-keys -t e2e Enter
check e2e "Børn og sager" "Enter opens the family overview"
check e2e "$family" "the overview is the selected family"

t send-keys -t e2e f
check e2e "Registrér opfølgning" "f opens the follow-up form"
t send-keys -t e2e Tab Tab Tab Tab
t send-keys -t e2e -l "Opfølgning fra e2e-testen: alt går godt"
t send-keys -t e2e Enter
check e2e "Opfølgning registreret for $family" "Enter saves the follow-up"

t send-keys -t e2e Escape
check e2e "Sagsbehandler: MHA" "Esc goes back to the dashboard"
new_first=$(t capture-pane -p -t e2e | sed -n 4p | awk '{print $1" "$2}')
if [ "$new_first" != "$family" ]; then ok "the dashboard updated: $family is no longer first"; else fail "the dashboard updated" ; fi

t send-keys -t e2e '?'
check e2e "Hjælp — taster" "? shows help from the key-binding table"
t send-keys -t e2e Escape

t resize-window -t e2e -x 120 -y 32
sleep 0.3
if wait_for e2e "ØVELSE" && [ "$(t display -p -t e2e '#{window_width}')" = 120 ]; then ok "the screen reflows on resize"; else fail "resize"; fi
t resize-window -t e2e -x 80 -y 24

# A second instance while the first holds the store: read-only, and says who holds it.
start second JBO
check second "SKRIVEBESKYTTET" "a second instance opens read-only"
check second "MHA" "and says who holds the store"
t send-keys -t second q

t send-keys -t e2e q
sleep 0.5
if [ "$(t display -p -t e2e '#{pane_dead}')" = 1 ]; then ok "q quits"; else fail "q quits"; fi
if [ "$(t display -p -t e2e '#{alternate_on}')" = 0 ]; then ok "the terminal left the alternate screen"; else fail "alternate screen"; fi
t kill-session -t e2e

# Restart: the follow-up is saved.
start again MHA
check again "ØVELSE" "Sammen restarts"
t send-keys -t again q
if "$BIN" render family --store "$SAMMEN_DEMO_DIR" --family "$family" --size 100x60 | grep -qF "Opfølgning fra e2e-testen"; then
  ok "after a restart the follow-up is in the family's contact log"
else
  fail "the follow-up survived a restart"
fi
if "$BIN" check --store "$SAMMEN_DEMO_DIR" >/dev/null; then ok "sammen check passes afterwards"; else fail "sammen check"; fi

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
