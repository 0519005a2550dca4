/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
/*
 * Software RMM: the RTT walk and the RTT structure commands
 * (RMI_RTT_CREATE, RMI_RTT_DESTROY, RMI_RTT_FOLD, RMI_RTT_READ_ENTRY,
 * RMI_RTT_MAP_UNPROTECTED, RMI_RTT_UNMAP_UNPROTECTED; S10 A5.5, B4.3.15-22,
 * rmi.md 4.4, 4.5).
 *
 * Ordering: every command checks all of its conditions before it changes
 * anything. Where S10 leaves the order open, the order is T10's
 * (runtime/rmi/rtt.c @ rmm-spec-v1.0-rel0), noted at each command. Only
 * orderings between different statuses (or RTT indices) are observable;
 * the many RMI_ERROR_INPUT conditions of one command are indistinguishable.
 */
#include "rmm_internal.h"

unsigned int armcvm_rmm_level_shift_(long level)
{
	return (unsigned int)(RMM_GSHIFT +
			      RMM_STRIDE * (RMM_PAGE_LEVEL - level));
}

uint64_t armcvm_rmm_rtte_get_(const struct rmm_gran *t, unsigned int idx)
{
	uint64_t e;

	ARMCVM_MEMCPY(&e, t->bytes + (size_t)idx * 8U, sizeof(e));
	return e;
}

void armcvm_rmm_rtte_set_(struct rmm_gran *t, unsigned int idx, uint64_t e)
{
	ARMCVM_MEMCPY(t->bytes + (size_t)idx * 8U, &e, sizeof(e));
}

/* RTTE liveness (S10 A5.5.8 DHGYJZ): ASSIGNED, ASSIGNED_NS or TABLE. */
bool armcvm_rmm_rtte_is_live_(uint64_t e)
{
	unsigned int s = rmm_rtte_state(e);

	return s == RMM_RTTE_ASSIGNED || s == RMM_RTTE_ASSIGNED_NS ||
	       s == RMM_RTTE_TABLE;
}

/* Entries that make their RTT live (S10 A5.5.8 DYPSLW): ASSIGNED, TABLE. */
bool armcvm_rmm_rtte_counts_(uint64_t e)
{
	unsigned int s = rmm_rtte_state(e);

	return s == RMM_RTTE_ASSIGNED || s == RMM_RTTE_TABLE;
}

/*
 * RttWalk (S10 A5.5.10, B3.78): from the starting level (concatenated
 * root RTTs are one array of rtt_num_start * 512 entries) down to @target,
 * stopping early at an entry that is not TABLE. @ipa < 2^s2sz.
 */
void armcvm_rmm_walk_(const struct armcvm_rmm_model *m,
		      const struct rmm_rd *rd, uint64_t ipa, long target,
		      struct rmm_walk *w)
{
	long level = rd->sl;
	uint64_t k = ipa >> armcvm_rmm_level_shift_(level);
	bool ok;

	ok = armcvm_rmm_find_(m, rd->rtt_base + (k / RMM_ENTRIES) * RMM_GSIZE,
			      &w->table);
	ARMCVM_ASSERT(ok);
	w->idx = (unsigned int)(k % RMM_ENTRIES);
	w->rtte = armcvm_rmm_rtte_get_(&w->table, w->idx);
	while (level < target && rmm_rtte_state(w->rtte) == RMM_RTTE_TABLE) {
		level++;
		ok = armcvm_rmm_find_(m, rmm_rtte_addr(w->rtte), &w->table);
		ARMCVM_ASSERT(ok);
		w->idx = (unsigned int)((ipa >> armcvm_rmm_level_shift_(level)) %
					RMM_ENTRIES);
		w->rtte = armcvm_rmm_rtte_get_(&w->table, w->idx);
	}
	(void)ok;
	w->level = level;
}

/*
 * RttSkipNonLiveEntries (S10 B3.76; rmi.md 2.2): @ipa itself if the walked
 * entry is live, else the IPA of the next live entry in the same RTT, or
 * the end of that RTT's range.
 */
