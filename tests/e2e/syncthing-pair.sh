# SPDX-FileCopyrightText: 2026 The Ebb authors
# SPDX-License-Identifier: GPL-3.0-or-later
# shellcheck shell=bash
# Two real Syncthing instances (A and B) on 127.0.0.1 that share one folder, for end-to-end tests.
# Source this file, then:
#   st_pair_start WORKDIR DIR_A DIR_B    start both; returns once connected and the folder is in sync
#   st_pair_wait_file DIR NAME SECONDS   wait until DIR/NAME exists
#   st_pair_wait_idle SECONDS            rescan both, wait until both are idle and agree
#   st_pair_api A|B PATH [curl args...]  call one instance's REST API, print the body
#   st_pair_stop                         stop both; safe to call twice and from `trap st_pair_stop EXIT`
# Tunables (environment): ST_PAIR_FOLDER (folder id, default ebb-sync), ST_PAIR_START_TIMEOUT
# (seconds, default 60), ST_PAIR_RESCAN_S (fallback rescan interval, default 10), ST_PAIR_PYTHON.
# Syncthing's homes (WORKDIR/st-a, st-b, recreated by every start) and logs (WORKDIR/st-a.log,
# st-b.log) stay in WORKDIR; the DIRs get Syncthing's `.stfolder` marker. Call start and stop from
# the same shell, not from a subshell or a pipeline: the PIDs live in shell variables. Needs
# syncthing (Debian 12 ships 1.19), curl and python3. Safe under `set -euo pipefail`.

: "${ST_PAIR_FOLDER:=ebb-sync}"
: "${ST_PAIR_START_TIMEOUT:=60}"
: "${ST_PAIR_RESCAN_S:=10}"
: "${ST_PAIR_PYTHON:=python3}"
# State; kept if this file is sourced again while a pair runs.
: "${ST_PAIR_WORKDIR=}" "${ST_PAIR_APIKEY=}" "${ST_PAIR_ID_A=}" "${ST_PAIR_ID_B=}"
: "${ST_PAIR_URL_A=}" "${ST_PAIR_URL_B=}" "${_st_pid_a=}" "${_st_pid_b=}"

_st_err() { echo "st_pair: $*" >&2; }

# Microseconds since the epoch, for deadlines finer than $SECONDS.
_st_now() { local t=$EPOCHREALTIME; echo "${t//[!0-9]/}"; }

# True while PID runs; a zombie (exited, not yet reaped) counts as gone. The PIDs are this shell's
# children, so they cannot be reused before this shell reaps them.
_st_alive() {
    local stat
    [ -n "$1" ] && read -r stat 2>/dev/null <"/proc/$1/stat" || return 1
    stat=${stat##*) }
    [ "${stat%% *}" != Z ]
}

st_pair_api() {
    local which=$1 path=$2 url
    shift 2
    case $which in
        A | a) url=$ST_PAIR_URL_A ;;
        B | b) url=$ST_PAIR_URL_B ;;
        *) _st_err "st_pair_api: instance must be A or B, not '$which'"; return 2 ;;
    esac
    [ -n "$url" ] || { _st_err "st_pair_api: the pair is not running"; return 1; }
    curl -fsS --max-time 10 -H "X-API-Key: $ST_PAIR_APIKEY" "$@" "$url$path"
}

