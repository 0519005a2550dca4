/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
/*
 * Software RMM: DATA granules (RMI_DATA_CREATE, RMI_DATA_CREATE_UNKNOWN,
 * RMI_DATA_DESTROY; S10 B4.3.1-B4.3.3, A5.3.5; rmi.md 4.4, 4.5, 5.3).
 */
#include "rmm_internal.h"

/* Protected, 4 KiB aligned IPA below 2^s2sz: ipa_align, ipa_bound. */
static bool rmm_data_ipa_ok(const struct rmm_rd *rd, uint64_t ipa)
{
	return ipa < (ARMCVM_ULL(1) << rd->s2sz) &&
	       rmm_aligned(ipa, RMM_GSIZE) && rmm_ipa_protected(rd, ipa);
}

/*
 * RMI_DATA_CREATE (@unknown false; X1 rd, X2 data, X3 ipa, X4 src, X5
 * flags) and RMI_DATA_CREATE_UNKNOWN (@unknown true; X1 rd, X2 data,
 * X3 ipa). T10 order (runtime/rmi/rtt.c data_create):
 *   flags not in {0, 1} -> INPUT (T10 checks it first; DATA_CREATE only)
 *   src_align / src_bound / src_pas -> INPUT (DATA_CREATE only)
 *   data_* and rd_* (looked up together) -> INPUT
 *   realm_state (not NEW) -> REALM (DATA_CREATE only; spec:
 *     [rd_bound, rd_state] < [realm_state])
 *   ipa_align / ipa_bound -> INPUT
 *   data_bound2 (data >= 2^48 without LPA2) -> INPUT
 *   rtt_walk (walk.level < 3), rtte_state (not UNASSIGNED) ->
 *     (RTT, walk.level) (spec: [rd_*], [ipa_bound] < these)
 * T10 checks realm_state before the IPA: allowed, as S10 puts no
 * constraint between them.
 */
void armcvm_rmm_data_create_(struct armcvm_rmm_model *m,
			     const struct armcvm_smccc_regs *in,
			struct armcvm_smccc_regs *r, bool unknown)
{
	uint64_t ipa = in->x[3], flags = unknown ? 0 : in->x[5], ripas;
	struct rmm_gran rdg, data, src;
	struct armcvm_measurement rim, content;
	struct rmm_rd rd;
	struct rmm_walk w;

	if (!unknown && (flags & ~ARMCVM_RMI_DATA_FLAGS_MASK) != 0) {
		r->x[0] = rmm_ret(ARMCVM_RMI_ERROR_INPUT, 0);
		return;
	}
	if (!unknown &&
	    !armcvm_rmm_find_state_(m, in->x[4], ARMCVM_RMM_GRANULE_UNDELEGATED,
				    &src)) {
		r->x[0] = rmm_ret(ARMCVM_RMI_ERROR_INPUT, 0);
		return;
	}
	if (!armcvm_rmm_find_state_(m, in->x[2], ARMCVM_RMM_GRANULE_DELEGATED,
				    &data) ||
	    !armcvm_rmm_find_state_(m, in->x[1], ARMCVM_RMM_GRANULE_RD, &rdg)) {
		r->x[0] = rmm_ret(ARMCVM_RMI_ERROR_INPUT, 0);
		return;
	}
	armcvm_rmm_rd_load_(&rdg, &rd);
	if (!unknown && rd.state != RMM_REALM_NEW) {
		r->x[0] = rmm_ret(ARMCVM_RMI_ERROR_REALM, 0);
		return;
	}
	if (!rmm_data_ipa_ok(&rd, ipa) ||
	    data.pa >= (ARMCVM_ULL(1) << RMM_OA_BITS)) {
		r->x[0] = rmm_ret(ARMCVM_RMI_ERROR_INPUT, 0);
		return;
	}
	armcvm_rmm_walk_(m, &rd, ipa, RMM_PAGE_LEVEL, &w);
	if (w.level < RMM_PAGE_LEVEL ||
	    rmm_rtte_state(w.rtte) != RMM_RTTE_UNASSIGNED) {
		r->x[0] = rmm_ret(ARMCVM_RMI_ERROR_RTT, w.level);
		return;
	}
	ripas = rmm_rtte_ripas(w.rtte);
	if (!unknown) {
		/* RIM extension (S10 B4.3.1.4; rmi.md 5.3) over src's bytes,
		 * which are the bytes copied into the DATA granule. */
		rim = rd.meas[0];
		if ((flags & ARMCVM_RMI_DATA_FLAG_MEASURE) != 0) {
			if (armcvm_rim_granule_digest(armcvm_rmm_hash_(m, rd.hash_algo), src.bytes,
						      &content) != 0 ||
			    armcvm_rim_extend_data(armcvm_rmm_hash_(m, rd.hash_algo), &rim, ipa,
						   flags, &content) != 0) {
				r->x[0] = rmm_ret(ARMCVM_RMI_ERROR_INPUT, 0);
				return;
			}
		} else if (armcvm_rim_extend_data(armcvm_rmm_hash_(m, rd.hash_algo), &rim, ipa,
						  flags, NULL) != 0) {
			r->x[0] = rmm_ret(ARMCVM_RMI_ERROR_INPUT, 0);
			return;
		}
		rd.meas[0] = rim;
		armcvm_rmm_rd_store_(&rdg, &rd);
		ARMCVM_MEMCPY(data.bytes, src.bytes, RMM_GSIZE);
		ripas = ARMCVM_RMI_RAM;
	}
	armcvm_rmm_set_state_(&data, ARMCVM_RMM_GRANULE_DATA);
	armcvm_rmm_rtte_set_(&w.table, w.idx,
			     rmm_rtte_make(RMM_RTTE_ASSIGNED, ripas, data.pa));
	w.table.g->refcount++;
	r->x[0] = rmm_ret(ARMCVM_RMI_SUCCESS, 0);
}

