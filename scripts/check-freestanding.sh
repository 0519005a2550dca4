#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause
# Usage: check-freestanding.sh BUILDDIR
# The freestanding core may leave only memcpy memmove memset memcmp
# undefined (compilers emit calls to them even with -ffreestanding), and the
# bare-metal image must leave nothing undefined at all.
set -eu
b=$1
nm=${NM:-aarch64-linux-gnu-nm}
allowed='^(memcpy|memmove|memset|memcmp)$'
# An archive's members call each other: what is undefined for the archive is
# what some member references and no member defines.
lib="$b/lib/libarmcvm.a"
$nm --defined-only "$lib" | awk 'NF == 3 { print $3 }' | sort -u >"$b/defined.txt"
$nm -u "$lib" | awk 'NF == 2 { print $2 }' | sort -u >"$b/undefined.txt"
bad=$(comm -23 "$b/undefined.txt" "$b/defined.txt" | grep -Ev "$allowed" || true)
if [ -n "$bad" ]; then
	echo "not ok 1 - freestanding core references: $bad"
	exit 1
fi
echo "ok 1 - libarmcvm.a leaves only memcpy/memmove/memset/memcmp undefined"
img="$b/tests/freestanding/armcvm-baremetal"
if [ -n "$($nm -u "$img")" ]; then
	echo "not ok 2 - bare-metal image has undefined symbols: $($nm -u "$img")"
	exit 1
fi
echo "ok 2 - bare-metal image links with no undefined symbol"
