/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
/*
 * Software RMM: RECs (RMI_REC_CREATE, RMI_REC_DESTROY, RMI_PSCI_COMPLETE;
 * S10 A2.3, B4.3.7, B4.3.11, B4.3.12, B6; rmi.md 3.2, 4.3, 4.5, 5.4).
 */
#include "measure_internal.h"
#include "rmm_internal.h"

#define RECP(field)	offsetof(struct armcvm_rmi_rec_params, field)

/* aux_align / aux_bound / aux_state / aux_alias for aux[0..n-1]. */
static bool rmm_aux_ok(const struct armcvm_rmm_model *m, const uint64_t *aux,
		       uint64_t n)
{
	struct rmm_gran g;
	uint64_t i, j;

	for (i = 0; i < n; i++) {
		if (!armcvm_rmm_find_state_(m, aux[i],
					    ARMCVM_RMM_GRANULE_DELEGATED, &g)) {
			return false;
		}
		for (j = 0; j < i; j++) {
			if (aux[j] == aux[i]) {
				return false;
			}
		}
	}
	return true;
}

/*
 * RMI_REC_CREATE (S10 B4.3.12; X1 rd, X2 rec, X3 params). T10 order:
 *   params_align / params_bound / params_pas -> INPUT
 *   num_aux > 16 -> INPUT
 *   aux_align / aux_bound / aux_state / aux_alias -> INPUT (T10 locks the
 *     aux granules first; a duplicate is found in a non-DELEGATED state)
 *   rec_align / rec_bound / rec_state (aux == rec is aux_alias), rd_* ->
 *     INPUT
 *   num_recs (2^MAX_RECS_ORDER - 1 RECs exist) -> REALM
 *   realm_state (not NEW) -> REALM
 *     (spec: [rd_bound, rd_state] < [realm_state, num_recs])
 *   mpidr_index (SBZ bits, or RecIndex != next index) -> INPUT
 *   num_aux != RMI_REC_AUX_COUNT -> INPUT
 * A runnable REC extends the RIM (S10 B4.3.12.4; rmi.md 5.4).
 */
void armcvm_rmm_rec_create_(struct armcvm_rmm_model *m,
			    const struct armcvm_smccc_regs *in,
			struct armcvm_smccc_regs *r)
{
	struct rmm_gran ns, recg, rdg, g;
	struct armcvm_measurement rim;
	uint64_t aux[ARMCVM_RMM_MAX_REC_AUX], gprs[8], num_aux, mpidr, flags, i;
	uint64_t index;
	uint64_t max_recs;
	struct rmm_rec rec;
	struct rmm_rd rd;

