/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
#ifndef ARMCVM_RMI_ABI_H
#define ARMCVM_RMI_ABI_H
/*
 * armcvm - RMI 1.0 data structures and enumerations, byte-exact.
 *
 * Spec: Arm DEN0137 RMM 1.0-rel0 ("S10"), section B4.4 (RMI types); the
 * layouts are cross-checked against TF-RMM lib/smc/include/smc-rmi.h at tag
 * rmm-spec-v1.0-rel0 and Linux arch/arm64/include/asm/rmi_smc.h
 * (shared/reference/rmi.md section 3). Every offset is pinned by a static
 * assertion in lib/abi_layout.c.
 *
 * Layout technique: each field sits in an anonymous union with a byte array
 * that reaches the next field's offset (TF-RMM's SET_MEMBER idea), so the
 * offsets in the comments are what the compiler produces.
 *
 * UInt8 / Bits16 / UInt32 spec fields are declared as zero-extended 64-bit
 * slots: TF-RMM reads some of them as 32-bit and Linux writes them as u64,
 * and the RIM hashes the whole 4 KiB image (rmi.md 3.1, section 8 item 4).
 * Build every structure from a zeroed granule.
 */

#include <armcvm/env.h>
#include <armcvm/err.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Size of an RMI granule (S10 A2.2, "Granule" = 4KB). */
#define ARMCVM_RMI_GRANULE_SHIFT	12
#define ARMCVM_RMI_GRANULE_SIZE		ARMCVM_ULL(0x1000)

/*
 * ARMCVM_RMI_FIELD() - a field at [start, end) of an ABI structure
 * @decl: the member declaration
 * @start: its offset (a literal, used to name the padding)
 * @end: offset of the next field
 */
#define ARMCVM_RMI_FIELD(decl, start, end)				\
	union {								\
		decl;							\
		uint8_t armcvm_pad_##start[(end) - (start)];		\
	}

/* ------------------------------------------------------------------ */
/* Enumerations and field sets (S10 B4.4; rmi.md 3.4, 3.5)             */
/* ------------------------------------------------------------------ */

/* RmiRealmFlags (S10 B4.4.11): bit 0 lpa2, bit 1 sve, bit 2 pmu, 63:3 SBZ */
#define ARMCVM_RMI_REALM_FLAG_LPA2	(ARMCVM_ULL(1) << 0)
#define ARMCVM_RMI_REALM_FLAG_SVE	(ARMCVM_ULL(1) << 1)
#define ARMCVM_RMI_REALM_FLAG_PMU	(ARMCVM_ULL(1) << 2)
#define ARMCVM_RMI_REALM_FLAGS_MASK	ARMCVM_ULL(0x7)

/* RmiRecCreateFlags (S10 B4.4.18): bit 0 runnable, 63:1 SBZ */
#define ARMCVM_RMI_REC_FLAG_RUNNABLE	(ARMCVM_ULL(1) << 0)
#define ARMCVM_RMI_REC_FLAGS_MASK	ARMCVM_ULL(0x1)
#define ARMCVM_RMI_NOT_RUNNABLE		0
#define ARMCVM_RMI_RUNNABLE		1

/*
 * RmiRecEnterFlags (S10 B4.4.15; TF-RMM REC_ENTRY_FLAG_*): 63:5 SBZ.
 * ripas_response: 0 accept, 1 reject (RmiResponse).
 */
#define ARMCVM_RMI_REC_ENTER_EMUL_MMIO		(ARMCVM_ULL(1) << 0)
#define ARMCVM_RMI_REC_ENTER_INJECT_SEA		(ARMCVM_ULL(1) << 1)
#define ARMCVM_RMI_REC_ENTER_TRAP_WFI		(ARMCVM_ULL(1) << 2)
#define ARMCVM_RMI_REC_ENTER_TRAP_WFE		(ARMCVM_ULL(1) << 3)
#define ARMCVM_RMI_REC_ENTER_RIPAS_RESPONSE	(ARMCVM_ULL(1) << 4)
#define ARMCVM_RMI_REC_ENTER_FLAGS_MASK		ARMCVM_ULL(0x1F)

