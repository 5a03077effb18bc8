#!/usr/bin/env bash
# End to end, as a newcomer would: open the training caseload in tmux at 80x24, find the most overdue
# family, register a follow-up, watch the dashboard update, ask for help, resize, quit, restart and find the
# follow-up saved; a second instance opens at the same time and saves too (no program holds the store).
# Ends with "N passed, M failed".
set -uo pipefail
cd "$(dirname "$0")/../.."

. Tests/EndToEnd/lib.sh
e2e_setup e2e sammen-e2e
E2E_PANE=e2e
export SAMMEN_DEMO_DIR="$work/demo"
export SAMMEN_EXPORT_DIR="$work/exports"
mkdir -p "$SAMMEN_EXPORT_DIR"
cleanup() { t kill-server 2>/dev/null; [ -n "${KEEP_E2E:-}" ] || rm -rf "$work"; }
trap cleanup EXIT

start() {
  local name=$1 user=$2 w=${3:-80} h=${4:-24}
  t new-session -d -s "$name" -x "$w" -y "$h" \
    "env LANG=C.UTF-8 TERM=xterm-256color SWIFT_BACKTRACE=interactive=no SAMMEN_USER=$user SAMMEN_DEMO_DIR=$SAMMEN_DEMO_DIR SAMMEN_EXPORT_DIR=$SAMMEN_EXPORT_DIR $BIN demo"
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

# The årshjul: take the proposed plan, add a dated activity, export the calendar twice.
t send-keys -t e2e Enter
check e2e "Børn og sager" "back into the family"
t send-keys -t e2e -l 'å'
check e2e "Årshjul" "å opens the årshjul"
t send-keys -t e2e ']' p
check e2e "Forslag til" "p proposes next year's plan"
t send-keys -t e2e A
check e2e "Tilføjet" "A takes the whole proposal"
t send-keys -t e2e a Tab
t send-keys -t e2e -l "Netværksmøde med skole og PPR"
t send-keys -t e2e Tab
t send-keys -t e2e -l "Mor, Far, Skolen"
t send-keys -t e2e Tab
t send-keys -t e2e -l "$(date -d "$(date +%Y)-01-01 +1 year +20 days" +%d.%m.%Y)"
t send-keys -t e2e Tab
t send-keys -t e2e -l "09:30"
t send-keys -t e2e Enter
check e2e "Tilføjet: Netværksmøde med skole og PPR" "a adds a dated activity"
t send-keys -t e2e i
check e2e "Skrevet:" "i exports the calendar"
ics=$(ls "$SAMMEN_EXPORT_DIR"/*.ics 2>/dev/null | head -1)
if [ -n "$ics" ] && [ "$(grep -c $'\r$' "$ics")" = "$(wc -l < "$ics")" ] && ! LC_ALL=C awk 'length($0) > 76 { bad=1 } END { exit !bad }' "$ics"; then
  ok "the .ics has CRLF lines of at most 75 octets"
else
  fail "the .ics is well-formed"
fi
first_uids=$(grep '^UID' "$ics" | sort)
t send-keys -t e2e i
sleep 0.5
second_uids=$(grep '^UID' "$ics" | sort)
events=$(grep -c '^BEGIN:VEVENT' "$ics")
if [ -n "$first_uids" ] && [ "$first_uids" = "$second_uids" ] && [ "$events" = "$(echo "$second_uids" | wc -l)" ]; then
  ok "a second export keeps the same events ($events) instead of duplicating them"
else
  fail "re-export keeps UIDs"
fi
t send-keys -t e2e w
check e2e ".svg" "w writes the parents' handout"
if ls "$SAMMEN_EXPORT_DIR"/*.svg >/dev/null 2>&1 && python3 -c "import sys, xml.dom.minidom; xml.dom.minidom.parse(sys.argv[1])" "$SAMMEN_EXPORT_DIR"/*.svg; then
  ok "the handout SVG is well-formed XML"
else
  fail "the handout SVG"
fi

# A short network meeting on the LØFT board.
t send-keys -t e2e Escape m n Enter
check e2e "Ordet har:" "a new meeting opens its board"
# p offers the family's people first (a choice list); Tab goes on to a new person's name.
t send-keys -t e2e p
t send-keys -t e2e Tab
t send-keys -t e2e -l "Lone Lærer"
t send-keys -t e2e Tab Right Right Right Right Enter
check e2e "Deltager tilføjet: Lone Lærer" "p adds a participant"
# Five turns per column: the word goes round every participant (families bring 1–2 parents, plus the
# caseworker and the teacher), so everyone speaks on every column.
for column in 1 2 3; do
  for person in 1 2 3 4 5; do
    t send-keys -t e2e a
    t send-keys -t e2e -l "Ord $column fra deltager $person"
    t send-keys -t e2e Enter o
  done
  t send-keys -t e2e Right
done
for person in 1 2 3 4 5; do
  t send-keys -t e2e a
  t send-keys -t e2e -l "Aftale $person"
  t send-keys -t e2e Enter s
  t send-keys -t e2e -l "$((3 + person))"
  t send-keys -t e2e Enter o
done
check e2e "Alle har talt i alle kolonner" "everyone has been heard on every column"
t send-keys -t e2e F5
sleep 0.3
if wait_for e2e "Hvem har talt hvor" && ! t capture-pane -p -t e2e | grep -q "Sagsstamme"; then ok "F5 shows the board alone on the projector"; else fail "projector view"; fi
t send-keys -t e2e F5
check e2e "Sagsstamme" "F5 again leaves the projector view"
t send-keys -t e2e w
check e2e "moede-" "w writes the meeting's shared summary"
if grep -q "Aftale 2" "$SAMMEN_EXPORT_DIR"/moede-*.html; then ok "the summary holds the agreements"; else fail "summary content"; fi
# The family record: a goal with a sub-goal, revised; a network actor; a collaboration challenge.
t send-keys -t e2e Escape Escape r
check e2e "Journal —" "r opens the family record"
record_family=$(t capture-pane -p -t e2e | grep -o "Journal — .*" | head -1 | sed 's/Journal — //; s/ *$//')
t send-keys -t e2e Tab Tab a
t send-keys -t e2e -l "Malthe går i skole hver dag"
t send-keys -t e2e Enter
check e2e "Malthe går i skole hver dag" "a adds a goal"
t send-keys -t e2e s
t send-keys -t e2e -l "Mødes med støttepædagogen ved døren"
t send-keys -t e2e Enter
check e2e "Mødes med støttepædagogen ved døren" "s adds a sub-goal"
t send-keys -t e2e e BTab
t send-keys -t e2e -l "Skolen foreslår at starte med formiddage"
t send-keys -t e2e Enter
check e2e "Skolen foreslår" "e revises the goal and keeps the history"
t send-keys -t e2e BTab a Tab
t send-keys -t e2e -l "Fritidsklubben Ørnen"
t send-keys -t e2e Enter
check e2e "Fritidsklubben Ørnen" "a adds a network actor"
t send-keys -t e2e Tab Tab Tab a Tab Tab Tab
t send-keys -t e2e -l "Forældrene og skolen ser Malthe forskelligt"
t send-keys -t e2e Enter
check e2e "ser Malthe forskelligt" "a adds a collaboration challenge"
t send-keys -t e2e Escape Escape Escape
check e2e "Sagsbehandler: MHA" "Esc leads back to the dashboard"

t resize-window -t e2e -x 120 -y 32
sleep 0.3
if wait_for e2e "ØVELSE" && [ "$(t display -p -t e2e '#{window_width}')" = 120 ]; then ok "the screen reflows on resize"; else fail "resize"; fi
t resize-window -t e2e -x 80 -y 24

# A second instance while the first is open: no program holds the store, so both may save.
start second JBO
check second "ØVELSE" "a second instance opens while the first is open"
if ! t capture-pane -p -t second | grep -qF "SKRIVEBESKYTTET"; then ok "and it is not read-only"; else fail "the second instance is not read-only" second; fi
t send-keys -t second Enter
check second "Børn og sager" "the second instance opens a family"
t send-keys -t second f
check second "Registrér opfølgning" "the second instance opens the follow-up form"
t send-keys -t second Tab Tab Tab Tab
t send-keys -t second -l "Opfølgning fra den anden instans"
t send-keys -t second Enter
check second "Opfølgning registreret" "the second instance saves while the first is open"
t send-keys -t second Escape q

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
handover="$work/handover.md"
if "$BIN" export handover --store "$SAMMEN_DEMO_DIR" --family "$record_family" --format md --out "$handover" >/dev/null \
   && grep -q "Malthe går i skole hver dag" "$handover" && grep -q "Mødes med støttepædagogen" "$handover" \
   && grep -q "Fritidsklubben Ørnen" "$handover" && grep -q "ser Malthe forskelligt" "$handover" \
   && grep -q "Skolen foreslår at starte med formiddage" "$handover"; then
  ok "the handover holds the goal, its sub-goal and revision, the actor and the challenge"
else
  fail "the handover document"
fi

# The guided tour: every step, stopped half-way, resumed where it was left.
tourhome="$work/tourhome"
mkdir -p "$tourhome"
tour() {
  t new-session -d -s "$1" -x 80 -y 24 \
    "env LANG=C.UTF-8 TERM=xterm-256color HOME=$tourhome SAMMEN_DEMO_DIR=$work/tourdemo SAMMEN_USER=MHA $BIN tour $2"
  t set-option -t "$1" remain-on-exit on >/dev/null
}
tour tour1 --restart
for step in 1 2 3 4; do
  check tour1 "Rundvisning $step/7" "tour step $step shows"
  t send-keys -t tour1 Enter
done
t send-keys -t tour1 Escape q
# The tour saves where it was stopped as it exits: wait for that, not for a fixed time (a loaded machine is slow).
for _ in $(seq 1 100); do [ "$(t display -p -t tour1 '#{pane_dead}')" = "1" ] && break; sleep 0.1; done
tour tour2 ""
check tour2 "Rundvisning 5/7" "the tour resumes where it was left"
for step in 5 6 7; do t send-keys -t tour2 Enter; done
gone=no
for _ in $(seq 1 100); do
  if ! t capture-pane -p -t tour2 | grep -q "Rundvisning"; then gone=yes; break; fi
  sleep 0.1
done
if [ "$gone" = yes ]; then ok "the tour ends after the last step"; else fail "tour end" tour2; fi
t send-keys -t tour2 q

# First start on real data: no store yet; initials, then an empty store, then the caseload screen.
firsthome="$work/firsthome"
mkdir -p "$firsthome"
t new-session -d -s first -x 80 -y 24 "env LANG=C.UTF-8 TERM=xterm-256color HOME=$firsthome SAMMEN_STORE=$work/newstore $BIN"
t set-option -t first remain-on-exit on >/dev/null
check first "Hvem er du?" "first start explains where the records go and asks who you are"
t send-keys -t first -l "nkr"
t send-keys -t first Enter
check first "Vælg 1–4" "first start offers import, empty, training or the tour"
t send-keys -t first 2 Enter
t send-keys -t first -l "Nadia Kristensen"
t send-keys -t first Enter
check first "Sagsstamme" "an empty store is created and opened"
t send-keys -t first q
if grep -q '"NKR"' "$firsthome/.config/sammen/config.json" && "$BIN" check --store "$work/newstore" >/dev/null; then
  ok "the initials are remembered and the new store checks clean"
else
  fail "first start saved the user and a valid store"
fi

e2e_summary
