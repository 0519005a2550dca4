#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause
# Usage: run.sh BUILDDIR SECONDS [TARGET...]
# Runs every libFuzzer target built in BUILDDIR (-Dfuzz=true), or the named
# ones, for SECONDS each, starting from its seed corpus tests/fuzz/corpus/
# <target>/ (read-only) plus a scratch corpus in BUILDDIR/fuzz-work/, and
# its dictionary tests/fuzz/<target>.dict if there is one.
# Prints TAP, one line per target with its executions; a crash, leak,
# sanitizer report, invariant abort, timeout or out-of-memory fails the
# line and keeps the reproducer in BUILDDIR/fuzz-artifacts/.
# Environment: ARMCVM_FUZZ_WORK overrides the scratch corpus directory
# (tests/fuzz/long-run.sh keeps it between runs).
set -u
b=$1
secs=$2
shift 2
here=$(cd "$(dirname "$0")" && pwd)
work=${ARMCVM_FUZZ_WORK:-$b/fuzz-work}
art=$b/fuzz-artifacts
mkdir -p "$work" "$art"
if [ $# -eq 0 ]; then
	set -- $(find "$b/tests/fuzz" -maxdepth 1 -type f -perm -u+x \
		 -name 'fuzz_*' 2>/dev/null | sed 's#.*/fuzz_##' | sort)
fi
if [ $# -eq 0 ]; then
	echo "not ok 1 - no fuzz targets in $b/tests/fuzz"
	exit 1
fi
echo "1..$#"
n=0
status=0
for t in "$@"; do
	n=$((n + 1))
	seeds=$here/corpus/$t
	mkdir -p "$work/$t"
	log=$b/fuzz-$t.log
	# -timeout: one input taking 10 s is a hang; -rss_limit_mb: leaks grow.
	if "$b/tests/fuzz/fuzz_$t" -max_total_time="$secs" -timeout=10 \
		-rss_limit_mb=2048 -print_final_stats=1 \
		-artifact_prefix="$art/$t-" \
		$( [ -f "$here/$t.dict" ] && echo "-dict=$here/$t.dict" ) \
		"$work/$t" \
		$( [ -d "$seeds" ] && echo "$seeds" ) >"$log" 2>&1; then
		execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
		cov=$(grep -o 'cov: [0-9]*' "$log" | tail -n 1)
		echo "ok $n - fuzz_$t: ${execs:-?} executions in ${secs} s, $cov"
	else
		echo "not ok $n - fuzz_$t (see $log; reproducer in $art/)"
		grep -m 5 -E 'ERROR|SUMMARY|runtime error|abort' "$log" |
			sed 's/^/# /'
		status=1
	fi
done
exit $status
