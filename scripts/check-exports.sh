#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause
# Usage: check-exports.sh libarmcvm.so — every defined dynamic symbol of the
# shared library is armcvm_* (lib/libarmcvm.sym plus ARMCVM_API).
set -eu
syms=$(nm -D --defined-only "$1" | awk '$2 ~ /^[TDBRW]$/ { print $3 }' | sed 's/@.*//' | sort -u)
bad=$(printf '%s\n' "$syms" | grep -v '^armcvm_' | grep -v '^ARMCVM_0$' || true)
n=$(printf '%s\n' "$syms" | grep -c '^armcvm_' || true)
if [ -n "$bad" ] || [ "$n" -eq 0 ]; then
	echo "1..1"
	echo "not ok 1 - exports outside armcvm_*: $bad (armcvm_* count $n)"
	exit 1
fi
echo "1..1"
echo "ok 1 - $n exported symbols, all armcvm_*"
