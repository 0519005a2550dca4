#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause
# Usage: malformed_test.sh ARMCVM-RMM TRACE EXPECT
# Every line of TRACE is a bad scenario (docs/rmm-trace.md, "What is
# rejected"): the replay must fail each one, in order, with an output line
# containing the same line of EXPECT, and end with "0 passed, N failed".
set -u
tool=$1
trace=$2
expect=$3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$tool" replay "$trace" >"$tmp/out" 2>"$tmp/err"
rc=$?
total=$(wc -l <"$expect")
n=0
fail=0
while IFS= read -r want; do
	n=$((n + 1))
	got=$(sed -n "${n}p" "$tmp/out")
	case $got in
	FAIL*) case $got in *"$want"*) ok=1 ;; *) ok=0 ;; esac ;;
	*) ok=0 ;;
	esac
	if [ $ok = 1 ]; then
		echo "ok $n - $got"
	else
		echo "not ok $n - want \"$want\", got \"$got\""
		fail=1
	fi
done <"$expect"
n=$((n + 1))
last=$(sed -n "$((total + 1))p" "$tmp/out")
if [ "$rc" = 1 ] && [ "$last" = "0 passed, $total failed" ]; then
	echo "ok $n - exit 1 and \"$last\""
else
	echo "not ok $n - exit $rc, summary \"$last\" (want 0 passed, $total failed)"
	fail=1
fi
if [ -s "$tmp/err" ]; then
	echo "# stderr:"; sed 's/^/# /' "$tmp/err"
fi
echo "1..$n"
exit $fail
