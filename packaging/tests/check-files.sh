#!/usr/bin/env bash
# Validates the desktop integration files as they are in the source tree:
#   check-files.sh <source dir> <project version> <app id> <directory of the configured man pages>
# desktop-file-validate and appstreamcli (strict: warnings fail too), the man pages through
# groff with warnings on, and that the ids, names and versions the files share agree.
set -euo pipefail
source_dir=$1 version=$2 app_id=$3 man_dir=$4
linux="$source_dir/packaging/linux"
failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
need() { command -v "$1" >/dev/null || { echo "FAIL: $1 is missing (scripts/install-deps.sh installs it)" >&2; exit 1; }; }
need desktop-file-validate
need appstreamcli
need man
need lexgrog

desktop="$linux/$app_id.desktop"
metainfo="$linux/$app_id.metainfo.xml"

echo "== desktop-file-validate $app_id.desktop"
out=$(desktop-file-validate "$desktop" 2>&1) || fail "desktop-file-validate: $out"
# Hints (such as "Security can be extended with Settings or System") are advice, errors are not.
if grep -E ': (error|warning):' <<<"$out"; then fail "desktop-file-validate reported problems"; fi

echo "== appstreamcli validate --no-net --strict $app_id.metainfo.xml"
appstreamcli validate --no-net --strict "$metainfo" || fail "appstreamcli validate"

echo "== ids and versions"
grep -qx "Icon=$app_id" "$desktop" || fail "the desktop entry's Icon= is not $app_id"
grep -qx "Exec=longlived" "$desktop" || fail "the desktop entry's Exec= is not longlived"
grep -qx "Categories=Utility;Security;Qt;" "$desktop" || fail "Categories= is not Utility;Security;Qt;"
for keyword in token facebook threads instagram meta; do
    grep -E '^Keywords=' "$desktop" | grep -q "[=;]$keyword;" || fail "Keywords= lacks $keyword"
done
grep -q "<id>$app_id</id>" "$metainfo" || fail "the metainfo's <id> is not $app_id"
grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo" ||
    fail "the metainfo's launchable is not $app_id.desktop"
newest=$(grep -o '<release version="[^"]*"' "$metainfo" | head -n1 | cut -d'"' -f2)
[ "$newest" = "$version" ] ||
    fail "the metainfo's newest release is '$newest', the project's version is $version: add a <release>"
grep -q '<content_rating type="oars-1.1"' "$metainfo" || fail "no OARS content rating"
grep -q '<screenshot type="default">' "$metainfo" || fail "no default screenshot"
[ -s "$source_dir/docs/screenshot.png" ] || fail "docs/screenshot.png is missing (scripts/take-screenshot.sh)"
[ -s "$source_dir/resources/icons/longlived.svg" ] || fail "resources/icons/longlived.svg is missing"

echo "== man pages"
for page in longlived.1 longlived-cli.1; do
    # groff's warnings (bad requests, unknown fonts, lines that cannot be filled) fail the test.
    warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l "$man_dir/$page" 2>&1 >/dev/null) || true
    [ -z "$warnings" ] || fail "$page: $warnings"
    name=${page%.1}
    lexgrog "$man_dir/$page" | grep -q "\"$name - " || fail "$page: NAME section not understood by lexgrog"
    grep -q "^\.TH ${name^^} 1 .*\"LongLived $version\"" "$man_dir/$page" || fail "$page: .TH does not name version $version"
done

if [ "$failures" -gt 0 ]; then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "all packaging files are valid"
