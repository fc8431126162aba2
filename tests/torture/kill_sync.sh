#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Ebb authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Sync killed mid-write: two journals share one sync folder; each round one of them imports a new
# day (a committed entry when the import exits 0), then exchanges with `ebb-cli sync`, killed with
# SIGKILL after a random delay — before, while or after it writes its change set or commits. At the
# end both exchange until nothing moves: the two journals must be the same, every committed day in
# both, and both must pass integrity_check.
#
#   tests/torture/kill_sync.sh [KILLS] [EBB_CLI]   (default: 300, build/release's ebb-cli-test)
set -euo pipefail

kills=${1:-300}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cli=${2:-$root/build/release/src/app/ebb-cli-test}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
folder=$work/Sync
journals=("$work/a/ebb.sqlite" "$work/b/ebb.sqlite")
mkdir -p "$work/a" "$work/b"
export EBB_TEST_KDF=minimal EBB_SYNC_PASSPHRASE='torture passphrase'
header='date,energy,mood,stress,load,sleep_hours,sleep_quality,boundaries_held,boundaries_slipped,tags,note'

for db in "${journals[@]}"; do
    "$cli" sync setup --folder "$folder" --database "$db" >/dev/null
done

# An exchange's own run time sets the scale of the random delays.
start=$(date +%s%N)
"$cli" sync --database "${journals[0]}" >/dev/null
scale_us=$((($(date +%s%N) - start) / 1000))
[ "$scale_us" -gt 1000 ] || scale_us=20000

committed=()
killed=0
for ((i = 1; i <= kills; i++)); do
    db=${journals[RANDOM % 2]}
    day=$(date -u -d "2001-01-01 + $i days" +%F)
    printf '%s\n%s,%d,5,3,4,7.5,3,,,,"round %d"\n' "$header" "$day" $((i % 11)) "$i" >"$work/day.csv"
    if "$cli" import "$work/day.csv" --database "$db" >/dev/null 2>&1; then
        committed+=("$day")
    fi
    "$cli" sync --database "$db" >/dev/null 2>&1 &
    pid=$!
    delay=$((RANDOM * RANDOM % (scale_us * 2)))
    sleep "$(printf '0.%06d' "$delay")"
    if kill -KILL "$pid" 2>/dev/null; then
        killed=$((killed + 1))
    fi
    wait "$pid" 2>/dev/null || true
done

for round in 1 2 3; do
    for db in "${journals[@]}"; do
        "$cli" sync --database "$db" >/dev/null || { echo "FAIL: a clean exchange failed (round $round)" >&2; exit 1; }
    done
done
"$cli" export --database "${journals[0]}" >"$work/a.csv"
"$cli" export --database "${journals[1]}" >"$work/b.csv"
if ! cmp -s "$work/a.csv" "$work/b.csv"; then
    diff "$work/a.csv" "$work/b.csv" | head -20 >&2
    echo "FAIL: the two journals differ after syncing" >&2
    exit 1
fi
lost=0
for day in "${committed[@]}"; do
    grep -q "^$day," "$work/a.csv" || { echo "lost: $day" >&2; lost=$((lost + 1)); }
done
for db in "${journals[@]}"; do
    "$cli" check --database "$db" | grep -q "Integrity: ok" || { echo "FAIL: $db is damaged" >&2; exit 1; }
done
partials=$(find "$folder" -name '.*.partial' | wc -l)
echo "kill_sync: $kills exchanges, $killed killed mid-run, ${#committed[@]} committed days, $lost lost; journals identical;" \
    "$partials partial files left in the folder (never read)"
[ "$killed" -gt 0 ] || { echo "FAIL: no exchange was killed mid-run: the delays missed" >&2; exit 1; }
[ "$lost" -eq 0 ]
