#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause
# README quick start, first command: build and run the main demonstration.
set -eu
cd "$(dirname "$0")/.."
sh scripts/install-deps.sh demo
b=build-demo
[ -d "$b" ] || meson setup "$b" -Dexamples=true -Dtests=disabled >/dev/null
meson compile -C "$b" >/dev/null
exec "$b/examples/armcvm-conduit-demo"
