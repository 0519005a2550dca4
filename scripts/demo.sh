#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause
# README quick start, first command: build and run the main demonstration.
set -eu
cd "$(dirname "$0")/.."
sh scripts/install-deps.sh demo
b=build-demo
[ -d "$b" ] || meson setup "$b" -Dtests=disabled -Dtools=enabled >/dev/null
meson compile -C "$b" >/dev/null
# Builds, runs and tears down a realm on the software RMM from an embedded
# manifest, and checks the model's RIM against the offline prediction.
exec "$b/tools/armcvm-realm" demo
