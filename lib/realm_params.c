/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
/*
 * Realm descriptor builder: description -> RmiRealmParams, checked against
 * RmiFeatureRegister0 (rmi.md 3.1, 3.4; docs/realm.md).
 */
#include <armcvm/realm.h>

/* Architectural ranges (S10 B4.4.12, B4.4.6; rmi.md 3.1). */
#define REALM_IPA_MIN		32	/* RealmParamsSupported: s2sz >= 32 */
#define REALM_IPA_MAX		48	/* without LPA2 */
#define REALM_IPA_MAX_LPA2	52
#define REALM_SVE_VL_UNIT	128	/* VL = (sve_vl + 1) * 128 bits */
#define REALM_SVE_VL_MAX	2048	/* 4-bit SVE_VL field: 16 * 128 */
#define REALM_DBG_MIN		2	/* num_bps / num_wps >= 1 encoded */
#define REALM_DBG_MAX		64	/* 6-bit NUM_BPS / NUM_WPS fields */
#define REALM_PMU_CTRS_MAX	31	/* 5-bit PMU_NUM_CTRS field */
#define REALM_VMID_MAX		0xFFFF	/* Bits16 */
#define REALM_LEVEL_MIN_LPA2	(-1)
#define REALM_LEVEL_MAX		3

static int realm_fail(struct armcvm_realm_error *err, int code,
		      uint32_t field, int64_t value, int64_t min, int64_t max)
{
	if (err != NULL) {
		err->field = field;
		err->index = 0;
		err->value = value;
		err->min = min;
		err->max = max;
		err->align = 0;
	}
	return code;
}

static void realm_ok(struct armcvm_realm_error *err)
{
	if (err != NULL) {
		ARMCVM_MEMSET(err, 0, sizeof(*err));
	}
}

void armcvm_realm_desc_init(struct armcvm_realm_desc *d)
{
	ARMCVM_MEMSET(d, 0, sizeof(*d));
	d->ipa_bits = 40;
	d->num_bps = REALM_DBG_MIN;
	d->num_wps = REALM_DBG_MIN;
	d->hash_algo = ARMCVM_RMI_HASH_SHA_256;
	d->vmid = 1;
	d->rtt_level_start = ARMCVM_REALM_RTT_LEVEL_AUTO;
}

/*
 * Range of s2sz a starting level can translate (rmi.md 3.1, from S10
 * RttConfigIsValid / T10 validate_ipa_bits_and_sl): min = (3 - sl) * 9 +
 * 13, max = min + 8, + 4 more bits of concatenation when sl > 0 or (sl ==
 * 0 and LPA2). Level -1 resolves a 4-bit stride: 49..52.
 */
static void level_ipa_range(int32_t sl, bool lpa2, uint32_t *min,
			    uint32_t *max)
{
	uint32_t lo;
	uint32_t hi;

	if (sl < 0) {
		*min = 49;
		*max = 52;
		return;
	}
	lo = (uint32_t)(3 - sl) * 9U + 13U;
	hi = lo + 8U;
	if (sl > 0 || lpa2) {
		hi += 4U;
	}
	*min = lo;
	*max = hi;
}

int armcvm_realm_rtt_geometry(uint32_t ipa_bits, bool lpa2, int32_t level,
			      struct armcvm_realm_rtt_geometry *g,
			      struct armcvm_realm_error *err)
{
	int32_t lvl_min = lpa2 ? REALM_LEVEL_MIN_LPA2 : 0;
	uint32_t ipa_max = lpa2 ? REALM_IPA_MAX_LPA2 : REALM_IPA_MAX;
	uint32_t lo;
	uint32_t hi;
	uint32_t full;
	int32_t sl;

