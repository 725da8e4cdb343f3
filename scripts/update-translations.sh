#!/usr/bin/env bash
# Rescans the strings of the core, the GUI and the CLI with lupdate and merges them into
# resources/translations/*.ts (longlived_de.ts: every string; longlived_en.ts: only the plural
# forms of "%n day(s)" and friends). Then lists what is left to translate: open the file in Qt
# Linguist (`/usr/lib/qt6/bin/linguist resources/translations/longlived_de.ts`), or edit the XML,
# and run this again until nothing is left; tests/i18n (TestTranslations) fails until then.
#
#   scripts/update-translations.sh            # uses build/ (or $BUILD_DIR), configuring it if needed
set -euo pipefail
cd "$(dirname "$0")/.."

build_dir=${BUILD_DIR:-build}
if [ ! -f "$build_dir/CMakeCache.txt" ]; then
    cmake -S . -B "$build_dir" -G Ninja
else
    cmake "$build_dir" >/dev/null # pick up source files added since the last configure
fi
cmake --build "$build_dir" --target update_translations

left=0
for ts in resources/translations/*.ts; do
    unfinished=$(grep -c 'type="unfinished"' "$ts" || true)
    echo "$ts: $(grep -c '<message' "$ts") strings, $unfinished to translate"
    left=$((left + unfinished))
done
if [ "$left" -gt 0 ]; then
    echo "to translate:"
    # The source text of every unfinished message (numerus ones show once).
    awk '/<source>/ { source = $0 } /type="unfinished"/ { print "  " source }' resources/translations/*.ts |
        sed 's/ *<source>\(.*\)<\/source>/\1/'
fi
