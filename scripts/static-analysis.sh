#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause
# Static analysis with zero findings allowed (docs/static-analysis.md):
#   gcc-fanalyzer  a Meson build with -Dc_args=-fanalyzer -Dwerror=true
#   cppcheck       .cppcheck-suppressions, over compile_commands.json
#   clang-tidy     .clang-tidy, over the same files
# each for the native build and for the aarch64 cross build (where the code
# behind __aarch64__ is compiled). The files analysed are the C files that
# the build compiles (tests, tools, examples and benchmarks on), so a new
# file is covered as soon as a meson.build lists it.
# Prints TAP, one line per tool and target, for scripts/summarize.py.
# Usage: static-analysis.sh [OUTDIR]   (default build-sa; JOBS=N, default 2)
set -u
cd "$(dirname "$0")/.."
top=$(pwd)
out=${1:-$top/build-sa}
jobs=${JOBS:-2}
tidy=$(command -v clang-tidy-14 || command -v clang-tidy || echo clang-tidy)
opts="-Dtests=enabled -Dtools=enabled -Dexamples=true -Dbench=true"
# gcc for the native builds (-fanalyzer is a GCC option).
CC=gcc
export CC
mkdir -p "$out"
n=0
status=0

# check NAME COMMAND...: one TAP line; the log's findings as comments.
check() {
	name=$1
	shift
	n=$((n + 1))
	if "$@" >"$out/$name.log" 2>&1; then
		echo "ok $n - $name"
		return
	fi
	echo "not ok $n - $name (log: $out/$name.log)"
	grep -E ': (error|warning|style|performance|portability):|FAILED' \
		"$out/$name.log" | head -n 40 |
		sed 's/^/# /'
	status=1
}

skip() {
	n=$((n + 1))
	echo "ok $n - $1 # SKIP $2"
}

# The C sources of BUILD's compile_commands.json in this tree (not the
# header tests generated in BUILD), once each, into DIR/compile_commands.json.
compile_db() {
	python3 - "$1" "$2" "$top" <<'EOF'
import json, os, sys
build, outdir, top = (os.path.realpath(a) for a in sys.argv[1:4])
seen, keep = set(), []
for e in json.load(open(os.path.join(build, "compile_commands.json"))):
    path = os.path.realpath(os.path.join(e["directory"], e["file"]))
    if (path.endswith(".c") and path.startswith(top + os.sep)
            and not path.startswith(build + os.sep)
            and path not in seen):
        seen.add(path)
        keep.append(dict(e, file=path))
os.makedirs(outdir, exist_ok=True)
json.dump(keep, open(os.path.join(outdir, "compile_commands.json"), "w"),
          indent=1)
print(len(keep), "files")
EOF
}

# NAME [meson args...]: configure, then run the three tools.
analyse() {
	t=$1
	shift
	b=$out/$t
	rm -rf "$b" "$b-fanalyzer" "$b-cdb"
	if ! meson setup "$b" $opts "$@" >"$out/setup-$t.log" 2>&1; then
		n=$((n + 1))
		echo "not ok $n - setup-$t (log: $out/setup-$t.log)"
		status=1
		return
	fi
	compile_db "$b" "$b-cdb" >>"$out/setup-$t.log"
	# The compiler's own predefined macros, so that cppcheck takes the
	# same #if branches as the build (__x86_64__, __aarch64__, __GNUC__).
	cc=$(python3 -c 'import json, shlex, sys
print(shlex.split(json.load(open(sys.argv[1]))[0]["command"])[0])' \
		"$b-cdb/compile_commands.json")
	$cc -std=c11 -dM -E - </dev/null >"$b-cdb/predef.h"

	check "gcc-fanalyzer-$t" fanalyzer "$b-fanalyzer" "$@"
	check "cppcheck-$t" cppcheck --project="$b-cdb/compile_commands.json" \
		--std=c11 --library=posix --include="$b-cdb/predef.h" \
		--enable=warning,style,performance,portability \
		--inline-suppr --suppressions-list="$top/.cppcheck-suppressions" \
		--error-exitcode=1 --quiet -j "$jobs" \
		--template='{file}:{line}:{column}: {severity}: {message} [{id}]'
	check "clang-tidy-$t" tidy "$b-cdb"
}

# BUILDDIR [meson args...]: every object compiled with -fanalyzer; -k 0 so
# that one file's findings do not hide another's.
fanalyzer() {
	d=$1
	shift
	# shellcheck disable=SC2086
	meson setup "$d" $opts -Dc_args=-fanalyzer -Dwerror=true "$@" &&
		ninja -C "$d" -k 0 -j "$jobs"
}

# CDBDIR: clang-tidy on every file of its compile_commands.json.
tidy() {
	python3 -c 'import json, sys
for e in json.load(open(sys.argv[1])): print(e["file"])' \
		"$1/compile_commands.json" |
		xargs -P "$jobs" -n 4 "$tidy" -p "$1" --quiet $tidy_extra
}

# A warning option that only gcc knows must not become a clang-tidy error.
tidy_extra="--extra-arg=-Wno-unknown-warning-option"
analyse native
if command -v aarch64-linux-gnu-gcc >/dev/null 2>&1; then
	tidy_extra="$tidy_extra --extra-arg=--target=aarch64-linux-gnu"
	analyse aarch64 --cross-file "$top/cross/aarch64-linux-gnu.ini"
else
	for tool in gcc-fanalyzer cppcheck clang-tidy; do
		skip "$tool-aarch64" "no aarch64-linux-gnu-gcc"
	done
fi
echo "1..$n"
exit $status