# Turns the freshly generated config.xml into: loopback only, nothing announced or reported, the
# peer at a fixed address, and the shared folder. The generated <defaults> serve as templates so
# every field keeps the value this Syncthing version expects.
_st_configure() {
    "$ST_PAIR_PYTHON" - "$@" <<'PY'
import copy, sys, xml.etree.ElementTree as ET
(conf, my_name, my_id, peer_name, peer_id, gui_port, my_port, peer_addr,
 apikey, folder_id, folder_path, rescan) = sys.argv[1:]
tree = ET.parse(conf)
root = tree.getroot()

def set_text(parent, tag, value):
    for extra in parent.findall(tag)[1:]:
        parent.remove(extra)
    el = parent.find(tag)
    if el is None:
        el = ET.SubElement(parent, tag)
    el.text = value

gui = root.find("gui")
gui.set("enabled", "true")
gui.set("tls", "false")
set_text(gui, "address", "127.0.0.1:" + gui_port)
set_text(gui, "apikey", apikey)

opts = root.find("options")
for tag, value in {
    "listenAddress": "tcp://127.0.0.1:" + my_port,
    "globalAnnounceEnabled": "false",
    "localAnnounceEnabled": "false",
    "relaysEnabled": "false",
    "natEnabled": "false",
    "startBrowser": "false",
    "urAccepted": "-1",
    "crashReportingEnabled": "false",
    "autoUpgradeIntervalH": "0",
    # A dial that fails because the peer is still starting is retried after this long (default 60).
    "reconnectionIntervalS": "5",
}.items():
    set_text(opts, tag, value)

for dev in root.findall("device"):
    root.remove(dev)
for folder in root.findall("folder"):
    root.remove(folder)

dev_tmpl = root.find("defaults/device")
for name, dev_id, addr in ((my_name, my_id, "tcp://127.0.0.1:" + my_port),
                          (peer_name, peer_id, peer_addr)):
    dev = copy.deepcopy(dev_tmpl)
    dev.set("id", dev_id)
    dev.set("name", name)
    set_text(dev, "address", addr)
    root.insert(0, dev)

folder = copy.deepcopy(root.find("defaults/folder"))
folder.attrib.update({
    "id": folder_id, "label": folder_id, "path": folder_path, "type": "sendreceive",
    "rescanIntervalS": rescan, "fsWatcherEnabled": "true", "fsWatcherDelayS": "1",
})
for dev in folder.findall("device"):
    folder.remove(dev)
for dev_id in (my_id, peer_id):
    ET.SubElement(folder, "device", {"id": dev_id, "introducedBy": ""})
root.insert(0, folder)
tree.write(conf)
PY
}

# Prints four distinct free loopback TCP ports (held open together so they differ).
_st_free_ports() {
    "$ST_PAIR_PYTHON" -c '
import socket
socks = [socket.socket() for _ in range(4)]
for s in socks:
    s.bind(("127.0.0.1", 0))
print(" ".join(str(s.getsockname()[1]) for s in socks))
for s in socks:
    s.close()'
}

# The `env` prefix for everything syncthing runs as: nothing outside WORKDIR, no default folder,
# no upgrades, no inherited GUI overrides. STMONITORED=1 skips the monitor process that 1.19 puts
# in front of the real one even with --no-restart: with it, $! would be the monitor, and killing
# that orphans the real instance. STHASHING skips a start-up benchmark (about 1 s of CPU each).
# An array rather than a function so that `exec` can use it.
_st_env_cmd() {
    local work=$1
    _st_env=(env -u STGUIADDRESS -u STGUIAPIKEY -u STHOMEDIR -u STCONFDIR -u STDATADIR
        HOME="$work" XDG_CONFIG_HOME="$work/.config" XDG_DATA_HOME="$work/.local/share"
        XDG_STATE_HOME="$work/.local/state" XDG_CACHE_HOME="$work/.cache"
        STNODEFAULTFOLDER=1 STNOUPGRADE=1 STNORESTART=1 STMONITORED=1 STHASHING="${STHASHING:-minio}")
}

_st_tail_logs() {
    local f
    for f in "$ST_PAIR_WORKDIR/st-a.log" "$ST_PAIR_WORKDIR/st-b.log"; do
        [ -f "$f" ] || continue
        echo "--- last lines of $f" >&2
        tail -n 15 "$f" >&2
    done
}

