#!/usr/bin/env bash
# Sammen reliability attacks: real kills, injected faults, damaged files, concurrency, fuzzing and privacy
# checks against the real `sammen` binary. docs/reliability.md says what is promised and how it is tested.
#
#   Tests/Reliability/run.sh --quick        bounded for CI (about 3½ minutes on 2 cores)
#   Tests/Reliability/run.sh                the full run: every kill point, 1,000 + 1,000 edits, 60 s fuzzing
#   Tests/Reliability/run.sh --long         the full run with long fuzzing (--fuzz-seconds, default 900 per target)
#   Tests/Reliability/run.sh --only crash,fuzz --fuzz-seconds 3600      some sections only
#
# Sections: crash faults corpus csv memory args concurrency fuzz privacy hostile. Needs root for the tmpfs mounts (it falls
# back to injected errors without them). Installs strace when missing. Ends with "N passed, M failed" and
# exits non-zero on any failure. KEEP=1 keeps the work folder for inspection.
set -uo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
MODE=full
ONLY=""
FUZZ_SECONDS=""
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) MODE=quick ;;
    --long) MODE=long ;;
    --full) MODE=full ;;
    --only) ONLY=$2; shift ;;
    --only=*) ONLY=${1#*=} ;;
    --fuzz-seconds) FUZZ_SECONDS=$2; shift ;;
    --fuzz-seconds=*) FUZZ_SECONDS=${1#*=} ;;
    -h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "run.sh: unknown argument $1 (try --help)" >&2; exit 2 ;;
  esac
  shift
done
if [ -z "$FUZZ_SECONDS" ]; then
  case $MODE in quick) FUZZ_SECONDS=20 ;; full) FUZZ_SECONDS=60 ;; long) FUZZ_SECONDS=900 ;; esac
fi
case $MODE in
  quick) EDITS=200 ;;
  *) EDITS=1000 ;;
esac

want() { [ -z "$ONLY" ] || [[ ",$ONLY," == *",$1,"* ]]; }
STARTED=$(date +%s)
say() { printf '\n== %s (%ss)\n' "$*" $(( $(date +%s) - STARTED )); }
note() { printf '   %s\n' "$*"; }

# ---------------------------------------------------------------------------------------------------------
# Bookkeeping: every assertion passes or fails; figures are counted for docs/reliability.md.

PASSED=0
FAILED=0
declare -A FIG=()
fig() { FIG[$1]=$(( ${FIG[$1]:-0} + ${2:-1} )); }
pass() { PASSED=$((PASSED + 1)); }
SECTION=other
fail() {
  FAILED=$((FAILED + 1))
  fig "fail_$SECTION"
  echo "   FAIL: $*" >&2
  echo "$*" >> "$WORK/failures.txt"
}
# check "what" command...: passes when the command succeeds.
check() { local what=$1; shift; if "$@"; then pass; else fail "$what"; fi; }

# ---------------------------------------------------------------------------------------------------------
# Tools: strace, util-linux (flock, setpriv), coreutils. A fresh CI machine runs this as root.

