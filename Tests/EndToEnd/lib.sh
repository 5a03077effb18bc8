# Shared by the end-to-end scripts (sourced, from the repository's root): tmux on a socket of the script's own, the
# results counted as "ok"/"FAIL" lines, and waiting for text on a pane by polling, never by a fixed sleep.

# e2e_setup NAME FOLDER-PREFIX: tmux (installed when missing), the `sammen` to drive ($BIN, built unless the
# caller set it), a private work folder $work and the tmux socket $sock in it.
e2e_setup() {
  local name=$1 prefix=$2
  command -v tmux >/dev/null 2>&1 || { apt-get update -qq >/dev/null && apt-get install -y -qq tmux >/dev/null; }
  if [ -z "${BIN:-}" ]; then
    swift build >/dev/null 2>&1 || { echo "$name: swift build failed"; swift build; exit 1; }
    BIN="$(swift build --show-bin-path)/sammen"
  fi
  work=$(mktemp -d "/tmp/$prefix.XXXXXX")
  sock="$work/tmux.sock"
  passed=0
  failed=0
}

t() { tmux -S "$sock" "$@"; }

ok()   { passed=$((passed + 1)); echo "ok   - $1"; }
# fail WHAT [PANE]: the pane's screen is shown under the line ($E2E_PANE when none is named).
fail() { failed=$((failed + 1)); echo "FAIL - $1"; echo "----- screen -----"; t capture-pane -p -t "${2:-$E2E_PANE}" 2>/dev/null; echo "------------------"; }

# wait_for PANE TEXT [TENTHS]: waits up to TENTHS tenths of a second (default 100) for TEXT on the pane.
wait_for() {
  local pane=$1 text=$2 tries=${3:-100}
  for _ in $(seq 1 "$tries"); do
    if t capture-pane -p -t "$pane" 2>/dev/null | grep -qF -- "$text"; then return 0; fi
    sleep 0.1
  done
  return 1
}
# wait_gone PANE TEXT [TENTHS]: waits for TEXT to be gone from the pane.
wait_gone() {
  local pane=$1 text=$2 tries=${3:-100}
  for _ in $(seq 1 "$tries"); do
    if ! t capture-pane -p -t "$pane" 2>/dev/null | grep -qF -- "$text"; then return 0; fi
    sleep 0.1
  done
  return 1
}
# check PANE TEXT WHAT: one result: TEXT shows on the pane within 10 s.
check() { if wait_for "$1" "$2"; then ok "$3"; else fail "$3" "$1"; fi; }

# The last line every script ends with, and its exit status.
e2e_summary() {
  echo "$passed passed, $failed failed"
  [ "$failed" -eq 0 ]
}
