#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause
# armcvm-rmm replay on malformed traces (docs/bad-input.md): each scenario
# must be reported FAIL with the step or line it broke, the run must end
# with "0 passed, 1 failed" and a non-zero status (docs/rmm-trace.md), and
# nothing may crash. Limits (17 registers, rec_aux_count 16) pass at the
# limit and fail one above it. The traces are generated here.
set -u
tool=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
n=0

check() { # name, condition result
	n=$((n + 1))
	if [ "$2" = 0 ]; then
		echo "ok $n - $1"
	else
		echo "not ok $n - $1"
		fail=1
	fi
}

plat() { # rec_aux_count, vmid_bits, granules, features0
	printf '"platform": {"base": "0x80000000", "granules": %s, "features0": "%s", "rec_aux_count": %s, "vmid_bits": %s, "pa_bits": 48, "hpmn0": false}' \
		"$3" "$4" "$1" "$2"
}
P=$(plat 0 16 64 0x28f44514030)
# RMI_VERSION(1.0) with N - 1 zero registers after X1 (N registers in all).
version_x() {
	x='"0x10000"'
	i=1
	while [ $i -lt "$1" ]; do
		x="$x, \"0\""
		i=$((i + 1))
	done
	printf '{"name": "x%s", %s, "steps": [{"smc": {"fid": "0xc4000150", "x": [%s]}, "expect": {"x0": "0x0"}}]}\n' \
		"$1" "$P" "$x"
}

# name, expected status (0 pass / 1 fail), where (grep pattern), JSON line
replay() {
	printf '%s\n' "$4" > "$tmp/$1.jsonl"
	"$tool" replay "$tmp/$1.jsonl" >"$tmp/out" 2>"$tmp/err"
	rc=$?
	if [ "$2" = 0 ]; then
		[ "$rc" = 0 ] && grep -q "^1 passed, 0 failed" "$tmp/out"
		check "$1 passes (exit $rc)" $?
		return
	fi
	[ "$rc" != 0 ] && [ "$rc" -lt 128 ]
	check "$1 refused without a crash (exit $rc)" $?
	grep -q "^FAIL .*$3" "$tmp/out" && grep -q "^0 passed, 1 failed" "$tmp/out"
	check "$1 names where ($3)" $?
	! grep -q "Sanitizer" "$tmp/err"
	check "$1 no sanitizer report" $?
}

step() { # a one-step scenario on the default platform
	printf '{"name": "s", %s, "steps": [%s]}' "$P" "$1"
}

# Not JSON, truncated, nested beyond the parser's depth, wrong types.
replay garbage 1 "line 1" 'not json at all'
replay truncated 1 "line 1" "{\"name\": \"x\", $P"
replay too-deep 1 "line 1" "$(printf '[%.0s' $(seq 200))"
replay no-platform 1 "line 1" '{"name": "x", "steps": []}'
replay steps-not-array 1 "line 1" "{\"name\": \"x\", $P, \"steps\": 7}"
# Platform values the model refuses (RMM model init: rmm_model.h).
replay vmid-12 1 "line 1" "{\"name\": \"x\", $(plat 0 12 64 0x28f44514030), \"steps\": []}"
replay lpa2 1 "line 1" "{\"name\": \"x\", $(plat 0 16 64 0x28f44514130), \"steps\": []}"
replay aux-16 0 "" "{\"name\": \"x\", $(plat 16 16 64 0x28f44514030), \"steps\": []}"
replay aux-17 1 "line 1" "{\"name\": \"x\", $(plat 17 16 64 0x28f44514030), \"steps\": []}"
replay granules-0 1 "line 1" "{\"name\": \"x\", $(plat 0 16 0 0x28f44514030), \"steps\": []}"
replay granules-huge 1 "line 1" "{\"name\": \"x\", $(plat 0 16 99999999999 0x28f44514030), \"steps\": []}"
# Steps: unknown kinds, bad numbers, bad hex, writes outside memory or
# wrapping the address space, oversized zero fills, short RIM values.
replay unknown-step 1 "step 0" "$(step '{"poke": {"pa": "0x80000000"}}')"
replay number-too-big 1 "step 0" "$(step '{"smc": {"fid": "0xc4000150", "x": ["0x1ffffffffffffffff"]}, "expect": {"x0": "0x0"}}')"
replay number-negative 1 "step 0" "$(step '{"smc": {"fid": "0xc4000150", "x": [-1]}, "expect": {"x0": "0x0"}}')"
replay hex-not-hex 1 "step 0" "$(step '{"write": {"pa": "0x80000000", "hex": "zz"}}')"
replay hex-odd 1 "step 0" "$(step '{"write": {"pa": "0x80000000", "hex": "001"}}')"
replay write-outside 1 "step 0" "$(step '{"write": {"pa": "0x80040000", "hex": "00"}}')"
replay write-wraps 1 "step 0" "$(step '{"write": {"pa": "0xffffffffffffffff", "hex": "0011"}}')"
replay zero-huge 1 "step 0" "$(step '{"write": {"pa": "0x80000000", "zero": 99999999}}')"
replay rim-short 1 "step 0" "$(step '{"smc": {"fid": "0xc4000150", "x": ["0x10000"]}, "expect": {"x0": "0x0"}, "rim": {"rd": "0x80001000", "value": "abc"}}')"
# Registers: X1..X17 is the limit (SMCCC 1.2: x0-x17).
replay x-17 0 "" "$(version_x 17)"
replay x-18 1 "step 0" "$(version_x 18)"

# Exit status 1 when there is no scenario at all; 2 when the file cannot
# be read.
: > "$tmp/empty.jsonl"
"$tool" replay "$tmp/empty.jsonl" >"$tmp/out" 2>"$tmp/err"
rc=$?
[ "$rc" = 1 ] && grep -q "^0 passed, 0 failed" "$tmp/out"
check "empty file fails (exit $rc)" $?
"$tool" replay "$tmp/no-such-file" >"$tmp/out" 2>"$tmp/err"
rc=$?
[ "$rc" = 2 ]
check "unreadable file is an I/O error (exit $rc)" $?

echo "1..$n"
exit $fail