	if (!armcvm_rmm_find_state_(m, in->x[3], ARMCVM_RMM_GRANULE_UNDELEGATED,
				    &ns)) {
		goto input;
	}
	num_aux = armcvm_rmm_ns_read64_(&ns, RECP(num_aux));
	if (num_aux > ARMCVM_RMM_MAX_REC_AUX) {
		goto input;
	}
	for (i = 0; i < num_aux; i++) {
		aux[i] = armcvm_rmm_ns_read64_(&ns, RECP(aux) + 8U * i);
	}
	if (!rmm_aux_ok(m, aux, num_aux)) {
		goto input;
	}
	for (i = 0; i < num_aux; i++) {
		if (aux[i] == in->x[2]) {
			goto input;
		}
	}
	if (!armcvm_rmm_find_state_(m, in->x[2], ARMCVM_RMM_GRANULE_DELEGATED,
				    &recg) ||
	    !armcvm_rmm_get_rd_(m, in->x[1], &rdg, &rd)) {
		goto input;
	}
	max_recs = (ARMCVM_ULL(1) << ((m->plat.features0 >>
				       ARMCVM_RMI_FEAT0_MAX_RECS_ORDER_SHIFT) &
				      0xFU)) - 1U;
	if (rd.num_recs >= max_recs || rd.state != RMM_REALM_NEW) {
		r->x[0] = rmm_ret(ARMCVM_RMI_ERROR_REALM, 0);
		return;
	}
	mpidr = armcvm_rmm_ns_read64_(&ns, RECP(mpidr));
	if (armcvm_rmi_rec_mpidr_to_index(mpidr, &index) != 0 ||
	    index != rd.rec_index ||
	    num_aux != m->plat.rec_aux_count) {
		goto input;
	}
	flags = armcvm_rmm_ns_read64_(&ns, RECP(flags));
	for (i = 0; i < 8U; i++) {
		gprs[i] = armcvm_rmm_ns_read64_(&ns, RECP(gprs) + 8U * i);
	}
	rim = rd.meas[0];
	/* SBZ bits of flags are no failure condition (S10 B4.3.12) and are
	 * measured as written (rmi.md 5.4). */
	if (armcvm_rim_extend_rec_any_flags_(armcvm_rmm_hash_(m, rd.hash_algo),
					     &rim, flags,
					     armcvm_rmm_ns_read64_(&ns,
								   RECP(pc)),
					     gprs) != 0) {
		goto input;
	}
	ARMCVM_MEMSET(&rec, 0, sizeof(rec));
	rec.owner = rdg.pa;
	rec.index = rd.rec_index;
	rec.mpidr = mpidr;
	rec.runnable = flags & ARMCVM_RMI_REC_FLAG_RUNNABLE;
	rec.pc = armcvm_rmm_ns_read64_(&ns, RECP(pc));
	for (i = 0; i < 8U; i++) {
		rec.gprs[i] = gprs[i];
	}
	rec.num_aux = num_aux;
	for (i = 0; i < num_aux; i++) {
		rec.aux[i] = aux[i];
		(void)armcvm_rmm_find_(m, aux[i], &g);
		armcvm_rmm_set_state_(&g, ARMCVM_RMM_GRANULE_REC_AUX);
	}
	armcvm_rmm_set_state_(&recg, ARMCVM_RMM_GRANULE_REC);
	armcvm_rmm_rec_store_(&recg, &rec);
	rd.meas[0] = rim;
	rd.rec_index++;
	rd.num_recs++;
	armcvm_rmm_rd_store_(&rdg, &rd);
	rdg.g->refcount++;
	r->x[0] = rmm_ret(ARMCVM_RMI_SUCCESS, 0);
	return;
input:
	r->x[0] = rmm_ret(ARMCVM_RMI_ERROR_INPUT, 0);
}

/*
 * RMI_REC_DESTROY (S10 B4.3.11): rec_align / rec_bound / rec_gran_state
 * -> INPUT < rec_state (RUNNING) -> REC. A REC is never RUNNING while the
 * host issues a command to this single-threaded model.
 */
void armcvm_rmm_rec_destroy_(struct armcvm_rmm_model *m,
			     const struct armcvm_smccc_regs *in,
			struct armcvm_smccc_regs *r)
{
	struct rmm_gran recg, rdg, g;
	struct rmm_rec rec;
	struct rmm_rd rd;
	uint64_t i;

	if (!armcvm_rmm_find_state_(m, in->x[1], ARMCVM_RMM_GRANULE_REC,
				    &recg)) {
		r->x[0] = rmm_ret(ARMCVM_RMI_ERROR_INPUT, 0);
		return;
	}
	armcvm_rmm_rec_load_(&recg, &rec);
	for (i = 0; i < rec.num_aux; i++) {
		(void)armcvm_rmm_find_(m, rec.aux[i], &g);
		armcvm_rmm_set_state_(&g, ARMCVM_RMM_GRANULE_DELEGATED);
	}
	(void)armcvm_rmm_get_rd_(m, rec.owner, &rdg, &rd);
	rd.num_recs--;
	armcvm_rmm_rd_store_(&rdg, &rd);
	rdg.g->refcount--;
	armcvm_rmm_set_state_(&recg, ARMCVM_RMM_GRANULE_DELEGATED);
	r->x[0] = rmm_ret(ARMCVM_RMI_SUCCESS, 0);
}

/*
 * MpidrIsUsed for a realm's PSCI target (S10 B6; T10 runtime/rsi/psci.c):
 * @mpidr in PSCI's target format (DEN0022 5.1.4: Aff3 in 39:32, Aff2-Aff0
 * in 23:0, every other bit zero) names a REC this realm has created
 * (REC indexes are consecutive from 0, S10 A2.3.3). An Aff0 above 15
 * cannot be a REC's (RmiRecMpidr.aff0 has 4 bits); T10 computes an index
 * from it regardless (UNCONFIRMED which an RMM 1.0 does).
 */
