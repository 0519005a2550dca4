#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause
"""Write the seed corpora of the model and decoder fuzz targets.

Each seed is a byte program in the input format its target documents
(docs/fuzzing.md, "Model and decoder targets"). The seeds are deterministic:
run `python3 tests/fuzz/gen_seeds.py` from the source root and commit
tests/fuzz/corpus/<target>/ if anything changed.
"""
import os
import struct
import sys

CORPUS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus")


def u64(v):
    return struct.pack("<Q", v & 0xFFFFFFFFFFFFFFFF)


# ---------------------------------------------------------------------
# rmm_seq (tests/fuzz/fuzz_rmm_seq.c)
# ---------------------------------------------------------------------

# Index of each command in FIDS[] of fuzz_rmm_seq.c.
RMI = {name: i for i, name in enumerate([
    "VERSION", "GRANULE_DELEGATE", "GRANULE_UNDELEGATE", "DATA_CREATE",
    "DATA_CREATE_UNKNOWN", "DATA_DESTROY", "REALM_ACTIVATE", "REALM_CREATE",
    "REALM_DESTROY", "REC_CREATE", "REC_DESTROY", "REC_ENTER", "RTT_CREATE",
    "RTT_DESTROY", "RTT_MAP_UNPROTECTED", "RTT_READ_ENTRY",
    "RTT_UNMAP_UNPROTECTED", "PSCI_COMPLETE", "FEATURES", "RTT_FOLD",
    "REC_AUX_COUNT", "RTT_INIT_RIPAS", "RTT_SET_RIPAS"])}
REALM = {name: i for i, name in enumerate([
    "RSI_VERSION", "RSI_FEATURES", "RSI_MEASUREMENT_READ",
    "RSI_MEASUREMENT_EXTEND", "RSI_TOKEN_INIT", "RSI_TOKEN_CONTINUE",
    "RSI_REALM_CONFIG", "RSI_IPA_STATE_SET", "RSI_IPA_STATE_GET",
    "RSI_HOST_CALL", "PSCI_VERSION", "PSCI_CPU_ON", "PSCI_CPU_OFF",
    "PSCI_AFFINITY_INFO", "PSCI_SYSTEM_OFF", "PSCI_SYSTEM_RESET"])}


class Rmm:
    """Builds an rmm_seq program (values as val() in the target decodes)."""

    def __init__(self, vmid16=1, aux_idx=2, s2sz_idx=4, rich=1, h1=32,
                 h2=0, h3=0xA0):
        h0 = vmid16 | (aux_idx << 1) | (s2sz_idx << 4) | (rich << 7)
        self.b = bytearray([h0, h1, h2, h3])

    # value encodings
    @staticmethod
    def gran(i):
        return bytes([0, i + 1])

    @staticmethod
    def ipa(k, level=3):
        return bytes([2 | (level << 3), k])

    @staticmethod
    def level(lv):
        return bytes([3 | ((lv + 1) << 3)])

    @staticmethod
    def small(v):
        return bytes([4 | (v << 3)])

    @staticmethod
    def raw(v):
        return bytes([5]) + u64(v)

    @staticmethod
    def unprot():
        return bytes([6 | (4 << 3)])

    def rmi(self, name, *args):
        self.b += bytes([0, RMI[name]])
        for a in args:
            self.b += a
        return self

    def delegate(self, *grans):
        for g in grans:
            self.rmi("GRANULE_DELEGATE", self.gran(g))
        return self

    def realm_params(self, gran, s2sz=40, root=16, level=1, num_idx=1,
                     vmid=1):
        self.b += bytes([11, 0, gran, 0, s2sz - 32, 0, 1, 1, 0, 0, 0, vmid,
                         root + 1, level + 1, num_idx])
        return self

    def rec_params(self, gran, first_aux, runnable=1, index=0):
        self.b += bytes([11, 1, gran, runnable, index, 0, 0, first_aux])
        return self

    def rec_run(self, gran, flags=0, gpr0=0):
        self.b += bytes([11, 2, gran, flags]) + u64(gpr0) + bytes([0, 0])
        return self

    def ns_write(self, gran, off, value):
        self.b += bytes([11, 3, gran]) + struct.pack("<H", off) + u64(value)
        return self

    def realm_smc(self, rec, name, *args):
        self.b += bytes([13, REALM[name] << 2, rec])
        args = list(args) + [self.small(0)] * (4 - len(args))
        for a in args:
            self.b += a
        return self

    def realm_mmio(self, rec, write, ipa, size_idx, reg, value):
        self.b += bytes([13, (3 if write else 2) | (size_idx << 2), rec])
        self.b += ipa + bytes([reg]) + u64(value)
        return self


