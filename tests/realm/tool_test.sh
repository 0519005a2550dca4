#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause
# End-to-end checks of armcvm-realm: one realm described three ways gives
# one RIM; plan, run and demo succeed on the software RMM; bad inputs fail
# with the documented exit code and a message naming the culprit.
set -u
tool=$1
dir=$2
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

expect_exit() { # name, code, command...
	name=$1 code=$2
	shift 2
	"$@" >"$tmp/out" 2>"$tmp/err"
	rc=$?
	[ "$rc" = "$code" ]
	check "$name (exit $rc, want $code)" $?
}

expect_exit "measure from manifest" 0 "$tool" measure --manifest "$dir/sample.dts"
m1=$(cat "$tmp/out")
expect_exit "measure from op log" 0 "$tool" measure --oplog "$dir/sample.oplog"
m2=$(cat "$tmp/out")
expect_exit "measure from flags" 0 "$tool" measure --ipa-bits 40 \
	--ram 0x80000000:0x40000000 --image "0x80000000:$dir/kernel.bin" \
	--entry 0x80000000
m3=$(cat "$tmp/out")
[ -n "$m1" ] && [ "$m1" = "$m2" ] && [ "$m1" = "$m3" ]
check "manifest, op log and flags give one RIM ($m1)" $?
[ ${#m1} = 64 ]
check "SHA-256 RIM is 32 bytes of hex" $?

expect_exit "plan table" 0 "$tool" plan --manifest "$dir/sample.dts"
grep -q "RMI_RTT_INIT_RIPAS *base=0x80000000 top=0xc0000000" "$tmp/out"
check "plan covers the 1 GiB with one INIT_RIPAS" $?
# N=2 T=2 R=1 G=1 V=1 A=16: 3+2+4+1+2+18 = 30; 2+2+4+2+18 = 28
grep -q "RMI calls: 30 to build + 28 to tear down = 58" "$tmp/out"
check "plan call count matches the formula" $?
expect_exit "plan --json" 0 "$tool" plan --json --manifest "$dir/sample.dts"
grep -q '"create_calls":30' "$tmp/out"
check "json has the counts" $?
expect_exit "plan linux-v12" 0 "$tool" plan --profile linux-v12 --ipa-bits 40 \
	--ram 0x80000000:0x40000000 --image "0x80000000:$dir/kernel.bin"
grep -q "RMI_RTT_INIT_RIPAS *base=0x80001000 top=0x80200000" "$tmp/out"
check "v12 plan skips the populated page" $?

expect_exit "run on the software RMM" 0 "$tool" run --manifest "$dir/sample.dts"
grep -q "RIM matches the prediction" "$tmp/out"
check "run: model RIM equals prediction" $?
grep -q "$m1" "$tmp/out"
check "run: the RIM is the one measure printed" $?
expect_exit "demo" 0 "$tool" demo
grep -q "every granule is back to UNDELEGATED" "$tmp/out"
check "demo tears down" $?

for c in measure plan run demo; do
	expect_exit "$c --help" 0 "$tool" $c --help
	grep -q "usage:" "$tmp/out"
	check "$c --help prints usage" $?
done

expect_exit "no command" 1 "$tool"
expect_exit "unknown command" 1 "$tool" frobnicate
expect_exit "bad number" 1 "$tool" measure --ipa-bits forty
expect_exit "ipa-bits 60 refused" 3 "$tool" measure --ipa-bits 60
grep -q "ipa_bits = 60.*allowed 32..48" "$tmp/err"
check "refusal names the field and range" $?
expect_exit "unaligned RAM refused" 3 "$tool" plan --ram 0x80000800:0x1000
grep -q "ram\[0\] = 0x80000800 must be aligned to 0x1000" "$tmp/err"
check "refusal names the RAM range" $?
expect_exit "unknown manifest property" 2 "$tool" measure --manifest "$dir/bad-property.dts"
grep -q "/realm: colour: unknown property" "$tmp/err"
check "manifest error names node and property" $?
expect_exit "32-bit entry cell" 2 "$tool" measure --manifest "$dir/bad-cell.dts"
grep -q "/cpus/cpu@0: entry: expected 1 to 1 64-bit values" "$tmp/err"
check "manifest error names the cell problem" $?
expect_exit "bad op log" 2 "$tool" measure --oplog "$dir/bad.oplog"
grep -q "bad.oplog:3: base and top must be aligned" "$tmp/err"
check "op log error carries the line number" $?
expect_exit "missing manifest" 5 "$tool" measure --manifest "$tmp/none.dts"

# Reader hardening (docs/realm-oplog.md, docs/realm-manifest.md); the
# clang ASan build runs these too, so a leak on an error path fails them.
expect_exit "leading zeros are decimal" 0 "$tool" measure --oplog "$dir/decimal.oplog"
[ "$(cat "$tmp/out")" = "$m1" ]
check "decimal.oplog gives sample's RIM (040 is forty, not octal)" $?
expect_exit "8192 INIT_RIPAS entries (one RTT)" 0 "$tool" measure --oplog "$dir/ripas-limit.oplog"
expect_exit "8193 INIT_RIPAS entries" 2 "$tool" measure --oplog "$dir/bad-ripas-count.oplog"
grep -q "bad-ripas-count.oplog:4: more than 8192 level-3 entries" "$tmp/err"
check "INIT_RIPAS limit names the line" $?
expect_exit "op log key twice" 2 "$tool" measure --oplog "$dir/bad-dup-key.oplog"
grep -q 'bad-dup-key.oplog:4: duplicate key "base"' "$tmp/err"
check "repeated key is named" $?
expect_exit "negative gprs value" 2 "$tool" measure --oplog "$dir/bad-gprs.oplog"
grep -q 'bad-gprs.oplog:4: gprs: "-1" is not a number' "$tmp/err"
check "gprs value is named" $?
expect_exit "missing content file" 2 "$tool" measure --oplog "$dir/bad-content.oplog"
grep -q "bad-content.oplog:4: cannot read .*missing.bin" "$tmp/err"
check "content file error names line and file" $?
printf 'realm-create s2sz=40 num_bps=1 num_wps=1 hash_algo=0\ninit-ripas\000 base=0\n' >"$tmp/nul.oplog"
expect_exit "NUL byte in op log" 2 "$tool" measure --oplog "$tmp/nul.oplog"
grep -q "nul.oplog:2: NUL byte in the line" "$tmp/err"
check "NUL byte is reported with its line" $?
expect_exit "image file missing" 2 "$tool" measure --manifest "$dir/bad-missing-file.dts"
grep -q "/images/kernel: file: cannot open .*missing.bin" "$tmp/err"
check "missing image names node, property and path" $?
expect_exit "image file empty name" 2 "$tool" measure --manifest "$dir/bad-empty-file.dts"
grep -q "/images/kernel: file: is empty" "$tmp/err"
check "empty file name is named" $?
expect_exit "content larger than size" 2 "$tool" measure --manifest "$dir/bad-content-size.dts"
grep -q '/images/blob: size: is smaller than "content"' "$tmp/err"
check "size below content is named" $?
# Damaged blobs, made from sample.dts: the reader validates the whole blob
# against the file size before walking it.
dtc -q -I dts -O dtb -o "$tmp/good.dtb" "$dir/sample.dts"
cp "$dir/kernel.bin" "$tmp/"
expect_exit "compiled .dtb" 0 "$tool" measure --manifest "$tmp/good.dtb"
[ "$(cat "$tmp/out")" = "$m1" ]
check "the .dtb gives the .dts's RIM" $?
head -c 30 "$tmp/good.dtb" >"$tmp/short.dtb"
expect_exit "DTB shorter than its header" 2 "$tool" measure --manifest "$tmp/short.dtb"
grep -q "short.dtb: not a valid flattened devicetree (shorter than its 40-byte header)" "$tmp/err"
check "short blob is refused" $?
head -c 300 "$tmp/good.dtb" >"$tmp/cut.dtb"
expect_exit "DTB cut below its totalsize" 2 "$tool" measure --manifest "$tmp/cut.dtb"
grep -q "cut.dtb: not a valid flattened devicetree (shorter than the totalsize in its header)" "$tmp/err"
check "truncated blob is refused" $?
# Version 15, last compatible version 2: libfdt 1.6.1's fdt_check_full()
# would dereference NULL on it.
cp "$tmp/good.dtb" "$tmp/v15.dtb"
printf '\000\000\000\017\000\000\000\002' |
	dd of="$tmp/v15.dtb" bs=1 seek=20 conv=notrunc 2>/dev/null
expect_exit "DTB version 15" 2 "$tool" measure --manifest "$tmp/v15.dtb"
grep -q "v15.dtb: not a valid flattened devicetree (version below 16" "$tmp/err"
check "old blob version is refused" $?
# First property (compatible, right after the root's empty name) with a
# length of 0xfffffff4: libfdt 1.6.1's fdt_check_full() would loop for ever.
soff=$(od -An -tu1 -j8 -N4 "$tmp/good.dtb" |
	awk '{ print $1 * 16777216 + $2 * 65536 + $3 * 256 + $4 }')
cp "$tmp/good.dtb" "$tmp/proplen.dtb"
printf '\377\377\377\364' |
	dd of="$tmp/proplen.dtb" bs=1 seek=$((soff + 12)) conv=notrunc 2>/dev/null
expect_exit "DTB property length wrapping" 2 "$tool" measure --manifest "$tmp/proplen.dtb"
grep -q "proplen.dtb: not a valid flattened devicetree (property value runs past" "$tmp/err"
check "wrapping property length is refused" $?
# Two "realm" nodes: dtc merges them in source, so rename one in the blob.
cat >"$tmp/two.dts" <<'DTS'
/dts-v1/;
/ {
	compatible = "armcvm,realm-manifest-v1";
	realm { ipa-bits = <40>; };
	realx { ipa-bits = <48>; };
	cpus { cpu@0 { reg = <0>; entry = /bits/ 64 <0>; }; };
};
DTS
dtc -q -I dts -O dtb -o "$tmp/two.dtb" "$tmp/two.dts"
off=$(grep -obUa realx "$tmp/two.dtb" | cut -d: -f1)
printf m | dd of="$tmp/two.dtb" bs=1 seek=$((off + 4)) conv=notrunc 2>/dev/null
expect_exit "realm node twice" 2 "$tool" measure --manifest "$tmp/two.dtb"
grep -q "two.dtb: /realm: duplicate node" "$tmp/err"
check "second realm node is refused" $?

# ---- Malformed input (docs/bad-input.md): manifest / DTB / op log -> 2,
# values the builder or planner refuses -> 3 (docs/realm-tool.md). The
# files are generated here (damaged blobs from good.dtb above).
dts_head='/dts-v1/; / { compatible = "armcvm,realm-manifest-v1";'
cpu0='cpus { cpu@0 { reg = <0>; entry = /bits/ 64 <0>; }; };'
mk_dts() { # name, body (inside the root node)
	printf '%s %s };\n' "$dts_head" "$2" > "$tmp/$1.dts"
}
manifest_bad() { # name, code, grep pattern for stderr
	expect_exit "manifest $1" "$2" "$tool" measure --manifest "$tmp/$1.dts"
	grep -q -- "$3" "$tmp/err"
	check "manifest $1: message" $?
}
# Truncated, empty, wrong magic, totalsize beyond the file, garbage text.
size=$(wc -c < "$tmp/good.dtb")
head -c $((size / 2)) "$tmp/good.dtb" > "$tmp/trunc.dtb"
head -c 4 "$tmp/good.dtb" > "$tmp/magic-only.dtb"
: > "$tmp/empty.dtb"
{ printf 'XXXX'; tail -c +5 "$tmp/good.dtb"; } > "$tmp/bad-magic.dtb"
{ head -c 4 "$tmp/good.dtb"; printf '\177\377\377\377'; tail -c +9 "$tmp/good.dtb"; } > "$tmp/big-total.dtb"
printf 'garbage {{{\n' > "$tmp/garbage.dts"
for f in trunc.dtb magic-only.dtb empty.dtb bad-magic.dtb big-total.dtb garbage.dts; do
	expect_exit "malformed $f" 2 "$tool" measure --manifest "$tmp/$f"
	grep -q "$tmp/$f" "$tmp/err"
	check "malformed $f: message names the file" $?
done
# Structure: every rule of docs/realm-manifest.md that a file can break.
mk_dts no-compat "realm { ipa-bits = <40>; }; $cpu0"
sed 's/armcvm,realm-manifest-v1/other/' "$tmp/no-compat.dts" > "$tmp/other-compat.dts"
sed -i 's/ compatible = "armcvm,realm-manifest-v1";//' "$tmp/no-compat.dts"
manifest_bad no-compat 2 "/: compatible"
manifest_bad other-compat 2 "/: compatible"
mk_dts no-realm "$cpu0"
manifest_bad no-realm 2 "realm"
mk_dts no-cpus "realm { ipa-bits = <40>; };"
manifest_bad no-cpus 2 "cpus"
mk_dts cpu-gap "realm { ipa-bits = <40>; }; cpus { cpu@1 { reg = <1>; entry = /bits/ 64 <0>; }; };"
manifest_bad cpu-gap 2 "cpu@0"
mk_dts file-and-content "realm { ipa-bits = <40>; }; images { k { load-address = /bits/ 64 <0x80000000>; file = \"kernel.bin\"; content = [00]; }; }; $cpu0"
manifest_bad file-and-content 2 "/images/k"
mk_dts missing-file "realm { ipa-bits = <40>; }; images { k { load-address = /bits/ 64 <0x80000000>; file = \"none.bin\"; }; }; $cpu0"
manifest_bad missing-file 2 "/images/k: file"
mk_dts odd-reg "realm { ipa-bits = <40>; }; memory@0 { reg = /bits/ 64 <0x80000000>; }; $cpu0"
manifest_bad odd-reg 2 "/memory@0: reg"
# Counts at their limits: RPV 64 bytes fine, 65 not; gprs 8 fine, 9 not.
rpv64=$(printf '01 %.0s' $(seq 64))
mk_dts rpv-64 "realm { ipa-bits = <40>; personalization-value = [$rpv64]; }; $cpu0"
expect_exit "manifest rpv-64" 0 "$tool" measure --manifest "$tmp/rpv-64.dts"
mk_dts rpv-65 "realm { ipa-bits = <40>; personalization-value = [$rpv64 01]; }; $cpu0"
manifest_bad rpv-65 2 "/realm: personalization-value"
mk_dts gprs-8 "realm { ipa-bits = <40>; }; cpus { cpu@0 { reg = <0>; entry = /bits/ 64 <0>; gprs = /bits/ 64 <1 2 3 4 5 6 7 8>; }; };"
expect_exit "manifest gprs-8" 0 "$tool" measure --manifest "$tmp/gprs-8.dts"
mk_dts gprs-9 "realm { ipa-bits = <40>; }; cpus { cpu@0 { reg = <0>; entry = /bits/ 64 <0>; gprs = /bits/ 64 <1 2 3 4 5 6 7 8 9>; }; };"
manifest_bad gprs-9 2 "/cpus/cpu@0: gprs"
# Values the library refuses: base + size wrapping, overlapping RAM,
# an image whose size runs off the IPA space (builder/planner: exit 3).
mk_dts ram-wraps "realm { ipa-bits = <40>; }; memory@0 { reg = /bits/ 64 <0xfffffffffffff000 0x2000>; }; $cpu0"
manifest_bad ram-wraps 3 "ram\[0\]"
mk_dts ram-overlap "realm { ipa-bits = <40>; }; memory@0 { reg = /bits/ 64 <0x80000000 0x1000 0x80000000 0x1000>; }; $cpu0"
manifest_bad ram-overlap 3 "ram\[1\]"
mk_dts image-wraps "realm { ipa-bits = <40>; }; images { k { load-address = /bits/ 64 <0x80000000>; content = [00]; size = /bits/ 64 <0xffffffffffffffff>; }; }; $cpu0"
manifest_bad image-wraps 3 "image\[0\]"

oplog_bad() { # name, line, content
	printf '%b' "$3" > "$tmp/$1.oplog"
	expect_exit "op log $1" 2 "$tool" measure --oplog "$tmp/$1.oplog"
	grep -q "$1.oplog:$2" "$tmp/err"
	check "op log $1: message carries the line" $?
}
create='realm-create s2sz=40 num_bps=1 num_wps=1 hash_algo=0\n'
oplog_bad first-not-create 1 'init-ripas base=0x80000000 top=0xc0000000 level=1\n'
oplog_bad create-twice 2 "$create$create"
oplog_bad unknown-op 2 "${create}frobnicate x=1\n"
oplog_bad missing-key 1 'realm-create s2sz=40 num_bps=1 num_wps=1\n'
oplog_bad unknown-key 1 'realm-create s2sz=40 num_bps=1 num_wps=1 hash_algo=0 colour=blue\n'
oplog_bad number-overflow 1 'realm-create s2sz=0x1ffffffffffffffff num_bps=1 num_wps=1 hash_algo=0\n'
oplog_bad bad-hash 1 'realm-create s2sz=40 num_bps=1 num_wps=1 hash_algo=2\n'
oplog_bad gprs-9 2 "${create}rec-create flags=1 pc=0 gprs=0,0,0,0,0,0,0,0,0\n"
oplog_bad rec-flags 2 "${create}rec-create flags=3 pc=0\n"
oplog_bad data-flags 2 "${create}data-create ipa=0x80000000 flags=2\n"
oplog_bad ripas-wraps 2 "${create}init-ripas base=0xfffffffffffff000 top=0x1000 level=3\n"
oplog_bad missing-data-file 2 "${create}data-create ipa=0x80000000 flags=1 file=none.bin\n"
oplog_bad nul-byte 2 "${create}\0\n"
printf '' > "$tmp/empty.oplog"
expect_exit "op log empty" 2 "$tool" measure --oplog "$tmp/empty.oplog"
printf 'realm-create s2sz=40 num_bps=1 num_wps=1 hash_algo=0' > "$tmp/no-newline.oplog"
expect_exit "op log without a final newline" 0 "$tool" measure --oplog "$tmp/no-newline.oplog"

echo "1..$n"
exit $fail
