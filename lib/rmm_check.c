/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
/*
 * Software RMM: the invariant checker (armcvm_rmm_model_check()). It walks
 * every realm's RTT tree without recursion (an explicit stack of at most
 * four levels), marks each granule it reaches through an ownership link
 * and fails on a second mark or an unmarked owned granule.
 */
#include "rmm_internal.h"

#define MARK	ARMCVM_U(0x80000000)

/* Mark one owned granule of @state; false if missing, wrong or owned twice. */
static bool own(const struct armcvm_rmm_model *m, uint64_t pa, uint32_t state)
{
	struct rmm_gran g;

	if (!armcvm_rmm_find_(m, pa, &g) || g.g->state != state) {
		return false;
	}
	g.g->state |= MARK;
	return true;
}

/* An entry is well formed for its level and IPA half (S10 A5.5.4). */
static bool entry_ok(const struct armcvm_rmm_model *m, const struct rmm_rd *rd,
		     uint64_t e, long level, uint64_t ipa)
{
	unsigned int st = rmm_rtte_state(e);
	bool prot = rmm_ipa_protected(rd, ipa);
	uint64_t n, i, size = rmm_entry_size(level);

	switch (st) {
	case RMM_RTTE_UNASSIGNED:
		return prot && rmm_rtte_ripas(e) <= ARMCVM_RMI_DESTROYED &&
		       (e & ~RMM_RTTE_RIPAS_MASK & ~RMM_RTTE_STATE_MASK) == 0;
	case RMM_RTTE_UNASSIGNED_NS:
		return !prot && e == RMM_RTTE_UNASSIGNED_NS;
	case RMM_RTTE_ASSIGNED_NS:
		return !prot && level >= RMM_MIN_BLOCK_LEVEL &&
		       rmm_aligned(rmm_rtte_addr(e), size) &&
		       (e & RMM_RTTE_RIPAS_MASK) == 0;
	case RMM_RTTE_ASSIGNED:
		if (!prot || level < RMM_MIN_BLOCK_LEVEL ||
		    rmm_rtte_ripas(e) > ARMCVM_RMI_DESTROYED ||
		    !rmm_aligned(rmm_rtte_addr(e), size)) {
			return false;
		}
		n = size / RMM_GSIZE;
		for (i = 0; i < n; i++) {
			if (!own(m, rmm_rtte_addr(e) + i * RMM_GSIZE,
				 ARMCVM_RMM_GRANULE_DATA)) {
				return false;
			}
		}
		return true;
	case RMM_RTTE_TABLE:
		return level < RMM_PAGE_LEVEL &&
		       own(m, rmm_rtte_addr(e), ARMCVM_RMM_GRANULE_RTT);
	default:
		return false;
	}
}

struct frame {
	uint64_t pa;
	uint64_t base;
	unsigned int idx;
	uint32_t live;
};

/* Check one RTT tree rooted at root table @t (entries from IPA @base). */
static bool tree_ok(const struct armcvm_rmm_model *m, const struct rmm_rd *rd,
		    uint64_t root_pa, uint64_t root_base)
{
	struct frame st[4];
	int top = 0;
	struct rmm_gran t;
	uint64_t limit = ARMCVM_ULL(1) << rd->s2sz;

	st[0].pa = root_pa;
	st[0].base = root_base;
	st[0].idx = 0;
	st[0].live = 0;
	while (top >= 0) {
		struct frame *f = &st[top];
		long level = rd->sl + top;
		uint64_t e, ipa;

		(void)armcvm_rmm_find_(m, f->pa, &t);
		if (f->idx == RMM_ENTRIES) {
			if ((t.g->refcount) != f->live) {
				return false;
			}
			top--;
			continue;
		}
		ipa = f->base + (uint64_t)f->idx * rmm_entry_size(level);
		e = armcvm_rmm_rtte_get_(&t, f->idx);
		f->idx++;
		if (ipa >= limit) {
			continue;	/* beyond the IPA space: never walked */
		}
		if (!entry_ok(m, rd, e, level, ipa)) {
			return false;
		}
		if (armcvm_rmm_rtte_counts_(e)) {
			f->live++;
		}
		if (rmm_rtte_state(e) == RMM_RTTE_TABLE) {
			top++;
			st[top].pa = rmm_rtte_addr(e);
			st[top].base = ipa;
			st[top].idx = 0;
			st[top].live = 0;
		}
	}
	return true;
}

static bool same64(const uint8_t *a, const uint8_t *b)
{
	unsigned int i;

	for (i = 0; i < 64U; i++) {
		if (a[i] != b[i]) {
			return false;
		}
	}
	return true;
}

static uint64_t popcount(uint64_t v)
{
	uint64_t n = 0;

	while (v != 0) {
		v &= v - 1U;
		n++;
	}
	return n;
}

