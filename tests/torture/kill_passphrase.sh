#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 The Ebb authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Atomic encryption steps, tested the hard way: an encrypted journal has its passphrase changed
# back and forth (and now and then is decrypted and encrypted again) by ebb-cli, killed with
# SIGKILL at random moments. After every kill exactly one of the two passphrases (or, after a
# decrypt, none) must open it, with every day still there and the integrity check passing.
#
#   tests/torture/kill_passphrase.sh [KILLS] [EBB_CLI]     (default: 300 kills)
set -euo pipefail

kills=${1:-300}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cli=${2:-$root/build/release/src/app/ebb-cli-test}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export EBB_DATABASE=$work/ebb.sqlite EBB_TEST_KDF=minimal
a='first passphrase'
b='second passphrase'

"$cli" import "$root/tests/data/daylio-with-title.csv" >/dev/null
days=$("$cli" export --format csv | wc -l)
EBB_NEW_PASSPHRASE=$a "$cli" encrypt >/dev/null

start=$(date +%s%N)
EBB_PASSPHRASE=$a EBB_NEW_PASSPHRASE=$a "$cli" passphrase >/dev/null
scale_us=$((($(date +%s%N) - start) / 1000))

current=$a
killed=0
finished=0
for ((i = 1; i <= kills; i++)); do
    other=$([ "$current" = "$a" ] && echo "$b" || echo "$a")
    if ((i % 25 == 0)) && [ -n "$current" ]; then
        EBB_PASSPHRASE=$current "$cli" decrypt >/dev/null 2>&1 &
        mode=decrypt
    elif [ -z "$current" ]; then
        EBB_NEW_PASSPHRASE=$a "$cli" encrypt >/dev/null 2>&1 &
        mode=encrypt
    else
        EBB_PASSPHRASE=$current EBB_NEW_PASSPHRASE=$other "$cli" passphrase >/dev/null 2>&1 &
        mode=change
    fi
    pid=$!
    delay_us=$(((RANDOM * 32768 + RANDOM) % (scale_us + 1)))
    sleep "$(printf '0.%06d' "$delay_us")"
    kill -KILL "$pid" 2>/dev/null || true
    rc=0
    wait "$pid" 2>/dev/null || rc=$?
    [ "$rc" -eq 137 ] && killed=$((killed + 1)) || finished=$((finished + 1))
    # Which state is the file in? Plain, or sealed under exactly one of the two passphrases.
    opens=()
    # grep without -q reads to the end: with pipefail, -q could leave check writing its next line
    # into a closed pipe (SIGPIPE), and a sound journal would count as one that does not open.
    if "$cli" check 2>/dev/null | grep '^Integrity: ok' >/dev/null; then
        opens+=("")
    else
        for p in "$a" "$b"; do
            EBB_PASSPHRASE=$p "$cli" check 2>/dev/null | grep '^Integrity: ok' >/dev/null && opens+=("$p")
        done
    fi
    if [ "${#opens[@]}" -ne 1 ]; then
        echo "after kill $i ($mode, exit $rc): ${#opens[@]} ways open the journal, not one" >&2
        ls -la "$work" >&2
        exit 1
    fi
    current=${opens[0]}
    now=$(EBB_PASSPHRASE=$current "$cli" export --format csv | wc -l)
    if [ "$now" -ne "$days" ]; then
        echo "after kill $i ($mode): $now lines, expected $days" >&2
        exit 1
    fi
done
leftovers=$(find "$work" -name '*.sealing' -o -name '*.plain' | wc -l)
echo "passphrase changes killed: $killed of $kills (finished: $finished); journal lost or unreadable: 0;" \
    "days lost: 0; temporary files left: $leftovers"
