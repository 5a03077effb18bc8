#!/usr/bin/env bash
# Two colleagues on one PostgreSQL store, as they would work: two interactive programs in tmux (80x24), each
# logged in as its own database role (a caseworker and the leader), on a throwaway server of its own
# (Tests/Postgres/cluster.sh; needs root).
#   1. a follow-up registered by one shows in the other's open family within 2 s, no key pressed, both ways;
#   2. the server restarts while a follow-up is being typed: the save says so in words, the form keeps what was
#      typed, and the next Enter saves it, once.
# Polls for text, no fixed sleeps. Ends with "N passed, M failed".
set -uo pipefail
cd "$(dirname "$0")/../.."

. Tests/EndToEnd/lib.sh
e2e_setup "postgres e2e" sammen-pg-e2e
E2E_PANE=a
admin_uri=$(bash Tests/Postgres/cluster.sh start) || { echo "postgres e2e: could not start a server"; exit 1; }
cleanup() { t kill-server 2>/dev/null; bash Tests/Postgres/cluster.sh stop "$admin_uri"; rm -rf "$work"; }
trap cleanup EXIT
socket_dir=${admin_uri##*host=}
password=${admin_uri#postgresql://sammen_it:}
password=${password%%@*}
uri_for() { echo "postgresql://$1:$password@/sammen?host=$socket_dir"; }

start() {
  local name=$1 role=$2
  t new-session -d -s "$name" -x 80 -y 24 \
    "env LANG=C.UTF-8 TERM=xterm-256color SWIFT_BACKTRACE=interactive=no HOME=$work/home-$name $BIN --store '$(uri_for "$role")'"
  t set-option -t "$name" remain-on-exit on >/dev/null
}
open_family() {
  t send-keys -t "$1" 1 / Escape / "$2" Enter Enter
  wait_for "$1" "Børn og sager" || fail "$1 opens $2" "$1"
}
# The family's row holds the text (asked as the administrative role).
saved_count() { psql "$admin_uri" -Atc "SELECT count(*) FROM sammen.families, jsonb_path_query(record, 'strict \$.**') v WHERE record->>'name' = '$1' AND v #>> '{}' = '$2'"; }

# The store: the training caseload copied into the database; a caseworker (MHA) and the leader (LED, no cases of her own).
mkdir -p "$work/home-a" "$work/home-b"
(umask 077; $BIN demo --init "$work/demo" --user MHA >/dev/null) || { echo "postgres e2e: no demo store"; exit 1; }
$BIN init "$admin_uri" --name "Nord" >/dev/null || { echo "postgres e2e: sammen init failed"; exit 1; }
$BIN store copy "$work/demo" "$admin_uri" >/dev/null || { echo "postgres e2e: store copy failed"; exit 1; }
$BIN team add sb_nord MHA --store "$admin_uri" >/dev/null || { echo "postgres e2e: team add failed"; exit 1; }
$BIN team add leder LED --leader --store "$admin_uri" >/dev/null || { echo "postgres e2e: team add failed"; exit 1; }

start a sb_nord
start b leder
check a "Sagsstamme" "program A (role sb_nord) opens the caseload"
check b "Sagsstamme" "program B (role leder) opens the caseload"

# 1. Each sees the other's follow-up in the open family within 2 s.
open_family b "Familien Holm"
open_family a "Familien Holm"
t send-keys -t a f; wait_for a "Registrér opfølgning" >/dev/null; t send-keys -t a Tab Tab Tab Tab
t send-keys -t a "Ringet til mor (A)" Enter
before=$(date +%s%N)
check a "Opfølgning registreret for Familien Holm" "A's follow-up is saved"
if wait_for b "Familien er opdateret med en kollegas ændring" 20; then
  ok "B's open family shows A's follow-up within 2 s, no key ($(( ($(date +%s%N) - before) / 1000000 )) ms)"
else fail "B's open family shows A's follow-up within 2 s, no key" b; fi
t send-keys -t b f; wait_for b "Registrér opfølgning" >/dev/null; t send-keys -t b Tab Tab Tab Tab
t send-keys -t b "Hjemmebesøg (B)" Enter
before=$(date +%s%N)
check b "Opfølgning registreret for Familien Holm" "B's follow-up is saved (merged with A's)"
if wait_for a "Familien er opdateret med en kollegas ændring" 20; then
  ok "A's open family shows B's follow-up within 2 s, no key ($(( ($(date +%s%N) - before) / 1000000 )) ms)"
else fail "A's open family shows B's follow-up within 2 s, no key" a; fi
if [ "$(saved_count "Familien Holm" "Ringet til mor (A)")" = 1 ] && [ "$(saved_count "Familien Holm" "Hjemmebesøg (B)")" = 1 ]; then
  ok "both follow-ups are in the family's row"
else fail "both follow-ups are in the family's row" a; fi

# 2. The server restarts while A types: nothing typed is lost.
t send-keys -t a Escape
open_family a "Familien Thomsen"
t send-keys -t a f; wait_for a "Registrér opfølgning" >/dev/null; t send-keys -t a Tab Tab Tab Tab
t send-keys -t a "Skrevet mens serveren genstartede"
runuser -u postgres -- "$(ls -d /usr/lib/postgresql/*/bin | tail -1)/pg_ctl" -D "$socket_dir/data" -m fast -w -s restart \
  -o "-c listen_addresses='' -k $socket_dir" >/dev/null 2>&1 || fail "the server restarts"
t send-keys -t a Enter
check a "afbrudt" "the save after the restart says the connection was lost"
if t capture-pane -p -t a | grep -qF "Skrevet mens serveren genstartede"; then ok "the form still holds what was typed"; else fail "the form still holds what was typed" a; fi
t send-keys -t a Enter
check a "Opfølgning registreret for Familien Thomsen" "the next Enter saves it"
if [ "$(saved_count "Familien Thomsen" "Skrevet mens serveren genstartede")" = 1 ]; then ok "it is in the store, once"; else fail "it is in the store, once" a; fi
check b "Sagsstamme" "B is still running after the restart"

for p in a b; do t send-keys -t $p Escape Escape Escape q; done
if out=$($BIN check --store "$admin_uri" 2>&1); then ok "sammen check is clean"; else fail "sammen check is clean: $out"; fi
e2e_summary