uint64_t armcvm_rmm_skip_non_live_(uint64_t ipa, const struct rmm_walk *w)
{
	uint64_t size = rmm_entry_size(w->level);
	unsigned int i;

	if (armcvm_rmm_rtte_is_live_(w->rtte)) {
		return ipa;
	}
	for (i = w->idx + 1U; i < RMM_ENTRIES; i++) {
		if (armcvm_rmm_rtte_is_live_(
			    armcvm_rmm_rtte_get_(&w->table, i))) {
			break;
		}
	}
	return (ipa & ~(size - 1U)) + (uint64_t)(i - w->idx) * size;
}

/* rd_align, rd_bound, rd_state -> INPUT (common to every realm command). */
bool armcvm_rmm_get_rd_(const struct armcvm_rmm_model *m, uint64_t pa,
			struct rmm_gran *g, struct rmm_rd *rd)
{
	if (!armcvm_rmm_find_state_(m, pa, ARMCVM_RMM_GRANULE_RD, g)) {
		return false;
	}
	armcvm_rmm_rd_load_(g, rd);
	return true;
}

/* ipa_bound (< 2^s2sz) and ipa_align to @level (T10 validate_map_addr). */
static bool rmm_map_addr_ok(const struct rmm_rd *rd, uint64_t ipa, long level)
{
	return ipa < (ARMCVM_ULL(1) << rd->s2sz) &&
	       rmm_aligned(ipa, rmm_entry_size(level));
}

/*
 * Structure commands (RTT_CREATE / DESTROY / FOLD) address a non-root RTT:
 * level_bound = level not in [start + 1, 3]; ipa_align to level - 1
 * (T10 validate_rtt_structure_cmds).
 */
static bool rmm_structure_ok(const struct rmm_rd *rd, uint64_t ipa,
			     long level)
{
	if (level < rd->sl + 1 || level > RMM_PAGE_LEVEL) {
		return false;
	}
	return rmm_map_addr_ok(rd, ipa, level - 1);
}

static void rmm_table_ref(struct rmm_gran *t, int delta)
{
	t->g->refcount = (uint32_t)((int64_t)t->g->refcount + delta);
}

/*
 * RMI_RTT_CREATE (S10 B4.3.15). T10 order: rtt (DELEGATED) and rd (RD)
 * are looked up together first, so rtt_align / rtt_bound / rtt_state and
 * rd_* (all INPUT) precede level_bound / ipa_align / ipa_bound (INPUT);
 * rtt_bound2 (INPUT); then rtt_walk and rtte_state -> (RTT, walk.level).
 * Spec constraints [rd_*] < [rtt_walk, rtte_state] and [level_bound,
 * ipa_bound] < [rtt_walk, rtte_state] hold.
 */
void armcvm_rmm_rtt_create_(struct armcvm_rmm_model *m,
			    const struct armcvm_smccc_regs *in,
			struct armcvm_smccc_regs *r)
{
	uint64_t ipa = in->x[3], parent, child_size;
	long level = (long)(int64_t)in->x[4];
	struct rmm_gran rdg, rtt;
	struct rmm_rd rd;
	struct rmm_walk w;
	unsigned int i, st, count = 0;

	if (!armcvm_rmm_find_state_(m, in->x[2], ARMCVM_RMM_GRANULE_DELEGATED,
				    &rtt) ||
	    !armcvm_rmm_get_rd_(m, in->x[1], &rdg, &rd) ||
	    !rmm_structure_ok(&rd, ipa, level) ||
	    in->x[2] >= (ARMCVM_ULL(1) << RMM_OA_BITS)) {
		r->x[0] = rmm_ret(ARMCVM_RMI_ERROR_INPUT, 0);
		return;
	}
	armcvm_rmm_walk_(m, &rd, ipa, level - 1, &w);
	st = rmm_rtte_state(w.rtte);
	if (w.level < level - 1 || st == RMM_RTTE_TABLE) {
		r->x[0] = rmm_ret(ARMCVM_RMI_ERROR_RTT, w.level);
		return;
	}
	/* Unfold (S10 A5.5.7): children inherit the parent's state. */
	parent = w.rtte;
	child_size = rmm_entry_size(level);
	for (i = 0; i < RMM_ENTRIES; i++) {
		uint64_t e = parent;

		if (st == RMM_RTTE_ASSIGNED || st == RMM_RTTE_ASSIGNED_NS) {
			e = (parent & ~RMM_RTTE_ADDR_MASK) |
			    ((rmm_rtte_addr(parent) + i * child_size) &
			     RMM_RTTE_ADDR_MASK);
		}
		armcvm_rmm_rtte_set_(&rtt, i, e);
		if (armcvm_rmm_rtte_counts_(e)) {
			count++;
		}
	}
	armcvm_rmm_set_state_(&rtt, ARMCVM_RMM_GRANULE_RTT);
	rtt.g->refcount = count;
	if (!armcvm_rmm_rtte_counts_(parent)) {
		rmm_table_ref(&w.table, 1);
	}
	armcvm_rmm_rtte_set_(&w.table, w.idx,
			     rmm_rtte_make(RMM_RTTE_TABLE, 0, rtt.pa));
	r->x[0] = rmm_ret(ARMCVM_RMI_SUCCESS, 0);
}

