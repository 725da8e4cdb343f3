#!/usr/bin/env bash
# Builds LongLived's Debian package: a Release build without tests in build-deb/ (or $BUILD_DIR),
# compiled with Debian's hardening flags (dpkg-buildflags), then CPack; lintian checks the result
# when it is installed. The package lands in <build dir>/package/longlived_<version>-1_<arch>.deb.
#
#   scripts/install-deps.sh && scripts/build-deb.sh
#   sudo apt-get install ./build-deb/package/longlived_*.deb
set -euo pipefail
cd "$(dirname "$0")/.."

build_dir=${BUILD_DIR:-build-deb}
export DEB_BUILD_MAINT_OPTIONS=hardening=+all
cppflags=$(dpkg-buildflags --get CPPFLAGS)
cxxflags=$(dpkg-buildflags --get CXXFLAGS)
ldflags=$(dpkg-buildflags --get LDFLAGS)

# shellcheck disable=SC2086
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DLONGLIVED_BUILD_TESTS=OFF \
    -DCMAKE_CXX_FLAGS="$cppflags $cxxflags" -DCMAKE_EXE_LINKER_FLAGS="$ldflags" ${CMAKE_ARGS:-}
cmake --build "$build_dir"
cmake --build "$build_dir" --target package

deb=$(ls -t "$build_dir"/package/longlived_*.deb | head -n1)
if command -v lintian >/dev/null; then
    lintian --fail-on error "$deb"
fi
echo "built $deb"
