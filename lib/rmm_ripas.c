/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
/*
 * Software RMM: RIPAS commands RMI_RTT_INIT_RIPAS and RMI_RTT_SET_RIPAS
 * (S10 B4.3.18, B4.3.21, A5.3.5; rmi.md 4.4, 4.5, 5.5).
 */
#include "rmm_internal.h"

static bool rmm_init_ok(uint64_t e)
{
	return rmm_rtte_state(e) == RMM_RTTE_UNASSIGNED;
}

/*
 * Entry may take part in a RIPAS change to @arg: any protected state but
 * TABLE; a DESTROYED entry only if the realm passed CHANGE_DESTROYED
 * (bit 8 of @arg here). S10 A5.3.5: RTT_SET_RIPAS changes RIPAS only.
 */
static bool rmm_set_ok(uint64_t e, uint64_t arg)
{
	unsigned int st = rmm_rtte_state(e);

	if (st != RMM_RTTE_UNASSIGNED && st != RMM_RTTE_ASSIGNED) {
		return false;
	}
	return rmm_rtte_ripas(e) != ARMCVM_RMI_DESTROYED || (arg >> 8) != 0;
}

/*
 * Entry already has the RIPAS a RIPAS change asks for (@arg bits 7:0):
 * S10 B4.3.21 raises base_align and no_progress only when
 * walk.rtte.ripas != rec.ripas_value, so such an entry needs no change
 * and counts as progress.
 */
static bool rmm_set_same(uint64_t e, uint64_t arg)
{
	unsigned int st = rmm_rtte_state(e);

	return (st == RMM_RTTE_UNASSIGNED || st == RMM_RTTE_ASSIGNED) &&
	       rmm_rtte_ripas(e) == (arg & 0xFFU);
}

/*
 * The run of entries a RIPAS command may change, starting at the entry
 * the walk of @base reached, in the same RTT, up to @top: INIT_RIPAS
 * (@set false) and SET_RIPAS (@set true) take entries wholly inside
 * [@base, @top) and stop at the first one they may not change;
 * SET_RIPAS also passes over entries that already have the requested
 * RIPAS (rmm_set_same), capped at @top, and changes nothing there.
 * Returns the IPA where the run ends (== base: no progress).
 */
static uint64_t rmm_ripas_run(const struct rmm_walk *w, uint64_t base,
			      uint64_t top, bool set, uint64_t arg)
{
	uint64_t size = rmm_entry_size(w->level), addr = base;
	uint64_t start = base & ~(size - 1U);
	unsigned int i;

	for (i = w->idx; i < RMM_ENTRIES && addr < top; i++, start += size) {
		uint64_t e = armcvm_rmm_rtte_get_(&w->table, i);

		if (set && rmm_set_same(e, arg)) {
			addr = start + size < top ? start + size : top;
			continue;
		}
		if (start + size > top ||
		    !(set ? rmm_set_ok(e, arg) : rmm_init_ok(e))) {
			break;
		}
		addr = start + size;
	}
	return addr;
}

/*
 * RMI_RTT_INIT_RIPAS (S10 B4.3.18) -> X1 out_top. Order (T10
 * runtime/rmi/rtt.c smc_rtt_init_ripas where S10 leaves it open):
 *   size_valid (top <= base) -> INPUT (T10 checks it before the RD)
 *   rd_* -> INPUT
 *   top_bound (top above the protected half), top_gran_align -> INPUT
 *     (T10 validates top before the realm state; S10 puts top_gran_align
 *     only before no_progress)
 *   realm_state (not NEW) -> REALM	(spec: [rd_*] < [realm_state])
 *   base_align (base not aligned to walk.level), rtte_state (entry at
 *     base not UNASSIGNED) -> (RTT, walk.level)
 *   no_progress (the entry at base reaches beyond top) -> (RTT, walk.level)
 * Each UNASSIGNED entry wholly inside [base, top) of the walked RTT
 * becomes RAM and extends the RIM with one RIPAS descriptor (base = entry
 * IPA, top = entry end; T10 smc_rtt_init_ripas; rmi.md 5.5); processing
 * stops at the first entry that is not UNASSIGNED or crosses top.
 */
void armcvm_rmm_rtt_init_ripas_(struct armcvm_rmm_model *m,
				const struct armcvm_smccc_regs *in,
			struct armcvm_smccc_regs *r)
{
	uint64_t base = in->x[2], top = in->x[3], size, addr, end;
	struct armcvm_measurement rim;
	struct rmm_gran rdg;
	struct rmm_rd rd;
	struct rmm_walk w;
	unsigned int i;