/*
 * Common front half of RTT_DESTROY and RTT_FOLD (S10 B4.3.16, B4.3.17):
 * rd_*, level_bound, ipa_align, ipa_bound -> INPUT; walk to level - 1;
 * rtt_walk (walk stopped above level - 1) and rtte_state (parent not
 * TABLE) -> (RTT, walk.level). Returns false with x0 (and, for DESTROY,
 * top) set on failure.
 */
static bool rmm_child_lookup(struct armcvm_rmm_model *m,
			     const struct armcvm_smccc_regs *in,
			struct armcvm_smccc_regs *r, bool want_top,
			     struct rmm_rd *rd, struct rmm_walk *w,
			     struct rmm_gran *child)
{
	struct rmm_gran rdg;
	uint64_t ipa = in->x[2];
	long level = (long)(int64_t)in->x[3];
	bool ok;

	if (!armcvm_rmm_get_rd_(m, in->x[1], &rdg, rd) ||
	    !rmm_structure_ok(rd, ipa, level)) {
		r->x[0] = rmm_ret(ARMCVM_RMI_ERROR_INPUT, 0);
		return false;
	}
	armcvm_rmm_walk_(m, rd, ipa, level - 1, w);
	if (w->level < level - 1 || rmm_rtte_state(w->rtte) != RMM_RTTE_TABLE) {
		r->x[0] = rmm_ret(ARMCVM_RMI_ERROR_RTT, w->level);
		if (want_top) {
			r->x[2] = armcvm_rmm_skip_non_live_(ipa, w);
		}
		return false;
	}
	ok = armcvm_rmm_find_(m, rmm_rtte_addr(w->rtte), child);
	ARMCVM_ASSERT(ok);
	return ok;
}

/*
 * RMI_RTT_DESTROY (S10 B4.3.16) -> X1 rtt, X2 top. After the common
 * checks: rtt_live -> (RTT, level) with top = ipa. The parent entry
 * becomes UNASSIGNED / DESTROYED (protected) or UNASSIGNED_NS
 * (S10 A5.5.9 IMCKSK).
 */
void armcvm_rmm_rtt_destroy_(struct armcvm_rmm_model *m,
			     const struct armcvm_smccc_regs *in,
			struct armcvm_smccc_regs *r)
{
	uint64_t ipa = in->x[2];
	long level = (long)(int64_t)in->x[3];
	struct rmm_gran child;
	struct rmm_rd rd;
	struct rmm_walk w;

	if (!rmm_child_lookup(m, in, r, true, &rd, &w, &child)) {
		return;
	}
	if (child.g->refcount != 0) {
		r->x[0] = rmm_ret(ARMCVM_RMI_ERROR_RTT, level);
		r->x[2] = ipa;
		return;
	}
	if (rmm_ipa_protected(&rd, ipa)) {
		w.rtte = rmm_rtte_make(RMM_RTTE_UNASSIGNED, ARMCVM_RMI_DESTROYED,
				       0);
	} else {
		w.rtte = rmm_rtte_make(RMM_RTTE_UNASSIGNED_NS, 0, 0);
	}
	armcvm_rmm_rtte_set_(&w.table, w.idx, w.rtte);
	rmm_table_ref(&w.table, -1);
	armcvm_rmm_set_state_(&child, ARMCVM_RMM_GRANULE_DELEGATED);
	r->x[0] = rmm_ret(ARMCVM_RMI_SUCCESS, 0);
	r->x[1] = child.pa;
	r->x[2] = armcvm_rmm_skip_non_live_(ipa, &w);
}