/* RmiDataFlags (S10 B4.4.4): bit 0 measure, 63:1 SBZ */
#define ARMCVM_RMI_DATA_FLAG_MEASURE	(ARMCVM_ULL(1) << 0)
#define ARMCVM_RMI_DATA_FLAGS_MASK	ARMCVM_ULL(0x1)
#define ARMCVM_RMI_NO_MEASURE_CONTENT	0
#define ARMCVM_RMI_MEASURE_CONTENT	1

/* RmiRipas (S10 B4.4.13); DEV = 3 exists from 1.1 (T11) only. */
#define ARMCVM_RMI_EMPTY		0
#define ARMCVM_RMI_RAM			1
#define ARMCVM_RMI_DESTROYED		2
#define ARMCVM_RMI_DEV			3	/* 1.1+, not 1.0 */

/*
 * RmiRttEntryState (S10 B4.4.16): UNASSIGNED_NS / ASSIGNED_NS report as
 * UNASSIGNED / ASSIGNED (S10 B3.61). 3 and 5 are 1.1+ (T11).
 */
#define ARMCVM_RMI_UNASSIGNED		0
#define ARMCVM_RMI_ASSIGNED		1
#define ARMCVM_RMI_TABLE		2
#define ARMCVM_RMI_ASSIGNED_DEV		3	/* 1.1+ */
#define ARMCVM_RMI_AUX_DESTROYED	5	/* 1.1+ */

/* RmiHashAlgorithm (S10 B4.4.5); SHA-384 is 2.0 (S20, T20). */
#define ARMCVM_RMI_HASH_SHA_256		0
#define ARMCVM_RMI_HASH_SHA_512		1
#define ARMCVM_RMI_HASH_SHA_384		2	/* 2.0 draft */

/* RmiRecExitReason (S10 B4.4.17); 7+ are 1.1 / T20 numbering (rmi.md 3.6). */
#define ARMCVM_RMI_EXIT_SYNC		0
#define ARMCVM_RMI_EXIT_IRQ		1
#define ARMCVM_RMI_EXIT_FIQ		2
#define ARMCVM_RMI_EXIT_PSCI		3
#define ARMCVM_RMI_EXIT_RIPAS_CHANGE	4
#define ARMCVM_RMI_EXIT_HOST_CALL	5
#define ARMCVM_RMI_EXIT_SERROR		6

/* RmiResponse (S10 B4.4.14), RmiPmuOverflowStatus, RmiFeature. */
#define ARMCVM_RMI_ACCEPT		0
#define ARMCVM_RMI_REJECT		1
#define ARMCVM_RMI_PMU_OVERFLOW_NOT_ACTIVE	0
#define ARMCVM_RMI_PMU_OVERFLOW_ACTIVE		1
#define ARMCVM_RMI_FEATURE_FALSE	0
#define ARMCVM_RMI_FEATURE_TRUE		1

/* RmiFeatureRegister0 (S10 B4.4.6; TF-RMM RMI_FEATURE_REGISTER_0_*). */
#define ARMCVM_RMI_FEATURE_REGISTER_0_INDEX	0
#define ARMCVM_RMI_FEAT0_S2SZ_SHIFT		0
#define ARMCVM_RMI_FEAT0_S2SZ_WIDTH		8
#define ARMCVM_RMI_FEAT0_LPA2_SHIFT		8
#define ARMCVM_RMI_FEAT0_LPA2_WIDTH		1
#define ARMCVM_RMI_FEAT0_SVE_EN_SHIFT		9
#define ARMCVM_RMI_FEAT0_SVE_EN_WIDTH		1
#define ARMCVM_RMI_FEAT0_SVE_VL_SHIFT		10
#define ARMCVM_RMI_FEAT0_SVE_VL_WIDTH		4
#define ARMCVM_RMI_FEAT0_NUM_BPS_SHIFT		14
#define ARMCVM_RMI_FEAT0_NUM_BPS_WIDTH		6
#define ARMCVM_RMI_FEAT0_NUM_WPS_SHIFT		20
#define ARMCVM_RMI_FEAT0_NUM_WPS_WIDTH		6
#define ARMCVM_RMI_FEAT0_PMU_EN_SHIFT		26
#define ARMCVM_RMI_FEAT0_PMU_EN_WIDTH		1
#define ARMCVM_RMI_FEAT0_PMU_NUM_CTRS_SHIFT	27
#define ARMCVM_RMI_FEAT0_PMU_NUM_CTRS_WIDTH	5
#define ARMCVM_RMI_FEAT0_HASH_SHA_256_SHIFT	32
#define ARMCVM_RMI_FEAT0_HASH_SHA_256_WIDTH	1
#define ARMCVM_RMI_FEAT0_HASH_SHA_512_SHIFT	33
#define ARMCVM_RMI_FEAT0_HASH_SHA_512_WIDTH	1
#define ARMCVM_RMI_FEAT0_GICV3_NUM_LRS_SHIFT	34
#define ARMCVM_RMI_FEAT0_GICV3_NUM_LRS_WIDTH	4
#define ARMCVM_RMI_FEAT0_MAX_RECS_ORDER_SHIFT	38
#define ARMCVM_RMI_FEAT0_MAX_RECS_ORDER_WIDTH	4
/* Bits 63:42 are reserved (read as zero) in 1.0. */
#define ARMCVM_RMI_FEAT0_RES0_SHIFT		42