bool armcvm_rmm_psci_target_(const struct rmm_rd *rd, uint64_t mpidr,
			     uint64_t *index)
{
	uint64_t rec_mpidr;

	return (mpidr & ~ARMCVM_MPIDR_EL1_AFF_MASK) == 0 &&
	       armcvm_rmi_rec_mpidr_from_mpidr_el1(mpidr, &rec_mpidr) == 0 &&
	       armcvm_rmi_rec_mpidr_to_index(rec_mpidr, index) == 0 &&
	       *index < rd->rec_index;
}

/*
 * RMI_PSCI_COMPLETE (S10 B4.3.7; X1 calling, X2 target, X3 status). Every
 * condition is INPUT (alias, calling_*, target_*, pending, owner, target,
 * status); the order is unobservable. Permitted host statuses (S10 B6;
 * T10 psci_complete_request): CPU_ON: PSCI_SUCCESS, or PSCI_DENIED while
 * the target is not running (a host cannot deny turning on a running
 * CPU); AFFINITY_INFO: PSCI_SUCCESS. The realm's PSCI call then completes
 * with the result.
 */
void armcvm_rmm_psci_complete_(struct armcvm_rmm_model *m,
			       const struct armcvm_smccc_regs *in,
			struct armcvm_smccc_regs *r)
{
	struct rmm_gran cg, tg;
	struct rmm_rec c, t;
	int64_t status = (int64_t)in->x[3], result;
	bool cpu_on;

	if (in->x[1] == in->x[2] ||
	    !armcvm_rmm_find_state_(m, in->x[1], ARMCVM_RMM_GRANULE_REC, &cg) ||
	    !armcvm_rmm_find_state_(m, in->x[2], ARMCVM_RMM_GRANULE_REC, &tg)) {
		goto input;
	}
	armcvm_rmm_rec_load_(&cg, &c);
	armcvm_rmm_rec_load_(&tg, &t);
	if (c.pending != RMM_PEND_PSCI || c.owner != t.owner ||
	    c.psci_target != t.index) {
		goto input;
	}
	cpu_on = c.psci_fid == ARMCVM_PSCI_CPU_ON_FID ||
		 c.psci_fid == ARMCVM_PSCI_CPU_ON32_FID;
	if (status != ARMCVM_PSCI_SUCCESS &&
	    !(cpu_on && status == ARMCVM_PSCI_DENIED && t.runnable == 0)) {
		goto input;
	}
	if (cpu_on) {
		result = status;
		if (status == ARMCVM_PSCI_SUCCESS && t.runnable != 0) {
			result = ARMCVM_PSCI_ALREADY_ON;
		} else if (status == ARMCVM_PSCI_SUCCESS) {
			ARMCVM_MEMSET(t.gprs, 0, sizeof(t.gprs));
			t.gprs[0] = c.gprs[3];		/* context_id */
			t.pc = c.gprs[2];		/* entry point */
			t.runnable = 1;
			armcvm_rmm_rec_store_(&tg, &t);
		}
	} else {
		/* AFFINITY_INFO: whether the target REC runs. */
		result = t.runnable != 0 ? ARMCVM_PSCI_AFFINITY_ON
					 : ARMCVM_PSCI_AFFINITY_OFF;
	}
	/* S10 B4.3.7.3 "args": the realm sees X1-X3 zero on return. */
	c.gprs[0] = (uint64_t)result;
	c.gprs[1] = 0;
	c.gprs[2] = 0;
	c.gprs[3] = 0;
	c.pending = RMM_PEND_NONE;
	armcvm_rmm_realm_complete_(m, &c);
	armcvm_rmm_rec_store_(&cg, &c);
	r->x[0] = rmm_ret(ARMCVM_RMI_SUCCESS, 0);
	return;
input:
	r->x[0] = rmm_ret(ARMCVM_RMI_ERROR_INPUT, 0);
}