/*
 * RttIsHomogeneous / RttFold (S10 A5.5.6, B3.62, B3.63): the folded parent
 * entry, or false. @level is the child RTT's level.
 */
static bool rmm_fold_entry(const struct rmm_gran *child, long level,
			   uint64_t *out)
{
	uint64_t e0 = armcvm_rmm_rtte_get_(child, 0), keep;
	uint64_t size = rmm_entry_size(level);
	unsigned int i, st = rmm_rtte_state(e0);
	bool assigned = st == RMM_RTTE_ASSIGNED || st == RMM_RTTE_ASSIGNED_NS;

	if (st == RMM_RTTE_TABLE) {
		return false;
	}
	if (assigned &&
	    (level < 2 ||
	     !rmm_aligned(rmm_rtte_addr(e0), rmm_entry_size(level - 1)))) {
		return false;
	}
	keep = ~RMM_RTTE_ADDR_MASK;
	for (i = 1; i < RMM_ENTRIES; i++) {
		uint64_t e = armcvm_rmm_rtte_get_(child, i);

		if ((e & keep) != (e0 & keep)) {
			return false;
		}
		if (assigned && rmm_rtte_addr(e) != rmm_rtte_addr(e0) + i * size) {
			return false;
		}
	}
	*out = e0;
	return true;
}

/*
 * RMI_RTT_FOLD (S10 B4.3.17) -> X1 rtt. As RTT_DESTROY but rtt_homo (not
 * homogeneous) -> (RTT, level) in place of rtt_live.
 */
void armcvm_rmm_rtt_fold_(struct armcvm_rmm_model *m,
			  const struct armcvm_smccc_regs *in,
			struct armcvm_smccc_regs *r)
{
	long level = (long)(int64_t)in->x[3];
	struct rmm_gran child;
	struct rmm_rd rd;
	struct rmm_walk w;
	uint64_t folded;

	if (!rmm_child_lookup(m, in, r, false, &rd, &w, &child)) {
		return;
	}
	if (!rmm_fold_entry(&child, level, &folded)) {
		r->x[0] = rmm_ret(ARMCVM_RMI_ERROR_RTT, level);
		return;
	}
	armcvm_rmm_rtte_set_(&w.table, w.idx, folded);
	if (!armcvm_rmm_rtte_counts_(folded)) {
		rmm_table_ref(&w.table, -1);
	}
	armcvm_rmm_set_state_(&child, ARMCVM_RMM_GRANULE_DELEGATED);
	r->x[0] = rmm_ret(ARMCVM_RMI_SUCCESS, 0);
	r->x[1] = child.pa;
}

/*
 * RMI_RTT_READ_ENTRY (S10 B4.3.20) -> X1 walk level, X2 state, X3 desc,
 * X4 ripas. rd_*, level_bound (not in [start, 3]), ipa_align, ipa_bound ->
 * INPUT; no ordering. Encoding per rmi.md 3.7. For ASSIGNED entries the
 * output address is returned whatever the RIPAS (S10; T10 rel0 returns 0
 * for DESTROYED, rmi.md 8.1).
 */
void armcvm_rmm_rtt_read_entry_(struct armcvm_rmm_model *m,
				const struct armcvm_smccc_regs *in,
			struct armcvm_smccc_regs *r)
{
	uint64_t ipa = in->x[2], e;
	long level = (long)(int64_t)in->x[3];
	struct rmm_gran rdg;
	struct rmm_rd rd;
	struct rmm_walk w;

