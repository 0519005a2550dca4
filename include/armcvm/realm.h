/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
#ifndef ARMCVM_REALM_H
#define ARMCVM_REALM_H
/*
 * armcvm - realm descriptor builder: from a description of the realm a user
 * wants to a byte-exact RmiRealmParams, checked against what the RMM
 * advertises in RMI_FEATURES register 0, with the RTT geometry (starting
 * level, number of concatenated starting-level RTTs, rtt_base alignment).
 *
 * Spec: DEN0137 1.0-rel0 B4.4.12 RmiRealmParams, B4.4.6
 * RmiFeatureRegister0, B3 RealmParamsSupported / RttConfigIsValid;
 * TF-RMM runtime/rmi/realm.c validate_realm_params,
 * validate_ipa_bits_and_sl, s2_num_root_rtts (shared/reference/rmi.md 3.1,
 * 3.4). docs/realm.md explains every rule.
 *
 * Every refusal fills a struct armcvm_realm_error naming the offending
 * field, the allowed range and the value given.
 */

#include <armcvm/env.h>
#include <armcvm/err.h>
#include <armcvm/rmi_abi.h>

#ifdef __cplusplus
extern "C" {
#endif

/**
 * enum armcvm_realm_field - which input an armcvm_realm_error names
 * @ARMCVM_REALM_FIELD_NONE: no field (success, or an argument was NULL)
 * @ARMCVM_REALM_FIELD_IPA_BITS: realm description ipa_bits (s2sz)
 * @ARMCVM_REALM_FIELD_LPA2: lpa2
 * @ARMCVM_REALM_FIELD_SVE_VL: sve_vl (vector length in bits)
 * @ARMCVM_REALM_FIELD_PMU: pmu
 * @ARMCVM_REALM_FIELD_PMU_NUM_CTRS: pmu_num_ctrs
 * @ARMCVM_REALM_FIELD_NUM_BPS: num_bps (number of breakpoints)
 * @ARMCVM_REALM_FIELD_NUM_WPS: num_wps (number of watchpoints)
 * @ARMCVM_REALM_FIELD_HASH_ALGO: hash_algo
 * @ARMCVM_REALM_FIELD_VMID: vmid
 * @ARMCVM_REALM_FIELD_RTT_LEVEL_START: rtt_level_start
 * @ARMCVM_REALM_FIELD_RTT_BASE: rtt_base
 * @ARMCVM_REALM_FIELD_RAM: layout RAM range (index = range number)
 * @ARMCVM_REALM_FIELD_IMAGE: layout image (index = image number)
 * @ARMCVM_REALM_FIELD_IMAGE_SRC: layout image src_pa (index = image)
 * @ARMCVM_REALM_FIELD_VCPU_MPIDR: layout vCPU mpidr (index = vCPU)
 * @ARMCVM_REALM_FIELD_VCPU_COUNT: layout number of vCPUs
 * @ARMCVM_REALM_FIELD_REC_AUX_COUNT: layout rec_aux_count
 * @ARMCVM_REALM_FIELD_POOL: layout granule pool
 * @ARMCVM_REALM_FIELD_NS_PAGE: layout ns_params_pa
 * @ARMCVM_REALM_FIELD_PROFILE: layout ordering profile
 * @ARMCVM_REALM_FIELD_PLAN: plan buffer capacity
 */
enum armcvm_realm_field {
	ARMCVM_REALM_FIELD_NONE = 0,
	ARMCVM_REALM_FIELD_IPA_BITS,
	ARMCVM_REALM_FIELD_LPA2,
	ARMCVM_REALM_FIELD_SVE_VL,
	ARMCVM_REALM_FIELD_PMU,
	ARMCVM_REALM_FIELD_PMU_NUM_CTRS,
	ARMCVM_REALM_FIELD_NUM_BPS,
	ARMCVM_REALM_FIELD_NUM_WPS,
	ARMCVM_REALM_FIELD_HASH_ALGO,
	ARMCVM_REALM_FIELD_VMID,
	ARMCVM_REALM_FIELD_RTT_LEVEL_START,
	ARMCVM_REALM_FIELD_RTT_BASE,
	ARMCVM_REALM_FIELD_RAM,
	ARMCVM_REALM_FIELD_IMAGE,
	ARMCVM_REALM_FIELD_IMAGE_SRC,
	ARMCVM_REALM_FIELD_VCPU_MPIDR,
	ARMCVM_REALM_FIELD_VCPU_COUNT,
	ARMCVM_REALM_FIELD_REC_AUX_COUNT,
	ARMCVM_REALM_FIELD_POOL,
	ARMCVM_REALM_FIELD_NS_PAGE,
	ARMCVM_REALM_FIELD_PROFILE,
	ARMCVM_REALM_FIELD_PLAN,
	ARMCVM_REALM_FIELD_COUNT
};

/**
 * struct armcvm_realm_error - why a description or layout was refused
 * @field: enum armcvm_realm_field
 * @index: element number for array inputs (RAM range, image, vCPU), else 0
 * @value: the value given
 * @min: smallest allowed value (for -ARMCVM_ERR_ALIGN: 0)
 * @max: largest allowed value (for -ARMCVM_ERR_ALIGN: 0)
 * @align: required alignment in bytes for -ARMCVM_ERR_ALIGN, else 0
 *
 * armcvm_realm_field_name() names @field for messages.
 */
struct armcvm_realm_error {
	uint32_t field;
	uint32_t index;
	int64_t value;
	int64_t min;
	int64_t max;
	uint64_t align;
};

/* rtt_level_start value asking the builder to choose the level. */
#define ARMCVM_REALM_RTT_LEVEL_AUTO	127

/**
 * struct armcvm_realm_desc - the realm a user wants
 * @ipa_bits: IPA width in bits (RmiRealmParams.s2sz), 32..52
 * @lpa2: request LPA2 (52-bit IPA / PA)
 * @sve_vl: SVE vector length in bits (multiple of 128, 128..2048); 0 = SVE
 *	    disabled
 * @pmu: enable the PMU
 * @pmu_num_ctrs: PMU event counters (0..31; must be 0 without @pmu)
 * @num_bps: breakpoints (2..64; the ABI encodes it minus one)
 * @num_wps: watchpoints (2..64; the ABI encodes it minus one)
 * @hash_algo: ARMCVM_RMI_HASH_SHA_256 or ARMCVM_RMI_HASH_SHA_512
 * @rpv: Realm Personalization Value (copied verbatim)
 * @vmid: VMID, 0..65535 (platforms without FEAT_VMID16: 0..255)
 * @rtt_base: PA of the first starting-level RTT
 * @rtt_level_start: -1..3, or ARMCVM_REALM_RTT_LEVEL_AUTO for the deepest
 *	valid level (most concatenation: what Linux KVM and
 *	cca-realm-measurements assume)
 */
struct armcvm_realm_desc {
	uint32_t ipa_bits;
	bool lpa2;
	uint32_t sve_vl;
	bool pmu;
	uint32_t pmu_num_ctrs;
	uint32_t num_bps;
	uint32_t num_wps;
	uint32_t hash_algo;
	uint8_t rpv[ARMCVM_RMI_RPV_SIZE];
	uint32_t vmid;
	uint64_t rtt_base;
	int32_t rtt_level_start;
};

/**
 * struct armcvm_realm_rtt_geometry - shape of the stage-2 RTT tree
 * @level_start: starting level (-1..3)
 * @num_start: concatenated starting-level RTTs (1..16)
 * @align: required alignment of rtt_base in bytes (num_start * 4 KiB)
 * @ipa_min: smallest s2sz valid with @level_start
 * @ipa_max: largest s2sz valid with @level_start
 */
struct armcvm_realm_rtt_geometry {
	int32_t level_start;
	uint32_t num_start;
	uint64_t align;
	uint32_t ipa_min;
	uint32_t ipa_max;
};

/**
 * armcvm_realm_desc_init() - Fill a description with safe defaults
 * @d: description to fill
 *
 * ipa_bits 40, no LPA2 / SVE / PMU, 2 breakpoints and 2 watchpoints (the
 * architectural minimum), SHA-256, zero RPV, VMID 1, rtt_base 0, level AUTO.
 */
ARMCVM_API void armcvm_realm_desc_init(struct armcvm_realm_desc *d);

/**
 * armcvm_realm_rtt_geometry() - RTT geometry for an IPA width
 * @ipa_bits: s2sz
 * @lpa2: LPA2 requested (allows level -1, and concatenation at level 0)
 * @level: starting level, or ARMCVM_REALM_RTT_LEVEL_AUTO for the deepest
 *	   valid one
 * @g: result
 * @err: optional error detail
 *
 * A level sl is valid for s2sz when (3 - sl) * 9 + 13 <= s2sz <= that + 8,
 * extended by 4 bits (16 concatenated tables) when sl > 0 or with LPA2 at
 * sl == 0; level -1 (LPA2) has a 4-bit stride. rtt_num_start is 1 when
 * s2sz <= (3 - sl) * 9 + 21, else 2^(s2sz - ((3 - sl) * 9 + 21)) (S10 B3
 * RttConfigIsValid; T10 s2_num_root_rtts; rmi.md 3.1).
 *
 * Return: 0 on success;
 *	   -ARMCVM_ERR_INVAL if @g is NULL, @ipa_bits is outside 32..48
 *	   (32..52 with LPA2), @level is outside -1..3 (0..3 without LPA2)
 *	   and not AUTO, or @ipa_bits is not valid at @level (@err says
 *	   which);
 *	   -ARMCVM_ERR_INTERNAL if AUTO finds no level for a valid @ipa_bits
 *	   (cannot happen: every width in range has one).
 */
ARMCVM_API ARMCVM_MUST_CHECK int
armcvm_realm_rtt_geometry(uint32_t ipa_bits, bool lpa2, int32_t level,
			  struct armcvm_realm_rtt_geometry *g,
			  struct armcvm_realm_error *err);

/**
 * armcvm_realm_params_build() - Build RmiRealmParams from a description
 * @d: the realm wanted
 * @features0: value of RMI_FEATURES(0) (RmiFeatureRegister0); bits 63:42
 *	       are ignored (used by later RMI versions)
 * @out: receives the whole 4 KiB structure (zeroed, then filled); written
 *	 only on success
 * @err: optional; filled on error (and cleared on success)
 *
 * Checks in this order (S10 RealmParamsSupported; rmi.md 3.1):
 * hash_algo, lpa2, ipa_bits, sve_vl, pmu, pmu_num_ctrs, num_bps, num_wps,
 * vmid, rtt_level_start, rtt_base alignment.
 *
 * Return: 0 on success;
 *	   -ARMCVM_ERR_INVAL if a value is outside what the architecture
 *	   allows (e.g. hash_algo not 0/1, sve_vl not a multiple of 128,
 *	   num_bps < 2, counters without PMU, vmid > 65535, an invalid level);
 *	   -ARMCVM_ERR_NOTSUPP if the value is architecturally valid but
 *	   beyond what @features0 advertises (hash, LPA2, S2SZ, SVE, SVE_VL,
 *	   PMU, PMU_NUM_CTRS, NUM_BPS, NUM_WPS);
 *	   -ARMCVM_ERR_ALIGN if rtt_base is not aligned to num_start * 4 KiB.
 */
ARMCVM_API ARMCVM_MUST_CHECK int
armcvm_realm_params_build(const struct armcvm_realm_desc *d,
			  uint64_t features0,
			  struct armcvm_rmi_realm_params *out,
			  struct armcvm_realm_error *err);

/**
 * armcvm_realm_field_name() - Name of an enum armcvm_realm_field value
 * @field: enum value
 *
 * Return: a static string such as "ipa_bits"; "<unknown field>" for
 *	   values out of range. Never NULL.
 */
ARMCVM_API const char *armcvm_realm_field_name(uint32_t field);

#ifdef __cplusplus
}
#endif
#endif /* ARMCVM_REALM_H */