st_pair_start() {
    if [ $# -ne 3 ]; then
        _st_err "usage: st_pair_start WORKDIR DIR_A DIR_B"
        return 2
    fi
    if [ -n "$_st_pid_a$_st_pid_b" ]; then
        _st_err "a pair is already running (call st_pair_stop first)"
        return 1
    fi
    if ! [[ $ST_PAIR_START_TIMEOUT =~ ^[0-9]+$ && $ST_PAIR_RESCAN_S =~ ^[1-9][0-9]*$ ]]; then
        _st_err "ST_PAIR_START_TIMEOUT and ST_PAIR_RESCAN_S must be whole seconds"
        return 2
    fi
    local tool
    for tool in syncthing curl "$ST_PAIR_PYTHON"; do
        command -v "$tool" >/dev/null || { _st_err "'$tool' is not installed"; return 1; }
    done
    local work dir_a dir_b
    mkdir -p -- "$1" "$2" "$3" || { _st_err "cannot create the folders"; return 1; }
    # Absolute paths: syncthing runs with WORKDIR as its cwd and HOME.
    work=$(cd -- "$1" && pwd -P) && dir_a=$(cd -- "$2" && pwd -P) && dir_b=$(cd -- "$3" && pwd -P) ||
        return 1
    if [ "$dir_a" = "$dir_b" ]; then
        _st_err "DIR_A and DIR_B must differ"
        return 1
    fi
    ST_PAIR_WORKDIR=$work
    ST_PAIR_APIKEY=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')

    local x home
    local -A id=()
    local -a _st_env=()
    _st_env_cmd "$work"
    for x in a b; do
        home=$work/st-$x
        # A stale database from an earlier run would carry old device ids and file versions.
        rm -rf -- "$home"
        : >"$work/st-$x.log"
        if ! "${_st_env[@]}" syncthing generate --home="$home" --no-default-folder \
            >>"$work/st-$x.log" 2>&1; then
            _st_err "syncthing generate failed for st-$x"
            _st_tail_logs
            return 1
        fi
        id[$x]=$("${_st_env[@]}" syncthing serve --home="$home" --device-id 2>>"$work/st-$x.log") ||
            true
        if [ -z "${id[$x]}" ]; then
            _st_err "cannot read the device id of st-$x"
            _st_tail_logs
            return 1
        fi
    done
    ST_PAIR_ID_A=${id[a]} ST_PAIR_ID_B=${id[b]}

    local gui_a gui_b bep_a bep_b
    read -r gui_a gui_b bep_a bep_b < <(_st_free_ports) || true
    if [ -z "${bep_b:-}" ]; then
        _st_err "cannot find free loopback ports"
        return 1
    fi
    # Only A dials: when both dial at the same moment, 1.19 can deadlock the two Hello exchanges
    # until its 20 s timeout (seen here). B's "dynamic" address for A resolves to nothing, since
    # discovery is off, so B only accepts.
    if ! _st_configure "$work/st-a/config.xml" st-a "${id[a]}" st-b "${id[b]}" "$gui_a" "$bep_a" \
        "tcp://127.0.0.1:$bep_b" "$ST_PAIR_APIKEY" "$ST_PAIR_FOLDER" "$dir_a" "$ST_PAIR_RESCAN_S" ||
        ! _st_configure "$work/st-b/config.xml" st-b "${id[b]}" st-a "${id[a]}" "$gui_b" "$bep_b" \
            dynamic "$ST_PAIR_APIKEY" "$ST_PAIR_FOLDER" "$dir_b" "$ST_PAIR_RESCAN_S"; then
        _st_err "cannot write config.xml"
        return 1
    fi
    # Syncthing stops a folder whose marker is missing; 1.19 creates it for a folder it has never
    # seen, but doing it here keeps that independent of version and database state.
    mkdir -p -- "$dir_a/.stfolder" "$dir_b/.stfolder"
    ST_PAIR_URL_A=http://127.0.0.1:$gui_a ST_PAIR_URL_B=http://127.0.0.1:$gui_b

    # B first: A dials once at start-up and then only every reconnectionIntervalS, so B must
    # already listen. Then settle the initial scans and whatever the folders already held, so tests
    # start from a known state. All of it shares one deadline.
    local deadline=$(($(_st_now) + ST_PAIR_START_TIMEOUT * 1000000))
    if ! { _st_launch b && _st_poll "$deadline" "st-b to listen" _st_listening B &&
        _st_launch a && _st_poll "$deadline" "st-a and st-b to connect" _st_connected &&
        st_pair_wait_idle "$(_st_secs_left "$deadline")"; }; then
        _st_err "start-up failed (logs: $work/st-a.log, $work/st-b.log)"
        _st_tail_logs
        st_pair_stop
        return 1
    fi
}

# Starts instance a or b in the background, as the current shell's child.
_st_launch() {
    # `exec` makes $! the syncthing process itself (see _st_env_cmd for the monitor).
    (cd -- "$ST_PAIR_WORKDIR" && exec >>"$ST_PAIR_WORKDIR/st-$1.log" 2>&1 &&
        exec "${_st_env[@]}" syncthing serve --home="$ST_PAIR_WORKDIR/st-$1" --no-browser \
            --no-restart --no-upgrade --no-default-folder --logflags=7) &
    printf -v "_st_pid_$1" %s "$!"
}

# Whole seconds until DEADLINE (µs), at least 1.
_st_secs_left() {
    local left=$((($1 - $(_st_now)) / 1000000))
    echo "$((left > 1 ? left : 1))"
}

# Runs CMD... every 0.25 s until it succeeds; fails once a started instance has died or DEADLINE
# (µs since the epoch) has passed.
_st_poll() {
    local deadline=$1 what=$2 x pid
    shift 2
    until "$@"; do
        for x in a b; do
            pid=_st_pid_$x
            pid=${!pid}
            if [ -n "$pid" ] && ! _st_alive "$pid"; then
                _st_err "st-$x exited while waiting for $what"
                return 1
            fi
        done
        if [ "$(_st_now)" -ge "$deadline" ]; then
            _st_err "timed out (ST_PAIR_START_TIMEOUT=${ST_PAIR_START_TIMEOUT}s) waiting for $what"
            return 1
        fi
        sleep 0.25
    done
}

# True once instance A or B has its sync listener up.
_st_listening() {
    local status
    status=$(st_pair_api "$1" /rest/system/status 2>/dev/null) && "$ST_PAIR_PYTHON" -c '
import json, sys
listeners = json.loads(sys.argv[1])["connectionServiceStatus"].values()
sys.exit(0 if any(l.get("lanAddresses") and not l.get("error") for l in listeners) else 1)
' "$status" 2>/dev/null
}

# True once each instance reports the other as connected.
_st_connected() {
    local conns_a conns_b
    conns_a=$(st_pair_api A /rest/system/connections 2>/dev/null) &&
        conns_b=$(st_pair_api B /rest/system/connections 2>/dev/null) && "$ST_PAIR_PYTHON" -c '
import json, sys
a, b, id_a, id_b = sys.argv[1:]
ok = json.loads(a)["connections"].get(id_b, {}).get("connected") and \
     json.loads(b)["connections"].get(id_a, {}).get("connected")
sys.exit(0 if ok else 1)
' "$conns_a" "$conns_b" "$ST_PAIR_ID_A" "$ST_PAIR_ID_B" 2>/dev/null
}

st_pair_wait_file() {
    if [ $# -ne 3 ] || ! [[ $3 =~ ^[0-9]+$ ]]; then
        _st_err "usage: st_pair_wait_file DIR RELATIVE_NAME TIMEOUT_SECONDS"
        return 2
    fi
    local path=$1/$2 deadline=$(($(_st_now) + $3 * 1000000))
    # Syncthing writes into a temporary name and renames, so existence means complete content.
    until [ -e "$path" ]; do
        if [ "$(_st_now)" -ge "$deadline" ]; then
            _st_err "timed out after $3s waiting for $path"
            return 1
        fi
        sleep 0.1
    done
}

st_pair_wait_idle() {
    if [ $# -ne 1 ] || ! [[ $1 =~ ^[0-9]+$ ]]; then
        _st_err "usage: st_pair_wait_idle TIMEOUT_SECONDS"
        return 2
    fi
    [ -n "$_st_pid_a" ] || { _st_err "st_pair_wait_idle: the pair is not running"; return 1; }
    local deadline=$(($(_st_now) + $1 * 1000000)) q="folder=$ST_PAIR_FOLDER" verdict="" good=0
    local sa sb ca cb
    # Without a scan, a change the watcher has not reported yet would look "in sync". The scan
    # call returns once the scan is done.
    st_pair_api A "/rest/db/scan?$q" -X POST --max-time "$(($1 > 0 ? $1 : 1))" >/dev/null 2>&1 || true
    st_pair_api B "/rest/db/scan?$q" -X POST --max-time "$(($1 > 0 ? $1 : 1))" >/dev/null 2>&1 || true
    while :; do
        # Each side idle with nothing to pull, and each side's view of the peer complete: the
        # latter only holds once the peer's index updates have arrived, which closes the gap
        # between "A scanned a change" and "B heard of it".
        sa=$(st_pair_api A "/rest/db/status?$q" 2>/dev/null) &&
            sb=$(st_pair_api B "/rest/db/status?$q" 2>/dev/null) &&
            ca=$(st_pair_api A "/rest/db/completion?$q&device=$ST_PAIR_ID_B" 2>/dev/null) &&
            cb=$(st_pair_api B "/rest/db/completion?$q&device=$ST_PAIR_ID_A" 2>/dev/null) &&
            verdict=$("$ST_PAIR_PYTHON" -c '
import json, sys
sa, sb, ca, cb = (json.loads(x) for x in sys.argv[1:])
why = []
for name, s in (("A", sa), ("B", sb)):
    if s["state"] != "idle" or s["needTotalItems"] or s.get("pullErrors"):
        why.append("%s %s, needs %d items, %d pull errors" % (
            name, s["state"] or "?", s["needTotalItems"], s.get("pullErrors", 0)))
for name, c in (("A sees B", ca), ("B sees A", cb)):
    if c["completion"] < 100 or c["needItems"]:
        why.append("%s %.1f%% complete" % (name, c["completion"]))
if (sa["globalFiles"], sa["globalDirectories"], sa["globalDeleted"], sa["globalBytes"]) != \
   (sb["globalFiles"], sb["globalDirectories"], sb["globalDeleted"], sb["globalBytes"]):
    why.append("global views differ")
print("; ".join(why) or "ok")' "$sa" "$sb" "$ca" "$cb" 2>&1) || verdict="REST not answering"
        # Twice in a row, so a change caught between two polls cannot slip through.
        if [ "$verdict" = ok ]; then
            good=$((good + 1))
            [ "$good" -ge 2 ] && return 0
        else
            good=0
        fi
        if [ "$(_st_now)" -ge "$deadline" ]; then
            _st_err "timed out after $1s waiting for folder $ST_PAIR_FOLDER to be idle and in sync" \
                "(${verdict:-no answer})"
            return 1
        fi
        sleep 0.25
    done
}

# Signals those of the two that still run; false if neither does.
_st_signal_alive() {
    local sig=$1 pid any=1
    for pid in $_st_pid_a $_st_pid_b; do
        _st_alive "$pid" || continue
        any=0
        [ -z "$sig" ] || kill "-$sig" "$pid" 2>/dev/null || true
    done
    return "$any"
}

st_pair_stop() {
    [ -n "$_st_pid_a$_st_pid_b" ] || return 0
    local i pid
    # Ask both at once (each takes about a second to wind down); one whose REST API does not answer
    # gets SIGTERM, which syncthing also treats as a clean shutdown.
    if ! st_pair_api A /rest/system/shutdown -X POST --max-time 3 >/dev/null 2>&1; then
        ! _st_alive "$_st_pid_a" || kill -TERM "$_st_pid_a" 2>/dev/null || true
    fi
    if ! st_pair_api B /rest/system/shutdown -X POST --max-time 3 >/dev/null 2>&1; then
        ! _st_alive "$_st_pid_b" || kill -TERM "$_st_pid_b" 2>/dev/null || true
    fi
    for i in $(seq 50); do
        _st_signal_alive "" || break
        if [ "$i" -eq 25 ]; then
            _st_err "syncthing did not stop within 5s; sending SIGTERM"
            _st_signal_alive TERM || true
        fi
        sleep 0.2
    done
    if _st_signal_alive KILL; then
        _st_err "syncthing did not stop after SIGTERM; sent SIGKILL"
    fi
    # Reap them (works when this shell started them), so no zombie lingers in `pgrep syncthing`.
    for pid in $_st_pid_a $_st_pid_b; do
        wait "$pid" 2>/dev/null || true
    done
    _st_pid_a="" _st_pid_b=""
    ST_PAIR_URL_A="" ST_PAIR_URL_B=""
    return 0
}