# Granule numbers of the standard realm (as tests/test_rmm_model.c).
NS_PARAMS, NS_REC, NS_RUN, NS_SRC = 0, 1, 2, 3
RD, ROOT, L2, L3, DATA, REC = 8, 16, 20, 21, 32, 40
L2U, L3U = 22, 23


def rmm_realm(p):
    """Create a NEW realm: RD, RTTs, RIPAS, one measured DATA, one REC."""
    p.delegate(RD, ROOT, ROOT + 1)
    p.realm_params(NS_PARAMS)
    p.rmi("REALM_CREATE", p.gran(RD), p.gran(NS_PARAMS))
    p.delegate(L2, L3)
    p.rmi("RTT_CREATE", p.gran(RD), p.gran(L2), p.ipa(0), p.level(2))
    p.rmi("RTT_CREATE", p.gran(RD), p.gran(L3), p.ipa(0), p.level(3))
    p.rmi("RTT_INIT_RIPAS", p.gran(RD), p.ipa(0), p.ipa(4))
    p.ns_write(NS_SRC, 0, 0x1122334455667788)
    p.delegate(DATA)
    p.rmi("DATA_CREATE", p.gran(RD), p.gran(DATA), p.ipa(1),
          p.gran(NS_SRC), p.small(1))
    p.delegate(REC, REC + 1, REC + 2)
    p.rec_params(NS_REC, REC + 1)
    p.rmi("REC_CREATE", p.gran(RD), p.gran(REC), p.gran(NS_REC))
    return p


def rmm_seeds():
    seeds = {}
    p = rmm_realm(Rmm())
    seeds["realm-new"] = bytearray(p.b)
    p.rmi("REALM_ACTIVATE", p.gran(RD))
    p.rec_run(NS_RUN)
    p.rmi("REC_ENTER", p.gran(REC), p.gran(NS_RUN))
    seeds["realm-entered"] = bytearray(p.b)
    # The realm plays RSI calls, a RIPAS change, a host call and MMIO.
    p.realm_smc(REC, "RSI_VERSION", p.raw(0x10000))
    p.realm_smc(REC, "RSI_MEASUREMENT_READ")
    p.realm_smc(REC, "RSI_MEASUREMENT_EXTEND", p.small(1), p.small(8))
    p.realm_smc(REC, "RSI_REALM_CONFIG", p.ipa(1))
    p.realm_smc(REC, "RSI_IPA_STATE_GET", p.ipa(0), p.ipa(8))
    p.realm_smc(REC, "RSI_IPA_STATE_SET", p.ipa(2), p.ipa(3), p.small(0),
                p.small(0))
    p.rmi("REC_ENTER", p.gran(REC), p.gran(NS_RUN))
    p.rmi("RTT_SET_RIPAS", p.gran(RD), p.gran(REC), p.ipa(2), p.ipa(3))
    p.realm_smc(REC, "RSI_HOST_CALL", p.raw(0x1100))
    p.rmi("REC_ENTER", p.gran(REC), p.gran(NS_RUN))
    p.rmi("REC_ENTER", p.gran(REC), p.gran(NS_RUN))
    p.realm_mmio(REC, False, p.unprot(), 2, 5, 0)
    p.rmi("REC_ENTER", p.gran(REC), p.gran(NS_RUN))
    p.rec_run(NS_RUN, flags=1, gpr0=0x1234567899)
    p.realm_mmio(REC, True, p.unprot(), 3, 7, 0xABCD)
    p.rmi("REC_ENTER", p.gran(REC), p.gran(NS_RUN))
    p.rmi("REC_ENTER", p.gran(REC), p.gran(NS_RUN))
    p.rec_run(NS_RUN)
    p.realm_smc(REC, "PSCI_SYSTEM_OFF")
    p.rmi("REC_ENTER", p.gran(REC), p.gran(NS_RUN))
    p.rmi("REC_ENTER", p.gran(REC), p.gran(NS_RUN))
    seeds["realm-play"] = bytearray(p.b)
    # Teardown in the S10 D1.2.5 order.
    p.rmi("REC_DESTROY", p.gran(REC))
    p.rmi("DATA_DESTROY", p.gran(RD), p.ipa(1))
    p.rmi("RTT_DESTROY", p.gran(RD), p.ipa(0), p.level(3))
    p.rmi("RTT_DESTROY", p.gran(RD), p.ipa(0), p.level(2))
    p.rmi("REALM_DESTROY", p.gran(RD))
    for g in (RD, ROOT, ROOT + 1, L2, L3, DATA, REC, REC + 1, REC + 2):
        p.rmi("GRANULE_UNDELEGATE", p.gran(g))
    seeds["realm-life"] = bytearray(p.b)
    # Unprotected mappings, fold and read-entry on a NEW realm.
    p = rmm_realm(Rmm())
    p.delegate(L2U, L3U)
    p.rmi("RTT_CREATE", p.gran(RD), p.gran(L2U), p.unprot(), p.level(2))
    p.rmi("RTT_CREATE", p.gran(RD), p.gran(L3U), p.unprot(), p.level(3))
    p.rmi("RTT_MAP_UNPROTECTED", p.gran(RD), p.unprot(), p.level(3),
          p.raw(0x90000000))
    p.rmi("RTT_READ_ENTRY", p.gran(RD), p.unprot(), p.level(3))
    p.rmi("RTT_UNMAP_UNPROTECTED", p.gran(RD), p.unprot(), p.level(3))
    p.rmi("RTT_FOLD", p.gran(RD), p.unprot(), p.level(3))
    p.rmi("RTT_READ_ENTRY", p.gran(RD), p.ipa(1), p.level(3))
    seeds["realm-unprot"] = p.b
    # Queries and unknown FIDs on an empty machine with 8-bit VMIDs.
    p = Rmm(vmid16=0, aux_idx=0, s2sz_idx=0, rich=0, h1=0)
    p.rmi("VERSION", p.raw(0x10000)).rmi("FEATURES", p.small(0))
    p.rmi("REC_AUX_COUNT", p.gran(0))
    p.b += bytes([0, 23]) + bytes(10) + bytes([0, 31]) + bytes(10)
    seeds["queries"] = p.b
    return seeds