	if (!armcvm_rmm_get_rd_(m, in->x[1], &rdg, &rd) || level < rd.sl ||
	    level > RMM_PAGE_LEVEL || !rmm_map_addr_ok(&rd, ipa, level)) {
		r->x[0] = rmm_ret(ARMCVM_RMI_ERROR_INPUT, 0);
		return;
	}
	armcvm_rmm_walk_(m, &rd, ipa, level, &w);
	e = w.rtte;
	r->x[0] = rmm_ret(ARMCVM_RMI_SUCCESS, 0);
	r->x[1] = (uint64_t)(int64_t)w.level;
	switch (rmm_rtte_state(e)) {
	case RMM_RTTE_UNASSIGNED:
		r->x[2] = ARMCVM_RMI_UNASSIGNED;
		r->x[4] = rmm_rtte_ripas(e);
		break;
	case RMM_RTTE_ASSIGNED:
		r->x[2] = ARMCVM_RMI_ASSIGNED;
		r->x[3] = rmm_rtte_addr(e);
		r->x[4] = rmm_rtte_ripas(e);
		break;
	case RMM_RTTE_TABLE:
		r->x[2] = ARMCVM_RMI_TABLE;
		r->x[3] = rmm_rtte_addr(e);
		break;
	case RMM_RTTE_ASSIGNED_NS:
		r->x[2] = ARMCVM_RMI_ASSIGNED;
		r->x[3] = rmm_rtte_addr(e) |
			  (((e >> RMM_RTTE_MEMATTR_SHIFT) &
			    RMM_DESC_MEMATTR_MASK) << RMM_DESC_MEMATTR_SHIFT) |
			  (((e >> RMM_RTTE_S2AP_SHIFT) & RMM_DESC_S2AP_MASK)
			   << RMM_DESC_S2AP_SHIFT);
		break;
	default: /* UNASSIGNED_NS */
		r->x[2] = ARMCVM_RMI_UNASSIGNED;
		break;
	}
}

/*
 * Map / unmap commands address levels 1..3 (T10 validate_rtt_map_cmds;
 * S10 A5.5.4: only levels 1-3 hold blocks) at an unprotected IPA.
 */
static bool rmm_unprot_ok(const struct rmm_rd *rd, uint64_t ipa, long level)
{
	/* level_bound is !RttLevelIsBlockOrPage(rd, level) (S10 B4.3.19.2,
	 * B4.3.22.2): a level above the realm's starting level is not one of
	 * its RTT levels, as in RTT_READ_ENTRY. */
	return level >= rd->sl && rmm_map_addr_ok(rd, ipa, level) &&
	       !rmm_ipa_protected(rd, ipa);
}

static bool rmm_level_is_map(long level)
{
	return level >= RMM_MIN_BLOCK_LEVEL && level <= RMM_PAGE_LEVEL;
}

/*
 * RttDescriptorIsValidForUnprotected (S10 B3.56; rmi.md 3.7): only the OA
 * (aligned to @level, below 2^48 without LPA2), MemAttr[2:0] and S2AP may
 * be set; MemAttr 0b100 is reserved under FWB (T10 host_ns_s2tte_is_valid).
 */
static bool rmm_ns_desc_ok(uint64_t desc, long level)
{
	uint64_t oa_mask = ((ARMCVM_ULL(1) << RMM_OA_BITS) - 1U) &
			   ~(rmm_entry_size(level) - 1U);

	if ((desc & ~(oa_mask | RMM_DESC_ATTR_MASK)) != 0) {
		return false;
	}
	return ((desc >> RMM_DESC_MEMATTR_SHIFT) & RMM_DESC_MEMATTR_MASK) !=
	       RMM_DESC_MEMATTR_RSVD;
}

/*
 * RMI_RTT_MAP_UNPROTECTED (S10 B4.3.19). T10 order: level_bound (not
 * 1..3) -> INPUT before rd_* -> INPUT; then attr_valid / addr_align /
 * addr_bound (desc) -> INPUT; ipa_align / ipa_bound -> INPUT; rtt_walk
 * (walk.level < level) and rtte_state (not UNASSIGNED_NS) ->
 * (RTT, walk.level).
 */
void armcvm_rmm_rtt_map_unprotected_(struct armcvm_rmm_model *m,
				     const struct armcvm_smccc_regs *in,
			struct armcvm_smccc_regs *r)
{
	uint64_t ipa = in->x[2], desc = in->x[4], e;
	long level = (long)(int64_t)in->x[3];
	struct rmm_gran rdg;
	struct rmm_rd rd;
	struct rmm_walk w;