install_tools() {
  local need=()
  command -v strace >/dev/null 2>&1 || need+=(strace)
  command -v flock >/dev/null 2>&1 || need+=(util-linux)
  command -v setpriv >/dev/null 2>&1 || need+=(util-linux)
  command -v iconv >/dev/null 2>&1 || need+=(libc-bin)
  [ -x /usr/bin/time ] || need+=(time)
  if [ ${#need[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
      echo "run.sh: installing ${need[*]}"
      export DEBIAN_FRONTEND=noninteractive
      apt-get update -qq >/dev/null 2>&1
      apt-get install -y -qq "${need[@]}" >/dev/null 2>&1
    fi
  fi
  command -v strace >/dev/null 2>&1 || { echo "run.sh: strace is needed (apt-get install strace)" >&2; exit 1; }
}

WORK=$(mktemp -d /tmp/sammen-reliability.XXXXXX)
chmod 755 "$WORK"
MOUNTS=()
BACKGROUND=()
cleanup() {
  local pid m
  for pid in "${BACKGROUND[@]}"; do kill "$pid" 2>/dev/null; done
  for m in "${MOUNTS[@]}"; do umount -l "$m" 2>/dev/null; done
  if [ -n "${KEEP:-}" ]; then echo "run.sh: work folder kept: $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT
mkdir -p "$WORK/bin" "$WORK/home" "$WORK/logs"
touch "$WORK/failures.txt"

# The program runs with a private HOME, so nothing can reach a real store by accident, and without the
# Swift backtracer (it can hang on a crash; a crash is reported by its exit status instead).
# The build tools keep the real HOME and cache folder (their caches live there).
REAL_ENV=(HOME="$HOME")
[ -n "${XDG_CACHE_HOME:-}" ] && REAL_ENV+=(XDG_CACHE_HOME="$XDG_CACHE_HOME")
tool() { env -u XDG_CACHE_HOME -u XDG_DATA_HOME "${REAL_ENV[@]}" "$@"; }
export HOME="$WORK/home" XDG_DATA_HOME="$WORK/home/data" XDG_CACHE_HOME="$WORK/home/cache"
export SAMMEN_USER="pålidelighed" SWIFT_BACKTRACE=enable=no LC_ALL=C.UTF-8
# New family ids are random; these attacks compare a store with the one the same command made before, so the
# ids repeat here (Family+NewID.swift: RepeatableIDs).
export SAMMEN_TEST_ID_SEED=20261203
unset SAMMEN_STORE
# Every stderr and stdout the program printed is kept here for the privacy checks.
ALLOUT="$WORK/logs/all-output.txt"
: > "$ALLOUT"

build() {
  say "build"
  cd "$REPO" || exit 1
  local attempt
  for attempt in 1 2 3 4 5 6; do
    if tool swift build >"$WORK/logs/build.txt" 2>&1; then break; fi
    echo "run.sh: swift build failed (attempt $attempt); retrying in 20 s" >&2
    tail -5 "$WORK/logs/build.txt" >&2
    [ "$attempt" = 6 ] && { echo "run.sh: cannot build" >&2; exit 1; }
    sleep 20
  done
  BIN_DIR=$(tool swift build --show-bin-path)
  # A private copy: a concurrent rebuild of .build must not change the program in the middle of a run.
  cp "$BIN_DIR/sammen" "$WORK/bin/sammen"
  SAMMEN="$WORK/bin/sammen"
  chmod 755 "$SAMMEN"
  note "binary: $BIN_DIR/sammen"
}

# sam ARGS...: run sammen with a time limit; stdout → $OUT, stderr → $ERR, status → $RC.
OUT="$WORK/logs/out.txt"
ERR="$WORK/logs/err.txt"
RC=0
sam() {
  timeout -s KILL 120 "$SAMMEN" "$@" >"$OUT" 2>"$ERR"
  RC=$?
  { cat "$OUT"; cat "$ERR"; } >> "$ALLOUT"
  return 0
}

# ---------------------------------------------------------------------------------------------------------
# Store helpers.

FIXTURE="$REPO/Fixtures/csv/sagsstamme-eksempel.csv"

# The access log of a store as one text: Sammen 0.1's access.log (if any), then the month files in order
# (log/*.jsonl; Sammen names a month by Danish time). logfile: this month's file, where appends go.
# As Sammen reads it: an old log half moved into months (a crash) is read whole from log/access-<n>.moving, and
# the month files made from it so far are left out.
logcat() {
  [ -f "$1/access.log" ] && cat "$1/access.log"
  [ -d "$1/log" ] || return 0
  local f tags=" "
  for f in "$1"/log/access-*.moving; do
    [ -f "$f" ] || continue
    cat "$f"
    f=${f##*/access-}; tags="$tags${f%.moving} "
  done
  find "$1/log" -maxdepth 1 -name '*.jsonl' -type f -print | sort | while read -r f; do
    case "$f" in *-migrated-*.jsonl) local t=${f##*-migrated-}; [[ "$tags" == *" ${t%.jsonl} "* ]] && continue ;; esac
    cat "$f"
  done
  return 0
}
logfile() { echo "$1/log/$(TZ=Europe/Copenhagen date +%Y-%m).jsonl"; }

# The record files of a store (everything but the lock, the access log, the cache and the backups), hashed.
snap() {
  [ -d "$1" ] || return 0
  (cd "$1" && find . -mindepth 1 \( -path ./lock -o -path ./access.log -o -path ./log -o -path ./cache -o -path ./backups \
      -o -path ./.transaction -o -name '.sammen-tmp-*' -o -name .sammen-creating \) -prune -o \( -type f -o -type l \) -print0 \
    | sort -z | xargs -0 -r sha256sum)
}

# Every file of `state` must hold its bytes in `old` or in `new`; no file present in both may be missing.
old_or_new() {
  awk '
    FILENAME == ARGV[1] { old[substr($0, 67)] = $1; next }
    FILENAME == ARGV[2] { new[substr($0, 67)] = $1; next }
    { p = substr($0, 67); seen[p] = 1
      if (!((p in old) && old[p] == $1) && !((p in new) && new[p] == $1)) print "neither old nor new: " p }
    END { for (p in old) if ((p in new) && !(p in seen)) print "missing: " p }
  ' "$1" "$2" "$3"
}

# Temp files or an unfinished transaction anywhere under a folder.
leftovers() { find "$1" \( -name '.sammen-tmp-*' -o -name '.transaction' -o -name .sammen-creating \) 2>/dev/null; }

# Files not 0600 or folders not 0700 under a store (the store folder itself included).
bad_modes() {
  find "$1" \( -type f ! -perm 600 \) -o \( -type d ! -perm 700 \) 2>/dev/null
}

# The access log may only grow by whole lines: the old log is a prefix and the log ends with a newline.
log_grew_by_lines() {
  local old=$1 new=$2
  [ -f "$new" ] || { [ ! -f "$old" ]; return; }
  if [ -f "$old" ]; then
    local n
    n=$(stat -c %s "$old")
    cmp -s -n "$n" "$old" "$new" || return 1
  fi
  [ ! -s "$new" ] || [ "$(tail -c 1 "$new" | od -An -c | tr -d ' ')" = '\n' ]
}

# A purge or a move of the log cut short: CUR holds each line at most as often as OLD or NEW does, and at
# least every line both OLD and NEW hold (what the purge keeps).
log_between() {
  python3 - "$1" "$2" "$3" <<'PY'
import sys
from collections import Counter
old, new, cur = (Counter(open(p, "rb").read().splitlines()) for p in sys.argv[1:4])
bad = [l for l in cur if cur[l] > max(old[l], new[l])] + [l for l in old if min(old[l], new[l]) > cur[l]]
sys.exit(1 if bad else 0)
PY
}

# Makes a store from the example fixture plus a first follow-up, with one family per fixture family.
make_store() {
  local dir=$1
  sam import csv "$FIXTURE" --store "$dir"
  [ "$RC" = 0 ] || { echo "run.sh: cannot create a store: $(cat "$ERR")" >&2; exit 1; }
  sam followup 2026-001 --store "$dir" --date 2026-09-01 --channel telefon --note "første opfølgning"
}

family_file() { grep -l "\"number\" : \"$2\"" "$1"/families/*.json | head -1; }
family_id() { basename "$(family_file "$1" "$2")" .json; }
contacts() { grep -c '"channel"' "$1"; }

# A second caseload file: two new families, a new child in an existing family, a new caseworker.
write_second_csv() {
  cat > "$1" <<'CSV'
sagsnr;familie;barn;fødselsdato;sagsbehandler;paragraffer;åbnet;seneste_opfølgning
2026-201;Familien Nørgaard;Asta Nørgaard;2012-06-01;LKA;SEL § 52;2026-02-01;2026-08-15
2026-202;Familien Nørgaard;Otto Nørgaard;2016-09-12;LKA;BL § 32;2026-02-01;
2026-203;Familien Dahl;Vera Dahl;2011-01-20;MHA;SEL § 50, SEL § 52;2026-03-01;2026-09-01
2026-204;Familien Andersen;Karla Andersen;2021-04-04;MHA;BL § 32;2026-04-01;
CSV
}

# ---------------------------------------------------------------------------------------------------------
# Helper programs built from the SammenCore sources with swiftc (not SwiftPM targets): the migration probe
# (a Sammen with schema 2, for killing a real migration) and the fuzz harnesses (-sanitize=fuzzer,address).

CORE_SOURCES=()
# A snapshot of the sources, so an edit during the build (someone else working in the tree) cannot break it.
core_sources() {
  local snapshot="$WORK/src/$RANDOM$RANDOM"
  mkdir -p "$snapshot"
  cp -r "$REPO/Sources/SammenCore" "$snapshot/"
  mapfile -t CORE_SOURCES < <(find "$snapshot/SammenCore" -name '*.swift' | sort)
}

PROBE=""
build_probe() {
  local attempt
  for attempt in 1 2 3; do
    core_sources
    if tool swiftc -Onone -parse-as-library -module-name SammenProbe "$REPO/Tests/Reliability/MigrationProbe.swift" \
        "${CORE_SOURCES[@]}" -o "$WORK/bin/sammen-probe" >"$WORK/logs/probe-build.txt" 2>&1; then
      PROBE="$WORK/bin/sammen-probe"
      return 0
    fi
    sleep 20
  done
}

# ---------------------------------------------------------------------------------------------------------
# 1. Crash injection: kill the process (SIGKILL from strace, before the call runs) at every write, fsync,
#    rename, mkdir, unlink and store open of an operation, one call at a time; then check the store.

# The system calls a kill is injected at. Every one of them, in order, on the main thread.
CRASH_SET="write,pwrite64,ftruncate,fsync,fdatasync,rename,renameat,renameat2,unlink,unlinkat,mkdir,mkdirat,rmdir,openat"
[ "$MODE" = quick ] && CRASH_SET="write,fsync,fdatasync,rename,renameat,renameat2,unlink,unlinkat,mkdir,mkdirat,rmdir,openat"

# op_cmd NAME STORE: sets CMD to the operation's command line and OK_RC to its exit status when it completes.
op_cmd() {
  case $1 in
    followup) CMD=("$SAMMEN" followup 2026-002 --store "$2" --date 2026-09-02 --channel sms --note "kill test") ; OK_RC=0 ;;
    import)   CMD=("$SAMMEN" import csv "$WORK/second.csv" --store "$2") ; OK_RC=0 ;;
    create)   CMD=("$SAMMEN" import csv "$FIXTURE" --store "$2") ; OK_RC=0 ;;
    purge)    CMD=("$SAMMEN" followup ingen-saadan-familie --store "$2") ; OK_RC=1 ;;
    migrate)  CMD=("$PROBE" migrate "$2") ; OK_RC=0 ;;
    uisave)   CMD=("$PROBE" uisave "$2" "$WORK/crash/uisave/base-family.json") ; OK_RC=0 ;;
  esac
}

# The next writer: opens the store for writing (finishing or discarding what a crash left) and changes nothing.
next_writer() {
  if [ "$1" = migrate ]; then
    timeout -s KILL 60 "$PROBE" migrate "$2" >"$OUT" 2>"$ERR"; RC=$?
  else
    sam followup ingen-saadan-familie --store "$2"
    [ "$RC" = 1 ] && RC=0
  fi
}
store_check() {
  if [ "$1" = migrate ]; then
    timeout -s KILL 60 "$PROBE" check "$2" >"$OUT" 2>"$ERR"; RC=$?
  else
    sam check --store "$2"
  fi
}

# restore_store NAME BASE STORE: STORE as BASE again. For the program's save the folder itself stays (its
# contents are replaced), so the colleague's program open on it keeps watching the same folder.
restore_store() {
  if [ "$1" = uisave ] && [ -d "$3" ]; then
    find "$3" -mindepth 1 -delete
    cp -a "$2"/. "$3"/
  else
    rm -rf "$3"; [ -d "$2" ] && cp -a "$2" "$3"
  fi
  return 0
}

crash_op() {
  local name=$1
  local dir="$WORK/crash/$name"
  local base="$dir/base" s="$dir/store" tr="$dir/trace"
  reset() { restore_store "$name" "$base" "$s"; }
  mkdir -p "$tr"
  op_cmd "$name" "$s"

  # The old and the new state: before the operation, and after it ran to the end.
  snap "$base" > "$dir/old.snap"
  reset
  (umask 000; exec "${CMD[@]}") >"$OUT" 2>"$ERR"
  local rc=$?
  cp "$OUT" "$dir/completed.out"
  check "$name: the operation completes (exit $rc: $(head -c 300 "$ERR"))" [ "$rc" = "$OK_RC" ]
  snap "$s" > "$dir/new.snap"
  logcat "$s" > "$dir/new.access.log"
  check "$name: the operation changes something" bash -c "! cmp -s '$dir/old.snap' '$dir/new.snap' || [ '$name' = purge ]"

  # Count the calls: one strace output per thread; the main thread's is the one that ran execve.
  reset
  rm -f "$tr"/c.*
  (umask 000; exec strace -f -ff -qq -y -o "$tr/c" -e trace="execve,$CRASH_SET" -e signal=none -- "${CMD[@]}") >/dev/null 2>&1
  local main
  main=$(grep -l '^execve(' "$tr"/c.* | head -1)
  local sc n points total=0
  for sc in ${CRASH_SET//,/ }; do
    if [ "$sc" = openat ]; then
      # Only the store's own files; in --quick only the temp files' (the opens that start a write).
      points=$(grep "^openat(" "$main" | awk -v s="\"$s" -v q="$MODE" '
        { if (index($0, s) && (q != "quick" || $0 ~ /sammen-tmp-/)) print NR }')
    else
      points=$(seq 1 "$(grep -c "^$sc(" "$main")" 2>/dev/null)
    fi
    for n in $points; do
      kill_at "$name" "$sc" "$n"
      total=$((total + 1))
    done
  done
  note "$name: $total kill points"
}

kill_at() {
  local name=$1 sc=$2 n=$3
  local dir="$WORK/crash/$name"
  local base="$dir/base" s="$dir/store" tr="$dir/trace"
  local where="$name: kill at $sc #$n"
  restore_store "$name" "$base" "$s"
  op_cmd "$name" "$s"
  { (umask 000; exec strace -f -qq -y -o "$tr/k" -e trace="$sc" -e signal=none -e inject="$sc:signal=KILL:when=$n" \
     -- "${CMD[@]}") >"$tr/k.out" 2>&1; } 2>/dev/null
  local rc=$?
  if [ "$rc" != 137 ]; then
    # A worker thread's calls are counted apart from the main thread's; now and then a point is not reached.
    if [ "$rc" = "$OK_RC" ]; then fig kills_not_reached; return; fi
    fail "$where: exit $rc instead of a kill: $(head -c 300 "$tr/k.out")"
    return
  fi
  fig kills
  fig "kills_$name"
  printf '%s\t%s\n' "$where" "$(grep -v '^+++' "$tr/k" | tail -1 | sed "s|$WORK|…|g" | cut -c1-150)" >> "$WORK/logs/kills.txt"

  # Right after the kill: every record file old or new, the log grown by whole lines, modes 0600/0700.
  snap "$s" > "$dir/cur.snap"
  local bad
  bad=$(old_or_new "$dir/old.snap" "$dir/new.snap" "$dir/cur.snap")
  check "$where: $bad" [ -z "$bad" ]
  logcat "$base" > "$dir/base.access.log"
  logcat "$s" > "$dir/cur.access.log"
  if [ "$name" = purge ]; then
    # Whole months go: every line is in the old log, no line twice, and every line the purge keeps is there.
    check "$where: the access log lost a kept line or holds one twice" \
      log_between "$dir/base.access.log" "$dir/new.access.log" "$dir/cur.access.log"
  else
    check "$where: the access log did not grow by whole lines" log_grew_by_lines "$dir/base.access.log" "$dir/cur.access.log"
  fi
  bad=$(bad_modes "$s")
  check "$where: modes not 0600/0700: $bad" [ -z "$bad" ]

  if [ "$name" = create ] && [ ! -f "$s/store.json" ]; then
    # No store yet: it must say so, and creating it again must work and leave nothing behind.
    sam check --store "$s"
    check "$where: a half-made store is not reported as 'no store' (exit $RC: $(head -c 200 "$ERR"))" \
      bash -c "[ $RC = 3 ] && grep -q -e 'ikke et Sammen-arkiv' -e 'findes ikke' '$ERR'"
    (umask 000; exec "${CMD[@]}") >"$OUT" 2>"$ERR"
    rc=$?
    check "$where: creating the store again fails (exit $rc: $(head -c 200 "$ERR"))" [ "$rc" = 0 ]
  else
    store_check "$name" "$s"
    check "$where: check after the kill (exit $RC: $(head -c 300 "$OUT$ERR" 2>/dev/null; head -c 300 "$OUT"; head -c 300 "$ERR"))" [ "$RC" = 0 ]
    next_writer "$name" "$s"
    check "$where: the next writer cannot open (exit $RC: $(head -c 300 "$ERR"))" [ "$RC" = 0 ]
  fi

  # After the next writer: nothing left behind, and the store is all old or all new.
  bad=$(leftovers "$s"; find "$(dirname "$s")" -maxdepth 1 -name '.sammen-tmp-*')
  check "$where: left behind: $bad" [ -z "$bad" ]
  snap "$s" > "$dir/after.snap"
  check "$where: after recovery the store is neither all old nor all new: $(diff "$dir/after.snap" "$dir/new.snap" | head -4 | tr '\n' ' ')" \
    bash -c "cmp -s '$dir/after.snap' '$dir/old.snap' || cmp -s '$dir/after.snap' '$dir/new.snap'"
  store_check "$name" "$s"
  check "$where: check after recovery (exit $RC: $(head -c 300 "$OUT"))" [ "$RC" = 0 ]
  bad=$(bad_modes "$s")
  check "$where: modes after recovery: $bad" [ -z "$bad" ]
  if [ "$name" = migrate ]; then
    # The backup holds every migrated file as it was, byte for byte, and no temp file.
    local f ok=1
    while read -r f; do
      ls "$s"/backups/*/"$f" >/dev/null 2>&1 || { ok=0; break; }
      local found=0 b
      for b in "$s"/backups/*/"$f"; do cmp -s "$b" "$base/$f" && found=1; done
      [ $found = 1 ] || { ok=0; break; }
    done < <(cd "$base" && find . -name '*.json' ! -path './cache/*' | sed 's|^\./||')
    if cmp -s "$dir/after.snap" "$dir/new.snap"; then
      check "$where: the backup does not hold every old file byte for byte" [ $ok = 1 ]
    fi
  fi
  fig recovered
}

# The interactive program's save (Store.save(_:base:): the lock, a reload, the merge, the write) killed at every
# call while a colleague's program has the store open (#13): the program read the family, the colleague saved a
# follow-up to it since, so the save merges. The colleague's program (the probe's `hold`: open for writing,
# reading what changed every 50 ms) stays open on the same folder through every kill and must still be running
# at the end. (Two real accounts in one team store saving at once are Tests/Team/run.sh's.)
# uisave_base: the program's family file as it read it (base-family.json), then a colleague's follow-up saved.
uisave_base() {
  local dir="$WORK/crash/uisave" fam
  [ -d "$dir/base" ] && return 0
  mkdir -p "$dir"
  cp -a "$WORK/crash/followup/base" "$dir/base"
  fam=$(grep -l '"2026-002"' "$dir/base/families/"*.json | head -1)
  cp "$fam" "$dir/base-family.json"
  sam followup 2026-002 --store "$dir/base" --date 2026-09-05 --channel phone --note "kollegas opfølgning"
  check "uisave: the colleague's follow-up is saved first (exit $RC: $(head -c 200 "$ERR"))" [ "$RC" = 0 ]
}

crash_uisave() {
  local dir="$WORK/crash/uisave"
  uisave_base
  cp -a "$dir/base" "$dir/store"
  "$PROBE" hold "$dir/store" >"$dir/hold.out" 2>&1 &
  local holder=$!
  sleep 1
  check "uisave: the colleague's program opens the store ($(head -c 200 "$dir/hold.out"))" kill -0 "$holder"
  crash_op uisave
  check "uisave: the save merged the colleague's follow-up (it printed: $(head -c 100 "$dir/completed.out"))" grep -qx merged "$dir/completed.out"
  check "uisave: the colleague's program is still running after every kill ($(head -c 200 "$dir/hold.out"))" kill -0 "$holder"
  kill -KILL "$holder" 2>/dev/null
  wait "$holder" 2>/dev/null
}

section_crash() {
  SECTION=crash
  say "1. crash injection (kills at every call)"
  : > "$WORK/logs/kills.txt"
  local d
  for d in followup import purge migrate; do mkdir -p "$WORK/crash/$d"; done
  mkdir -p "$WORK/crash/create"
  make_store "$WORK/crash/followup/base"
  write_second_csv "$WORK/second.csv"
  cp -a "$WORK/crash/followup/base" "$WORK/crash/import/base"
  cp -a "$WORK/crash/followup/base" "$WORK/crash/purge/base"
  # The purge deletes whole months past the retention (180 days), after moving Sammen 0.1's single
  # access.log into months: a log in use all year (lines at the start and end of every month back to 8 months
  # ago) kept the old way, so a writer's open both moves it and purges.
  local back day
  for back in 8 7 6 5 4 3 2 1; do
    for day in 0 25; do
      printf '{"action":"read","family":"f-gammel","time":"%s","user":"gammel%s"}\n' \
        "$(TZ=Europe/Copenhagen date -d "-$((back * 30 - day)) days" +%Y-%m-%dT%H:%M:%S%:z)" "$back"
    done
  done > "$WORK/crash/purge/base/access.log"
  logcat "$WORK/crash/purge/base" | grep -v gammel >> "$WORK/crash/purge/base/access.log"
  rm -rf "$WORK/crash/purge/base/log"
  chmod 600 "$WORK/crash/purge/base/access.log"

  crash_op followup
  crash_op import
  crash_op create
  crash_op purge
  wait_for_probe
  if [ -n "$PROBE" ]; then
    cp -a "$WORK/crash/followup/base" "$WORK/crash/migrate/base"
    crash_op migrate
  else
    fail "migration probe did not build: $(tail -5 "$WORK/logs/probe-build.txt")"
  fi
  [ -n "$PROBE" ] && crash_uisave
  note "kills: ${FIG[kills]:-0} (not reached: ${FIG[kills_not_reached]:-0}), stores recovered: ${FIG[recovered]:-0}"
}

# ---------------------------------------------------------------------------------------------------------
# 2. Faults: errors injected into each call in turn (ENOSPC, EIO, EACCES), and real ones: a read-only
#    filesystem, a read-only folder for a non-root user, a full disk, a vanished store, an unusable lock file.

# A message a caseworker can act on: Danish words, no Foundation error dump, no crash report.
plain_danish() {
  grep -q -E 'Kunne ikke|kunne ikke|disken er fuld|skrivebeskyttet|ingen adgang|findes ikke|EIO|i brug af' "$1" &&
    ! grep -q -E 'uventet fejl|Error Domain|Fatal error|Stack|NSCocoa|0x[0-9a-f]{8}' "$1"
}

fault_op() {
  local name=$1 sc=$2 code=$3
  local dir="$WORK/crash/$name"
  local base="$dir/base" s="$WORK/faults/$name/store" tr="$WORK/faults/$name"
  mkdir -p "$tr"
  op_cmd "$name" "$s"
  rm -rf "$s"; [ -d "$base" ] && cp -a "$base" "$s"
  rm -f "$tr"/c.*
  (exec strace -f -ff -qq -y -o "$tr/c" -e trace="execve,$sc" -e signal=none -- "${CMD[@]}") >/dev/null 2>&1
  local main points n
  main=$(grep -l '^execve(' "$tr"/c.* | head -1)
  if [ "$sc" = openat ]; then
    points=$(grep "^openat(" "$main" | awk -v s="\"$s" '{ if (index($0, s) && $0 ~ /O_CREAT|O_WRONLY|O_RDWR/) print NR }')
  else
    points=$(seq 1 "$(grep -c "^$sc(" "$main")" 2>/dev/null)
  fi
  for n in $points; do
    local where="$name: $sc #$n fails with $code"
    rm -rf "$s"; [ -d "$base" ] && cp -a "$base" "$s"
    (exec strace -f -qq -y -o "$tr/k" -e trace="$sc" -e signal=none -e inject="$sc:error=$code:when=$n" \
      -- "${CMD[@]}") >"$OUT" 2>"$ERR"
    local rc=$?
    { cat "$OUT" "$ERR"; } >> "$ALLOUT"
    if ! grep -q INJECTED "$tr/k"; then fig faults_not_reached; continue; fi
    # The main thread's opens are not numbered the same in every run (the parallel parse of the families uses
    # it as one of its workers): an injected open that hit another file (the CSV being imported, a family file
    # being read) is not the open for writing this point was counted for.
    if [ "$sc" = openat ] && ! grep INJECTED "$tr/k" | grep -F "\"$s" | grep -qE 'O_CREAT|O_WRONLY|O_RDWR'; then
      fig faults_not_reached; continue
    fi
    fig faults
    fig "faults_$name"
    printf '%s\t%s\n' "$where" "$(grep INJECTED "$tr/k" | head -1 | sed "s|$WORK|…|g" | cut -c1-150)" >> "$WORK/logs/faults.txt"
    snap "$s" > "$tr/cur.snap"
    local state=mixed
    if cmp -s "$tr/cur.snap" "$dir/old.snap"; then state=old; elif cmp -s "$tr/cur.snap" "$dir/new.snap"; then state=new; fi
    if [ "$rc" = "$OK_RC" ]; then
      check "$where: reported success but the store is $state" [ "$state" = new ]
    elif [ "$rc" = 3 ]; then
      check "$where: the message is not plain Danish: $(head -c 300 "$ERR")" plain_danish "$ERR"
      if [ "$state" != old ]; then
        # Told it failed, yet something changed: only honest if the message says the change was written,
        # or an import is committed and will be finished by the next writer.
        check "$where: exit 3 but the store is $state and the message does not say so: $(head -c 300 "$ERR")" \
          grep -q -E 'er gemt|gøres færdig|resultatet' "$ERR"
      fi
    else
      fail "$where: exit $rc (a crash?): $(head -c 300 "$ERR")"
    fi
    if [ "$name" != purge ]; then
      logcat "$base" > "$dir/base.access.log"
      logcat "$s" > "$dir/cur.access.log"
      check "$where: the access log did not grow by whole lines" log_grew_by_lines "$dir/base.access.log" "$dir/cur.access.log"
    fi
    if [ "$name" = create ] && [ ! -f "$s/store.json" ]; then
      (exec "${CMD[@]}") >"$OUT" 2>"$ERR"
      check "$where: creating the store again fails: $(head -c 200 "$ERR")" [ $? = 0 ]
    else
      next_writer "$name" "$s"
      check "$where: the next writer cannot open (exit $RC: $(head -c 300 "$ERR"))" [ "$RC" = 0 ]
    fi
    local bad
    bad=$(leftovers "$s"; find "$(dirname "$s")" -maxdepth 1 -name '.sammen-tmp-*')
    check "$where: left behind: $bad" [ -z "$bad" ]
    snap "$s" > "$tr/after.snap"
    check "$where: after the next writer the store is neither all old nor all new" \
      bash -c "cmp -s '$tr/after.snap' '$dir/old.snap' || cmp -s '$tr/after.snap' '$dir/new.snap'"
    store_check "$name" "$s"
    check "$where: check fails afterwards (exit $RC: $(head -c 300 "$OUT"))" [ "$RC" = 0 ]
    if cmp -s "$tr/after.snap" "$dir/old.snap" && [ "$name" != purge ]; then
      # The edit was not saved: doing it again works.
      (exec "${CMD[@]}") >"$OUT" 2>"$ERR"
      rc=$?
      snap "$s" > "$tr/retry.snap"
      check "$where: the retry fails (exit $rc: $(head -c 200 "$ERR"))" [ "$rc" = "$OK_RC" ]
      check "$where: the retry does not give the new state" cmp -s "$tr/retry.snap" "$dir/new.snap"
    fi
  done
}

# refused WHAT REGEX STORE SNAPSHOT: the last `sam` run was refused with exit 3 and a plain message matching
# REGEX, and the store's record files still match SNAPSHOT.
refused() {
  local what=$1 regex=$2 s=$3 before=$4
  fig faults
  fig faults_real
  check "$what: exit $RC instead of 3: $(head -c 300 "$ERR")" [ "$RC" = 3 ]
  if plain_danish "$ERR" && grep -q -E "$regex" "$ERR"; then pass
  else fail "$what: message not plain Danish or not about the fault: $(head -c 300 "$ERR")"; fi
  if [ -n "$before" ]; then
    snap "$s" > "$WORK/faults/now.snap"
    check "$what: the files changed" cmp -s "$before" "$WORK/faults/now.snap"
    local bad
    bad=$(leftovers "$s")
    check "$what: left behind: $bad" [ -z "$bad" ]
  fi
}

mount_tmpfs() { # DIR SIZE
  mkdir -p "$1"
  if mount -t tmpfs -o "size=$2,mode=0755" tmpfs "$1" 2>/dev/null; then MOUNTS+=("$1"); return 0; fi
  return 1
}

section_faults() {
  SECTION=faults
  say "2. faults"
  mkdir -p "$WORK/faults"
  if [ ! -d "$WORK/crash/followup/base" ]; then
    mkdir -p "$WORK/crash/followup" "$WORK/crash/import" "$WORK/crash/create"
    make_store "$WORK/crash/followup/base"
    cp -a "$WORK/crash/followup/base" "$WORK/crash/import/base"
    write_second_csv "$WORK/second.csv"
    for name in followup import create; do
      op_cmd "$name" "$WORK/crash/$name/tmp"
      snap "$WORK/crash/$name/base" > "$WORK/crash/$name/old.snap"
      rm -rf "$WORK/crash/$name/tmp"; [ -d "$WORK/crash/$name/base" ] && cp -a "$WORK/crash/$name/base" "$WORK/crash/$name/tmp"
      (exec "${CMD[@]}") >/dev/null 2>&1
      snap "$WORK/crash/$name/tmp" > "$WORK/crash/$name/new.snap"
    done
  else
    # The crash section's snapshots were taken for the path …/store; the faults use …/faults/NAME/store,
    # and snapshots hold relative paths only, so they are reused as they are.
    :
  fi
  : > "$WORK/logs/faults.txt"

  # A. Injected: every write fails with ENOSPC, every fsync with EIO, every rename with EIO, every open for
  #    writing with EACCES, every mkdir with ENOSPC, one at a time.
  local name
  for name in followup import create; do
    fault_op "$name" write ENOSPC
    fault_op "$name" fsync EIO
    fault_op "$name" rename EIO
    fault_op "$name" openat EACCES
    [ "$MODE" = quick ] || fault_op "$name" mkdir ENOSPC
  done
  # The interactive program's save (#13, the probe's uisave merging a colleague's follow-up): the same faults.
  wait_for_probe
  if [ -n "$PROBE" ]; then
    uisave_base
    local u="$WORK/crash/uisave"
    if [ ! -f "$u/new.snap" ]; then
      op_cmd uisave "$u/tmp"
      snap "$u/base" > "$u/old.snap"
      rm -rf "$u/tmp"; cp -a "$u/base" "$u/tmp"
      (exec "${CMD[@]}") >/dev/null 2>&1
      snap "$u/tmp" > "$u/new.snap"
    fi
    fault_op uisave write ENOSPC
    fault_op uisave fsync EIO
    fault_op uisave rename EIO
    fault_op uisave openat EACCES
  fi
  note "injected faults: ${FIG[faults]:-0}"

  # B. Real faults.
  local s="$WORK/faults/real" before="$WORK/faults/real.snap"
  rm -rf "$s"; cp -a "$WORK/crash/followup/base" "$s"

  # A read-only filesystem.
  local ro="$WORK/faults/ro"
  if mount_tmpfs "$ro" 8m; then
    cp -a "$s" "$ro/store"
    mount -o remount,ro "$ro"
    snap "$ro/store" > "$before"
    sam followup 2026-002 --store "$ro/store" --date 2026-09-03 --note "skrivebeskyttet"
    refused "read-only filesystem: followup" 'skrivebeskyttet' "$ro/store" "$before"
    sam import csv "$WORK/second.csv" --store "$ro/store"
    refused "read-only filesystem: import" 'skrivebeskyttet' "$ro/store" "$before"
    sam import csv "$FIXTURE" --store "$ro/ny"
    refused "read-only filesystem: create" 'skrivebeskyttet' "$ro/store" "$before"
    sam check --store "$ro/store"
    # check reads every family: it shows the store, or (when the read cannot be logged) refuses in words.
    if [ "$RC" = 0 ]; then pass; else refused "read-only filesystem: check (cannot log the access)" 'adgangsloggen' "$ro/store" "$before"; fi
    sam due --all --json --store "$ro/store"
    if [ "$RC" = 0 ]; then pass; else refused "read-only filesystem: due (cannot log the access)" 'adgangsloggen' "$ro/store" "$before"; fi
  else
    note "no tmpfs mounts here: the read-only filesystem is covered by injected EROFS instead"
    snap "$s" > "$before"
    (exec strace -f -qq -o /dev/null -e trace=openat -e inject=openat:error=EROFS:when=1+ -P "$s/lock" -- \
      "$SAMMEN" followup 2026-002 --store "$s" --date 2026-09-03) >"$OUT" 2>"$ERR"; RC=$?
    refused "read-only filesystem (injected EROFS): followup" 'skrivebeskyttet' "$s" "$before"
  fi

  # A read-only folder for a user who is not root (root may write anywhere).
  if command -v setpriv >/dev/null 2>&1; then
    local nb="$WORK/faults/nobody"
    rm -rf "$nb"; cp -a "$s" "$nb"
    chown -R 65534:65534 "$nb"
    find "$nb" -type d -exec chmod 500 {} +
    snap "$nb" > "$before"
    as_nobody() { setpriv --reuid 65534 --regid 65534 --clear-groups -- "$@"; }
    RC=0; as_nobody timeout -s KILL 60 "$SAMMEN" followup 2026-002 --store "$nb" --date 2026-09-03 >"$OUT" 2>"$ERR" || RC=$?
    refused "read-only folders (user nobody): followup" 'ingen adgang' "$nb" "$before"
    find "$nb" -type f -exec chmod 400 {} +
    RC=0; as_nobody timeout -s KILL 60 "$SAMMEN" followup 2026-002 --store "$nb" --date 2026-09-03 >"$OUT" 2>"$ERR" || RC=$?
    refused "read-only files and folders (user nobody): followup" 'ingen adgang' "$nb" "$before"
    RC=0; as_nobody timeout -s KILL 60 "$SAMMEN" import csv "$WORK/second.csv" --store "$nb" >"$OUT" 2>"$ERR" || RC=$?
    refused "read-only files and folders (user nobody): import" 'ingen adgang' "$nb" "$before"
    RC=0; as_nobody timeout -s KILL 60 "$SAMMEN" check --store "$nb" >"$OUT" 2>"$ERR" || RC=$?
    if [ "$RC" = 0 ]; then pass; else refused "read-only (user nobody): check (cannot log the access)" 'adgangsloggen' "$nb" "$before"; fi
    chmod -R u+w "$nb"; rm -rf "$nb"
  else
    note "setpriv missing: the read-only folder for a non-root user is not tried"
  fi

  # A full disk: a small tmpfs filled to the last byte.
  local full="$WORK/faults/full"
  if mount_tmpfs "$full" 2m; then
    cp -a "$s" "$full/store"
    # Make the access log end 20 bytes before a page boundary, so the next append is cut short by the full
    # disk: tmpfs writes the 20 bytes that fit in the last page and refuses the rest.
    local size x
    local lf
    lf=$(logfile "$full/store")
    size=$(stat -c %s "$lf")
    # The padding line is 66 bytes plus its x's.
    x=$(( (4096 - 20 - (size % 4096) - 66 + 8192) % 4096 ))
    printf '%s\n' "{\"action\":\"read\",\"user\":\"fyld$(head -c "$x" /dev/zero | tr '\0' x)\",\"time\":\"2026-01-01T00:00:00+01:00\"}" >> "$lf"
    dd if=/dev/zero of="$full/fill" bs=4096 2>/dev/null
    dd if=/dev/zero of="$full/fill2" bs=1 2>/dev/null
    snap "$full/store" > "$before"
    cp "$lf" "$WORK/faults/full-access.log"
    local n0
    n0=$(contacts "$(family_file "$full/store" 2026-002)")
    (exec strace -f -qq -y -o "$WORK/faults/full.tr" -e trace=write -- timeout -s KILL 60 "$SAMMEN" followup 2026-002 \
       --store "$full/store" --date 2026-09-03 --note "fuld disk") >"$OUT" 2>"$ERR"; RC=$?
    refused "full disk: followup" 'disken er fuld' "$full/store" "$before"
    check "full disk: the append was not cut short (no short write to the log): $(grep '\.jsonl>' "$WORK/faults/full.tr" | head -2)" \
      bash -c "grep '\.jsonl>' '$WORK/faults/full.tr' | sed -n 's/.*, \([0-9]*\)) = \([0-9]*\)$/\1 \2/p' | awk '\$2 < \$1 { found = 1 } END { exit !found }'"
    check "full disk: the cut-off part of the entry stayed in the access log" cmp -s "$WORK/faults/full-access.log" "$lf"
    sam import csv "$WORK/second.csv" --store "$full/store"
    refused "full disk: import" 'disken er fuld' "$full/store" "$before"
    sam import csv "$FIXTURE" --store "$full/ny"
    refused "full disk: create" 'disken er fuld' "$full/store" ""
    check "full disk: a half-made store was left: $(ls -A "$full/ny" 2>/dev/null | head -3)" \
      bash -c "[ ! -e '$full/ny' ] || [ -z \"\$(ls -A '$full/ny')\" ]"
    sam due --all --store "$full/store" --json
    check "full disk: due fails (exit $RC: $(head -c 200 "$ERR"))" bash -c "[ $RC = 0 ] || grep -q 'disken er fuld' '$ERR'"
    # Space again: the same edit goes through, once.
    rm -f "$full/fill" "$full/fill2"
    sam followup 2026-002 --store "$full/store" --date 2026-09-03 --note "fuld disk"
    check "full disk: the retry after freeing space fails (exit $RC: $(head -c 200 "$ERR"))" [ "$RC" = 0 ]
    check "full disk: the retry did not add exactly one contact" \
      [ "$(contacts "$(family_file "$full/store" 2026-002)")" = $((n0 + 1)) ]
    sam check --store "$full/store"
    check "full disk: check after the retry (exit $RC: $(head -c 300 "$OUT"))" [ "$RC" = 0 ]
    local e
    e=$(logcat "$full/store" | grep -c -v '^{.*}$')
    check "full disk: $e access-log line(s) are not whole entries" [ "$e" = 0 ]
  else
    note "no tmpfs mounts here: the full disk is covered by the injected ENOSPC above"
  fi
  stdout_full() {
    timeout -s KILL 60 "$SAMMEN" "$@" >/dev/full 2>"$ERR"; RC=$?
  }
  stdout_full due --all --store "$s"
  fig faults; fig faults_real
  check "stdout on a full disk: exit $RC instead of 3: $(head -c 200 "$ERR")" [ "$RC" = 3 ]
  check "stdout on a full disk: message: $(head -c 200 "$ERR")" plain_danish "$ERR"

  # A vanished store: never there, gone before the save, its families folder gone.
  snap "$s" > "$before"
  sam followup 2026-002 --store "$WORK/faults/findes-ikke" --date 2026-09-03
  refused "missing store folder" 'findes ikke' "$s" ""
  check "missing store folder: it was created" [ ! -e "$WORK/faults/findes-ikke" ]
  local v="$WORK/faults/vanish"
  rm -rf "$v" "$v.gone"; cp -a "$s" "$v"
  snap "$v" > "$before"
  # Stop the save for 3 s at its temp file, move the store away meanwhile.
  ( exec strace -f -qq -o "$WORK/faults/vanish.tr" -e trace=openat \
      -e inject=openat:delay_enter=3s:when="$(call_number "$v" openat sammen-tmp- "$SAMMEN" followup 2026-002 --store @STORE@ --date 2026-09-03)" -- \
      "$SAMMEN" followup 2026-002 --store "$v" --date 2026-09-03 ) >"$OUT" 2>"$ERR" &
  local pid=$!
  sleep 1.5
  mv "$v" "$v.gone"
  wait "$pid"; RC=$?
  refused "store folder vanished during the save" 'findes ikke' "$v.gone" "$before"
  rm -rf "$v.gone"
  cp -a "$s" "$v"; rm -rf "$v/families"
  sam due --all --store "$v"
  refused "families folder missing" 'findes ikke' "$v" ""
  rm -rf "$v"

  # A lock file that cannot be created: a folder in its place; a link to nowhere; no permission (injected).
  local l="$WORK/faults/lock"
  rm -rf "$l"; cp -a "$s" "$l"; rm -f "$l/lock"; mkdir "$l/lock"
  snap "$l" > "$before"
  sam followup 2026-002 --store "$l" --date 2026-09-03
  refused "lock file is a folder" 'låse' "$l" "$before"
  rmdir "$l/lock"; ln -s "$WORK/faults/ingen-steder/lock" "$l/lock"
  sam followup 2026-002 --store "$l" --date 2026-09-03
  refused "lock file is a link to nowhere" 'låse' "$l" "$before"
  check "lock link: something was created outside the store" [ ! -e "$WORK/faults/ingen-steder" ]
  rm -f "$l/lock"
  (exec strace -f -qq -o /dev/null -e trace=openat -e inject=openat:error=EACCES -P "$l/lock" -- \
     "$SAMMEN" followup 2026-002 --store "$l" --date 2026-09-03) >"$OUT" 2>"$ERR"; RC=$?
  refused "lock file cannot be created (EACCES)" 'låse.*ingen adgang|ingen adgang.*lås' "$l" "$before"
  note "faults: ${FIG[faults]:-0} in all, ${FIG[faults_real]:-0} of them real"
}

# call_number STORE SYSCALL PATTERN COMMAND...: runs COMMAND (with @STORE@ for a copy of the store) under
# strace and prints the number of the main thread's first SYSCALL call whose line matches PATTERN.
call_number() {
  local store=$1 sc=$2 pattern=$3
  shift 3
  local tr="$WORK/logs/count.$$" copy="$store.count"
  rm -rf "$tr" "$copy"; mkdir -p "$tr"; if [ -e "$store" ]; then cp -a "$store" "$copy"; fi
  local args=() a
  for a in "$@"; do args+=("${a//@STORE@/$copy}"); done
  (exec strace -f -ff -qq -y -o "$tr/c" -e trace="execve,$sc" -- "${args[@]}") >/dev/null 2>&1
  local main
  main=$(grep -l '^execve(' "$tr"/c.* | head -1)
  grep "^$sc(" "$main" | awk -v p="$pattern" '$0 ~ p { print NR; exit }'
  rm -rf "$tr" "$copy"
}

# ---------------------------------------------------------------------------------------------------------
# 3. Bad input: damaged store files, damaged CSV files, odd command lines. Generated here, never committed.

# Every entry of a store with its content (regular files hashed, links by target), minus what the program
# may legitimately change: the access log, the cache, the lock, and the one family the test edits.
hash_tree() {
  (cd "$1" && find . -mindepth 1 \( -path ./access.log -o -path ./log -o -path ./cache -o -path ./lock -o -path "./families/$2" \) -prune \
     -o -printf '%y %p %l %s\n' | sort) > "$3"
  (cd "$1" && find . -mindepth 1 \( -path ./access.log -o -path ./log -o -path ./cache -o -path ./lock -o -path "./families/$2" \) -prune \
     -o -type f -print0 | sort -z | xargs -0 -r sha256sum) >> "$3"
}

CORPUS_BASE=""
VICTIM=""       # families/<id>.json of Familien Jensen (2026-004), the file each case damages
OTHERS=()       # the other families' ids, which must stay usable
EDITED=""       # the file name of the family the test edits (Andersen)

# corpus_case NAME EXPECT DAMAGE: damage a copy of the store with the function DAMAGE (given the store path),
# then: `check` reports it (its output matches the regex EXPECT), every other family is still listed by
# `due --all --json` and can be changed, and nothing damaged was touched.
corpus_case() {
  local name=$1 expect=$2 damage=$3 mode=${4:-file}
  local C="$WORK/corpus/$name"
  rm -rf "$C"; cp -a "$CORPUS_BASE" "$C"
  "$damage" "$C"
  # What the damage wrote gets a private store's modes, as Sammen's own files have (Sammen refuses a store other
  # accounts can read; links are not followed by chmod -R).
  chmod -R go-rwx "$C"
  fig damaged_files
  hash_tree "$C" "$EDITED" "$WORK/corpus/$name.before"
  [ -f "$WORK/corpus/outside.json" ] && sha256sum "$WORK/corpus/outside.json" > "$WORK/corpus/outside.sum"
  sam check --store "$C"
  local checked=$RC
  if [ "$mode" = fatal ]; then
    # The whole store cannot be opened: said in words with the file, exit 3, nothing written.
    check "corpus $name: check exit $checked instead of 3: $(head -c 200 "$ERR")" [ "$checked" = 3 ]
    if grep -q -E "$expect" "$ERR"; then pass; else fail "corpus $name: the message does not match /$expect/: $(head -c 300 "$ERR")"; fi
    sam followup 2026-001 --store "$C" --date 2026-09-04
    check "corpus $name: a writer was not refused (exit $RC)" [ "$RC" = 3 ]
  else
    if [ "$mode" = logdir ]; then
      # check reads every family: without an access log it shows nothing, and says why.
      check "corpus $name: check exit $checked instead of 3: $(head -c 300 "$OUT")" [ "$checked" = 3 ]
      check "corpus $name: check's message: $(head -c 200 "$ERR")" grep -q -E "adgangsloggen|log/[0-9]{4}-[0-9]{2}\.jsonl" "$ERR"
    elif [ "$mode" = clean ]; then
      check "corpus $name: check exit $checked instead of 0: $(head -c 300 "$OUT")" [ "$checked" = 0 ]
    else
      check "corpus $name: check exit $checked instead of 1: $(head -c 300 "$OUT$(cat "$ERR")")" [ "$checked" = 1 ]
      if grep -q -E "$expect" "$OUT"; then pass; else fail "corpus $name: check does not report /$expect/: $(head -c 400 "$OUT")"; fi
    fi
    sam due --all --json --store "$C" --today 2026-11-22
    local id
    if [ "$mode" = logdir ]; then
      # A read that cannot be logged is not shown: refused in words, and not one family on stdout.
      check "corpus $name: due without an access log was not refused (exit $RC)" [ "$RC" = 3 ]
      check "corpus $name: due's message: $(head -c 200 "$ERR")" grep -q -E "adgangsloggen|log/[0-9]{4}-[0-9]{2}\.jsonl" "$ERR"
      for id in "${OTHERS[@]}"; do
        check "corpus $name: due showed $id without logging it" bash -c "! grep -q '$id' '$OUT'"
      done
    else
      # Exit 4 when a family file could not be read: the answer says so in its last element (#15.15).
      check "corpus $name: due exit $RC: $(head -c 200 "$ERR")" bash -c "[ $RC = 0 ] || { [ $RC = 4 ] && grep -q '\"kind\" : \"mangler-familier\"' '$OUT'; }"
      for id in "${OTHERS[@]}"; do
        check "corpus $name: due no longer lists $id" grep -q "\"family_id\" : \"$id\"" "$OUT"
      done
    fi
    sam followup 2026-001 --store "$C" --date 2026-09-04 --note "resten virker"
    if [ "$mode" = logdir ]; then
      # No change without its access-log entry: refused, in words.
      check "corpus $name: a change without an access log was not refused (exit $RC)" [ "$RC" = 3 ]
      check "corpus $name: message: $(head -c 200 "$ERR")" grep -q -E "adgangsloggen|log/[0-9]{4}-[0-9]{2}\.jsonl" "$ERR"
    else
      check "corpus $name: another family cannot be changed (exit $RC: $(head -c 200 "$ERR"))" [ "$RC" = 0 ]
    fi
  fi
  hash_tree "$C" "$EDITED" "$WORK/corpus/$name.after"
  check "corpus $name: a damaged file was changed: $(diff "$WORK/corpus/$name.before" "$WORK/corpus/$name.after" | head -3 | tr '\n' ' ')" \
    cmp -s "$WORK/corpus/$name.before" "$WORK/corpus/$name.after"
  [ -f "$WORK/corpus/outside.sum" ] && check "corpus $name: the file outside the store changed" sha256sum -c --quiet "$WORK/corpus/outside.sum"
  rm -f "$WORK/corpus/outside.sum"
  rm -rf "$C"
}

# The damages. $1 is the store; V is the victim file.
V() { echo "$1/$VICTIM"; }
d_truncated()   { local f; f=$(V "$1"); head -c $(( $(stat -c %s "$f") / 2 )) "$f" > "$f.x"; mv "$f.x" "$f"; }
d_nul_run()     { dd if=/dev/zero of="$(V "$1")" bs=1 seek=200 count=4096 conv=notrunc 2>/dev/null; }
d_nul_only()    { head -c 4096 /dev/zero > "$(V "$1")"; }
d_bad_utf8()    { sed -i 's/"Familien Jensen"/"Familien \xff\xfeJensen"/' "$(V "$1")"; }
d_wrong_type()  { sed -i 's/"name" : "Familien Jensen"/"name" : 42/' "$(V "$1")"; }
d_missing()     { sed -i '/"name" : "Familien Jensen"/d' "$(V "$1")"; }
d_unknown()     { sed -i '0,/{/s/{/{\n  "favouriteColour" : "blå",/' "$(V "$1")"; }
d_future()      { sed -i 's/"schemaVersion" : [0-9]*/"schemaVersion" : 99/' "$(V "$1")"; }
# The copy's own id (the top-level "id") must match its file name, or check reports that instead (ids are random).
d_dup_case()    { sed 's/^  "id" : "[^"]*"/  "id" : "f-kopi"/' "$(V "$1")" > "$1/families/f-kopi.json"; chmod 600 "$1/families/f-kopi.json"; }
d_dup_child()   { local f; f=$(V "$1"); local second; second=$(grep -o '"id" : "c-[^"]*"' "$f" | sed -n 2p);
                  local first; first=$(grep -o '"id" : "c-[^"]*"' "$f" | sed -n 1p); sed -i "s/$second/$first/" "$f"; }
d_huge()        { truncate -s 100M "$(V "$1")"; }
d_symlink_out() { cp "$(V "$1")" "$WORK/corpus/outside.json"; rm "$(V "$1")"; ln -s "$WORK/corpus/outside.json" "$(V "$1")"; }
d_symlink_etc() { ln -s /etc/passwd "$1/families/f-passwd.json"; }
d_id_differs()  { mv "$(V "$1")" "$1/families/f-andet-navn.json"; }
d_empty()       { : > "$(V "$1")"; }
d_folder()      { rm "$(V "$1")"; mkdir "$(V "$1")"; }
d_array()       { echo '[]' > "$(V "$1")"; }
d_null()        { echo 'null' > "$(V "$1")"; }
d_deep()        { head -c 200000 /dev/zero | tr '\0' '[' > "$(V "$1")"; }
d_deep_object() { { printf '{"schemaVersion":1,"id":"f-c1401eef","x":'; head -c 100000 /dev/zero | tr '\0' '['; } > "$(V "$1")"; }
d_bom()         { local f; f=$(V "$1"); { printf '\xef\xbb\xbf'; cat "$f"; } > "$f.x"; mv "$f.x" "$f"; }
d_surrogate()   { sed -i 's/"Familien Jensen"/"Familien \\ud800Jensen"/' "$(V "$1")"; }
d_big_number()  { sed -i 's/"schemaVersion" : [0-9]*/"schemaVersion" : 1e999/' "$(V "$1")"; }
d_bad_date()    { sed -i '0,/"birthDate" : "[^"]*"/s//"birthDate" : "99999-99-99"/' "$(V "$1")"; }
d_bad_name()    { cp "$(V "$1")" "$1/families/Bad Name.json"; }
d_stray()       { echo "noter" > "$1/families/noter.txt"; }
d_team_trunc()  { head -c 100 "$1/team.json" > "$1/team.json.x"; mv "$1/team.json.x" "$1/team.json"; }
d_team_dir()    { rm "$1/team.json"; mkdir "$1/team.json"; }
d_index_junk()  { head -c 3000 /dev/urandom > "$1/cache/index"; }
d_index_dir()   { rm -f "$1/cache/index"; mkdir "$1/cache/index"; }
d_meta_trunc()  { head -c 30 "$1/store.json" > "$1/store.json.x"; mv "$1/store.json.x" "$1/store.json"; }
d_meta_future() { sed -i 's/"schemaVersion" : [0-9]*/"schemaVersion" : 99/' "$1/store.json"; }
d_meta_link()   { cp "$1/store.json" "$WORK/corpus/outside.json"; rm "$1/store.json"; ln -s "$WORK/corpus/outside.json" "$1/store.json"; }
d_families_link() { mkdir -p "$WORK/corpus/outside-families"; rm -rf "$WORK/corpus/outside-families"/*;
                  mv "$1/families"/* "$WORK/corpus/outside-families/"; rmdir "$1/families"; ln -s "$WORK/corpus/outside-families" "$1/families"; }
d_log_dir()     { local f; f=$(logfile "$1"); rm -f "$f"; mkdir -p "$f"; }

section_corpus() {
  SECTION=corpus
  say "3a. damaged store files"
  mkdir -p "$WORK/corpus"
  CORPUS_BASE="$WORK/corpus/base"
  make_store "$CORPUS_BASE"
  VICTIM="families/$(basename "$(family_file "$CORPUS_BASE" 2026-004)")"
  EDITED=$(basename "$(family_file "$CORPUS_BASE" 2026-001)")
  OTHERS=("$(family_id "$CORPUS_BASE" 2026-001)" "$(family_id "$CORPUS_BASE" 2026-003)")
  local v="$VICTIM"
  local pos="$v:[0-9]+:[0-9]+:"
  corpus_case truncated          "$pos"                                   d_truncated
  corpus_case nul-bytes          "$pos"                                   d_nul_run
  corpus_case only-nul-bytes     "$pos"                                   d_nul_only
  corpus_case invalid-utf8       "$pos.*UTF-8"                            d_bad_utf8
  corpus_case wrong-type         "$pos.*name.*forkert type"               d_wrong_type
  corpus_case missing-field      "$v.*name.*mangler"                      d_missing
  corpus_case unknown-field      "$pos.*favouriteColour"                  d_unknown
  corpus_case future-schema      "$v.*nyere udgave"                       d_future
  corpus_case duplicate-sagsnr   "sagsnr 2026-00[45] findes også"         d_dup_case
  corpus_case duplicate-child-id "$pos.*barnets id.*to gange"             d_dup_child
  corpus_case 100-mb-file        "$v.*100 MB"                             d_huge
  corpus_case symlink-out        "$v.*symbolsk link"                      d_symlink_out
  corpus_case symlink-etc        "f-passwd.json.*symbolsk link"           d_symlink_etc
  corpus_case id-differs         "f-andet-navn.json.*passer ikke"         d_id_differs
  corpus_case empty-file         "$v.*tom"                                d_empty
  corpus_case folder-for-file    "$v.*ikke en almindelig fil"             d_folder
  corpus_case json-array         "$pos.*JSON-objekt"                      d_array
  corpus_case json-null          "$pos.*JSON-objekt"                      d_null
  corpus_case deep-nesting       "$pos.*for dybt"                         d_deep
  corpus_case deep-in-object     "$pos.*for dybt"                         d_deep_object
  corpus_case byte-order-mark    ""                                       d_bom clean
  corpus_case lone-surrogate     "$v"                                     d_surrogate
  corpus_case huge-number        "$pos.*ugyldigt tal"                     d_big_number
  corpus_case impossible-date    "$pos.*birthDate"                        d_bad_date
  corpus_case bad-file-name      "Bad Name.json.*familie-id"              d_bad_name
  corpus_case stray-file         "noter.txt.*uventet fil"                 d_stray
  corpus_case team-truncated     "team.json:[0-9]+:[0-9]+:"               d_team_trunc
  corpus_case team-is-a-folder   "team.json"                              d_team_dir
  corpus_case index-garbage      ""                                       d_index_junk clean
  corpus_case index-is-a-folder  "cache/index.*ikke en almindelig fil"    d_index_dir
  corpus_case access-log-folder  ""                                       d_log_dir logdir
  corpus_case store-json-cut     "store.json:[0-9]+:[0-9]+:"              d_meta_trunc fatal
  corpus_case store-json-future  "store.json.*nyere udgave"               d_meta_future fatal
  corpus_case store-json-link    "store.json.*symbolsk link"              d_meta_link fatal
  corpus_case families-link      "families.*symbolsk link"                d_families_link fatal
  note "damaged files tried: ${FIG[damaged_files]:-0}"
}

# csv_case NAME EXPECT_RC REGEX FILE: import FILE into a new folder and into an existing store. A refused
# file creates no store, changes nothing, and says what is wrong with a line number; nothing crashes.
csv_case() {
  local name=$1 want=$2 regex=$3 file=$4
  local fresh="$WORK/csv/new-$name" existing="$WORK/csv/existing-$name"
  fig damaged_csv
  rm -rf "$fresh" "$existing"
  cp -a "$WORK/csv/base" "$existing"
  snap "$existing" > "$WORK/csv/before.snap"
  local started=$SECONDS
  sam import csv "$file" --store "$fresh"
  check "csv $name: new store: exit $RC instead of $want: $(head -c 300 "$ERR")" [ "$RC" = "$want" ]
  check "csv $name: took $((SECONDS - started)) s" [ $((SECONDS - started)) -lt 120 ]
  if [ -n "$regex" ]; then
    if grep -q -E "$regex" "$ERR" "$OUT"; then pass; else fail "csv $name: the message does not match /$regex/: $(head -c 300 "$ERR")"; fi
  fi
  if [ "$want" != 0 ]; then
    check "csv $name: a refused import left something at the new store's path" [ ! -e "$fresh" ]
    check "csv $name: the message is not plain: $(head -c 300 "$ERR")" bash -c "! grep -q -E 'uventet fejl|Fatal error|Error Domain' '$ERR'"
  else
    sam check --store "$fresh"
    check "csv $name: check of the new store (exit $RC: $(head -c 300 "$OUT"))" [ "$RC" = 0 ]
  fi
  sam import csv "$file" --store "$existing"
  if [ "$want" != 0 ]; then
    check "csv $name: existing store: exit $RC (a crash?)" bash -c "[ $RC = 1 ] || [ $RC = 2 ]"
    snap "$existing" > "$WORK/csv/after.snap"
    check "csv $name: a refused import changed the store" cmp -s "$WORK/csv/before.snap" "$WORK/csv/after.snap"
  fi
  rm -rf "$fresh" "$existing"
}

section_csv() {
  SECTION=csv
  say "3b. damaged CSV imports"
  local d="$WORK/csv"
  mkdir -p "$d"
  make_store "$d/base"
  local header='sagsnr;familie;barn;fødselsdato;sagsbehandler;paragraffer;åbnet;seneste_opfølgning'
  # A good file with different case numbers, as the base for damage.
  sed 's/^2026-0/2027-0/' "$FIXTURE" > "$d/good.csv"
  head -3 "$d/good.csv" > "$d/truncated-quote.csv"; printf '2027-009;Familien Berg;"Alma Berg;2015-02-01;MHA;"SEL § 50, SEL' >> "$d/truncated-quote.csv"
  { head -2 "$d/good.csv"; printf '2027-010;Familien \0Berg;Alma\0\0\0;2015-02-01;MHA;SEL § 50;2026-01-10;\n'; } > "$d/nul-bytes.csv"
  head -c 3000 /dev/zero > "$d/only-nul.csv"
  iconv -f UTF-8 -t WINDOWS-1252 "$d/good.csv" > "$d/windows-1252.csv"
  echo "$header" > "$d/header-only.csv"
  printf ';;;;;;;\n;;;;;;;\n;;;;;;;\n' > "$d/only-separators.csv"
  : > "$d/empty.csv"
  head -c 20000 "$SAMMEN" > "$d/binary.csv"
  { echo "$header"; printf '2027-011;Familien Lang;%s;2015-02-01;MHA;SEL § 50;2026-01-10;\n' "$(head -c 1000000 /dev/zero | tr '\0' a)"; } > "$d/long-field.csv"
  { echo "$header"; sed -n 2p "$d/good.csv"; sed -n 2p "$d/good.csv"; } > "$d/duplicate-sagsnr.csv"
  { printf '\xef\xbb\xbf'; sed 's/$/\r/' "$d/good.csv"; } > "$d/crlf-bom.csv"
  { echo "$header"; echo '2027-012;Familien Ukendt;Ukendt Barn;2015-02-30;MHA;SEL § 999;i går;i morgen'; } > "$d/bad-values.csv"
  { echo "$header"; echo '2027-013;Familien Kort;Kort Barn;2015-02-01'; } > "$d/short-row.csv"
  { echo "$header"; echo "2027-014;Familien Tal;Tal Barn;2015-0$(head -c 80 /dev/zero | tr '\0' 9)-30;MHA;SEL § 50;2026-01-10;"; } > "$d/date-overflow.csv"
  # 100,000 rows: 25,000 families of four children each.
  awk -v h="$header" 'BEGIN { print h; for (i = 0; i < 100000; i++) {
      f = int(i / 4); printf "3%06d;Familien Nr%05d;Barn %d;2015-02-01;MHA;SEL § 52;2026-01-10;2026-09-01\n", i, f, i % 4 } }' > "$d/100k-rows.csv"

  csv_case truncated-quote   1 'linje [0-9]+'        "$d/truncated-quote.csv"
  csv_case nul-bytes         1 'linje [0-9]+'        "$d/nul-bytes.csv"
  csv_case only-nul-bytes    1 'linje [0-9]+|tom|NUL' "$d/only-nul.csv"
  # Excel's "CSV (semikolonsepareret)": read as Windows-1252, æ/ø/å and all (issue 14.5).
  csv_case windows-1252      0 'Windows-1252'        "$d/windows-1252.csv"
  csv_case header-only       0 '0 rækker'            "$d/header-only.csv"
  csv_case only-separators   1 'linje [0-9]+'        "$d/only-separators.csv"
  csv_case empty-file        1 'tom|ingen'           "$d/empty.csv"
  csv_case binary-file       1 'linje [0-9]+|UTF-8'  "$d/binary.csv"
  csv_case long-field        0 ''                    "$d/long-field.csv"
  csv_case duplicate-sagsnr  1 'to gange'            "$d/duplicate-sagsnr.csv"
  csv_case bad-values        1 'linje 2'             "$d/bad-values.csv"
  csv_case short-row         1 'linje 2'             "$d/short-row.csv"
  csv_case date-overflow     1 'linje 2'             "$d/date-overflow.csv"
  csv_case crlf-bom          0 ''                    "$d/crlf-bom.csv"
  # The fixture again: every case number exists already, with the same facts. A re-import (issue 14.4)
  # that changes nothing, and says so.
  cp -a "$d/base" "$d/again"; snap "$d/again" > "$d/before.snap"
  sam import csv "$FIXTURE" --store "$d/again"
  fig damaged_csv
  check "csv already imported: exit $RC instead of 0: $(head -c 300 "$ERR")" [ "$RC" = 0 ]
  check "csv already imported: message" grep -q "0 nye familier, 0 opdateres" "$OUT"
  snap "$d/again" > "$d/after.snap"
  check "csv already imported: the store changed" cmp -s "$d/before.snap" "$d/after.snap"
  # 100,000 rows: read in full (dry run) in every mode; written for real in the full run.
  local started=$SECONDS
  sam import csv "$d/100k-rows.csv" --store "$d/base" --dry-run
  fig damaged_csv
  check "csv 100k rows (dry run): exit $RC: $(head -c 200 "$ERR")" [ "$RC" = 0 ]
  check "csv 100k rows (dry run): $(head -c 200 "$OUT")" grep -q "100.000 rækker" "$OUT"
  note "100,000 rows read (dry run) in $((SECONDS - started)) s"
  if [ "$MODE" != quick ]; then
    started=$SECONDS
    sam import csv "$d/100k-rows.csv" --store "$d/big"
    check "csv 100k rows: exit $RC: $(head -c 200 "$ERR")" [ "$RC" = 0 ]
    note "100,000 rows imported into a new store in $((SECONDS - started)) s"
    started=$SECONDS
    sam due --all --json --store "$d/big" --today 2026-11-22
    check "csv 100k rows: due (exit $RC)" [ "$RC" = 0 ]
    check "csv 100k rows: due does not list 100,000 cases" [ "$(grep -c '"case" :' "$OUT")" -ge 100000 ]
    note "due over 25,000 families in $((SECONDS - started)) s"
    sam check --store "$d/big"
    check "csv 100k rows: check (exit $RC: $(tail -c 300 "$OUT"))" [ "$RC" = 0 ]
    rm -rf "$d/big"
  fi
  note "damaged CSV files tried: ${FIG[damaged_csv]:-0}"
}

# ---------------------------------------------------------------------------------------------------------
# 3c. Import memory (#15.17): `sammen import csv` of a file near the 10 MiB limit holds less than twice the
#     file's size above what `sammen --help` holds (maximum resident set size from /usr/bin/time -v): a dry run,
#     an import into a new store and one into an existing store. A re-import of a later export that changes
#     every family in the store (each case's legal bases and caseworker), dry and real, holds less than twice
#     the file above what opening that store holds (`sammen log --family`: the store's index of summaries is
#     the store's, loaded by every command, not the import's). A measurement of the program, not a timing.
#     The stores are on a tmpfs when one can be mounted (28,000 family files are written in seconds there).

# max_rss_kb FILE: the maximum resident set size /usr/bin/time -v wrote to FILE, in KB.
max_rss_kb() { awk -F': *' '/Maximum resident set size/ { print $2 }' "$1"; }

# memory_case NAME ARGS...: runs sammen under /usr/bin/time -v; exit 0 and the memory bound are checked, above
# MEM_BASE (what MEM_BASE_NAME holds).
memory_case() {
  local name=$1
  shift
  /usr/bin/time -v -o "$MEM_DIR/$name.time" timeout -s KILL 600 "$SAMMEN" "$@" >"$OUT" 2>"$ERR"
  RC=$?
  { tail -3 "$OUT"; cat "$ERR"; } >> "$ALLOUT"
  check "memory $name: exit $RC: $(head -c 300 "$ERR")" [ "$RC" = 0 ]
  local rss above under=no
  rss=$(max_rss_kb "$MEM_DIR/$name.time")
  above=$(( ${rss:-0} - MEM_BASE ))
  # Under 2x the file: above * 1024 < 2 * size, in bytes.
  [ -n "$rss" ] && [ $(( above * 1024 )) -lt $(( 2 * MEM_SIZE )) ] && under=yes
  check "memory $name: ${rss:-?} KB is $above KB above $MEM_BASE_NAME ($MEM_BASE KB), not under twice the file ($MEM_SIZE bytes)" \
    [ "$under" = yes ]
  note "$name: maximum RSS $rss KB, $above KB above $MEM_BASE_NAME, $(awk -v a="$above" -v s="$MEM_SIZE" 'BEGIN { printf "%.2f", a * 1024 / s }') x the file"
}

section_memory() {
  SECTION=memory
  say "3c. import memory"
  MEM_DIR="$WORK/memory"
  mkdir -p "$MEM_DIR"
  if [ ! -x /usr/bin/time ]; then fail "memory: /usr/bin/time is missing (apt-get install time)"; return; fi
  local stores="$MEM_DIR/stores"
  mount_tmpfs "$stores" 1g || mkdir -p "$stores"
  local csv="$MEM_DIR/caseload.csv"
  # Three children a family, a case each, a CPR column, rows until the file is just under the 10 MiB limit.
  # The later export: the same rows, each case's legal bases changed (SEL § 50 gone, SEL § 11 new, so a measure
  # ends and one starts) and its caseworker changed (MHA -> KLA, a caseworker new to the team).
  local changed="$MEM_DIR/caseload-later.csv"
  python3 - "$csv" $(( 10 * 1024 * 1024 - 4096 )) "$changed" <<'PY'
import sys, datetime
path, limit, later = sys.argv[1], int(sys.argv[2]), sys.argv[3]
header = 'sagsnr;familie;barn;fødselsdato;sagsbehandler;paragraffer;åbnet;seneste_opfølgning;cpr\n'.encode()
out, size, i = open(path, 'wb'), 0, 0
out.write(header); size += len(header)
base = datetime.date(2010, 1, 1)
while True:
    born = base + datetime.timedelta(days=i % 3650)
    cpr = born.strftime('%d%m%y') + '-' + str(4000 + (i // 3650) % 6000)
    f = i // 3
    row = f'S{3000000 + i};Familien Nr{f:05d};Barn {f:05d}-{i % 3};{born.isoformat()};MHA;"SEL § 50, SEL § 52";2026-01-10;2026-09-01;{cpr}\n'.encode()
    if size + len(row) > limit: break
    out.write(row); size += len(row); i += 1
out.close()
with open(path, encoding='utf-8') as src, open(later, 'w', encoding='utf-8') as dst:
    for n, line in enumerate(src):
        dst.write(line if n == 0 else line.replace(';MHA;"SEL § 50, SEL § 52";', ';KLA;"SEL § 52, SEL § 11";'))
PY
  MEM_SIZE=$(stat -c %s "$csv")
  local rows=$(( $(wc -l < "$csv") - 1 ))
  /usr/bin/time -v -o "$MEM_DIR/help.time" "$SAMMEN" --help >/dev/null 2>&1
  MEM_BASE=$(max_rss_kb "$MEM_DIR/help.time")
  MEM_BASE_NAME="sammen --help"
  note "file: $MEM_SIZE bytes, $rows rows; sammen --help: maximum RSS $MEM_BASE KB"
  memory_case dry-run import csv "$csv" --store "$stores/new" --dry-run --today 2026-11-22
  check "memory dry-run: nothing written" [ ! -e "$stores/new" ]
  memory_case new-store import csv "$csv" --store "$stores/new" --today 2026-11-22
  # Every row read: "94.123 rækker" (Danish thousands).
  check "memory new-store: $(tail -c 200 "$OUT")" grep -q "$(echo "$rows" | sed ':a;s/\B[0-9]\{3\}\>/.&/;ta') rækker" "$OUT"
  memory_reimport "$stores/new" "$changed" "$(( (rows + 2) / 3 ))"
  rm -rf "$stores/new"
  make_store "$stores/existing"
  memory_case existing-store import csv "$csv" --store "$stores/existing" --today 2026-11-22
  sam check --store "$stores/existing"
  check "memory existing-store: check (exit $RC: $(tail -c 300 "$OUT"))" [ "$RC" = 0 ]
  rm -rf "$stores/existing"
}

# memory_reimport STORE LATER FAMILIES: the re-import of LATER into STORE (made from the earlier file), which
# changes all FAMILIES families: dry (nothing but the access log and the cache written) and real (every family
# updated, `sammen check` clean), each under twice the file above opening the store.
memory_reimport() {
  local store=$1 later=$2 families=$3 family before after
  local dotted
  dotted=$(echo "$families" | sed ':a;s/\B[0-9]\{3\}\>/.&/;ta')
  family=$(ls "$store/families" | head -1)
  family=${family%.json}
  "$SAMMEN" log --family "$family" --store "$store" >/dev/null 2>&1 # the index made, as a store in use has it
  /usr/bin/time -v -o "$MEM_DIR/open.time" "$SAMMEN" log --family "$family" --store "$store" >/dev/null 2>&1
  MEM_BASE=$(max_rss_kb "$MEM_DIR/open.time")
  MEM_BASE_NAME="opening the store (sammen log --family)"
  MEM_SIZE=$(stat -c %s "$later")
  note "re-import: $MEM_SIZE bytes into $families families; opening the store: maximum RSS $MEM_BASE KB"
  before=$(cd "$store" && find . -type f ! -path './log/*' ! -path './cache/*' ! -name 'access.log*' -exec md5sum {} + | sort -k2 | md5sum)
  memory_case reimport-dry-run import csv "$later" --store "$store" --dry-run --today 2026-11-22
  after=$(cd "$store" && find . -type f ! -path './log/*' ! -path './cache/*' ! -name 'access.log*' -exec md5sum {} + | sort -k2 | md5sum)
  check "memory reimport-dry-run: nothing written" [ "$before" = "$after" ]
  check "memory reimport-dry-run: every family updated: $(tail -c 200 "$OUT")" grep -q " $dotted opdateres" "$OUT"
  memory_case reimport import csv "$later" --store "$store" --today 2026-11-22
  check "memory reimport: every family updated: $(tail -c 200 "$OUT")" grep -q " $dotted opdateres" "$OUT"
  sam check --store "$store"
  check "memory reimport: check (exit $RC: $(tail -c 300 "$OUT"))" [ "$RC" = 0 ]
  MEM_BASE=$(max_rss_kb "$MEM_DIR/help.time")
  MEM_BASE_NAME="sammen --help"
  MEM_SIZE=$(stat -c %s "$MEM_DIR/caseload.csv")
}

# args_case NAME EXPECT_RC REGEX ARGS...: an odd command line gets a plain message and the expected exit
# code; nothing crashes and the store is unchanged unless the command changes it.
args_case() {
  local name=$1 want=$2 regex=$3
  shift 3
  fig odd_arguments
  snap "$ARGS_STORE" > "$WORK/args/before.snap"
  sam "$@"
  check "args $name: exit $RC instead of $want: $(head -c 300 "$ERR")" [ "$RC" = "$want" ]
  check "args $name: crash or unplain message: $(head -c 300 "$ERR")" bash -c "! grep -q -E 'uventet fejl|Fatal error|Error Domain|Stack' '$ERR'"
  if [ -n "$regex" ]; then
    if grep -q -E "$regex" "$ERR" "$OUT"; then pass; else fail "args $name: output does not match /$regex/: $(head -c 300 "$ERR")"; fi
  fi
  if [ "$want" != 0 ]; then
    snap "$ARGS_STORE" > "$WORK/args/after.snap"
    check "args $name: the store changed" cmp -s "$WORK/args/before.snap" "$WORK/args/after.snap"
  fi
}

section_args() {
  SECTION=args
  say "3c. odd command lines"
  mkdir -p "$WORK/args/notastore"
  ARGS_STORE="$WORK/args/store"
  make_store "$ARGS_STORE"
  echo "ikke et arkiv" > "$WORK/args/a-file"
  echo "noter" > "$WORK/args/notastore/noter.txt"
  local S="$ARGS_STORE" long
  long=$(head -c 100000 /dev/zero | tr '\0' 'x')
  args_case empty-command      2 'ukendt kommando'     ""
  args_case empty-family       1 'ingen familie'       followup "" --store "$S"
  args_case empty-store        3 'findes ikke'         due --store ""
  args_case empty-date         2 'dato'                followup 2026-001 --date "" --store "$S"
  args_case empty-channel      2 'kendes ikke'         followup 2026-001 --channel "" --store "$S"
  args_case empty-case         1 'ingen sag'           followup 2026-001 --case "" --store "$S"
  args_case store-is-a-file    3 'ikke et Sammen-arkiv' due --store "$WORK/args/a-file"
  args_case store-is-root      3 'ikke et Sammen-arkiv' due --store /
  args_case import-into-root   3 'ikke tom'            import csv "$FIXTURE" --store /
  args_case store-not-a-store  3 'ikke et Sammen-arkiv' due --store "$WORK/args/notastore"
  args_case import-not-empty   3 'ikke tom'            import csv "$FIXTURE" --store "$WORK/args/notastore"
  args_case store-subfolder    3 'ikke et Sammen-arkiv' due --store "$S/families"
  args_case import-into-file   3 'ikke'                import csv "$FIXTURE" --store "$WORK/args/a-file"
  args_case store-too-long     3 'for lang|findes ikke' due --store "/tmp/$(head -c 5000 /dev/zero | tr '\0' d)"
  args_case long-note          2 'højst plads'         followup 2026-001 --note "$long" --store "$S" --date 2026-09-05
  args_case long-family        1 'ingen familie'       followup "$long" --store "$S"
  args_case long-user          2 'højst 64 tegn'       followup 2026-001 --user "$long" --store "$S" --date 2026-09-05
  args_case unicode-note       0 'Registreret'         followup 2026-001 --note "Ærø 👨‍👩‍👧 ‮ bidi ǅ \\ \" '" --store "$S" --date 2026-09-05
  args_case control-note       0 'Registreret'         followup 2026-001 --note "$(printf 'linje1\nlinje2\t\x1b[31mrød\x07')" --store "$S" --date 2026-09-05
  args_case newline-user       2 'styretegn'           followup 2026-001 --user "$(printf 'a\nb"c')" --store "$S" --date 2026-09-05
  args_case unicode-family     0 'Registreret'         followup "Østergård" --store "$S" --date 2026-09-05
  args_case unicode-store      3 'findes ikke'         due --store "$WORK/args/ærø 👨‍👩‍👧"
  args_case date-year-9999     0 ''                    due --all --today 9999-12-31 --store "$S"
  args_case date-year-0001     0 ''                    due --all --today 0001-01-01 --store "$S"
  args_case followup-9999      1 'efter i dag'         followup 2026-001 --date 9999-12-31 --store "$S"
  args_case followup-year-1    1 'før sagen'           followup 2026-001 --date 0001-01-01 --store "$S"
  args_case date-feb-30        2 'dato'                due --today 2026-02-30 --store "$S"
  args_case within-huge        2 'antal dage'          due --within 99999999999999999999 --store "$S"
  args_case within-max         2 'antal dage'          due --within 9223372036854775807 --store "$S"
  args_case within-negative    2 'antal dage'          due --within -1 --store "$S"
  args_case dash-dash          1 'ingen familie'       followup --store "$S" -- --all
  args_case repeated-option    0 ''                    due --store /nonexistent --store "$S"
  args_case equals-empty       2 'mangler|dato'        followup 2026-001 --date= --store "$S"
  args_case unknown-option     2 'ukendt tilvalg'      due --færdig --store "$S"
  args_case log-no-family      2 'mangler'             log --family "" --store "$S"
  # After all that, the store is still in order and every access-log line is one whole entry.
  sam check --store "$S"
  check "args: check after the odd command lines (exit $RC: $(head -c 300 "$OUT"))" [ "$RC" = 0 ]
  local e
  e=$(logcat "$S" | grep -c -v '^{.*}$')
  check "args: $e access-log line(s) are not one whole entry each" [ "$e" = 0 ]
  note "odd command lines tried: ${FIG[odd_arguments]:-0}"
}

# ---------------------------------------------------------------------------------------------------------
# 4. Concurrency: two processes at once, on different families and on the same one; the lock holder killed.

# followups N FAMILY TAG STORE: N follow-ups in a row; counts exits in $WORK/conc/TAG.{ok,conflict,other}.
followups() {
  local n=$1 family=$2 tag=$3 s=$4 i ok=0 conflict=0 other=0
  for ((i = 1; i <= n; i++)); do
    timeout -s KILL 60 "$SAMMEN" followup "$family" --store "$s" --date 2026-10-01 --channel sms --note "$tag $i" \
      >/dev/null 2>"$WORK/conc/$tag.err"
    case $? in
      0) ok=$((ok + 1)) ;;
      3) if grep -q 'ændret af en anden' "$WORK/conc/$tag.err"; then conflict=$((conflict + 1)); else other=$((other + 1)); cat "$WORK/conc/$tag.err" >> "$WORK/conc/$tag.errors"; fi ;;
      *) other=$((other + 1)); cat "$WORK/conc/$tag.err" >> "$WORK/conc/$tag.errors" ;;
    esac
  done
  echo "$ok $conflict $other" > "$WORK/conc/$tag.result"
}

section_concurrency() {
  SECTION=concurrency
  say "4. concurrency ($EDITS + $EDITS edits)"
  local d="$WORK/conc" s="$WORK/conc/store"
  mkdir -p "$d"
  make_store "$s"
  local fa fb fc a0 b0 c0
  fa=$(family_file "$s" 2026-001); fb=$(family_file "$s" 2026-003); fc=$(family_file "$s" 2026-004)
  a0=$(contacts "$fa"); b0=$(contacts "$fb"); c0=$(contacts "$fc")
  local logs0
  logs0=$(logcat "$s" | grep -c '"action":"change"')

  # Different families: nothing lost, nothing refused.
  local started=$SECONDS
  followups "$EDITS" 2026-001 A "$s" &
  local p1=$!
  followups "$EDITS" 2026-003 B "$s" &
  local p2=$!
  wait "$p1" "$p2"
  note "two writers on two families: $((SECONDS - started)) s"
  local ra rb
  read -r -a ra < "$d/A.result"; read -r -a rb < "$d/B.result"
  fig concurrent_edits $((2 * EDITS))
  check "different families: writer A: ${ra[*]} (ok conflict other): $(head -c 300 "$d/A.errors" 2>/dev/null)" [ "${ra[0]}" = "$EDITS" ]
  check "different families: writer B: ${rb[*]} (ok conflict other): $(head -c 300 "$d/B.errors" 2>/dev/null)" [ "${rb[0]}" = "$EDITS" ]
  check "different families: family A has $(contacts "$fa") contacts, not $((a0 + EDITS))" [ "$(contacts "$fa")" = $((a0 + EDITS)) ]
  check "different families: family B has $(contacts "$fb") contacts, not $((b0 + EDITS))" [ "$(contacts "$fb")" = $((b0 + EDITS)) ]
  fig lost_edits $(( a0 + EDITS - $(contacts "$fa") + b0 + EDITS - $(contacts "$fb") ))

  # The same family: the command loads and saves under one lock, so both always succeed, one after the
  # other, and none is lost. (A real conflict needs two instances holding stale copies: the core's
  # StoreTests.twoWritersOnTheSameFamilyConflictAndTheFirstEditSurvives.)
  started=$SECONDS
  followups "$EDITS" 2026-004 C "$s" &
  p1=$!
  followups "$EDITS" 2026-004 D "$s" &
  p2=$!
  wait "$p1" "$p2"
  note "two writers on one family: $((SECONDS - started)) s"
  local rc_ rd
  read -r -a rc_ < "$d/C.result"; read -r -a rd < "$d/D.result"
  fig concurrent_edits $((2 * EDITS))
  check "same family: writer C: ${rc_[*]} (ok conflict other): $(head -c 300 "$d/C.errors" 2>/dev/null)" [ "${rc_[0]}" = "$EDITS" ]
  check "same family: writer D: ${rd[*]} (ok conflict other): $(head -c 300 "$d/D.errors" 2>/dev/null)" [ "${rd[0]}" = "$EDITS" ]
  local got=$(( $(contacts "$fc") - c0 ))
  check "same family: $got contacts added, not $((2 * EDITS))" [ "$got" = $((2 * EDITS)) ]
  fig lost_edits $(( 2 * EDITS - got ))
  # Each writer's notes are all there, once.
  check "same family: writer C's notes are not each there once" \
    [ "$(grep -c '"note" : "C [0-9]*"' "$fc")" = "$EDITS" ]
  local logs1
  logs1=$(logcat "$s" | grep -c '"action":"change"')
  check "access log: $((logs1 - logs0)) change entries for $((4 * EDITS)) changes" [ $((logs1 - logs0)) = $((4 * EDITS)) ]
  sam check --store "$s"
  check "after the concurrent edits: check (exit $RC: $(head -c 300 "$OUT"))" [ "$RC" = 0 ]

  # kill -9 of the lock holder frees the lock. flock(1) takes the same flock(2) lock; -o keeps it out of
  # the child, so the flock process alone holds it.
  flock -o "$s/lock" sleep 120 &
  local holder=$!
  sleep 0.5
  local n0
  n0=$(contacts "$fa")
  ( exec timeout -s KILL 60 "$SAMMEN" followup 2026-001 --store "$s" --date 2026-10-02 --note "efter kill -9" ) >"$d/w.out" 2>"$d/w.err" &
  local writer=$!
  sleep 2
  check "lock held by flock: the writer did not wait" kill -0 "$writer"
  kill -9 "$holder"
  wait "$holder" 2>/dev/null
  pkill -P "$holder" 2>/dev/null
  wait "$writer"
  local wrc=$?
  check "kill -9 of the lock holder: the waiting writer failed (exit $wrc: $(head -c 200 "$d/w.err"))" [ "$wrc" = 0 ]
  check "kill -9 of the lock holder: the edit is not there" [ "$(contacts "$fa")" = $((n0 + 1)) ]

  # A Sammen holding the lock, stopped in the middle of its save: the next writer is told who holds it; after
  # kill -9 of the holder, a writer proceeds and the store is whole.
  snap "$s" > "$d/before-stall.snap"
  local point
  point=$(call_number "$s" openat sammen-tmp- "$SAMMEN" followup 2026-004 --store @STORE@ --date 2026-10-03)
  ( exec strace -f -qq -o /dev/null -e trace=openat -e inject=openat:delay_enter=30s:when="$point" -- \
      "$SAMMEN" followup 2026-004 --store "$s" --date 2026-10-03 --note "standset" ) >/dev/null 2>&1 &
  local tracer=$!
  local stalled="" t
  for t in $(seq 50); do
    stalled=$(cat "/proc/$tracer/task/$tracer/children" 2>/dev/null | awk '{print $1}')
    [ -n "$stalled" ] && grep -q '"pid"' "$s/lock" 2>/dev/null && break
    sleep 0.2
  done
  sleep 0.5
  sam followup 2026-004 --store "$s" --date 2026-10-03 --note "venter"
  check "held by a stalled Sammen: the second writer was not refused (exit $RC)" [ "$RC" = 3 ]
  check "held by a stalled Sammen: the message does not say who holds it: $(head -c 300 "$ERR")" \
    grep -q -E "i brug af pålidelighed \\(proces $stalled" "$ERR"
  kill -9 "$stalled" 2>/dev/null
  wait "$tracer" 2>/dev/null
  local c1
  c1=$(contacts "$fc")
  sam followup 2026-004 --store "$s" --date 2026-10-03 --note "efter kill -9"
  check "after kill -9 of a stalled Sammen: the next writer failed (exit $RC: $(head -c 200 "$ERR"))" [ "$RC" = 0 ]
  check "after kill -9 of a stalled Sammen: the contact count is off" [ "$(contacts "$fc")" = $((c1 + 1)) ]
  check "after kill -9 of a stalled Sammen: the stalled edit got in" bash -c "! grep -q standset '$fc'"
  local bad
  bad=$(leftovers "$s")
  check "after kill -9 of a stalled Sammen: left behind: $bad" [ -z "$bad" ]
  sam check --store "$s"
  check "after kill -9 of a stalled Sammen: check (exit $RC)" [ "$RC" = 0 ]
  note "edits: ${FIG[concurrent_edits]:-0}, lost: ${FIG[lost_edits]:-0}"
}


# ---------------------------------------------------------------------------------------------------------
# 5. Fuzzing: libFuzzer harnesses (Tests/Fuzz) for record decoding, migration, CSV import and CPR parsing,
#    seeded from the fixtures and the training caseload. Built and run in the background, one target at a
#    time, while the other sections run; collected at the end.

FUZZ_TARGETS="family migration csv cpr"
FUZZ_DIR=""

# Runs in the background: builds the migration probe, then the fuzz binary, then runs every target.
helpers_background() {
  build_probe
  touch "$WORK/probe.done"
  want fuzz || return 0
  FUZZ_DIR="$WORK/fuzz"
  mkdir -p "$FUZZ_DIR"
  local bin="$WORK/bin/sammen-fuzz" attempt built=no
  for attempt in 1 2 3; do
    # The source list is taken now: a file added since the start of the run is in it.
    core_sources
    # -O: ten times the executions of -Onone; the minute it takes to build runs beside the crash section.
    if tool swiftc -sanitize=fuzzer,address -O -parse-as-library -module-name SammenFuzz "$REPO"/Tests/Fuzz/*.swift \
         "${CORE_SOURCES[@]}" -o "$bin" >"$WORK/logs/fuzz-build.txt" 2>&1; then built=yes; break; fi
    sleep 20
  done
  if [ "$built" != yes ]; then
    echo "build" > "$FUZZ_DIR/failed"
    return 0
  fi
  cp "$bin" "$REPO/.build/reliability/sammen-fuzz" 2>/dev/null
  # Seeds: the training caseload's files (rich records), the fixtures, a few CPR strings.
  local t seeds="$FUZZ_DIR/seeds"
  for t in $FUZZ_TARGETS; do mkdir -p "$seeds/$t" "$FUZZ_DIR/corpus/$t"; done
  "$SAMMEN" demo --init "$FUZZ_DIR/demo" --today 2026-11-22 >/dev/null 2>&1
  cp "$FUZZ_DIR"/demo/families/*.json "$FUZZ_DIR"/demo/team.json "$FUZZ_DIR"/demo/store.json "$seeds/family/" 2>/dev/null
  local f
  for f in "$FUZZ_DIR"/demo/families/*.json; do
    sed -e 's/"schemaVersion" : [0-9]*/"schemaVersion" : 2/' "$f" > "$seeds/migration/v2-$(basename "$f")"
    sed -e 's/"name" : /"familyName" : /' -e 's/"schemaVersion" : [0-9]*/"schemaVersion" : 1/' "$f" > "$seeds/migration/v1-$(basename "$f")"
  done
  cp "$REPO"/Fixtures/csv/*.csv "$seeds/csv/"
  printf '0503144123' > "$seeds/cpr/1"; printf '050314-4123' > "$seeds/cpr/2"; printf 'Emma 3102144123, 290216 4322.' > "$seeds/cpr/3"
  printf '010203-1234 og 0102031234' > "$seeds/cpr/4"; printf '29022000-1' > "$seeds/cpr/5"
  for t in $FUZZ_TARGETS; do
    ( cd "$FUZZ_DIR" && SAMMEN_FUZZ_TARGET=$t ASAN_OPTIONS=detect_leaks=0 timeout -s KILL $((FUZZ_SECONDS + 120)) "$bin" \
        -max_total_time="$FUZZ_SECONDS" -rss_limit_mb=3072 -timeout=20 -print_final_stats=1 \
        -artifact_prefix="$REPO/.build/reliability/fuzz-artifacts/$t-" "corpus/$t" "seeds/$t" ) >"$FUZZ_DIR/$t.log" 2>&1
    local rc=$?
    local execs
    execs=$(grep -o 'number_of_executed_units: [0-9]*' "$FUZZ_DIR/$t.log" | awk '{print $2}' | tail -1)
    echo "$rc ${execs:-0} $(ls "$FUZZ_DIR/corpus/$t" | wc -l)" > "$FUZZ_DIR/$t.result"
  done
  touch "$FUZZ_DIR/done"
}

wait_for_probe() {
  local t
  for t in $(seq 600); do [ -f "$WORK/probe.done" ] && break; sleep 0.5; done
  [ -x "$WORK/bin/sammen-probe" ] && PROBE="$WORK/bin/sammen-probe"
  return 0
}

section_fuzz() {
  SECTION=fuzz
  say "5. fuzzing ($FUZZ_SECONDS s per target)"
  local d="$WORK/fuzz" t
  for t in $(seq $((4 * FUZZ_SECONDS + 900))); do
    [ -f "$d/done" ] || [ -f "$d/failed" ] && break
    sleep 1
  done
  if [ -f "$d/failed" ] || [ ! -f "$d/done" ]; then
    fail "fuzz: the harness did not build or run: $(grep -v 'Cannot export' "$WORK/logs/fuzz-build.txt" | tail -5)"
    return
  fi
  local rc execs corpus
  for t in $FUZZ_TARGETS; do
    read -r rc execs corpus < "$d/$t.result"
    fig fuzz_executions "$execs"
    fig "fuzz_$t" "$execs"
    note "$t: $execs executions, corpus $corpus inputs, exit $rc"
    check "fuzz $t: exit $rc: $(grep -E 'invariant|Fatal|ERROR|SUMMARY' "$d/$t.log" | head -3 | tr '\n' ' ') (artifact in .build/reliability/fuzz-artifacts)" [ "$rc" = 0 ]
    check "fuzz $t: only $execs executions" [ "$execs" -gt 100 ]
  done
}

# ---------------------------------------------------------------------------------------------------------
# 6. Privacy: under umask 000 every file 0600 and every folder 0700; no full CPR number in the access log,
#    file names, temp files, error messages or exports meant for families; the access log records reads,
#    lists with their criterion, changes, imports and exports, and can be extracted for one family.

# The three ways a CPR number is written, for grep -F.
cpr_forms() { local c; for c in "$@"; do echo "$c"; echo "${c:0:6}-${c:6:4}"; echo "${c:0:6} ${c:6:4}"; done; }

section_privacy() {
  SECTION=privacy
  say "6. privacy"
  local d="$WORK/privacy" s="$WORK/privacy/store"
  mkdir -p "$d/exports"
  local header='sagsnr;familie;barn;fødselsdato;sagsbehandler;paragraffer;åbnet;seneste_opfølgning;cpr'
  # Good numbers (real dates) and bad ones (31 February, eleven digits, nine digits).
  local good=(0503144123 3011194567 1512104011) bad=(3102144123 05031441234 050314412)
  cat > "$d/good.csv" <<CSV
$header
2026-301;Familien Holm;Ella Holm;2014-03-05;MHA;SEL § 52;2026-01-10;2026-09-01;050314-4123
2026-302;Familien Holm;Karl Holm;2019-11-30;MHA;BL § 32;2026-01-10;;3011194567
2026-303;Familien Berg;Alma Berg;2010-12-15;JBO;SEL § 50;2026-02-01;2026-09-15;151210 4011
CSV
  { cat "$d/good.csv"
    echo "2026-304;Familien Dam;Ida Dam;2014-02-28;MHA;SEL § 52;2026-01-10;;3102144123"
    echo "2026-305;Familien Dam;Ole Dam;2014-02-28;MHA;SEL § 52;2026-01-10;;05031441234"
    echo "2026-306;Familien Dam;Bo Dam;2014-02-28;MHA;SEL § 52;2026-01-10;;050314412"
    echo "2026-307;Familien Dam;Sif Dam;2014-02-28;MHA;SEL § 999 0503144123;2026-01-10;;0503144123"
  } > "$d/bad.csv"
  local out="$d/outputs.txt"
  : > "$out"
  run_private() { (umask 000; exec timeout -s KILL 120 "$SAMMEN" "$@") >>"$out" 2>&1; RC=$?; }

  run_private import csv "$d/bad.csv" --store "$s"
  check "privacy: the bad caseload was not refused (exit $RC)" [ "$RC" = 1 ]
  check "privacy: the bad caseload made a store" [ ! -e "$s" ]
  run_private import csv "$d/good.csv" --store "$s"
  check "privacy: the good caseload was refused (exit $RC: $(tail -c 300 "$out"))" [ "$RC" = 0 ]
  local holm berg
  holm=$(family_id "$s" 2026-301); berg=$(family_id "$s" 2026-303)
  run_private followup 0503144123 --store "$s"
  check "privacy: a CPR number as the family query (exit $RC)" [ "$RC" = 1 ]
  run_private followup 2026-301 --store "$s" --date 2026-10-01 --channel mail --note "Mor ringede (CPR 050314-4123 nævnt)"
  check "privacy: followup (exit $RC)" [ "$RC" = 0 ]
  run_private due --all --caseworker MHA --store "$s" --today 2026-11-22
  run_private due --caseworker 0503144123 --store "$s" --today 2026-11-22
  run_private families --store "$s"
  run_private check --store "$s"
  write_second_csv "$d/second.csv"
  run_private import csv "$d/second.csv" --store "$s"
  check "privacy: second import (exit $RC)" [ "$RC" = 0 ]
  local kind
  for kind in "ics" "wheel --format txt" "wheel --format html" "meeting --format txt" "handover --format md"; do
    # shellcheck disable=SC2086
    (cd "$d/exports" && umask 000 && exec timeout -s KILL 60 "$SAMMEN" export $kind --family "$holm" --store "$s") >>"$out" 2>&1
  done
  run_private log --family "$holm" --store "$s"
  cp "$out" "$d/before-log.txt"
  (umask 000; exec "$SAMMEN" log --family "$holm" --store "$s") > "$d/holm-log.txt" 2>&1
  (umask 000; exec "$SAMMEN" log --store "$s") > "$d/all-log.txt" 2>&1
  # A migration with its backup, and a kill in the middle of an import (a transaction folder and temp files
  # left), both under umask 000.
  wait_for_probe
  if [ -n "$PROBE" ]; then
    cp -a "$s" "$d/migrated"
    (umask 000; exec "$PROBE" migrate "$d/migrated") >>"$out" 2>&1
    check "privacy: the probe's migration made no backup" [ -d "$d/migrated/backups" ]
  fi
  cp -a "$s" "$d/killed"
  sed 's/^2026-2/2026-4/' "$d/second.csv" > "$d/third.csv"
  local jn
  jn=$(call_number "$d/killed" rename journal "$SAMMEN" import csv "$d/third.csv" --store @STORE@)
  { (umask 000; exec strace -f -qq -o /dev/null -e trace=rename -e inject=rename:signal=KILL:when="$jn" -- \
      "$SAMMEN" import csv "$d/third.csv" --store "$d/killed") >>"$out" 2>&1; } 2>/dev/null
  check "privacy: the killed import left no transaction folder to look at" [ -d "$d/killed/.transaction" ]

  # Modes: every file 0600, every folder 0700, the store folder itself included.
  local bad_m
  bad_m=$(bad_modes "$s"; bad_modes "$d/killed"; [ -d "$d/migrated" ] && bad_modes "$d/migrated"; find "$d/exports" -type f ! -perm 600)
  check "privacy: modes under umask 000: $bad_m" [ -z "$bad_m" ]
  fig privacy_files_checked "$(find "$s" "$d/killed" "$d/migrated" "$d/exports" 2>/dev/null | wc -l)"

  # No full CPR number anywhere but in the family records themselves.
  local forms="$d/cpr-forms"
  cpr_forms "${good[@]}" "${bad[@]:0:1}" > "$forms"
  local leaks
  logcat "$s" > "$d/all-access.log"
  logcat "$d/killed" > "$d/killed-access.log"
  leaks=$(grep -a -F -f "$forms" -l "$out" "$d/holm-log.txt" "$d/all-log.txt" "$ALLOUT" \
            "$s/cache/index" "$s/lock" "$d/all-access.log" "$d/killed-access.log" 2>/dev/null)
  check "privacy: a full CPR number in outputs, messages or the access log: $leaks" [ -z "$leaks" ]
  # The handover and the wheel as text and HTML (no calendar: no activity has a date; no meeting either).
  check "privacy: fewer than three exports were written: $(ls "$d/exports")" [ "$(ls "$d/exports" | wc -l)" -ge 3 ]
  leaks=$(grep -a -F -f "$forms" -l -r "$d/exports" 2>/dev/null)
  check "privacy: a full CPR number in an export: $leaks" [ -z "$leaks" ]
  leaks=$(find "$WORK" "$REPO/.build/reliability" 2>/dev/null | grep -F -f "$forms")
  check "privacy: a full CPR number in a file name: $leaks" [ -z "$leaks" ]
  check "privacy: the masked number is what the error said" grep -q '050314-XXXX' "$out"
  check "privacy: the records hold the number (the one place it belongs)" grep -q '050314-4123' "$s/families/$holm.json"

  # The access log: who, when, what, whose record, the criterion.
  local log="$d/all-access.log"
  local a
  for a in create import read change list export; do
    check "access log: no '$a' entry" grep -q "\"action\":\"$a\"" "$log"
  done
  check "access log: the list's criterion (--caseworker MHA) is missing" grep -q '"action":"list".*caseworker MHA' "$log"
  check "access log: a read of $holm is missing" grep -q "\"action\":\"read\",\"family\":\"$holm\"" "$log"
  check "access log: a change of $holm is missing" grep -q "\"action\":\"change\",\"family\":\"$holm\"" "$log"
  check "access log: the exports are not logged per family" grep -q "\"action\":\"export\".*\"family\":\"$holm\"" "$log"
  check "access log: the criterion with a CPR number is not masked" grep -q '050314-XXXX' "$log"
  local e
  e=$(grep -c -v '^{.*"time":"[^"]*".*"user":"[^"]*".*}$' "$log")
  check "access log: $e lines without time and user" [ "$e" = 0 ]
  # Extraction for one family: its reads and changes, nothing about another family.
  check "log --family: no read" grep -q -P "\tread\t$holm" "$d/holm-log.txt"
  check "log --family: no change" grep -q -P "\tchange\t$holm" "$d/holm-log.txt"
  check "log --family: holds another family's entries" bash -c "! grep -q '$berg' '$d/holm-log.txt'"
  check "log --family: the extraction is not logged" grep -q "\"action\":\"export\".*adgangslog.*\"family\":\"$holm\"\\|\"action\":\"export\",\"detail\":\"adgangslog[^\"]*\",\"family\":\"$holm\"" "$log"
  note "files and folders checked for modes: ${FIG[privacy_files_checked]:-0}"
}


# ---------------------------------------------------------------------------------------------------------
# 7. Hostile files and text (#15): special files in the store, journals pointing out of it, a half-made store
#    beside the user's files, exports aimed at the store or a full disk, control characters and CPR numbers in
#    every form, a non-UTF-8 locale.

section_hostile() {
  SECTION=hostile
  say "7. hostile files and text"
  local d="$WORK/hostile" base="$WORK/hostile/base"
  mkdir -p "$d"
  make_store "$base"
  local name cmd s
  # A FIFO in place of each store file: nothing waits on it (timeout 20 s), check names it, writers refuse.
  for name in access.log team.json store.json cache/index lock; do
    s="$d/fifo-${name//\//-}"; rm -rf "$s"; cp -a "$base" "$s"; rm -f "$s/$name"; mkfifo "$s/$name"
    for cmd in "due --all" "families" "check" "followup 2026-001 --date 2026-09-05" "log"; do
      # shellcheck disable=SC2086
      timeout -s KILL 20 "$SAMMEN" $cmd --store "$s" >"$OUT" 2>"$ERR"; RC=$?
      fig hostile_fifo_runs
      check "fifo $name: «$cmd» hung (killed after 20 s)" [ "$RC" != 137 ]
    done
    timeout -s KILL 20 "$SAMMEN" check --store "$s" >"$OUT" 2>"$ERR"; RC=$?
    if [ "$name" = store.json ]; then
      check "fifo store.json: check exit $RC, not 3 with the file named: $(head -c 200 "$ERR")" bash -c "[ $RC = 3 ] && grep -q 'store.json.*FIFO' '$ERR'"
    elif [ "$name" != cache/index ]; then
      check "fifo $name: check does not report it (exit $RC): $(head -c 300 "$OUT")" bash -c "[ $RC = 1 ] && grep -q '^$name: .*FIFO' '$OUT'"
    fi
  done
  # A linked .transaction: never followed, never swept.
  s="$d/txlink"; rm -rf "$s" "$d/victim"; cp -a "$base" "$s"; mkdir "$d/victim"; echo mine > "$d/victim/brev.txt"
  echo '{"entries":[]}' > "$d/victim/journal.json"; ln -s "$d/victim" "$s/.transaction"
  timeout -s KILL 20 "$SAMMEN" followup 2026-001 --store "$s" --date 2026-09-05 >"$OUT" 2>"$ERR"; RC=$?
  check "linked .transaction: followup not refused (exit $RC)" [ "$RC" = 3 ]
  check "linked .transaction: the files it points at were touched" bash -c "[ -f '$d/victim/brev.txt' ] && [ -f '$d/victim/journal.json' ]"
  sam check --store "$s"
  check "linked .transaction: check does not report it" grep -q '^.transaction: .*symbolsk link' "$OUT"
  # A journal naming paths out of the store: even a read-only due moves nothing.
  local target
  for target in "../udenfor.json" "families/../../udenfor.json" "/tmp/sammen-hostile-$$.json"; do
    s="$d/journal"; rm -rf "$s" "$d/udenfor.json"; cp -a "$base" "$s"; mkdir "$s/.transaction"; echo staged > "$s/.transaction/0.staged"
    printf '{"entries":[{"staged":"0.staged","target":"%s"}]}' "$target" > "$s/.transaction/journal.json"
    sam due --all --store "$s"
    timeout -s KILL 20 "$SAMMEN" followup 2026-001 --store "$s" --date 2026-09-05 >/dev/null 2>&1
    check "journal → $target: a file was moved out of the store" bash -c "[ ! -e '$d/udenfor.json' ] && [ ! -e /tmp/sammen-hostile-$$.json ] && [ -f '$s/.transaction/0.staged' ]"
    sam check --store "$s"
    check "journal → $target: check does not report it" grep -q '^.transaction/journal.json: ' "$OUT"
  done
  # A creation cut short, then the user's own files in the folder: the next import deletes none of them.
  s="$d/halfmade"; rm -rf "$s"
  local n
  n=$(call_number "$s" rename store.json "$SAMMEN" import csv "$FIXTURE" --store @STORE@)
  { strace -f -qq -o /dev/null -e trace=rename -e inject=rename:signal=KILL:when="${n:-1}" -- "$SAMMEN" import csv "$FIXTURE" --store "$s" >/dev/null 2>&1; } 2>/dev/null
  if [ -d "$s" ] && [ ! -f "$s/store.json" ]; then
    echo "mit eget" > "$s/noter.txt"; mkdir -p "$s/families"; echo "min" > "$s/families/mine.txt"
    sam import csv "$FIXTURE" --store "$s"
    check "half-made store: the user's files were deleted (import exit $RC)" bash -c "[ -f '$s/noter.txt' ] && [ -f '$s/families/mine.txt' ]"
  fi
  # Exports aimed into the store, through a link too; a full disk behind --out -.
  s="$d/exports"; rm -rf "$s" "$d/link"; cp -a "$base" "$s"; ln -s "$s" "$d/link"
  snap "$s" > "$d/exports.before"
  local kind
  for target in "$s/access.log" "$s/store.json" "$(family_file "$s" 2026-001)" "$d/link/team.json" "$s/ny.md"; do
    for kind in handover wheel; do
      sam export $kind --family 2026-001 --store "$s" --out "$target"
      check "export $kind → $target: not refused (exit $RC)" bash -c "[ $RC != 0 ] && grep -q arkivmappen '$ERR'"
    done
  done
  snap "$s" > "$d/exports.after"
  check "exports aimed at the store changed it" cmp -s "$d/exports.before" "$d/exports.after"
  for kind in handover wheel; do
    timeout -s KILL 60 "$SAMMEN" export $kind --family 2026-001 --store "$s" --out - >/dev/full 2>"$ERR"; RC=$?
    check "export $kind --out - to a full disk: exit $RC, not 3 with words: $(head -c 200 "$ERR")" bash -c "[ $RC = 3 ] && grep -q 'disken er fuld' '$ERR'"
  done
  # Control characters and bidi controls in names, user names and arguments never reach the terminal.
  s="$d/escapes"; rm -rf "$s"
  printf 'sagsnr;familie;barn;fødselsdato;sagsbehandler;paragraffer;åbnet;seneste_opfølgning\n2026-401;"Familien \033]0;ejet\007\033[2J\302\233X\342\200\256Y";"Asta\tB";2012-06-01;LKA;SEL § 52;2026-02-01;2026-08-15\n' > "$d/escapes.csv"
  sam import csv "$d/escapes.csv" --store "$s"
  : > "$d/escapes.out"
  for cmd in "due --all" "due --all --json" "families" "families --json" "log" "check" "followup ingen$(printf '\033')[2J"; do
    # shellcheck disable=SC2086
    timeout -s KILL 60 "$SAMMEN" $cmd --store "$s" >>"$d/escapes.out" 2>&1
  done
  # A user name with controls is refused (#13), and the refusal itself is escaped.
  timeout -s KILL 60 "$SAMMEN" due --all --store "$s" --user "ond$(printf '\033[31m\nfalsk\tlinje')" >>"$d/escapes.out" 2>&1
  check "control characters reached the terminal" bash -c "! LC_ALL=C grep -q -P '[\x00-\x08\x0b-\x1f\x7f]|\xc2[\x80-\x9f]|\xe2\x80[\xaa-\xae]|\xe2\x81[\xa6-\xa9]' '$d/escapes.out'"
  check "the escaped name is not shown visibly" grep -q 'Familien \\u001b]0;ejet' "$d/escapes.out"
  # CPR numbers written every way in a note: never in the log, the outputs or an export.
  s="$d/cpr"; rm -rf "$s"; cp -a "$base" "$s"
  # Only this block's output is searched: earlier sections print ids, pids and timings that may hold "4123".
  local cpr_from; cpr_from=$(stat -c %s "$ALLOUT")
  local sep forms=(" " "  " $'\u00a0' $'\u202f' $'\u2011' $'\u2013' $'\u2014' $'\u2212' " - " $'\n' $'\t' "")
  for sep in "${forms[@]}"; do
    sam followup 2026-001 --store "$s" --date 2026-09-06 --note "cpr 050314${sep}4123 nævnt"
    sam log --family "050314${sep}4123" --store "$s"
  done
  sam followup 2026-001 --store "$s" --date 2026-09-06 --note "fuldbredde ０５０３１４－４１２３"
  (cd "$d" && timeout -s KILL 60 "$SAMMEN" export handover --family 2026-001 --store "$s" --out "$d/cpr-handover.md") >>"$ALLOUT" 2>&1
  logcat "$s" > "$d/cpr-access.log"
  tail -c +$((cpr_from + 1)) "$ALLOUT" > "$d/cpr-output.txt"
  check "a CPR serial in the access log, an output or the handover" bash -c "! grep -a -q -e 4123 -e '４１２３' '$d/cpr-access.log' '$d/cpr-output.txt' '$d/cpr-handover.md'"
  # A non-UTF-8 locale: the program keeps working with Danish letters and quits on q (tmux, 80x24).
  if command -v tmux >/dev/null 2>&1; then
    local loc sock="sammen-hostile-$$"
    for loc in C da_DK.UTF-8; do
      tmux -L "$sock" new-session -d -x 80 -y 24 "env -u LC_ALL -u LC_CTYPE LANG=$loc '$SAMMEN' --store '$base'; echo SLUT-\$?; sleep 60"
      local i shown=""
      for i in $(seq 1 100); do tmux -L "$sock" capture-pane -p | grep -q Sagsstamme && break; sleep 0.1; done
      tmux -L "$sock" send-keys "/" "ø"
      for i in $(seq 1 50); do shown=$(tmux -L "$sock" capture-pane -p); grep -q 'Søg: ø' <<<"$shown" && break; sleep 0.1; done
      check "LANG=$loc: «ø» is not shown in the search" grep -q 'Søg: ø' <<<"$shown"
      tmux -L "$sock" send-keys Escape q
      for i in $(seq 1 50); do tmux -L "$sock" capture-pane -p | grep -q SLUT- && break; sleep 0.1; done
      check "LANG=$loc: q does not end the program" bash -c "tmux -L '$sock' capture-pane -p | grep -q SLUT-0"
      tmux -L "$sock" kill-server 2>/dev/null
      sleep 0.5  # the next locale's server starts on the same socket name
    done
  fi
  note "hostile: ${FIG[hostile_fifo_runs]:-0} commands against FIFOs"
}

# ---------------------------------------------------------------------------------------------------------
# Main.

install_tools
build
mkdir -p "$REPO/.build/reliability/fuzz-artifacts"
core_sources
helpers_background &
BACKGROUND+=($!)
want crash && section_crash
want faults && section_faults
want corpus && section_corpus
want csv && section_csv
want memory && section_memory
want args && section_args
want concurrency && section_concurrency
want privacy && section_privacy
want hostile && section_hostile
want fuzz && section_fuzz

say "result"
for key in $(printf '%s\n' "${!FIG[@]}" | sort); do printf '   figure %-28s %s\n' "$key" "${FIG[$key]}"; done
f() { echo "${FIG[$1]:-0}"; }
FIGURES="$REPO/.build/reliability/figures.md"
mkdir -p "$(dirname "$FIGURES")"
cat > "$FIGURES" <<TABLE
Run of $(date -u +%Y-%m-%d) in mode $MODE$( [ -n "$ONLY" ] && echo " (only $ONLY)"), $(nproc) cores, $(( $(date +%s) - STARTED )) s: $PASSED passed, $FAILED failed.

| What | Count | Lost or corrupted |
|---|---:|---:|
| Kills injected (SIGKILL at one system call, then recovery checked) | $(f kills) | $(f fail_crash) |
| — of a follow-up save / an import / a store creation | $(f kills_followup) / $(f kills_import) / $(f kills_create) | |
| — of an access-log purge / a migration with backup | $(f kills_purge) / $(f kills_migrate) | |
| — of the program's save while a colleague's program has the store open | $(f kills_uisave) | |
| Faults injected (ENOSPC, EIO, EACCES at one call) and real ones | $(f faults) ($(f faults_real) real) | $(f fail_faults) |
| — of the program's save (a colleague's follow-up merged) | $(f faults_uisave) | |
| Damaged store files tried | $(f damaged_files) | $(f fail_corpus) |
| Damaged CSV files tried | $(f damaged_csv) | $(f fail_csv) |
| Odd command lines tried | $(f odd_arguments) | $(f fail_args) |
| Concurrent edits (two processes) | $(f concurrent_edits) | $(f lost_edits) lost, $(f fail_concurrency) failed checks |
| Fuzz executions (family / migration / CSV / CPR) | $(f fuzz_executions) ($(f fuzz_family) / $(f fuzz_migration) / $(f fuzz_csv) / $(f fuzz_cpr)) | $(f fail_fuzz) failed targets |
| Files and folders checked for 0600/0700 under umask 000 | $(f privacy_files_checked) | $(f fail_privacy) failed checks |
TABLE
echo
echo "Figures for docs/reliability.md (also in .build/reliability/figures.md):"
cat "$FIGURES"
echo
if [ -s "$WORK/failures.txt" ]; then
  echo "Failures (first 40):"
  head -40 "$WORK/failures.txt" | sed 's/^/   /'
fi
echo "$PASSED passed, $FAILED failed"
[ "$FAILED" = 0 ]