	if (g == NULL) {
		return realm_fail(err, -ARMCVM_ERR_INVAL,
				  ARMCVM_REALM_FIELD_NONE, 0, 0, 0);
	}
	if (ipa_bits < REALM_IPA_MIN || ipa_bits > ipa_max) {
		return realm_fail(err, -ARMCVM_ERR_INVAL,
				  ARMCVM_REALM_FIELD_IPA_BITS, ipa_bits,
				  REALM_IPA_MIN, ipa_max);
	}
	if (level == ARMCVM_REALM_RTT_LEVEL_AUTO) {
		/* Deepest valid level = most concatenation (rmi.md 5.5). */
		for (sl = REALM_LEVEL_MAX; sl >= lvl_min; sl--) {
			level_ipa_range(sl, lpa2, &lo, &hi);
			if (ipa_bits >= lo && ipa_bits <= hi) {
				break;
			}
		}
		if (sl < lvl_min) {
			return realm_fail(err, -ARMCVM_ERR_INTERNAL,
					  ARMCVM_REALM_FIELD_RTT_LEVEL_START,
					  ipa_bits, lvl_min, REALM_LEVEL_MAX);
		}
	} else {
		sl = level;
		if (sl < lvl_min || sl > REALM_LEVEL_MAX) {
			return realm_fail(err, -ARMCVM_ERR_INVAL,
					  ARMCVM_REALM_FIELD_RTT_LEVEL_START,
					  sl, lvl_min, REALM_LEVEL_MAX);
		}
		level_ipa_range(sl, lpa2, &lo, &hi);
		if (ipa_bits < lo || ipa_bits > hi) {
			/* Name the IPA width range this level accepts. */
			return realm_fail(err, -ARMCVM_ERR_INVAL,
					  ARMCVM_REALM_FIELD_IPA_BITS,
					  ipa_bits, lo, hi);
		}
	}
	g->level_start = sl;
	g->ipa_min = lo;
	g->ipa_max = hi;
	/* rtt_num_start (rmi.md 3.1; T10 s2_num_root_rtts). */
	full = (sl < 0) ? 52U : (uint32_t)(3 - sl) * 9U + 21U;
	g->num_start = (ipa_bits <= full) ? 1U : (1U << (ipa_bits - full));
	g->align = (uint64_t)g->num_start * ARMCVM_RMI_GRANULE_SIZE;
	realm_ok(err);
	return 0;
}

#define FEAT(reg, f)	((uint32_t)ARMCVM_RMI_FEAT0_GET((reg), f))

static int check_debug(uint32_t n, uint32_t feat_minus_one, uint32_t field,
		       struct armcvm_realm_error *err)
{
	uint32_t max = feat_minus_one + 1U;

	if (n < REALM_DBG_MIN || n > REALM_DBG_MAX) {
		return realm_fail(err, -ARMCVM_ERR_INVAL, field, n,
				  REALM_DBG_MIN, REALM_DBG_MAX);
	}
	if (n > max) {
		return realm_fail(err, -ARMCVM_ERR_NOTSUPP, field, n,
				  REALM_DBG_MIN, max);
	}
	return 0;
}

static int check_hash(const struct armcvm_realm_desc *d, uint64_t f0,
		      struct armcvm_realm_error *err)
{
	bool ok;

	if (d->hash_algo == ARMCVM_RMI_HASH_SHA_256) {
		ok = FEAT(f0, HASH_SHA_256) != 0;
	} else if (d->hash_algo == ARMCVM_RMI_HASH_SHA_512) {
		ok = FEAT(f0, HASH_SHA_512) != 0;
	} else {
		return realm_fail(err, -ARMCVM_ERR_INVAL,
				  ARMCVM_REALM_FIELD_HASH_ALGO, d->hash_algo,
				  ARMCVM_RMI_HASH_SHA_256,
				  ARMCVM_RMI_HASH_SHA_512);
	}
	if (!ok) {
		/* min..max = the algorithms the RMM does support. */
		int64_t lo = FEAT(f0, HASH_SHA_256) ? 0 : 1;
		int64_t hi = FEAT(f0, HASH_SHA_512) ? 1 : 0;

		return realm_fail(err, -ARMCVM_ERR_NOTSUPP,
				  ARMCVM_REALM_FIELD_HASH_ALGO, d->hash_algo,
				  lo, hi);
	}
	return 0;
}

static int check_cpu(const struct armcvm_realm_desc *d, uint64_t f0,
		     struct armcvm_realm_error *err)
{
	int ret;

