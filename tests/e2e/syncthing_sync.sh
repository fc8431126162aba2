#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Ebb authors
# SPDX-License-Identifier: GPL-3.0-or-later
# End to end through a real sync engine: two Syncthing instances on 127.0.0.1 (no discovery, no
# relays) each carry one computer's sync folder; each computer is an Ebb journal driven by ebb-cli.
# Shows a check-in made on one appearing on the other, and the same day edited on both before
# either saw the other's edit ending the same on both, with both notes kept.
#   tests/e2e/syncthing_sync.sh EBB_CLI [SECONDS]   (default 240; everything is stopped on exit)
set -euo pipefail
limit=${2:-240}
# The whole run is bounded: a hung engine ends the test (and, through the traps, both instances),
# never the CI job.
if [ -z "${EBB_E2E_BOUNDED:-}" ]; then
    EBB_E2E_BOUNDED=1 exec timeout --kill-after=15 "$limit" "$0" "$@"
fi
cli=$(realpath "$1")
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
# shellcheck source=tests/e2e/syncthing-pair.sh
source "$here/syncthing-pair.sh"

work=$(mktemp -d)
cleanup() {
    st_pair_stop || true
    rm -rf "$work"
}
trap cleanup EXIT
trap 'echo "FAIL: the Syncthing test took longer than ${limit}s" >&2; exit 124' TERM INT

export EBB_SYNC_PASSPHRASE="kettle on the windowsill" EBB_TEST_KDF=minimal
laptop=$work/laptop.sqlite desktop=$work/desktop.sqlite
folder_a=$work/laptop-Sync folder_b=$work/desktop-Sync
mkdir -p "$folder_a" "$folder_b"
fail() { echo "FAIL: $*" >&2; exit 1; }
ebb() { "$cli" "$@"; }
device_of() { ebb sync status --database "$1" | sed -n 's/^This computer.s id in the folder: //p'; }
# The name of a computer's newest file (a change set, or its snapshot once it has pruned them),
# to wait for on the other side.
newest_of() {
    local files=("$1/$2".*.ebbsync "$1/$2".*.ebbsnap)
    local existing=()
    local f
    for f in "${files[@]}"; do
        [ -e "$f" ] && existing+=("$(basename "$f")")
    done
    printf '%s\n' "${existing[@]}" | sort -t. -k3,3 -k2,2 | tail -1
}

started=$(date +%s.%N)
st_pair_start "$work" "$folder_a" "$folder_b"
echo "syncthing: two instances connected in $(echo "$(date +%s.%N) - $started" | bc) s"

printf '%s\n' 'date,energy,mood,stress,load,sleep_hours,sleep_quality,boundaries_held,boundaries_slipped,tags,note' \
    '2026-03-13,6,6,3,4,7.5,3,,,walk,Slow morning then a good walk' >"$work/day.csv"
ebb import "$work/day.csv" --database "$laptop" >/dev/null
ebb sync setup --folder "$folder_a" --database "$laptop"
a=$(device_of "$laptop")
st_pair_wait_file "$folder_b" ebb-sync-folder 60 || fail "the folder's key did not reach the desktop"
st_pair_wait_file "$folder_b" "$(newest_of "$folder_a" "$a")" 60 || fail "the laptop's changes did not arrive"
ebb sync setup --folder "$folder_b" --database "$desktop" | tee "$work/joined.txt"
grep -q "1 day changed here" "$work/joined.txt" || fail "the desktop did not take in the laptop's check-in"
ebb export --database "$laptop" >"$work/laptop.csv"
ebb export --database "$desktop" >"$work/desktop.csv"
cmp -s "$work/laptop.csv" "$work/desktop.csv" || fail "the journals differ after the first exchange"
echo "ok: a check-in made on the laptop is on the desktop"
if grep -rq "good walk" "$folder_a" "$folder_b"; then fail "a note's text is readable in the sync folder"; fi

# The same day edited on both before either sees the other's change.
printf '%s\n' 'date,energy,mood,stress,load,sleep_hours,sleep_quality,boundaries_held,boundaries_slipped,tags,note' \
    '2026-03-13,3,6,3,4,7.5,3,,,walk,Laptop: the afternoon was heavy' >"$work/laptop-edit.csv"
printf '%s\n' 'date,energy,mood,stress,load,sleep_hours,sleep_quality,boundaries_held,boundaries_slipped,tags,note' \
    '2026-03-13,8,6,3,4,7.5,3,,,walk,Desktop: evening call with Sam helped' >"$work/desktop-edit.csv"
ebb import "$work/laptop-edit.csv" --database "$laptop" >/dev/null
sleep 0.05 # the desktop's edit is the later one
ebb import "$work/desktop-edit.csv" --database "$desktop" >/dev/null
ebb sync --database "$laptop" >/dev/null
ebb sync --database "$desktop" >/dev/null
# Both folders the same again: each edit has reached the other computer.
st_pair_wait_idle 60 || fail "the two edits did not reach the other computer"
ebb sync --database "$laptop" >/dev/null
ebb sync --database "$desktop" >/dev/null
ebb export --database "$laptop" >"$work/laptop.csv"
ebb export --database "$desktop" >"$work/desktop.csv"
cmp -s "$work/laptop.csv" "$work/desktop.csv" || { diff "$work/laptop.csv" "$work/desktop.csv" >&2; fail "the edits resolved differently"; }
grep -q '^2026-03-13,8,' "$work/laptop.csv" || fail "the later energy did not win"
grep -q 'the afternoon was heavy' "$work/laptop.csv" || fail "the laptop's note was lost"
grep -q 'evening call with Sam' "$work/laptop.csv" || fail "the desktop's note was lost"
echo "ok: the same day edited on both resolves the same on both, keeping both notes"
echo "Syncthing end-to-end test passed in $(echo "$(date +%s.%N) - $started" | bc) s"
