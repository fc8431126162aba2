# SPDX-FileCopyrightText: 2026 The Ebb authors
# SPDX-License-Identifier: GPL-3.0-or-later
# Shared by scripts/run and scripts/test: the Debian 12 packages Ebb needs, installed only when missing.

EBB_PACKAGES=(
    cmake ninja-build g++ pkg-config poppler-utils
    qt6-base-dev qt6-charts-dev qt6-tools-dev qt6-l10n-tools qt6-svg-dev qt6-qpa-plugins libqt6opengl6-dev libgl-dev
    qt6-translations-l10n
    libsqlite3-dev libsodium-dev libfontconfig-dev catch2
    help2man
)
# Only for scripts/package: metadata validation, dpkg-shlibdeps, Debian's package checker, and
# man and bash-completion to try the manual pages and the completion with.
EBB_PACKAGE_TOOLS=(appstream dpkg-dev lintian bash-completion man-db)

# Only for scripts/bench: an X server for the start-up benchmark.
EBB_BENCH_PACKAGES=(xvfb xauth valgrind xdotool dbus-daemon)

# Only for scripts/test: a private D-Bus for the single-instance tests, Syncthing (with bc, curl and python3) for the
# end-to-end sync test, GitHub's own Markdown renderer (cmark-gfm) for the report's escaping, and the quality gates
# (formatting, static analysis, coverage).
EBB_GATE_PACKAGES=(dbus-daemon syncthing bc curl python3 cmark-gfm clang-format clang-tidy gcovr)

# Only for scripts/fuzz: clang's libFuzzer.
EBB_FUZZ_PACKAGES=(clang libclang-rt-14-dev)

ebb_root() { cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd; }

# Runs a command as root: directly when we are root, else through sudo.
ebb_as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# Installs whichever of the given packages are not installed yet; does nothing (and needs no
# network) when all are present, so repeated runs stay quick.
ebb_install_missing() {
    local missing=()
    local p
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing missing packages: ${missing[*]}"
    ebb_as_root apt-get update -qq
    ebb_as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# Configures (once) and builds one CMake preset: all of it, or the build preset given second
# (e.g. ebb_build release programs: the programs only, no tests).
ebb_build() {
    local preset=$1
    local build_preset=${2:-$1}
    local root
    root=$(ebb_root)
    if [ ! -f "$root/build/$preset/build.ninja" ]; then
        cmake --preset "$preset" -S "$root" >/dev/null
    fi
    cmake --build --preset "$build_preset"
}