# ---------------------------------------------------------------------
# rec_exit (tests/fuzz/fuzz_rec_exit.c)
# ---------------------------------------------------------------------

def exit_compact(reason, esr=0, far=0, hpfar=0, gprs=(0, 0, 0, 0),
                 ripas=(0, 0, 0), imm=0, ipa_sel=8):
    b = bytearray([0, ipa_sel, reason]) + u64(esr) + u64(far) + u64(hpfar)
    for g in gprs:
        b += u64(g)
    b += u64(ripas[0]) + u64(ripas[1]) + struct.pack("<H", ripas[2])
    b += struct.pack("<I", imm)
    return b


def regs(sel, *x):
    """A decoder step: x0..x8 as raw 64-bit values (tag 3)."""
    x = list(x) + [0] * (9 - len(x))
    b = bytearray([sel])
    for v in x:
        b += bytes([3]) + u64(v)
    return b


def rec_exit_seeds():
    # ESR: EC 0x24 data abort, IL, ISV, SAS, SRT, WnR (Arm ARM D24).
    dabt = (0x24 << 26) | (1 << 25) | (1 << 24)
    unprot = 1 << 39                      # ipa_bits 40
    hpfar = (unprot >> 12) << 4
    enter = u64(0) + u64(0) + u64(0x8899AABBCCDDEEFF) + u64(0x80) + bytes([0])
    seeds = {
        "mmio-read": exit_compact(0, dabt | (2 << 22) | (5 << 16) | (1 << 21),
                                  0x10, hpfar) + enter,
        "mmio-write": exit_compact(0, dabt | (3 << 22) | (7 << 16) | (1 << 6),
                                   0x10, hpfar, (0x1234, 0, 0, 0)) + enter,
        "iabt": exit_compact(0, 0x20 << 26, 0x123, 0x40) + enter,
        "psci": exit_compact(3, gprs=(0xC4000003, 1, 0x80000000, 7)) + enter,
        "ripas": exit_compact(4, ripas=(0x1000, 0x3000, 0)) + enter,
        "host-call": exit_compact(5, imm=0x1234) + enter,
        "serror": exit_compact(6, esr=0xBE000000) + enter,
    }
    tail = (regs(0, 0) + regs(1, 0, 0x10000, 0x10000) +
            regs(2, 0, 0x80001000, 0x4000) + regs(5, 0, 3, 1, 0x8000, 1) +
            regs(8, 0, 16) + regs(9, 0x104, 0x2000) +
            regs(0x80, 0, 0x10000, 0x10001) +
            regs(0x82, 0, 1, 2, 3, 4, 5, 6, 7, 8) +
            regs(0x83, 0, 0x1000, 1) + regs(0x84, 0, 0x2000, 2))
    seeds["decoders"] = exit_compact(1) + enter + tail
    raw = bytearray([1, 8]) + bytearray(0x800)
    raw[2:10] = u64(4)
    raw[2 + 0x500:2 + 0x518] = u64(0) + u64(0x200000) + u64(1)
    seeds["raw-ripas"] = raw + enter
    return seeds