/*
 * RMI_DATA_DESTROY (S10 B4.3.3) -> X1 data, X2 top. rd_*, ipa_align,
 * ipa_bound -> INPUT; rtt_walk (walk.level < 3), rtte_state (not
 * ASSIGNED) -> (RTT, walk.level) with top. RIPAS RAM becomes DESTROYED,
 * EMPTY and DESTROYED are kept (S10 A5.3.5).
 */
void armcvm_rmm_data_destroy_(struct armcvm_rmm_model *m,
			      const struct armcvm_smccc_regs *in,
			struct armcvm_smccc_regs *r)
{
	uint64_t ipa = in->x[2], ripas;
	struct rmm_gran rdg, data;
	struct rmm_rd rd;
	struct rmm_walk w;
	bool ok;

	if (!armcvm_rmm_find_state_(m, in->x[1], ARMCVM_RMM_GRANULE_RD, &rdg)) {
		r->x[0] = rmm_ret(ARMCVM_RMI_ERROR_INPUT, 0);
		return;
	}
	armcvm_rmm_rd_load_(&rdg, &rd);
	if (!rmm_data_ipa_ok(&rd, ipa)) {
		r->x[0] = rmm_ret(ARMCVM_RMI_ERROR_INPUT, 0);
		return;
	}
	armcvm_rmm_walk_(m, &rd, ipa, RMM_PAGE_LEVEL, &w);
	if (w.level < RMM_PAGE_LEVEL ||
	    rmm_rtte_state(w.rtte) != RMM_RTTE_ASSIGNED) {
		r->x[0] = rmm_ret(ARMCVM_RMI_ERROR_RTT, w.level);
		r->x[2] = armcvm_rmm_skip_non_live_(ipa, &w);
		return;
	}
	ok = armcvm_rmm_find_(m, rmm_rtte_addr(w.rtte), &data);
	ARMCVM_ASSERT(ok);
	(void)ok;
	ripas = rmm_rtte_ripas(w.rtte);
	if (ripas == ARMCVM_RMI_RAM) {
		ripas = ARMCVM_RMI_DESTROYED;
	}
	w.rtte = rmm_rtte_make(RMM_RTTE_UNASSIGNED, ripas, 0);
	armcvm_rmm_rtte_set_(&w.table, w.idx, w.rtte);
	w.table.g->refcount--;
	armcvm_rmm_set_state_(&data, ARMCVM_RMM_GRANULE_DELEGATED);
	r->x[0] = rmm_ret(ARMCVM_RMI_SUCCESS, 0);
	r->x[1] = data.pa;
	r->x[2] = armcvm_rmm_skip_non_live_(ipa, &w);
}