static bool realm_ok(struct armcvm_rmm_model *m, const struct rmm_gran *rdg)
{
	struct rmm_rd rd;
	uint64_t i, b, recs = 0;
	unsigned int a;

	armcvm_rmm_rd_load_(rdg, &rd);
	if (rd.state > RMM_REALM_SYSTEM_OFF || rd.sl < 0 ||
	    rd.sl > RMM_PAGE_LEVEL || rd.num_root == 0 ||
	    rd.num_root > 16U || rd.vmid >= (ARMCVM_ULL(1) << m->plat.vmid_bits) ||
	    !armcvm_rmm_vmid_test_(m, rd.vmid) || rd.num_recs > rd.rec_index) {
		return false;
	}
	/* RIM frozen after activation (S10 A7.1.1). */
	if (rd.state != RMM_REALM_NEW &&
	    !same64(rd.meas[0].bytes, rd.rim_frozen.bytes)) {
		return false;
	}
	for (i = 0; i < rd.num_root; i++) {
		if (!own(m, rd.rtt_base + i * RMM_GSIZE,
			 ARMCVM_RMM_GRANULE_RTT) ||
		    !tree_ok(m, &rd, rd.rtt_base + i * RMM_GSIZE,
			     i * RMM_ENTRIES *
			     rmm_entry_size(rd.sl))) {
			return false;
		}
	}
	/* RD refcount = RECs owned (T10 uses the RD refcount for RECs). */
	for (a = 0; a < m->nranges; a++) {
		for (b = 0; b < m->ranges[a].granules; b++) {
			struct rmm_gran g;
			struct rmm_rec rec;

			if ((m->ranges[a].gran[b].state & ~MARK) !=
			    ARMCVM_RMM_GRANULE_REC) {
				continue;
			}
			(void)armcvm_rmm_find_(m, m->ranges[a].base +
					       (b << RMM_GSHIFT), &g);
			armcvm_rmm_rec_load_(&g, &rec);
			if (rec.owner == rdg->pa) {
				recs++;
			}
		}
	}
	return recs == rd.num_recs && recs == rdg->g->refcount;
}

static bool rec_ok(struct armcvm_rmm_model *m, const struct rmm_gran *g)
{
	struct rmm_gran rdg;
	struct rmm_rec rec;
	uint64_t i;

	armcvm_rmm_rec_load_(g, &rec);
	if (!armcvm_rmm_find_(m, rec.owner, &rdg) ||
	    (rdg.g->state & ~MARK) != ARMCVM_RMM_GRANULE_RD ||
	    rec.num_aux != m->plat.rec_aux_count || rec.pending > RMM_PEND_PSCI) {
		return false;
	}
	for (i = 0; i < rec.num_aux; i++) {
		if (!own(m, rec.aux[i], ARMCVM_RMM_GRANULE_REC_AUX)) {
			return false;
		}
	}
	return g->g->refcount == 0;
}

/* A DELEGATED granule holds nothing of its past (S10 A2.2.4). */
static bool wiped(const uint8_t *p)
{
	uint8_t any = 0;
	size_t i;

	for (i = 0; i < RMM_GSIZE; i++) {
		any |= p[i];
	}
	return any == 0;
}

/* Every granule: valid state; owned granules marked exactly once;
 * DELEGATED granules zero. */
static int sweep(struct armcvm_rmm_model *m, bool check)
{
	unsigned int a;
	uint64_t b;
	int rc = 0;
	uint64_t rds = 0;

	for (a = 0; a < m->nranges; a++) {
		for (b = 0; b < m->ranges[a].granules; b++) {
			struct armcvm_rmm_granule *gr = &m->ranges[a].gran[b];
			uint32_t st = gr->state & ~MARK;
			bool marked = (gr->state & MARK) != 0;
			bool owned = st == ARMCVM_RMM_GRANULE_RTT ||
				     st == ARMCVM_RMM_GRANULE_DATA ||
				     st == ARMCVM_RMM_GRANULE_REC_AUX;

			gr->state = st;
			if (!check) {
				continue;
			}
			if (st > ARMCVM_RMM_GRANULE_RTT || owned != marked) {
				rc = -ARMCVM_ERR_INTERNAL;
			}
			if (st == ARMCVM_RMM_GRANULE_DELEGATED &&
			    !wiped(m->ranges[a].bytes + (b << RMM_GSHIFT))) {
				rc = -ARMCVM_ERR_INTERNAL;
			}
			if (st == ARMCVM_RMM_GRANULE_RD) {
				rds++;
			} else if (st != ARMCVM_RMM_GRANULE_RTT &&
				   gr->refcount != 0) {
				rc = -ARMCVM_ERR_INTERNAL;
			}
		}
	}
	if (check) {
		uint64_t vmids = 0;

		for (b = 0; b < armcvm_rmm_model_vmid_words(m->plat.vmid_bits);
		     b++) {
			vmids += popcount(m->vmid_map[b]);
		}
		if (vmids != rds) {
			rc = -ARMCVM_ERR_INTERNAL;
		}
	}
	return rc;
}

int armcvm_rmm_model_check(struct armcvm_rmm_model *m)
{
	unsigned int a;
	uint64_t b;
	bool ok = true;

	if (m == NULL) {
		return -ARMCVM_ERR_INVAL;
	}
	for (a = 0; a < m->nranges && ok; a++) {
		for (b = 0; b < m->ranges[a].granules && ok; b++) {
			struct rmm_gran g;
			uint32_t st = m->ranges[a].gran[b].state & ~MARK;

			if (st != ARMCVM_RMM_GRANULE_RD &&
			    st != ARMCVM_RMM_GRANULE_REC) {
				continue;
			}
			(void)armcvm_rmm_find_(m, m->ranges[a].base +
					       (b << RMM_GSHIFT), &g);
			ok = st == ARMCVM_RMM_GRANULE_RD ? realm_ok(m, &g) :
							   rec_ok(m, &g);
		}
	}
	if (!ok) {
		(void)sweep(m, false);
		return -ARMCVM_ERR_INTERNAL;
	}
	return sweep(m, true);
}
