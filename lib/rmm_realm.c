/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
/*
 * Software RMM: realms (RMI_REALM_CREATE, RMI_REALM_ACTIVATE,
 * RMI_REALM_DESTROY, RMI_REC_AUX_COUNT; S10 A2.1, B4.3.6, B4.3.8-B4.3.10,
 * B4.3.13; rmi.md 3.1, 4.2, 4.5, 5.2).
 */
#include "rmm_internal.h"

#define RP(field)	offsetof(struct armcvm_rmi_realm_params, field)

static uint64_t feat(const struct armcvm_rmm_model *m, unsigned int shift,
		     unsigned int width)
{
	return (m->plat.features0 >> shift) & ((ARMCVM_ULL(1) << width) - 1U);
}

#define FEAT(m, f) feat((m), ARMCVM_RMI_FEAT0_##f##_SHIFT,		\
			ARMCVM_RMI_FEAT0_##f##_WIDTH)

/*
 * RttConfigIsValid (S10 B3; T10 validate_ipa_bits_and_sl and
 * s2_num_root_rtts; rmi.md 3.1): without LPA2 the starting level is 0..3;
 * the IPA width must be resolvable from it: min = (3 - sl) * 9 + 12 + 1,
 * max = min + 8, plus 4 (up to 16 concatenated tables) when sl > 0. T10
 * rejects sl 0 when the PA size is below 44 bits. rtt_num_start must be
 * 1 if s2sz <= (3 - sl) * 9 + 21, else 2^(s2sz - ((3 - sl) * 9 + 21)).
 */
static bool rmm_rtt_config_ok(const struct armcvm_rmm_model *m, uint64_t s2sz,
			      int64_t sl, uint64_t num)
{
	uint64_t min, max, full;

	if (sl < 0 || sl > RMM_PAGE_LEVEL) {
		return false;
	}
	if (sl == 0 && m->plat.pa_bits < 44U) {
		return false;
	}
	min = (uint64_t)(RMM_PAGE_LEVEL - sl) * RMM_STRIDE + RMM_GSHIFT + 1U;
	max = min + 8U + (sl > 0 ? 4U : 0U);
	if (s2sz < min || s2sz > max) {
		return false;
	}
	full = (uint64_t)(RMM_PAGE_LEVEL - sl) * RMM_STRIDE + RMM_GSHIFT +
	       RMM_STRIDE;
	if (s2sz <= full) {
		return num == 1U;
	}
	return num == (ARMCVM_ULL(1) << (s2sz - full));
}

/*
 * RealmParamsSupported and the encoding checks (S10 B4.3.9 params_valid,
 * params_supp; T10 validate_realm_params; rmi.md 3.1). T10 does not check
 * the SBZ bits of flags; the model does (spec params_valid), see
 * docs/rmm-model.md.
 */
static bool rmm_params_ok(const struct armcvm_rmm_model *m,
			  const struct armcvm_rim_realm_params *p)
{
	uint64_t s2sz_max = FEAT(m, S2SZ);

	if ((p->flags & ~RMM_REALM_FLAGS_MASK) != 0 ||
	    (p->flags & RMM_REALM_FLAG_LPA2) != 0) {
		return false;
	}
	if (p->s2sz > 0xFFU || p->sve_vl > 0xFFU || p->num_bps > 0xFFU ||
	    p->num_wps > 0xFFU || p->pmu_num_ctrs > 0xFFU ||
	    p->hash_algo > 0xFFU) {
		return false;
	}
	if (s2sz_max > RMM_OA_BITS) {
		s2sz_max = RMM_OA_BITS;
	}
	if (p->s2sz < 32U || p->s2sz > s2sz_max) {
		return false;
	}
	if (p->num_bps < 1U || p->num_bps > FEAT(m, NUM_BPS) ||
	    p->num_wps < 1U || p->num_wps > FEAT(m, NUM_WPS)) {
		return false;
	}
	if ((p->flags & RMM_REALM_FLAG_SVE) != 0 &&
	    (FEAT(m, SVE_EN) == 0 || p->sve_vl > FEAT(m, SVE_VL))) {
		return false;
	}
	if ((p->flags & RMM_REALM_FLAG_PMU) != 0 &&
	    (FEAT(m, PMU_EN) == 0 || p->pmu_num_ctrs > FEAT(m, PMU_NUM_CTRS) ||
	     (p->pmu_num_ctrs == 0 && !m->plat.hpmn0))) {
		return false;
	}
	if (p->hash_algo == ARMCVM_RMI_HASH_SHA_256) {
		return FEAT(m, HASH_SHA_256) != 0;
	}
	if (p->hash_algo == ARMCVM_RMI_HASH_SHA_512) {
		return FEAT(m, HASH_SHA_512) != 0;
	}
	return false;
}