# ---------------------------------------------------------------------
# realm_build (tests/fuzz/fuzz_realm_build.c)
# ---------------------------------------------------------------------

# RMI_FEATURES(0): S2SZ 48, SVE (VL 2048), 16 BPs / WPs, PMU with 31
# counters, SHA-256 and SHA-512 (RmiFeatureRegister0, S10 B4.4.6).
FEAT_RICH = (48 | 1 << 9 | 15 << 10 | 15 << 14 | 15 << 20 | 1 << 26 |
             31 << 27 | 3 << 32)


def realm_desc(ipa=40, flags=0, sve=0, ctrs=0, bps=2, wps=2, hash_=0,
               vmid=1, rtt_gran=0x80040, level=None, s2sz_feat=48,
               feat=FEAT_RICH):
    b = bytearray([ipa - 24, flags, sve, ctrs, bps, wps, hash_, 0x11, 0x22,
                   vmid, 0x40]) + struct.pack("<HH", rtt_gran & 0xFFFF,
                                              rtt_gran >> 16)
    b += bytes([0 if level is None else 0x80 + (level + 2)])
    b += bytes([s2sz_feat - 32]) + u64(feat)
    return b


def realm_layout(ipa=40, rams=((0, 3 | 1 << 6),), images=((0x3000, 0),),
                 vcpus=(0, 0), aux=2, pool=200, profile=0, level=0):
    b = bytearray([ipa - 32, level, len(rams)])
    for gap, size in rams:
        b += bytes([gap, size])
    b += bytes([len(images)])
    for size, flags in images:
        b += struct.pack("<H", size) + bytes([flags])
    b += bytes([len(vcpus) - 1]) + bytes(vcpus)
    b += bytes([aux, pool, profile, 0x5A])
    return b


def realm_build_seeds():
    return {
        "crm": bytes([1]) + realm_desc() + realm_layout(),
        "linux-v12": bytes([1]) + realm_desc() + realm_layout(
            ipa=44, rams=((0, 7 | 1 << 6), (1 | 4 << 2, 1 | 2 << 6)),
            images=((0x2001, 0), (0x5000, 0x42)), vcpus=(0, 1, 0, 1),
            aux=16, pool=250, profile=1),
        "small-ipa": bytes([1]) + realm_desc(ipa=33, sve=4, flags=2,
                                             ctrs=8) + realm_layout(
            ipa=33, rams=((0, 63),), images=(), vcpus=(0,), aux=0),
        "lpa2": bytes([0]) + realm_desc(ipa=52, flags=1, level=-1,
                                        s2sz_feat=52,
                                        feat=FEAT_RICH | 1 << 8),
        # Regression: 16 root RTTs wrapping past 2^64 above a pool.
        "pool-below-wrapping-roots": bytes([3]) + realm_desc(ipa=48, level=0) +
        bytes([11, 0, 4]) + u64(0xFFFFFFFFFFFF0000) + bytes([0, 0, 0, 0, 0]) +
        bytes([0x80]) + u64(0xFFFFFFFFFFFE0000) + bytes([0, 0x80]) +
        u64(0x18000) + bytes([0, 0]),
        # Regression: parameters with rtt_level_start 127 (builder AUTO).
        "params-level-auto": bytes([3]) + realm_desc() +
        bytes([8, 0, 2, 0x7F, 1, 0, 0, 3 | 1 << 6, 0, 0, 0, 0, 2, 0, 200,
               0, 0, 0]),
        "chaos": bytes([3]) + realm_desc(ipa=48, level=0) +
        bytes([16, 0, 1, 0, 0x80]) + u64(0xFFFFFFFFFFFF0000) +
        bytes([0x3F, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0]),
    }