	if (top <= base || !armcvm_rmm_get_rd_(m, in->x[1], &rdg, &rd) ||
	    !rmm_ipa_protected(&rd, top - RMM_GSIZE) ||
	    !rmm_aligned(top, RMM_GSIZE)) {
		r->x[0] = rmm_ret(ARMCVM_RMI_ERROR_INPUT, 0);
		return;
	}
	if (rd.state != RMM_REALM_NEW) {
		r->x[0] = rmm_ret(ARMCVM_RMI_ERROR_REALM, 0);
		return;
	}
	armcvm_rmm_walk_(m, &rd, base, RMM_PAGE_LEVEL, &w);
	size = rmm_entry_size(w.level);
	if (!rmm_aligned(base, size) ||
	    rmm_rtte_state(w.rtte) != RMM_RTTE_UNASSIGNED) {
		r->x[0] = rmm_ret(ARMCVM_RMI_ERROR_RTT, w.level);
		return;
	}
	end = rmm_ripas_run(&w, base, top, false, 0);
	if (end == base) {
		r->x[0] = rmm_ret(ARMCVM_RMI_ERROR_RTT, w.level);
		return;
	}
	rim = rd.meas[0];
	for (addr = base; addr < end; addr += size) {
		if (armcvm_rim_extend_ripas(armcvm_rmm_hash_(m, rd.hash_algo), &rim, addr,
					    addr + size) != 0) {
			r->x[0] = rmm_ret(ARMCVM_RMI_ERROR_INPUT, 0);
			return;
		}
	}
	for (i = w.idx, addr = base; addr < end; addr += size, i++) {
		armcvm_rmm_rtte_set_(&w.table, i,
				     rmm_rtte_make(RMM_RTTE_UNASSIGNED,
						   ARMCVM_RMI_RAM, 0));
	}
	rd.meas[0] = rim;
	armcvm_rmm_rd_store_(&rdg, &rd);
	r->x[0] = rmm_ret(ARMCVM_RMI_SUCCESS, 0);
	r->x[1] = end;
}

/*
 * RMI_RTT_SET_RIPAS (S10 B4.3.21; X1 rd, X2 rec, X3 base, X4 top) ->
 * X1 out_top. Order (T10 runtime/rmi/rtt.c smc_rtt_set_ripas where S10
 * leaves it open):
 *   size_valid (top <= base), top_gran_align -> INPUT (T10 checks both
 *     before it looks up the RD and the REC)
 *   rd_*, rec_align / rec_bound / rec_gran_state -> INPUT
 *   rec_state (RUNNING) -> REC: never true, the model runs no REC
 *     concurrently with a host call
 *   rec_owner (REC of another realm) -> REC
 *     (spec: [rec_bound, rec_gran_state] < [rec_state, rec_owner])
 *   base_bound (base != rec.ripas_addr), top_bound (top >
 *     rec.ripas_top) -> INPUT
 *   base_align (base not aligned to walk.level) -> (RTT, walk.level)
 *     (spec: [base_bound] < [base_align])
 *   no_progress -> (RTT, walk.level)
 * S10 raises base_align and no_progress only if the entry at base does
 * not already have the requested RIPAS (T10 rel0 raises them regardless;
 * docs/rmm-model.md). Entries wholly inside [base, top) of the walked RTT
 * take the requested RIPAS until one may not (TABLE, or DESTROYED without
 * CHANGE_DESTROYED); entries that already have it are passed over, up to
 * top. rec.ripas_addr advances to out_top.
 */
void armcvm_rmm_rtt_set_ripas_(struct armcvm_rmm_model *m,
			       const struct armcvm_smccc_regs *in,
			struct armcvm_smccc_regs *r)
{
	uint64_t base = in->x[3], top = in->x[4], size, addr, end, arg;
	struct rmm_gran rdg, recg;
	struct rmm_rd rd;
	struct rmm_rec rec;
	struct rmm_walk w;
	unsigned int i;

	if (top <= base || !rmm_aligned(top, RMM_GSIZE) ||
	    !armcvm_rmm_get_rd_(m, in->x[1], &rdg, &rd) ||
	    !armcvm_rmm_find_state_(m, in->x[2], ARMCVM_RMM_GRANULE_REC, &recg)) {
		r->x[0] = rmm_ret(ARMCVM_RMI_ERROR_INPUT, 0);
		return;
	}
	armcvm_rmm_rec_load_(&recg, &rec);
	if (rec.owner != rdg.pa) {
		r->x[0] = rmm_ret(ARMCVM_RMI_ERROR_REC, 0);
		return;
	}
	if (base != rec.ripas_addr || top > rec.ripas_top) {
		r->x[0] = rmm_ret(ARMCVM_RMI_ERROR_INPUT, 0);
		return;
	}
	armcvm_rmm_walk_(m, &rd, base, RMM_PAGE_LEVEL, &w);
	size = rmm_entry_size(w.level);
	arg = rec.ripas_value | (rec.ripas_destroyed << 8);
	if (!rmm_aligned(base, size) && !rmm_set_same(w.rtte, arg)) {
		r->x[0] = rmm_ret(ARMCVM_RMI_ERROR_RTT, w.level);
		return;
	}
	end = rmm_ripas_run(&w, base, top, true, arg);
	if (end == base) {
		r->x[0] = rmm_ret(ARMCVM_RMI_ERROR_RTT, w.level);
		return;
	}
	for (i = w.idx, addr = base & ~(size - 1U); addr < end;
	     addr += size, i++) {
		uint64_t e = armcvm_rmm_rtte_get_(&w.table, i);

		e = (e & ~RMM_RTTE_RIPAS_MASK) |
		    (rec.ripas_value << RMM_RTTE_RIPAS_SHIFT);
		armcvm_rmm_rtte_set_(&w.table, i, e);
	}
	rec.ripas_addr = end;
	armcvm_rmm_rec_store_(&recg, &rec);
	r->x[0] = rmm_ret(ARMCVM_RMI_SUCCESS, 0);
	r->x[1] = end;
}
