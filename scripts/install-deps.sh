#!/usr/bin/env bash
# Installs every Debian 12 package LongLived needs to build, run, test and package.
# This is the one list; the README, CI and the packaging docs all point here.
set -euo pipefail

packages=(
    # build
    cmake ninja-build g++ ccache pkg-config
    qt6-base-dev qt6-base-dev-tools qtkeychain-qt6-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    # run: Qt platform plugins and the Secret Service client library QtKeychain loads at run time
    libqt6svg6 qt6-qpa-plugins qt6-translations-l10n libsecret-1-0
    # test: headless display, a private D-Bus session with a real Secret Service, and xclip to
    # read the X11 clipboard and primary selection as another program would (TestSecretClipboardX11)
    xvfb xauth dbus dbus-x11 gnome-keyring libsecret-tools xclip
    # hardening tests: a TLS certificate made at test time; fuzzing with libFuzzer (scripts/fuzz.sh)
    openssl clang libclang-rt-14-dev
    # packaging checks and screenshots
    dpkg-dev file desktop-file-utils appstream lintian imagemagick x11-utils bash-completion zsh
    # the renewal timer: systemctl (the window and `renew --enable-timer` call it) and
    # systemd-analyze verify for the unit files, which also opens their man page (man-db)
    systemd man-db
    # benchmarks (bench/run.sh): whole-process timing and peak memory, the curl baselines, the start-up check
    hyperfine time curl strace
    # the HTTPS benchmark (bench/https.sh): nginx terminates TLS and HTTP/2 in front of the bench server
    nginx-light
)

as_root=()
if [ "$(id -u)" -ne 0 ]; then
    as_root=(sudo)
fi

missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: all ${#packages[@]} packages are installed"
    exit 0
fi

echo "install-deps: installing ${missing[*]}"
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
