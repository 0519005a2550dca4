#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause
# Installs what armcvm's builds and tests need on Debian 12 (root, apt-get).
# Idempotent: does nothing when every package is already there.
# Usage: install-deps.sh [demo]   ("demo": only what the demonstration needs)
set -eu
native="meson ninja-build pkg-config gcc g++ python3 libfdt-dev device-tree-compiler libssl-dev"
full="$native libcmocka-dev gcc-aarch64-linux-gnu g++-aarch64-linux-gnu
      libc6-dev-arm64-cross binutils-aarch64-linux-gnu qemu-user valgrind
      clang lld libclang-rt-14-dev libcmocka-dev:arm64 cppcheck clang-tidy"
if [ "${1:-}" = demo ]; then
	want=$native
else
	want=$full
fi
missing=""
for p in $want; do
	dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
	echo "missing packages:$missing" >&2
	echo "run this as root (or: sudo apt-get install$missing)" >&2
	exit 1
fi
export DEBIAN_FRONTEND=noninteractive
case "$missing" in
*:arm64*)
	dpkg --print-foreign-architectures | grep -qx arm64 ||
		dpkg --add-architecture arm64
	;;
esac
apt-get update -qq
# shellcheck disable=SC2086
apt-get install -y -qq --no-install-recommends $missing