	if (d->sve_vl != 0) {
		uint32_t vl_max;

		if (d->sve_vl % REALM_SVE_VL_UNIT != 0 ||
		    d->sve_vl > REALM_SVE_VL_MAX) {
			return realm_fail(err, -ARMCVM_ERR_INVAL,
					  ARMCVM_REALM_FIELD_SVE_VL,
					  d->sve_vl, REALM_SVE_VL_UNIT,
					  REALM_SVE_VL_MAX);
		}
		if (FEAT(f0, SVE_EN) == 0) {
			return realm_fail(err, -ARMCVM_ERR_NOTSUPP,
					  ARMCVM_REALM_FIELD_SVE_VL,
					  d->sve_vl, 0, 0);
		}
		vl_max = (FEAT(f0, SVE_VL) + 1U) * REALM_SVE_VL_UNIT;
		if (d->sve_vl > vl_max) {
			return realm_fail(err, -ARMCVM_ERR_NOTSUPP,
					  ARMCVM_REALM_FIELD_SVE_VL,
					  d->sve_vl, REALM_SVE_VL_UNIT,
					  vl_max);
		}
	}
	if (d->pmu) {
		if (FEAT(f0, PMU_EN) == 0) {
			return realm_fail(err, -ARMCVM_ERR_NOTSUPP,
					  ARMCVM_REALM_FIELD_PMU, 1, 0, 0);
		}
		if (d->pmu_num_ctrs > REALM_PMU_CTRS_MAX) {
			return realm_fail(err, -ARMCVM_ERR_INVAL,
					  ARMCVM_REALM_FIELD_PMU_NUM_CTRS,
					  d->pmu_num_ctrs, 0,
					  REALM_PMU_CTRS_MAX);
		}
		if (d->pmu_num_ctrs > FEAT(f0, PMU_NUM_CTRS)) {
			return realm_fail(err, -ARMCVM_ERR_NOTSUPP,
					  ARMCVM_REALM_FIELD_PMU_NUM_CTRS,
					  d->pmu_num_ctrs, 0,
					  FEAT(f0, PMU_NUM_CTRS));
		}
	} else if (d->pmu_num_ctrs != 0) {
		/* Measured (rmi.md 5.2): refuse a meaningless value. */
		return realm_fail(err, -ARMCVM_ERR_INVAL,
				  ARMCVM_REALM_FIELD_PMU_NUM_CTRS,
				  d->pmu_num_ctrs, 0, 0);
	}
	ret = check_debug(d->num_bps, FEAT(f0, NUM_BPS),
			  ARMCVM_REALM_FIELD_NUM_BPS, err);
	if (ret != 0) {
		return ret;
	}
	return check_debug(d->num_wps, FEAT(f0, NUM_WPS),
			   ARMCVM_REALM_FIELD_NUM_WPS, err);
}

int armcvm_realm_params_build(const struct armcvm_realm_desc *d,
			      uint64_t features0,
			      struct armcvm_rmi_realm_params *out,
			      struct armcvm_realm_error *err)
{
	struct armcvm_realm_rtt_geometry g;
	uint32_t s2sz_feat = FEAT(features0, S2SZ);
	uint32_t ipa_max;
	int ret;

	if (d == NULL || out == NULL) {
		return realm_fail(err, -ARMCVM_ERR_INVAL,
				  ARMCVM_REALM_FIELD_NONE, 0, 0, 0);
	}
	ret = check_hash(d, features0, err);
	if (ret != 0) {
		return ret;
	}
	if (d->lpa2 && FEAT(features0, LPA2) == 0) {
		return realm_fail(err, -ARMCVM_ERR_NOTSUPP,
				  ARMCVM_REALM_FIELD_LPA2, 1, 0, 0);
	}
	ipa_max = d->lpa2 ? REALM_IPA_MAX_LPA2 : REALM_IPA_MAX;
	if (d->ipa_bits < REALM_IPA_MIN || d->ipa_bits > ipa_max) {
		return realm_fail(err, -ARMCVM_ERR_INVAL,
				  ARMCVM_REALM_FIELD_IPA_BITS, d->ipa_bits,
				  REALM_IPA_MIN, ipa_max);
	}
	if (d->ipa_bits > s2sz_feat) {
		return realm_fail(err, -ARMCVM_ERR_NOTSUPP,
				  ARMCVM_REALM_FIELD_IPA_BITS, d->ipa_bits,
				  REALM_IPA_MIN, s2sz_feat);
	}
	ret = check_cpu(d, features0, err);
	if (ret != 0) {
		return ret;
	}
	if (d->vmid > REALM_VMID_MAX) {
		return realm_fail(err, -ARMCVM_ERR_INVAL,
				  ARMCVM_REALM_FIELD_VMID, d->vmid, 0,
				  REALM_VMID_MAX);
	}
	ret = armcvm_realm_rtt_geometry(d->ipa_bits, d->lpa2,
					d->rtt_level_start, &g, err);
	if (ret != 0) {
		return ret;
	}
	/* rtt_align (S10 B4.3.9 failure conditions; rmi.md 3.1). */
	if ((d->rtt_base & (g.align - 1U)) != 0) {
		ret = realm_fail(err, -ARMCVM_ERR_ALIGN,
				 ARMCVM_REALM_FIELD_RTT_BASE,
				 (int64_t)d->rtt_base, 0, 0);
		if (err != NULL) {
			err->align = g.align;
		}
		return ret;
	}

