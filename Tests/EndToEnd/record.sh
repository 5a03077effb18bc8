#!/usr/bin/env bash
# End to end, the family record kept in Sammen (issue 14), as a new caseworker would, in tmux at 80x24:
# from an empty store, a colleague is added to the team; a family is created with two children, a guardian with
# e-mail and a case with legal bases; the dashboard shows 6 weeks; the investigation measure is ended and the
# dashboard shows 3 months; a change of the primary caseworker is undone with u; the handover document is written
# from the family's screen; the case is closed and leaves the dashboard. Everything is checked again through
# `sammen families --json` and `sammen due --json`. Ends with "N passed, M failed".
set -uo pipefail
cd "$(dirname "$0")/../.."

. Tests/EndToEnd/lib.sh
e2e_setup "record e2e" sammen-record-e2e
E2E_PANE=rec
store="$work/arkiv"
home="$work/home"
exports="$work/exports"
mkdir -p "$home" "$exports"
TODAY=2026-11-22
cleanup() { t kill-server 2>/dev/null; [ -n "${KEEP_E2E:-}" ] || rm -rf "$work"; }
trap cleanup EXIT

keys() { t send-keys -t rec "$@"; }
text() { t send-keys -t rec -l "$1"; }
# Fills the focused field with a text, then Tab.
field() { text "$1"; keys Tab; }

# The JSON the command line gives, read by Python: `json_check 'expression over data' what`.
families_json() { "$BIN" families --json --store "$store" --today "$TODAY" --user MHA 2>"$work/err"; }
due_json() { "$BIN" due --json --all --store "$store" --today "$TODAY" --user MHA 2>"$work/err"; }
json_check() {
  local source=$1 expression=$2 what=$3 data
  data=$($source) || { fail "$what ($source: $(cat "$work/err"))"; return; }
  if python3 -c "import json, sys; data = json.loads(sys.stdin.read()); sys.exit(0 if ($expression) else 1)" <<<"$data"; then
    ok "$what"
  else
    fail "$what: $data"
  fi
}

t new-session -d -s rec -x 80 -y 24 \
  "env LANG=C.UTF-8 TERM=xterm-256color SWIFT_BACKTRACE=interactive=no HOME=$home SAMMEN_EXPORT_DIR=$exports $BIN --store $store --today $TODAY"
t set-option -t rec remain-on-exit on >/dev/null

# First start: initials, an empty store, the full name for the team.
check rec "Hvem er du?" "first start asks who you are"
text MHA; keys Enter
check rec "Vælg 1–4" "first start offers an empty store"
keys 2 Enter
check rec "fulde navn" "an empty store asks for the full name"
text "Mette Hansen"; keys Enter
check rec "Arkivet har ingen familier endnu" "the empty store's first screen is no dead end"
screen=$(t capture-pane -p -t rec)
if echo "$screen" | grep -F "Ny familie" | grep -qF "Importér"; then ok "new family and import are offered side by side"; else fail "side by side"; fi

# A colleague in the team, so a case can change hands.
keys 2 t
check rec "Teamet — " "t in the leader view opens the team"
keys a
check rec "Initialer" "a opens the caseworker form"
field JBO; field "Jonas Bo"; field "22 33 44 55"; text "jonas@example.dk"; keys Enter
check rec "JBO Jonas Bo er med i teamet" "a caseworker is added and the screen says so"
keys Escape 1

# A new family with its first child (the CPR number gives the birth date) and a case with an investigation
# and a compensation measure, opened in September.
keys n
check rec "Ny familie" "n opens the new-family form"
text "Nørgaard"; keys Tab
field "Skolevej 3, 8000 Aarhus"
field "Alma"
keys Tab
field "0305154234"
if wait_for rec "03.05.2015"; then ok "the CPR number fills in the birth date"; else fail "CPR fills in the birth date"; fi
if wait_for rec "030515-XXXX"; then ok "the CPR number is shown masked"; else fail "CPR masked"; fi
field "2026-0042"
keys Tab
field "01.09.2026"
text "SEL § 50, SEL § 41"; keys Enter
check rec "Familien Nørgaard er oprettet" "Enter creates the family and opens its details"
if t capture-pane -p -t rec | grep -qF "0305154234"; then fail "the CPR number never shows in clear"; else ok "the CPR number never shows in clear"; fi

# A second child and a guardian with e-mail.
keys b
check rec "Fødselsdato" "b opens the child form"
field "Bo"; text "12.02.2019"; keys Enter
check rec "Bo er tilføjet" "a second child is added"
keys a
check rec "Relation" "a opens the guardian form"
field "Line Nørgaard"; field "mor"; field "20 30 40 50"; text "line@@example.dk"; keys Enter
check rec "Ikke gemt: e-mail" "a malformed e-mail address is refused with the reason"
keys BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace
text "@example.dk"; keys Enter
check rec "Line Nørgaard er tilføjet" "the guardian with e-mail is added"