# ---------------------------------------------------------------------
# pkvm_seq (tests/fuzz/fuzz_pkvm_seq.c)
# ---------------------------------------------------------------------

# Upstream v7.1 host hypercall numbers (pkvm_host_tables.h).
HC = {"SHARE_HYP": 29, "UNSHARE_HYP": 30, "DONATE_GUEST": 31,
      "SHARE_GUEST": 32, "UNSHARE_GUEST": 33, "RELAX_PERMS": 34,
      "WRPROTECT": 35, "TEST_CLEAR_YOUNG": 36, "MKYOUNG": 37,
      "RESERVE_VM": 38, "UNRESERVE_VM": 39, "INIT_VM": 40, "INIT_VCPU": 41,
      "POISON_FAULT": 42, "FORCE_RECLAIM": 43, "RECLAIM_DYING": 44,
      "START_TEARDOWN": 45, "FINALIZE_TEARDOWN": 46, "VCPU_LOAD": 47,
      "VCPU_PUT": 48, "TLB_FLUSH_VMID": 49}


class Pkvm:
    """Builds a pkvm_seq program (values as val() in the target)."""

    def __init__(self, h0=8, h1=5, h2=1):
        self.b = bytearray([h0, h1, h2])

    @staticmethod
    def pfn(i):
        return bytes([0, i + 2])

    @staticmethod
    def pa(i):
        return bytes([1, i + 2])

    @staticmethod
    def handle(k=0):
        return bytes([2 | (k << 3)])

    @staticmethod
    def gfn(g):
        return bytes([3, g])

    @staticmethod
    def ipa(g):
        return bytes([6, g])

    @staticmethod
    def small(v):
        return bytes([4 | (v << 3)])

    def host(self, name, *args, cpu=0):
        self.b += bytes([0, HC[name], cpu << 1])
        args = list(args) + [self.small(0)] * (4 - len(args))
        for a in args:
            self.b += a
        return self

    def guest(self, fid_idx, ipa, handle_idx=0, vcpu=0):
        self.b += bytes([3, handle_idx | (vcpu << 2), fid_idx]) + ipa
        return self

    def direct(self, sel, handle, idx, a, b, n):
        self.b += bytes([5, sel]) + handle + bytes([idx]) + a + b + n
        return self

    def set_handle(self, kvm, k):
        self.b += bytes([7, (kvm << 2) | (k << 3)])
        return self