	ARMCVM_MEMSET(out, 0, sizeof(*out));
	out->flags = (d->lpa2 ? ARMCVM_RMI_REALM_FLAG_LPA2 : 0U) |
		     (d->sve_vl != 0 ? ARMCVM_RMI_REALM_FLAG_SVE : 0U) |
		     (d->pmu ? ARMCVM_RMI_REALM_FLAG_PMU : 0U);
	out->s2sz = d->ipa_bits;
	/* Minus-one encodings (rmi.md 3.1, section 8 item 3). */
	out->sve_vl = d->sve_vl != 0 ? d->sve_vl / REALM_SVE_VL_UNIT - 1U : 0U;
	out->num_bps = d->num_bps - 1U;
	out->num_wps = d->num_wps - 1U;
	out->pmu_num_ctrs = d->pmu_num_ctrs;
	out->hash_algo = d->hash_algo;
	ARMCVM_MEMCPY(out->rpv, d->rpv, sizeof(out->rpv));
	out->vmid = d->vmid;
	out->rtt_base = d->rtt_base;
	out->rtt_level_start = g.level_start;
	out->rtt_num_start = g.num_start;
	realm_ok(err);
	return 0;
}

const char *armcvm_realm_field_name(uint32_t field)
{
	static const char *const names[ARMCVM_REALM_FIELD_COUNT] = {
		[ARMCVM_REALM_FIELD_NONE] = "<none>",
		[ARMCVM_REALM_FIELD_IPA_BITS] = "ipa_bits",
		[ARMCVM_REALM_FIELD_LPA2] = "lpa2",
		[ARMCVM_REALM_FIELD_SVE_VL] = "sve_vl",
		[ARMCVM_REALM_FIELD_PMU] = "pmu",
		[ARMCVM_REALM_FIELD_PMU_NUM_CTRS] = "pmu_num_ctrs",
		[ARMCVM_REALM_FIELD_NUM_BPS] = "num_bps",
		[ARMCVM_REALM_FIELD_NUM_WPS] = "num_wps",
		[ARMCVM_REALM_FIELD_HASH_ALGO] = "hash_algo",
		[ARMCVM_REALM_FIELD_VMID] = "vmid",
		[ARMCVM_REALM_FIELD_RTT_LEVEL_START] = "rtt_level_start",
		[ARMCVM_REALM_FIELD_RTT_BASE] = "rtt_base",
		[ARMCVM_REALM_FIELD_RAM] = "ram",
		[ARMCVM_REALM_FIELD_IMAGE] = "image",
		[ARMCVM_REALM_FIELD_IMAGE_SRC] = "image.src_pa",
		[ARMCVM_REALM_FIELD_VCPU_MPIDR] = "vcpu.mpidr",
		[ARMCVM_REALM_FIELD_VCPU_COUNT] = "vcpus",
		[ARMCVM_REALM_FIELD_REC_AUX_COUNT] = "rec_aux_count",
		[ARMCVM_REALM_FIELD_POOL] = "granule_pool",
		[ARMCVM_REALM_FIELD_NS_PAGE] = "ns_params_pa",
		[ARMCVM_REALM_FIELD_PROFILE] = "profile",
		[ARMCVM_REALM_FIELD_PLAN] = "plan",
	};

	if (field >= ARMCVM_REALM_FIELD_COUNT) {
		return "<unknown field>";
	}
	return names[field];
}
