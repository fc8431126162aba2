#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Ebb authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Crash-proof saving, tested the hard way: starts ebb-cli writers two at a time (imports of three
# new days each, and now and then a backup) against one journal and kills each with SIGKILL after
# a random delay. A writer that exited 0 before the kill reported a committed save; at the end every
# such save must be in the journal, and the journal (and every backup) must pass SQLite's
# integrity_check. With "encrypted" the journal is encrypted first, and no file in its folder may
# hold a single word of it in plain text.
#
#   tests/torture/kill_writers.sh [KILLS] [EBB_CLI] [plain|encrypted]
#   (default: 1000 kills, build/release's ebb-cli-test, plain)
#
# Prints one summary line and exits non-zero on any lost save, corrupt file or plain copy.
set -euo pipefail

kills=${1:-1000}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cli=${2:-$root/build/release/src/app/ebb-cli-test}
mode=${3:-plain}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db=$work/journal/ebb.sqlite
mkdir -p "$work/journal"
header='date,energy,mood,stress,load,sleep_hours,sleep_quality,boundaries_held,boundaries_slipped,tags,note'
export QT_QPA_PLATFORM=offscreen EBB_DATABASE=$db EBB_TEST_KDF=minimal

# Three days from day number $2 (counted from 2000-01-01) into the file $1, marked with kill $3.
write_days() {
    {
        echo "$header"
        for d in 0 1 2; do
            printf '%s,%d,%d,,,7.5,3,1,0,torture;run %d,"kill %d, day %d"\n' \
                "$(date -u -d "2000-01-01 + $(($2 + d)) days" +%F)" $(($3 % 11)) $((d * 3)) $(($3 % 5)) "$3" "$d"
        done
    } >"$1"
}

start_journal() {
    rm -rf "$work"/journal/* "$work"/journal/.[!.]* 2>/dev/null || true
    if [ "$mode" = encrypted ]; then
        write_days "$work/first.csv" -3 0
        "$cli" import "$work/first.csv" >/dev/null
        EBB_NEW_PASSPHRASE='torture passphrase' "$cli" encrypt >/dev/null
    fi
}
[ "$mode" = encrypted ] && export EBB_PASSPHRASE='torture passphrase'

# The writer's own run time sets the scale of the random delays: kills land before, during and
# after the commit.
start_journal
write_days "$work/scale.csv" -9 0
"$cli" import "$work/scale.csv" >/dev/null 2>&1 || true
write_days "$work/scale.csv" -12 0
start=$(date +%s%N)
"$cli" import "$work/scale.csv" >/dev/null 2>&1 || true
scale_us=$((($(date +%s%N) - start) / 1000))
[ "$scale_us" -gt 1000 ] || scale_us=20000
start_journal

committed=()   # first day of every import that returned success
killed=0
finished=0
day=0
# One writer: import (or, every tenth, back up) in the background; its pid goes to $pids.
pids=()
kinds=()
firsts=()
start_writer() { # $1: kill number, $2: first day number
    if (($1 % 10 == 0)); then
        "$cli" backup >/dev/null 2>"$work/err-$1" &
        kinds+=(backup)
    else
        write_days "$work/in-$1.csv" "$2" "$1"
        "$cli" import "$work/in-$1.csv" >/dev/null 2>"$work/err-$1" &
        kinds+=(import)
    fi
    pids+=($!)
    firsts+=("$(date -u -d "2000-01-01 + $2 days" +%F)")
}

for ((i = 1; i <= kills; i += 2)); do
    pids=() kinds=() firsts=()
    start_writer "$i" "$day"
    start_writer "$((i + 1))" "$((day + 3))"
    for w in 0 1; do
        delay_us=$((RANDOM * 32768 + RANDOM))
        delay_us=$((delay_us % scale_us))
        sleep "$(printf '0.%06d' "$delay_us")"
        kill -KILL "${pids[$w]}" 2>/dev/null || true
    done
    for w in 0 1; do
        rc=0
        wait "${pids[$w]}" 2>/dev/null || rc=$?
        if [ "$rc" -eq 1 ] && [ "${kinds[$w]}" = backup ] && [ ! -e "$db" ]; then
            : # a backup before any import got through: there is no journal to back up yet
        elif [ "$rc" -eq 137 ]; then
            killed=$((killed + 1))
        elif [ "$rc" -eq 0 ]; then
            finished=$((finished + 1))
            [ "${kinds[$w]}" = backup ] || committed+=("${firsts[$w]}")
        else
            echo "writer $((i + w)) (${kinds[$w]}) failed with exit code $rc: $(cat "$work/err-$((i + w))")" >&2
            "$cli" check >&2 || true
            exit 1
        fi
    done
    rm -f "$work"/in-*.csv "$work"/err-*
    day=$((day + 6))
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
for b in "$work"/journal/backups/ebb-*.sqlite; do
    [ -e "$b" ] || continue
    backups=$((backups + 1))
    "$cli" check --database "$b" >/dev/null || { corrupt=$((corrupt + 1)); echo "corrupt backup: $b" >&2; }
done
# Every word written is in the notes ("kill N, day D"): in encrypted mode none may be readable.
plain=0
if [ "$mode" = encrypted ]; then
    while IFS= read -r f; do
        plain=$((plain + 1))
        echo "plain copy: $f" >&2
    done < <(grep -rlaE 'kill [0-9]+, day|SQLite format 3' "$work/journal" || true)
fi
days=$(($(wc -l <<<"$export_csv") - 1))
echo "$mode journal, two writers at a time: kills: $kills; killed mid-run: $killed; finished: $finished;" \
    "committed imports checked: ${#committed[@]} ($((${#committed[@]} * 3)) days); days in journal: $days;" \
    "lost committed saves: $lost; corrupt files: $corrupt (journal + $backups backups); plain copies: $plain"
[ "$lost" -eq 0 ] && [ "$corrupt" -eq 0 ] && [ "$plain" -eq 0 ]