/*
 * RMI_REALM_CREATE (S10 B4.3.9): every condition is RMI_ERROR_INPUT and S10
 * imposes no order, so the order is unobservable. The model follows T10:
 * params granule (align / bound / pas) -> params_valid / params_supp ->
 * rtt_num_level -> vmid_valid -> alias -> rd -> rtt_align (spec; T10 rel0
 * does not check it) -> root RTT granules. Nothing changes before every
 * condition has passed.
 */
void armcvm_rmm_realm_create_(struct armcvm_rmm_model *m,
			      const struct armcvm_smccc_regs *in,
			struct armcvm_smccc_regs *r)
{
	struct armcvm_rim_realm_params p;
	struct rmm_gran ns, rdg, rtt;
	struct rmm_rd rd;
	uint64_t rd_pa = in->x[1], base, num, vmid, i, j, k, ipa;
	int64_t sl;

	if (!armcvm_rmm_find_state_(m, in->x[2], ARMCVM_RMM_GRANULE_UNDELEGATED,
				    &ns)) {
		goto input;
	}
	p.flags = armcvm_rmm_ns_read64_(&ns, RP(flags));
	p.s2sz = armcvm_rmm_ns_read64_(&ns, RP(s2sz));
	p.sve_vl = armcvm_rmm_ns_read64_(&ns, RP(sve_vl));
	p.num_bps = armcvm_rmm_ns_read64_(&ns, RP(num_bps));
	p.num_wps = armcvm_rmm_ns_read64_(&ns, RP(num_wps));
	p.pmu_num_ctrs = armcvm_rmm_ns_read64_(&ns, RP(pmu_num_ctrs));
	p.hash_algo = armcvm_rmm_ns_read64_(&ns, RP(hash_algo));
	vmid = armcvm_rmm_ns_read64_(&ns, RP(vmid));
	base = armcvm_rmm_ns_read64_(&ns, RP(rtt_base));
	sl = (int64_t)armcvm_rmm_ns_read64_(&ns, RP(rtt_level_start));
	num = armcvm_rmm_ns_read64_(&ns, RP(rtt_num_start));
	if (!rmm_params_ok(m, &p) || num > 0xFFFFFFFFU ||
	    !rmm_rtt_config_ok(m, p.s2sz, sl, num)) {
		goto input;
	}
	if (vmid >= (ARMCVM_ULL(1) << m->plat.vmid_bits) ||
	    armcvm_rmm_vmid_test_(m, vmid)) {
		goto input;
	}
	if (rd_pa >= base && rd_pa - base < num * RMM_GSIZE) {
		goto input;	/* alias */
	}
	if (!armcvm_rmm_find_state_(m, rd_pa, ARMCVM_RMM_GRANULE_DELEGATED,
				    &rdg) ||
	    !rmm_aligned(base, num * RMM_GSIZE)) {
		goto input;
	}
	for (i = 0; i < num; i++) {
		if (!armcvm_rmm_find_state_(m, base + i * RMM_GSIZE,
					    ARMCVM_RMM_GRANULE_DELEGATED,
					    &rtt)) {
			goto input;
		}
	}
	ARMCVM_MEMSET(&rd, 0, sizeof(rd));
	/* RimInit (S10 B4.3.9.4; rmi.md 5.2). */
	if (armcvm_rim_init(&rd.meas[0], &p) != 0) {
		goto input;
	}
	rd.state = RMM_REALM_NEW;
	rd.flags = p.flags;
	rd.s2sz = p.s2sz;
	rd.sve_vl = p.sve_vl;
	rd.num_bps = p.num_bps;
	rd.num_wps = p.num_wps;
	rd.pmu_num_ctrs = p.pmu_num_ctrs;
	rd.hash_algo = p.hash_algo;
	rd.sl = sl;
	rd.num_root = num;
	rd.rtt_base = base;
	rd.vmid = vmid;
	ARMCVM_MEMCPY(rd.rpv, ns.bytes + RP(rpv), sizeof(rd.rpv));
	/*
	 * Root entries: protected IPAs UNASSIGNED / EMPTY, unprotected ones
	 * UNASSIGNED_NS (S10 D1.2; rmi.md 6.1 step 3). Entries beyond
	 * 2^s2sz are never walked.
	 */
	k = 0;
	for (i = 0; i < num; i++) {
		(void)armcvm_rmm_find_(m, base + i * RMM_GSIZE, &rtt);
		armcvm_rmm_set_state_(&rtt, ARMCVM_RMM_GRANULE_RTT);
		for (j = 0; j < RMM_ENTRIES; j++, k++) {
			ipa = k << armcvm_rmm_level_shift_(sl);
			armcvm_rmm_rtte_set_(&rtt, (unsigned int)j,
				rmm_rtte_make(rmm_ipa_protected(&rd, ipa) ?
					      RMM_RTTE_UNASSIGNED :
					      RMM_RTTE_UNASSIGNED_NS, 0, 0));
		}
	}
	armcvm_rmm_set_state_(&rdg, ARMCVM_RMM_GRANULE_RD);
	armcvm_rmm_rd_store_(&rdg, &rd);
	armcvm_rmm_vmid_set_(m, vmid, true);
	r->x[0] = rmm_ret(ARMCVM_RMI_SUCCESS, 0);
	return;
input:
	r->x[0] = rmm_ret(ARMCVM_RMI_ERROR_INPUT, 0);
}