def pkvm_seeds():
    p = Pkvm()
    h = p.handle()
    p.host("RESERVE_VM").set_handle(0, 0)
    p.host("SHARE_HYP", p.pfn(0))
    p.host("INIT_VM", p.pa(0), p.pa(1), p.pa(2))
    p.host("SHARE_HYP", p.pfn(3))
    p.host("INIT_VCPU", h, p.pa(3), p.pa(5))
    p.host("VCPU_LOAD", h, p.small(0))
    p.direct(0, h, 0, p.small(0), p.small(0), p.small(2))   # topup
    p.host("DONATE_GUEST", p.pfn(16), p.gfn(0))
    p.guest(2, p.ipa(0))                                    # MEM_SHARE
    p.guest(2, p.ipa(1))                                    # -> DABT
    p.host("DONATE_GUEST", p.pfn(17), p.gfn(1))
    p.host("POISON_FAULT")
    p.guest(2, p.ipa(1)).guest(3, p.ipa(1)).guest(0, p.small(0))
    p.host("FORCE_RECLAIM", p.pa(17))
    p.host("VCPU_PUT")
    p.host("START_TEARDOWN", h)
    p.host("RECLAIM_DYING", h, p.gfn(0))
    p.host("RECLAIM_DYING", h, p.gfn(1))
    p.host("FINALIZE_TEARDOWN", h)
    p.host("UNSHARE_HYP", p.pfn(0)).host("UNSHARE_HYP", p.pfn(3))
    seeds = {"protected-life": p.b}

    p = Pkvm(h2=0)
    p.host("RESERVE_VM").set_handle(0, 0)
    p.host("SHARE_HYP", p.pfn(0))
    p.host("INIT_VM", p.pa(0), p.pa(1), p.pa(2))
    p.host("SHARE_HYP", p.pfn(3))
    p.host("INIT_VCPU", h, p.pa(3), p.pa(5))
    p.host("VCPU_LOAD", h, p.small(0), cpu=1)
    p.direct(0, h, 0, p.small(0), p.small(0), p.small(4))
    p.host("SHARE_GUEST", p.pfn(16), p.gfn(0), p.small(1), p.small(4),
           cpu=1)
    p.host("RELAX_PERMS", p.gfn(0), p.small(7), cpu=1)
    p.host("WRPROTECT", h, p.gfn(0), p.small(1))
    p.host("MKYOUNG", p.gfn(0), cpu=1)
    p.host("TEST_CLEAR_YOUNG", h, p.gfn(0), p.small(1), p.small(1))
    p.guest(2, p.ipa(0))
    p.host("UNSHARE_GUEST", h, p.gfn(0), p.small(1))
    p.host("VCPU_PUT", cpu=1)
    p.host("START_TEARDOWN", h).host("FINALIZE_TEARDOWN", h)
    seeds["np-life"] = p.b

    p = Pkvm(h0=4 | 1, h1=2 | 8, h2=0x1F)
    p.direct(9, h, 0, p.pfn(20), p.small(0), p.small(2))    # donate hyp
    p.direct(10, h, 0, p.pfn(20), p.small(0), p.small(2))   # and back
    p.direct(11, h, 0, p.pfn(21), p.small(0), p.small(1))   # FF-A share
    p.direct(7, h, 0, p.pfn(21), p.small(0), p.small(1))    # pin
    p.direct(12, h, 0, p.pfn(21), p.small(0), p.small(1))   # unshare
    p.direct(8, h, 0, p.pfn(21), p.small(0), p.small(1))    # unpin
    p.b += bytes([7, 3]) + u64(0x2000000000000006)          # PTE codecs
    p.b += bytes([7, 3]) + u64(0x00000000800004C7) + bytes([0x71])
    seeds["direct"] = p.b
    return seeds


# ---------------------------------------------------------------------
# shpool (tests/fuzz/fuzz_shpool.c)
# ---------------------------------------------------------------------

def sp_init(realm=False, lie=False, granules=4, slot_shift=4, m=0):
    b = (1 if realm else 0) | (2 if lie else 0)
    return bytes([0, b, granules - 1, slot_shift, m])


def sp_free(slot, how=0):
    return bytes([3, how]) + struct.pack("<H", slot)


def sp_fake(budget=0, fail_granule=None, code_enoent=False, reject=False):
    b = budget | (4 if fail_granule is not None else 0)
    b |= (8 if code_enoent else 0) | (16 if reject else 0)
    return bytes([6, b, fail_granule or 0])


def shpool_seeds():
    life = bytes([0]) + sp_init() + bytes([1]) * 17 + b"".join(
        sp_free(i) for i in range(16)) + bytes([5])
    realm = bytes([0]) + sp_init(realm=True) + bytes([1, 1, 7, 0x5A]) + sp_free(1) + \
        sp_free(0) + bytes([5])
    failing = (bytes([1]) + sp_fake(budget=1, fail_granule=2) +
               sp_init(granules=8) + sp_fake() +
               sp_init(granules=8) + bytes([1]) +
               sp_fake(fail_granule=5) + sp_free(0) + bytes([5]) +
               sp_fake(reject=True) + sp_init(realm=True, granules=2))
    misuse = (bytes([0]) + sp_init(granules=1, slot_shift=0) + bytes([1, 1]) +
              sp_free(0, 1) + sp_free(0, 2) + sp_free(0, 3) + sp_free(5) +
              sp_free(0) + sp_free(0) + bytes([5]) + sp_free(0) +
              bytes([1]) + sp_init(m=0x80) + sp_init(m=0x40))
    return {"life": life, "realm": realm, "failing": failing,
            "misuse": misuse}


def write(target, seeds):
    d = os.path.join(CORPUS, target)
    os.makedirs(d, exist_ok=True)
    for name, data in seeds.items():
        with open(os.path.join(d, name), "wb") as f:
            f.write(bytes(data))


def main():
    write("rmm_seq", rmm_seeds())
    write("rec_exit", rec_exit_seeds())
    write("realm_build", realm_build_seeds())
    write("pkvm_seq", pkvm_seeds())
    write("shpool", shpool_seeds())
    return 0


if __name__ == "__main__":
    sys.exit(main())
