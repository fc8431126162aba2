#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Ebb authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Crash-proof saving, tested the hard way: starts ebb-cli writers (imports of three new days each,
# and now and then a backup) against one journal and kills each with SIGKILL after a random delay.
# A writer that exited 0 before the kill reported a committed save; at the end every such save must
# be in the journal, and the journal (and every backup) must pass SQLite's integrity_check.
#
#   tests/torture/kill_writers.sh [KILLS] [EBB_CLI]     (default: 1000 kills, build/release's ebb-cli-test)
#
# Prints one summary line and exits non-zero on any lost save or corrupt file.
set -euo pipefail

kills=${1:-1000}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cli=${2:-$root/build/release/src/app/ebb-cli-test}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db=$work/ebb.sqlite
header='date,energy,mood,stress,load,sleep_hours,sleep_quality,boundaries_held,boundaries_slipped,tags,note'
export QT_QPA_PLATFORM=offscreen EBB_DATABASE=$db

# The writer's own run time sets the scale of the random delays: kills land before, during and
# after the commit.
start=$(date +%s%N)
"$cli" import /dev/null --format ebb >/dev/null 2>&1 || true
"$cli" backup >/dev/null 2>&1 || true
rm -rf "$work"/ebb.sqlite* "$work"/backups
scale_us=$((($(date +%s%N) - start) / 2000))
[ "$scale_us" -gt 1000 ] || scale_us=20000

committed=()   # first day of every import that returned success
killed=0
finished=0
day=0
for ((i = 1; i <= kills; i++)); do
    file=$work/in.csv
    {
        echo "$header"
        for d in 0 1 2; do
            printf '%s,%d,%d,,,7.5,3,1,0,torture;run %d,"kill %d, day %d"\n' \
                "$(date -u -d "2000-01-01 + $((day + d)) days" +%F)" $((i % 11)) $((d * 3)) $((i % 5)) "$i" "$d"
        done
    } >"$file"
    if ((i % 10 == 0)); then
        "$cli" backup >/dev/null 2>&1 &
    else
        "$cli" import "$file" >/dev/null 2>&1 &
    fi
    pid=$!
    delay_us=$((RANDOM * 32768 + RANDOM))
    delay_us=$((delay_us % (scale_us * 3 / 2)))
    sleep "$(printf '0.%06d' "$delay_us")"
    kill -KILL "$pid" 2>/dev/null || true
    rc=0
    wait "$pid" 2>/dev/null || rc=$?
    if [ "$rc" -eq 1 ] && ((i % 10 == 0)) && [ ! -e "$db" ]; then
        : # a backup before any import got through: there is no journal to back up yet
    elif [ "$rc" -eq 137 ]; then
        killed=$((killed + 1))
    elif [ "$rc" -eq 0 ]; then
        finished=$((finished + 1))
        ((i % 10 == 0)) || committed+=("$(date -u -d "2000-01-01 + $day days" +%F)")
    else
        echo "writer $i failed with exit code $rc" >&2
        "$cli" check >&2 || true
        exit 1
    fi
    day=$((day + 3))
done

export_csv=$("$cli" export --format csv)
lost=0
for d in "${committed[@]}"; do
    for offset in 0 1 2; do
        want=$(date -u -d "$d + $offset days" +%F)
        grep -q "^$want," <<<"$export_csv" || { lost=$((lost + 1)); echo "lost: $want" >&2; }
    done
done
corrupt=0
"$cli" check >/dev/null || corrupt=$((corrupt + 1))
backups=0
for b in "$work"/backups/ebb-*.sqlite; do
    [ -e "$b" ] || continue
    backups=$((backups + 1))
    "$cli" check --database "$b" >/dev/null || { corrupt=$((corrupt + 1)); echo "corrupt backup: $b" >&2; }
done
days=$(($(wc -l <<<"$export_csv") - 1))
echo "kills: $kills; killed mid-run: $killed; finished: $finished; committed imports checked: ${#committed[@]}" \
    "($((${#committed[@]} * 3)) days); days in journal: $days; lost committed saves: $lost;" \
    "corrupt files: $corrupt (journal + $backups backups)"
[ "$lost" -eq 0 ] && [ "$corrupt" -eq 0 ]
