#!/usr/bin/env bash
# Builds the .deb from an already built tree and checks it:
#   check-deb.sh <build dir> <output dir> <package version> <app id>
# cpack (it only reinstalls the built tree into a staging folder), dpkg-deb --info/--contents
# against the expected file list, the installed desktop entry and metainfo validated, stripped
# binaries, lintian --fail-on error. With LONGLIVED_PACKAGE_INSTALL_TEST=1, as root (CI), also
# apt-get install ./longlived_*.deb (resolving the declared dependencies), runs the installed
# programs, and purges the package again.
set -euo pipefail
build_dir=$1 out_dir=$2 deb_version=$3 app_id=$4
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
need() { command -v "$1" >/dev/null || { echo "FAIL: $1 is missing (scripts/install-deps.sh installs it)" >&2; exit 1; }; }
for tool in cpack dpkg-deb dpkg-shlibdeps desktop-file-validate appstreamcli lintian file readelf; do need "$tool"; done

rm -rf "$out_dir"
mkdir -p "$out_dir"
echo "== cpack"
cpack --config "$build_dir/CPackConfig.cmake" -G DEB -B "$out_dir" >"$out_dir/cpack.log" 2>&1 ||
    { cat "$out_dir/cpack.log" >&2; echo "FAIL: cpack" >&2; exit 1; }
arch=$(dpkg --print-architecture)
deb="$out_dir/longlived_${deb_version}_${arch}.deb"
[ -f "$deb" ] || { ls -l "$out_dir" >&2; echo "FAIL: $deb was not built" >&2; exit 1; }

