#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause
# Usage: long-run.sh HOURS [TARGET...]
# Local soak test: builds the fuzz targets (clang, ASan + UBSan) in
# build-fuzz/ and runs them round-robin, 10 minutes per target per round,
# until HOURS have passed or one fails. The scratch corpora persist in
# build-fuzz/fuzz-corpus/ so each round starts where the last one stopped;
# results append to build-fuzz/long-run.tap. Not part of CI.
set -u
cd "$(dirname "$0")/../.."
hours=$1
shift
b=build-fuzz
# debugoptimized, as in CI: SHA-2 at -O0 slows the hashing targets 14x.
[ -d "$b" ] || CC=clang meson setup "$b" -Dfuzz=true \
	-Db_sanitize=address,undefined -Db_lundef=false -Dtests=disabled \
	--buildtype=debugoptimized || exit 1
meson compile -C "$b" || exit 1
end=$(( $(date +%s) + hours * 3600 ))
round=0
while [ "$(date +%s)" -lt "$end" ]; do
	round=$((round + 1))
	echo "# round $round, $(date)" | tee -a "$b/long-run.tap"
	ARMCVM_FUZZ_WORK=$b/fuzz-corpus sh tests/fuzz/run.sh "$b" 600 "$@" \
		>"$b/round.tap"
	rc=$?
	tee -a "$b/long-run.tap" <"$b/round.tap"
	[ $rc -eq 0 ] || exit 1
done