# The dashboard: 6 weeks while the investigation runs.
keys Escape Escape
check rec "Sagsstamme" "back on the dashboard"
if wait_for rec "6 uger"; then ok "the dashboard shows 6 weeks (SEL § 50 + § 41)"; else fail "6 weeks on the dashboard"; fi
json_check families_json "data[0]['name'] == 'Familien Nørgaard' and [c['name'] for c in data[0]['children']] == ['Alma', 'Bo'] and data[0]['children'][0]['birth_date'] == '2015-05-03' and data[0]['children'][0]['cases'][0]['cadence'] == '6_weeks' and data[0]['children'][0]['cases'][0]['legal_basis'] == ['SEL § 50', 'SEL § 41']" \
  "families --json: two children, the birth date from the CPR number, 6 weeks"

# The investigation ends: its measure gets an end date, and the cadence is 3 months.
keys Enter
check rec "Børn og sager" "Enter opens the family"
keys e
check rec "Stamdata — Familien Nørgaard" "e opens the family's details"
keys j j j j Enter
check rec "Indsats på sag 2026-0042" "Enter on the investigation opens its measure"
keys Tab Tab Tab
text "23.11.2026"; keys Enter
check rec "ligger efter i dag" "an investigation cannot end tomorrow"
keys BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace BSpace
text "21.11.2026"; keys Enter
check rec "kadencen for sag 2026-0042 er nu 3 mdr." "ending the investigation says the new cadence"
keys Escape Escape
check rec "Sagsstamme" "back on the dashboard"
if wait_for rec "3 mdr." && ! t capture-pane -p -t rec | grep -qF "6 uger"; then ok "the dashboard shows 3 months"; else fail "3 months on the dashboard"; fi
json_check due_json "any(d.get('case') == '2026-0042' for d in data)" "due --json lists the case's deadlines"

# A slip: the case is given to Jonas by mistake; u puts Mette back.
keys Enter e j j j Enter
check rec "Sag 2026-0042" "Enter on the case opens its form"
keys Tab Right Enter
check rec "Primær sagsbehandler på sag 2026-0042: MHA → JBO — u fortryder." "the change of primary caseworker says who it was"
keys u
check rec "Fortrudt: Primær sagsbehandler på sag 2026-0042: MHA → JBO" "u undoes the change of primary caseworker"
json_check families_json "data[0]['children'][0]['cases'][0]['caseworker'] == 'MHA'" "families --json: the primary caseworker is MHA again"

# The handover document from the family's screen.
keys o
check rec "overlevering-" "o writes the handover document"
handover=$(ls "$exports"/overlevering-*.md 2>/dev/null | head -1)
if [ -n "$handover" ] && grep -qF "line@example.dk" "$handover" && grep -qF "Alma" "$handover" && ! grep -qF "0305154234" "$handover"; then
  ok "the handover has the guardian's e-mail and the children, never the CPR number"
else
  fail "the handover document"
fi

# The case is closed with a date and a reason, and leaves the dashboard.
keys c
check rec "Luk sag 2026-0042" "c opens the close form"
keys Tab Enter
check rec "Skriv en begrundelse" "closing needs a reason"
text "Familien er flyttet til Odense"; keys Enter
check rec "Sag 2026-0042 er lukket 22.11.2026" "the case is closed and the screen says so"
keys Escape Escape
if wait_gone rec "2026-0042" && wait_for rec "0 af 0 sager"; then ok "the closed case has left the dashboard"; else fail "closed case off the dashboard"; fi
json_check families_json "data[0]['children'][0]['cases'][0]['status'] == 'closed' and data[0]['children'][0]['cases'][0].get('next_follow_up') is None" \
  "families --json: the case is closed"
json_check due_json "not any(d.get('case') == '2026-0042' for d in data)" "due --json: the closed case has no deadlines"

keys q
for _ in $(seq 1 50); do [ "$(t display -p -t rec '#{pane_dead}')" = "1" ] && break; sleep 0.1; done
if [ "$(t display -p -t rec '#{alternate_on}')" = "0" ]; then ok "q quits and leaves the alternate screen"; else fail "alternate screen left"; fi
if "$BIN" check --store "$store" --today "$TODAY" >/dev/null 2>&1; then ok "sammen check finds the store in order"; else fail "sammen check: $("$BIN" check --store "$store" --today "$TODAY" 2>&1)"; fi

e2e_summary