/*
 * RMI_REALM_ACTIVATE (S10 B4.3.8): rd_* -> INPUT < realm_state (not NEW)
 * -> REALM. The RIM is frozen from here on (S10 A7.1.1).
 */
void armcvm_rmm_realm_activate_(struct armcvm_rmm_model *m,
				const struct armcvm_smccc_regs *in,
			struct armcvm_smccc_regs *r)
{
	struct rmm_gran g;
	struct rmm_rd rd;

	if (!armcvm_rmm_get_rd_(m, in->x[1], &g, &rd)) {
		r->x[0] = rmm_ret(ARMCVM_RMI_ERROR_INPUT, 0);
		return;
	}
	if (rd.state != RMM_REALM_NEW) {
		r->x[0] = rmm_ret(ARMCVM_RMI_ERROR_REALM, 0);
		return;
	}
	rd.state = RMM_REALM_ACTIVE;
	rd.rim_frozen = rd.meas[0];
	armcvm_rmm_rd_store_(&g, &rd);
	r->x[0] = rmm_ret(ARMCVM_RMI_SUCCESS, 0);
}

/*
 * RMI_REALM_DESTROY (S10 B4.3.10): rd_* -> INPUT < realm_live -> REALM.
 * Live: a REC exists or a root RTT holds an ASSIGNED or TABLE entry
 * (S10 A2.1.4; T10: RD refcount or root RTT refcounts non-zero).
 */
void armcvm_rmm_realm_destroy_(struct armcvm_rmm_model *m,
			       const struct armcvm_smccc_regs *in,
			struct armcvm_smccc_regs *r)
{
	struct rmm_gran g, rtt;
	struct rmm_rd rd;
	uint64_t i;

	if (!armcvm_rmm_get_rd_(m, in->x[1], &g, &rd)) {
		r->x[0] = rmm_ret(ARMCVM_RMI_ERROR_INPUT, 0);
		return;
	}
	if (rd.num_recs != 0) {
		r->x[0] = rmm_ret(ARMCVM_RMI_ERROR_REALM, 0);
		return;
	}
	for (i = 0; i < rd.num_root; i++) {
		(void)armcvm_rmm_find_(m, rd.rtt_base + i * RMM_GSIZE, &rtt);
		if (rtt.g->refcount != 0) {
			r->x[0] = rmm_ret(ARMCVM_RMI_ERROR_REALM, 0);
			return;
		}
	}
	for (i = 0; i < rd.num_root; i++) {
		(void)armcvm_rmm_find_(m, rd.rtt_base + i * RMM_GSIZE, &rtt);
		armcvm_rmm_set_state_(&rtt, ARMCVM_RMM_GRANULE_DELEGATED);
	}
	armcvm_rmm_vmid_set_(m, rd.vmid, false);
	armcvm_rmm_set_state_(&g, ARMCVM_RMM_GRANULE_DELEGATED);
	r->x[0] = rmm_ret(ARMCVM_RMI_SUCCESS, 0);
}

/* RMI_REC_AUX_COUNT (S10 B4.3.13): rd_* -> INPUT; X1 = aux count. */
void armcvm_rmm_rec_aux_count_(struct armcvm_rmm_model *m,
			       const struct armcvm_smccc_regs *in,
			struct armcvm_smccc_regs *r)
{
	struct rmm_gran g;

	if (!armcvm_rmm_find_state_(m, in->x[1], ARMCVM_RMM_GRANULE_RD, &g)) {
		r->x[0] = rmm_ret(ARMCVM_RMI_ERROR_INPUT, 0);
		return;
	}
	r->x[0] = rmm_ret(ARMCVM_RMI_SUCCESS, 0);
	r->x[1] = m->plat.rec_aux_count;
}
