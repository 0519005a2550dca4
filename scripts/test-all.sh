#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause
# README quick start, second command: every test suite in every build.
#   native gcc (shared+static, examples, tools, benchmarks built), then
#   the same tests again under valgrind
#   native clang with AddressSanitizer + UndefinedBehaviorSanitizer
#   aarch64 cross build under qemu-aarch64 (real smc/hvc trapped) + disasm
#   libFuzzer targets, 60 s each (tests/fuzz/run.sh)
#   aarch64 freestanding core + bare-metal image, nm -u check
#   consumers: as a Meson subproject and through pkg-config after install
#   static analysis: gcc -fanalyzer, cppcheck, clang-tidy, zero findings
#   (scripts/static-analysis.sh, docs/static-analysis.md)
# Ends with one line "N passed, N failed" summed over every build.
set -u
cd "$(dirname "$0")/.."
sh scripts/install-deps.sh || exit 1
top=$(pwd)
out=${ARMCVM_TEST_DIR:-$top/build-tests}
rm -rf "$out"
mkdir -p "$out"
status=0
logs=""

step() { # step name, then the command
	sname=$1
	shift
	echo "== $sname"
	if ! "$@" >"$out/$sname.log" 2>&1; then
		echo "   FAILED (see $out/$sname.log)"
		tail -n 30 "$out/$sname.log"
		status=1
	fi
}

# meson test exits non-zero on a failing test; the summary still counts it.
suite() { # name, sourcedir, setup args...
	name=$1
	b=$out/$1
	src=$2
	shift 2
	step "setup-$name" meson setup "$b" "$src" -Dwerror=true "$@" &&
	step "build-$name" meson compile -C "$b"
	step "test-$name" meson test -C "$b" --print-errorlogs
	logs="$logs $b/meson-logs/testlog.json"
}

suite gcc "$top" -Ddefault_library=both -Dexamples=true -Dbench=true
step test-gcc-valgrind meson test -C "$out/gcc" --setup valgrind --suite unit \
	--print-errorlogs
logs="$logs $out/gcc/meson-logs/testlog-valgrind.json"
CC=clang suite clang-asan "$top" -Db_sanitize=address,undefined \
	-Db_lundef=false -Dc_args=-fno-sanitize-recover=all
suite aarch64 "$top" --cross-file cross/aarch64-linux-gnu.ini

# libFuzzer targets (clang, ASan + UBSan), ARMCVM_FUZZ_SECONDS each
# (default 60): any crash, leak, sanitizer report or invariant abort fails.
fz=$out/fuzz
# debugoptimized: SHA-2 at -O0 makes the hashing targets 14x slower.
step setup-fuzz env CC=clang meson setup "$fz" -Dwerror=true -Dfuzz=true \
	-Db_sanitize=address,undefined -Db_lundef=false -Dtests=disabled \
	--buildtype=debugoptimized
step build-fuzz meson compile -C "$fz"
sh tests/fuzz/run.sh "$fz" "${ARMCVM_FUZZ_SECONDS:-60}" >"$out/fuzz.tap" 2>&1 ||
	status=1
cat "$out/fuzz.tap"

step setup-freestanding meson setup "$out/freestanding" -Dwerror=true \
	--cross-file cross/aarch64-freestanding.ini -Dfreestanding=true
step build-freestanding meson compile -C "$out/freestanding"
sh scripts/check-freestanding.sh "$out/freestanding" >"$out/freestanding.tap" 2>&1 ||
	status=1
cat "$out/freestanding.tap"

# Consumers: subproject (a link to this tree) and installed + pkg-config.
sp=$out/consumer-subproject
cp -r tests/consumers/subproject "$sp"
cp tests/consumers/consumer.c "$out/"
mkdir -p "$sp/subprojects"
ln -s "$top" "$sp/subprojects/armcvm"
suite consumer-subproject-build "$sp"
dest=$out/destdir
step install meson install -C "$out/gcc" --destdir "$dest" --no-rebuild
pc=$(find "$dest" -name armcvm.pc | head -n 1)
prefix=$(sed -n 's/^prefix=//p' "$pc")
sed -i "s#^prefix=.*#prefix=$dest$prefix#" "$pc"
pcc=$out/consumer-pkgconfig
cp -r tests/consumers/pkgconfig "$pcc"
PKG_CONFIG_PATH=$(dirname "$pc") LD_LIBRARY_PATH=$(dirname "$(find "$dest" -name 'libarmcvm.so' | head -n 1)") \
	suite consumer-pkgconfig-build "$pcc"

# Static analysis: one TAP line per tool and target.
sh scripts/static-analysis.sh "$out/static-analysis" \
	>"$out/static-analysis.tap" 2>&1 || status=1
cat "$out/static-analysis.tap"

python3 scripts/summarize.py $logs "$out/freestanding.tap" \
	"$out/static-analysis.tap" "$out/fuzz.tap"
summary=$?
[ $status -eq 0 ] && [ $summary -eq 0 ]