/*
 * ARMCVM_RMI_FEAT0_GET() - extract a field of RmiFeatureRegister0
 * @reg: the value returned by RMI_FEATURES(0)
 * @field: S2SZ, LPA2, SVE_EN, ... (the suffix of ARMCVM_RMI_FEAT0_*_SHIFT)
 */
#define ARMCVM_RMI_FEAT0_GET(reg, field)				\
	(((reg) >> ARMCVM_RMI_FEAT0_##field##_SHIFT) &			\
	 ((ARMCVM_ULL(1) << ARMCVM_RMI_FEAT0_##field##_WIDTH) - 1))

/*
 * RmiRecMpidr (S10 B4.4.20; rmi.md 3.2): aff0 3:0, 7:4 SBZ, aff1 15:8,
 * aff2 23:16, aff3 31:24 (MPIDR_EL1 keeps Aff3 in 39:32), 63:32 SBZ.
 */
#define ARMCVM_RMI_MPIDR_AFF0_MASK	ARMCVM_ULL(0xF)
#define ARMCVM_RMI_MPIDR_AFF1_SHIFT	8
#define ARMCVM_RMI_MPIDR_AFF2_SHIFT	16
#define ARMCVM_RMI_MPIDR_AFF3_SHIFT	24
#define ARMCVM_RMI_MPIDR_VALID_MASK	ARMCVM_ULL(0xFFFFFF0F)
/* MPIDR_EL1 affinity fields (Arm ARM D23.2 MPIDR_EL1). */
#define ARMCVM_MPIDR_EL1_AFF3_SHIFT	32
#define ARMCVM_MPIDR_EL1_AFF_MASK	ARMCVM_ULL(0xFF00FFFFFF)
/* REC index limit: aff0 + 16 aff1 + 4096 aff2 + 2^20 aff3 (S10 B3.38). */
#define ARMCVM_RMI_REC_INDEX_LIMIT	(ARMCVM_ULL(1) << 28)

/* Counts fixed by the ABI (S10 B4.4.19, B4.4.15, B4.4.17). */
#define ARMCVM_RMI_REC_CREATE_NR_GPRS	8
#define ARMCVM_RMI_REC_MAX_AUX		16
#define ARMCVM_RMI_REC_NR_GPRS		31
#define ARMCVM_RMI_REC_GIC_NUM_LRS	16
#define ARMCVM_RMI_RPV_SIZE		64

#ifndef __ASSEMBLER__

/**
 * struct armcvm_rmi_realm_params - RmiRealmParams (S10 B4.4.12), 0x1000 B
 * @flags: RmiRealmFlags (ARMCVM_RMI_REALM_FLAG_*)
 * @s2sz: requested IPA width in bits (UInt8)
 * @sve_vl: SVE vector length, (sve_vl + 1) * 128 bits (UInt8)
 * @num_bps: number of breakpoints minus one (UInt8)
 * @num_wps: number of watchpoints minus one (UInt8)
 * @pmu_num_ctrs: number of PMU counters (UInt8, not minus one)
 * @hash_algo: RmiHashAlgorithm (8 bits)
 * @rpv: Realm Personalization Value (Bits512)
 * @vmid: VMID (Bits16)
 * @rtt_base: PA of the first starting-level RTT
 * @rtt_level_start: starting RTT level (Int64)
 * @rtt_num_start: number of starting-level RTTs (UInt32)
 */
struct armcvm_rmi_realm_params {
	ARMCVM_RMI_FIELD(uint64_t flags, 0x000, 0x008);		/* 0x000 */
	ARMCVM_RMI_FIELD(uint64_t s2sz, 0x008, 0x010);		/* 0x008 */
	ARMCVM_RMI_FIELD(uint64_t sve_vl, 0x010, 0x018);		/* 0x010 */
	ARMCVM_RMI_FIELD(uint64_t num_bps, 0x018, 0x020);		/* 0x018 */
	ARMCVM_RMI_FIELD(uint64_t num_wps, 0x020, 0x028);		/* 0x020 */
	ARMCVM_RMI_FIELD(uint64_t pmu_num_ctrs, 0x028, 0x030);	/* 0x028 */
	ARMCVM_RMI_FIELD(uint64_t hash_algo, 0x030, 0x400);	/* 0x030 */
	ARMCVM_RMI_FIELD(uint8_t rpv[ARMCVM_RMI_RPV_SIZE], 0x400, 0x800);
								/* 0x400 */
	ARMCVM_RMI_FIELD(uint64_t vmid, 0x800, 0x808);		/* 0x800 */
	ARMCVM_RMI_FIELD(uint64_t rtt_base, 0x808, 0x810);	/* 0x808 */
	ARMCVM_RMI_FIELD(int64_t rtt_level_start, 0x810, 0x818);	/* 0x810 */
	ARMCVM_RMI_FIELD(uint64_t rtt_num_start, 0x818, 0x1000);	/* 0x818 */
};

/**
 * struct armcvm_rmi_rec_params - RmiRecParams (S10 B4.4.19), 0x1000 B
 * @flags: RmiRecCreateFlags (ARMCVM_RMI_REC_FLAG_RUNNABLE)
 * @mpidr: RmiRecMpidr (see armcvm_rmi_rec_mpidr_from_mpidr_el1())
 * @pc: initial program counter
 * @gprs: initial X0-X7 (X8-X30 start at zero)
 * @num_aux: number of auxiliary granules (must equal RMI_REC_AUX_COUNT)
 * @aux: PAs of the auxiliary granules
 */
struct armcvm_rmi_rec_params {
	ARMCVM_RMI_FIELD(uint64_t flags, 0x000, 0x100);		/* 0x000 */
	ARMCVM_RMI_FIELD(uint64_t mpidr, 0x100, 0x200);		/* 0x100 */
	ARMCVM_RMI_FIELD(uint64_t pc, 0x200, 0x300);		/* 0x200 */
	ARMCVM_RMI_FIELD(uint64_t gprs[ARMCVM_RMI_REC_CREATE_NR_GPRS],
			 0x300, 0x800);				/* 0x300 */
	ARMCVM_RMI_FIELD(uint64_t num_aux, 0x800, 0x808);		/* 0x800 */
	ARMCVM_RMI_FIELD(uint64_t aux[ARMCVM_RMI_REC_MAX_AUX],
			 0x808, 0x1000);				/* 0x808 */
};

/**
 * struct armcvm_rmi_rec_enter - RmiRecEnter (S10 B4.4.15), 0x800 B
 * @flags: RmiRecEnterFlags (ARMCVM_RMI_REC_ENTER_*)
 * @gprs: X0-X30 handed to the RMM (gprs[0] carries an emulated MMIO read)
 * @gicv3_hcr: GICv3 hypervisor control register value
 * @gicv3_lrs: GICv3 list registers
 */
struct armcvm_rmi_rec_enter {
	ARMCVM_RMI_FIELD(uint64_t flags, 0x000, 0x200);		/* 0x000 */
	ARMCVM_RMI_FIELD(uint64_t gprs[ARMCVM_RMI_REC_NR_GPRS],
			 0x200, 0x300);				/* 0x200 */
	ARMCVM_RMI_FIELD(uint64_t gicv3_hcr, 0x300, 0x308);	/* 0x300 */
	ARMCVM_RMI_FIELD(uint64_t gicv3_lrs[ARMCVM_RMI_REC_GIC_NUM_LRS],
			 0x308, 0x800);				/* 0x308 */
};

/**
 * struct armcvm_rmi_rec_exit - RmiRecExit (S10 B4.4.17), 0x800 B
 * @exit_reason: RmiRecExitReason in bits 7:0 (ARMCVM_RMI_EXIT_*)
 * @esr: ESR_EL2 as exposed by the RMM
 * @far: FAR_EL2 as exposed by the RMM
 * @hpfar: HPFAR_EL2 as exposed by the RMM
 * @gprs: X0-X30 (gprs[0] carries an emulatable MMIO write value)
 * @gicv3_hcr: GICv3 hypervisor control register value
 * @gicv3_lrs: GICv3 list registers
 * @gicv3_misr: GICv3 maintenance interrupt state
 * @gicv3_vmcr: GICv3 virtual machine control register
 * @cntp_ctl: CNTP_CTL_EL0
 * @cntp_cval: CNTP_CVAL_EL0
 * @cntv_ctl: CNTV_CTL_EL0
 * @cntv_cval: CNTV_CVAL_EL0
 * @ripas_base: base of the requested RIPAS change
 * @ripas_top: top of the requested RIPAS change
 * @ripas_value: requested RmiRipas in bits 7:0
 * @imm: RSI_HOST_CALL immediate in bits 15:0
 * @pmu_ovf_status: RmiPmuOverflowStatus in bits 7:0
 */
struct armcvm_rmi_rec_exit {
	ARMCVM_RMI_FIELD(uint64_t exit_reason, 0x000, 0x100);	/* 0x000 */
	ARMCVM_RMI_FIELD(uint64_t esr, 0x100, 0x108);		/* 0x100 */
	ARMCVM_RMI_FIELD(uint64_t far, 0x108, 0x110);		/* 0x108 */
	ARMCVM_RMI_FIELD(uint64_t hpfar, 0x110, 0x200);		/* 0x110 */
	ARMCVM_RMI_FIELD(uint64_t gprs[ARMCVM_RMI_REC_NR_GPRS],
			 0x200, 0x300);				/* 0x200 */
	ARMCVM_RMI_FIELD(uint64_t gicv3_hcr, 0x300, 0x308);	/* 0x300 */
	ARMCVM_RMI_FIELD(uint64_t gicv3_lrs[ARMCVM_RMI_REC_GIC_NUM_LRS],
			 0x308, 0x388);				/* 0x308 */
	ARMCVM_RMI_FIELD(uint64_t gicv3_misr, 0x388, 0x390);	/* 0x388 */
	ARMCVM_RMI_FIELD(uint64_t gicv3_vmcr, 0x390, 0x400);	/* 0x390 */
	ARMCVM_RMI_FIELD(uint64_t cntp_ctl, 0x400, 0x408);		/* 0x400 */
	ARMCVM_RMI_FIELD(uint64_t cntp_cval, 0x408, 0x410);	/* 0x408 */
	ARMCVM_RMI_FIELD(uint64_t cntv_ctl, 0x410, 0x418);		/* 0x410 */
	ARMCVM_RMI_FIELD(uint64_t cntv_cval, 0x418, 0x500);	/* 0x418 */
	ARMCVM_RMI_FIELD(uint64_t ripas_base, 0x500, 0x508);	/* 0x500 */
	ARMCVM_RMI_FIELD(uint64_t ripas_top, 0x508, 0x510);	/* 0x508 */
	ARMCVM_RMI_FIELD(uint64_t ripas_value, 0x510, 0x600);	/* 0x510 */
	ARMCVM_RMI_FIELD(uint64_t imm, 0x600, 0x700);		/* 0x600 */
	ARMCVM_RMI_FIELD(uint64_t pmu_ovf_status, 0x700, 0x800);	/* 0x700 */
};

/**
 * struct armcvm_rmi_rec_run - RmiRecRun (S10 B4.4.14), 0x1000 B
 * @enter: written by the host before RMI_REC_ENTER (offset 0x000)
 * @exit: written by the RMM at a REC exit (offset 0x800)
 */
struct armcvm_rmi_rec_run {
	struct armcvm_rmi_rec_enter enter;			/* 0x000 */
	struct armcvm_rmi_rec_exit exit;			/* 0x800 */
};

/**
 * armcvm_rmi_rec_mpidr_from_mpidr_el1() - RmiRecMpidr from MPIDR_EL1
 * @mpidr_el1: an MPIDR_EL1 value (bits other than Aff0-Aff3 are ignored:
 *	U, MT and RES1 bit 31 are not affinity)
 * @out: RmiRecMpidr (Aff3 moved from bits 39:32 to 31:24)
 *
 * Return: 0 on success,
 *	   -ARMCVM_ERR_INVAL if @out is NULL,
 *	   -ARMCVM_ERR_RANGE if Aff0 > 15 (RmiRecMpidr.aff0 has 4 bits,
 *	   S10 B4.4.20; @out is not written).
 */
static inline ARMCVM_MUST_CHECK int
armcvm_rmi_rec_mpidr_from_mpidr_el1(uint64_t mpidr_el1, uint64_t *out)
{
	uint64_t aff = mpidr_el1 & ARMCVM_MPIDR_EL1_AFF_MASK;

	if (out == NULL) {
		return -ARMCVM_ERR_INVAL;
	}
	if ((aff & 0xF0U) != 0) {
		return -ARMCVM_ERR_RANGE;
	}
	*out = (aff & ARMCVM_ULL(0xFFFFFF)) |
	       (((aff >> ARMCVM_MPIDR_EL1_AFF3_SHIFT) & 0xFFU)
		<< ARMCVM_RMI_MPIDR_AFF3_SHIFT);
	return 0;
}

/**
 * armcvm_rmi_rec_mpidr_from_index() - RmiRecMpidr of the REC with an index
 * @index: REC index (S10 B3.38 RecIndex), below ARMCVM_RMI_REC_INDEX_LIMIT
 * @out: RmiRecMpidr
 *
 * Return: 0 on success, -ARMCVM_ERR_INVAL if @out is NULL,
 *	   -ARMCVM_ERR_RANGE if @index does not fit (@out is not written).
 */
static inline ARMCVM_MUST_CHECK int
armcvm_rmi_rec_mpidr_from_index(uint64_t index, uint64_t *out)
{
	if (out == NULL) {
		return -ARMCVM_ERR_INVAL;
	}
	if (index >= ARMCVM_RMI_REC_INDEX_LIMIT) {
		return -ARMCVM_ERR_RANGE;
	}
	*out = (index & 0xFU) | (((index >> 4) & 0xFFU) << 8) |
	       (((index >> 12) & 0xFFU) << 16) |
	       (((index >> 20) & 0xFFU) << 24);
	return 0;
}

/**
 * armcvm_rmi_rec_mpidr_to_index() - REC index of an RmiRecMpidr
 * @mpidr: RmiRecMpidr
 * @index: aff0 + 16 aff1 + 4096 aff2 + 1048576 aff3 (S10 B3.38)
 *
 * Return: 0 on success, -ARMCVM_ERR_INVAL if @index is NULL,
 *	   -ARMCVM_ERR_RESERVED if an SBZ bit (7:4, 63:32) is set (@index is
 *	   not written).
 */
static inline ARMCVM_MUST_CHECK int
armcvm_rmi_rec_mpidr_to_index(uint64_t mpidr, uint64_t *index)
{
	if (index == NULL) {
		return -ARMCVM_ERR_INVAL;
	}
	if ((mpidr & ~ARMCVM_RMI_MPIDR_VALID_MASK) != 0) {
		return -ARMCVM_ERR_RESERVED;
	}
	*index = (mpidr & 0xFU) + 16U * ((mpidr >> 8) & 0xFFU) +
		 4096U * ((mpidr >> 16) & 0xFFU) +
		 1048576U * ((mpidr >> 24) & 0xFFU);
	return 0;
}

#endif /* !__ASSEMBLER__ */

#ifdef __cplusplus
}
#endif
#endif /* ARMCVM_RMI_ABI_H */