	if (!rmm_level_is_map(level) || !armcvm_rmm_get_rd_(m, in->x[1], &rdg, &rd) ||
	    !rmm_ns_desc_ok(desc, level) || !rmm_unprot_ok(&rd, ipa, level)) {
		r->x[0] = rmm_ret(ARMCVM_RMI_ERROR_INPUT, 0);
		return;
	}
	armcvm_rmm_walk_(m, &rd, ipa, level, &w);
	if (w.level < level ||
	    rmm_rtte_state(w.rtte) != RMM_RTTE_UNASSIGNED_NS) {
		r->x[0] = rmm_ret(ARMCVM_RMI_ERROR_RTT, w.level);
		return;
	}
	e = rmm_rtte_make(RMM_RTTE_ASSIGNED_NS, 0, desc) |
	    (((desc >> RMM_DESC_MEMATTR_SHIFT) & RMM_DESC_MEMATTR_MASK)
	     << RMM_RTTE_MEMATTR_SHIFT) |
	    (((desc >> RMM_DESC_S2AP_SHIFT) & RMM_DESC_S2AP_MASK)
	     << RMM_RTTE_S2AP_SHIFT);
	armcvm_rmm_rtte_set_(&w.table, w.idx, e);
	r->x[0] = rmm_ret(ARMCVM_RMI_SUCCESS, 0);
}

/*
 * RMI_RTT_UNMAP_UNPROTECTED (S10 B4.3.22) -> X1 top. rd_*, level_bound,
 * ipa_align, ipa_bound -> INPUT (T10: rd first); rtt_walk, rtte_state (not
 * ASSIGNED_NS) -> (RTT, walk.level) with top.
 */
void armcvm_rmm_rtt_unmap_unprotected_(struct armcvm_rmm_model *m,
				       const struct armcvm_smccc_regs *in,
			struct armcvm_smccc_regs *r)
{
	uint64_t ipa = in->x[2];
	long level = (long)(int64_t)in->x[3];
	struct rmm_gran rdg;
	struct rmm_rd rd;
	struct rmm_walk w;

	if (!armcvm_rmm_get_rd_(m, in->x[1], &rdg, &rd) || !rmm_level_is_map(level) ||
	    !rmm_unprot_ok(&rd, ipa, level)) {
		r->x[0] = rmm_ret(ARMCVM_RMI_ERROR_INPUT, 0);
		return;
	}
	armcvm_rmm_walk_(m, &rd, ipa, level, &w);
	if (w.level < level ||
	    rmm_rtte_state(w.rtte) != RMM_RTTE_ASSIGNED_NS) {
		r->x[0] = rmm_ret(ARMCVM_RMI_ERROR_RTT, w.level);
		r->x[1] = armcvm_rmm_skip_non_live_(ipa, &w);
		return;
	}
	w.rtte = rmm_rtte_make(RMM_RTTE_UNASSIGNED_NS, 0, 0);
	armcvm_rmm_rtte_set_(&w.table, w.idx, w.rtte);
	r->x[0] = rmm_ret(ARMCVM_RMI_SUCCESS, 0);
	r->x[1] = armcvm_rmm_skip_non_live_(ipa, &w);
}

/* The RD and the data granule backing a protected RAM IPA, if mapped. */
bool armcvm_rmm_realm_page_(const struct armcvm_rmm_model *m,
			    const struct rmm_rd *rd, uint64_t ipa,
			    struct rmm_gran *page)
{
	struct rmm_walk w;

	if (!rmm_ipa_protected(rd, ipa)) {
		return false;
	}
	armcvm_rmm_walk_(m, rd, ipa, RMM_PAGE_LEVEL, &w);
	if (rmm_rtte_state(w.rtte) != RMM_RTTE_ASSIGNED ||
	    rmm_rtte_ripas(w.rtte) != ARMCVM_RMI_RAM) {
		return false;
	}
	return armcvm_rmm_find_(m, rmm_rtte_addr(w.rtte) +
				((ipa & (rmm_entry_size(w.level) - 1U)) &
				 ~(RMM_GSIZE - 1U)), page);
}