echo "== dpkg-deb --info"
info=$(dpkg-deb --info "$deb")
echo "$info"
field() { dpkg-deb --field "$deb" "$1"; }
[ "$(field Package)" = longlived ] || fail "Package is not longlived"
[ "$(field Version)" = "$deb_version" ] || fail "Version is '$(field Version)', expected $deb_version"
[ "$(field Section)" = utils ] || fail "Section is not utils"
[ "$(field Architecture)" = "$arch" ] || fail "Architecture is not $arch"
[ -n "$(field Maintainer)" ] || fail "no Maintainer"
[[ "$(field Homepage)" == https://* ]] || fail "no https Homepage"
[ -n "$(field Description)" ] || fail "no Description"
depends=$(field Depends)
has_dependency() { tr ',' '\n' <<<"$depends" | sed 's/^ *//; s/ .*//' | grep -qxF "$1"; }
# Declared by hand (loaded at run time)...
for package in libsecret-1-0 qt6-qpa-plugins libqt6svg6; do
    has_dependency "$package" || fail "Depends lacks $package: $depends"
done
# ...and computed by dpkg-shlibdeps from what the binaries link.
for package in libqt6core6 libqt6widgets6 libc6; do
    has_dependency "$package" || fail "Depends lacks $package (did dpkg-shlibdeps run?): $depends"
done
[ "$(field Recommends)" != "" ] || fail "no Recommends (a Secret Service provider)"

echo "== dpkg-deb --contents"
dpkg-deb --contents "$deb" | tee "$out_dir/contents.txt"
actual=$(awk '$1 !~ /^d/ {print $6}' "$out_dir/contents.txt" | sort)
expected=$(sort <<EXPECTED
./usr/bin/longlived
./usr/bin/longlived-cli
./usr/lib/systemd/user/longlived-renew.service
./usr/lib/systemd/user/longlived-renew.timer
./usr/share/applications/$app_id.desktop
./usr/share/bash-completion/completions/longlived-cli
./usr/share/doc/longlived/changelog.Debian.gz
./usr/share/doc/longlived/copyright
./usr/share/icons/hicolor/scalable/apps/$app_id.svg
./usr/share/man/man1/longlived-cli.1.gz
./usr/share/man/man1/longlived.1.gz
./usr/share/metainfo/$app_id.metainfo.xml
./usr/share/zsh/vendor-completions/_longlived-cli
EXPECTED
)
missing=$(comm -23 <(echo "$expected") <(echo "$actual") | tr '\n' ' ')
extra=$(comm -13 <(echo "$expected") <(echo "$actual") | tr '\n' ' ')
[ -z "$missing" ] || fail "the package lacks $missing"
[ -z "$extra" ] || fail "the package has unexpected files: $extra (an install() rule too many?)"
if awk '{print $2}' "$out_dir/contents.txt" | grep -qv '^root/root$'; then fail "files not owned by root/root"; fi

echo "== installed files"
root="$out_dir/root"
dpkg-deb --extract "$deb" "$root"
for program in longlived longlived-cli; do
    file -b "$root/usr/bin/$program" | grep -q ', stripped' || fail "/usr/bin/$program is not stripped"
done
if readelf -d "$root/usr/bin/longlived" "$root/usr/bin/longlived-cli" | grep -q 'NEEDED.*libqt6keychain'; then
    has_dependency libqt6keychain1 || fail "the programs link QtKeychain, Depends lacks libqt6keychain1"
fi
desktop-file-validate "$root/usr/share/applications/$app_id.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net --strict "$root/usr/share/metainfo/$app_id.metainfo.xml" || fail "appstreamcli validate"
# The user units start the packaged program and are installed, not enabled (no wants/ link: the
# user switches the timer on). packaging_units runs systemd-analyze verify on the same files.
units="$root/usr/lib/systemd/user"
grep -qxF "ExecStart=/usr/bin/longlived-cli renew --notify" "$units/longlived-renew.service" ||
    fail "longlived-renew.service does not start /usr/bin/longlived-cli renew --notify: $(grep ExecStart= "$units/longlived-renew.service")"
grep -qxF "OnCalendar=daily" "$units/longlived-renew.timer" || fail "longlived-renew.timer does not run daily"
if grep -q '\.wants/\|\.requires/' "$out_dir/contents.txt"; then fail "the package enables a unit"; fi
for page in longlived longlived-cli; do
    gzip -t "$root/usr/share/man/man1/$page.1.gz" || fail "$page.1.gz is not valid gzip"
done

echo "== lintian"
# Errors fail; warnings and notes are printed for the reader.
lintian --fail-on error --display-info --tag-display-limit 0 "$deb" || fail "lintian reported errors"

if [ "${LONGLIVED_PACKAGE_INSTALL_TEST:-0}" = 1 ]; then
    echo "== apt-get install ./$(basename "$deb")"
    [ "$(id -u)" -eq 0 ] || { echo "FAIL: LONGLIVED_PACKAGE_INSTALL_TEST=1 needs root" >&2; exit 1; }
    if dpkg-query -W -f='${Status}' longlived 2>/dev/null | grep -q 'ok installed'; then
        echo "FAIL: longlived is already installed here; not replacing (and purging) someone's copy" >&2
        exit 1
    fi
    purge() { DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq longlived >/dev/null 2>&1 || true; }
    trap purge EXIT
    chmod 755 "$out_dir" && chmod 644 "$deb" # apt's unprivileged _apt user reads it
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$(cd "$out_dir" && pwd)/$(basename "$deb")" ||
        { echo "FAIL: apt-get install" >&2; exit 1; }

    version_out=$(/usr/bin/longlived-cli --version) || fail "longlived-cli --version exited $?"
    [[ "$version_out" == *"${deb_version%-*}"* ]] || fail "longlived-cli --version says '$version_out'"
    /usr/bin/longlived-cli --help | grep -q 'Usage' || fail "longlived-cli --help"
    desktop-file-validate "/usr/share/applications/$app_id.desktop" || fail "installed desktop entry"
    appstreamcli validate --no-net --strict "/usr/share/metainfo/$app_id.metainfo.xml" || fail "installed metainfo"

    # Start the window offscreen, in a throwaway home: with LONGLIVED_QUIT_AFTER_FIRST_FRAME=1 it
    # quits by itself, status 0, once its first frame is drawn (app/main.cpp). A missing library or
    # plugin, a crash, or a window that never draws (stopped after 20 s) fails.
    home=$(mktemp -d)
    status=0
    env -u DISPLAY -u WAYLAND_DISPLAY HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_RUNTIME_DIR="$home" \
        QT_QPA_PLATFORM=offscreen LONGLIVED_QUIT_AFTER_FIRST_FRAME=1 \
        timeout 20 /usr/bin/longlived >"$out_dir/gui.log" 2>&1 || status=$?
    rm -rf "$home"
    if [ "$status" -ne 0 ]; then
        cat "$out_dir/gui.log" >&2
        fail "/usr/bin/longlived exited with status $status (124: it did not quit after its first frame)"
    fi

    purge
    trap - EXIT
    [ ! -e /usr/bin/longlived ] || fail "/usr/bin/longlived is still there after purge"
    dpkg-query -W -f='${Status}' longlived 2>/dev/null | grep -q 'ok installed' && fail "longlived still installed"
    echo "installed, ran and purged"
else
    echo "== install test not run (set LONGLIVED_PACKAGE_INSTALL_TEST=1 as root, as CI does)"
fi

if [ "$failures" -gt 0 ]; then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "the package is good"
