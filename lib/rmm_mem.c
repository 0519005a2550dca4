/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
/*
 * Software RMM: physical memory, granule states, VMIDs, and the two
 * granule commands RMI_GRANULE_DELEGATE / RMI_GRANULE_UNDELEGATE
 * (S10 A2.2, B4.3.4, B4.3.5; rmi.md 4.1, 4.5).
 */
#include "rmm_internal.h"

/*
 * PaIsDelegable() plus the 4 KiB alignment check: *_align and *_bound
 * conditions. T10 find_granule() folds both into one NULL result.
 */
bool armcvm_rmm_find_(const struct armcvm_rmm_model *m, uint64_t pa,
		      struct rmm_gran *out)
{
	unsigned int i;

	if (!rmm_aligned(pa, RMM_GSIZE)) {
		return false;
	}
	for (i = 0; i < m->nranges; i++) {
		const struct armcvm_rmm_mem_range *r = &m->ranges[i];
		uint64_t n;

		if (pa < r->base) {
			continue;
		}
		n = (pa - r->base) >> RMM_GSHIFT;
		if (n >= r->granules) {
			continue;
		}
		out->pa = pa;
		out->g = &r->gran[n];
		out->bytes = r->bytes + (size_t)(n << RMM_GSHIFT);
		return true;
	}
	return false;
}

/* *_align, *_bound and *_state together (all RMI_ERROR_INPUT). */
bool armcvm_rmm_find_state_(const struct armcvm_rmm_model *m, uint64_t pa,
			    uint32_t state, struct rmm_gran *out)
{
	return armcvm_rmm_find_(m, pa, out) && out->g->state == state;
}

uint64_t armcvm_rmm_ns_read64_(const struct rmm_gran *ns, uint64_t off)
{
	uint64_t v;

	ARMCVM_MEMCPY(&v, ns->bytes + off, sizeof(v));
	return v;
}

/*
 * Every transition into DELEGATED wipes the granule: "When the state of a
 * Granule has transitioned from P to DELEGATED and then to any other
 * state, any content associated with P has been wiped" (S10 A2.2.4,
 * rmi.md 4.1). Destroyed RDs, RECs, REC_AUX, RTTs and DATA granules can
 * then be reused by another realm (DATA_CREATE_UNKNOWN maps the granule
 * as it is) or returned to the host without leaking anything.
 */
void armcvm_rmm_set_state_(struct rmm_gran *g, uint32_t state)
{
	if (state == ARMCVM_RMM_GRANULE_DELEGATED) {
		ARMCVM_MEMSET(g->bytes, 0, RMM_GSIZE);
	}
	g->g->state = state;
	g->g->refcount = 0;
}

void armcvm_rmm_rd_load_(const struct rmm_gran *g, struct rmm_rd *rd)
{
	ARMCVM_MEMCPY(rd, g->bytes, sizeof(*rd));
}

void armcvm_rmm_rd_store_(struct rmm_gran *g, const struct rmm_rd *rd)
{
	ARMCVM_MEMCPY(g->bytes, rd, sizeof(*rd));
}

void armcvm_rmm_rec_load_(const struct rmm_gran *g, struct rmm_rec *rec)
{
	ARMCVM_MEMCPY(rec, g->bytes, sizeof(*rec));
}

void armcvm_rmm_rec_store_(struct rmm_gran *g, const struct rmm_rec *rec)
{
	ARMCVM_MEMCPY(g->bytes, rec, sizeof(*rec));
}

ARMCVM_STATIC_ASSERT(sizeof(struct rmm_rd) <= 4096, "RD fits its granule");
ARMCVM_STATIC_ASSERT(sizeof(struct rmm_rec) <= 4096, "REC fits its granule");

bool armcvm_rmm_vmid_test_(const struct armcvm_rmm_model *m, uint64_t vmid)
{
	return ((m->vmid_map[vmid / 64U] >> (vmid % 64U)) & 1U) != 0;
}

void armcvm_rmm_vmid_set_(struct armcvm_rmm_model *m, uint64_t vmid, bool on)
{
	uint64_t bit = ARMCVM_ULL(1) << (vmid % 64U);

	if (on) {
		m->vmid_map[vmid / 64U] |= bit;
	} else {
		m->vmid_map[vmid / 64U] &= ~bit;
	}
}

/*
 * RMI_GRANULE_DELEGATE (S10 B4.3.4): gran_align, gran_bound, gran_state,
 * gran_gpt -> INPUT, no ordering. The model tracks the GPT through the
 * granule state (UNDELEGATED <=> GPT_NS), so gran_gpt coincides with
 * gran_state. armcvm_rmm_set_state_() zeroes the content.
 */
uint64_t armcvm_rmm_granule_delegate_(struct armcvm_rmm_model *m,
				      uint64_t addr)
{
	struct rmm_gran g;

	if (!armcvm_rmm_find_state_(m, addr, ARMCVM_RMM_GRANULE_UNDELEGATED,
				    &g)) {
		return rmm_ret(ARMCVM_RMI_ERROR_INPUT, 0);
	}
	armcvm_rmm_set_state_(&g, ARMCVM_RMM_GRANULE_DELEGATED);
	return rmm_ret(ARMCVM_RMI_SUCCESS, 0);
}

/*
 * RMI_GRANULE_UNDELEGATE (S10 B4.3.5): gran_align, gran_bound, gran_state
 * -> INPUT. A DELEGATED granule holds zeroes (armcvm_rmm_set_state_()),
 * so nothing reaches the NS PAS (S10 A2.2.4).
 */
uint64_t armcvm_rmm_granule_undelegate_(struct armcvm_rmm_model *m,
					uint64_t addr)
{
	struct rmm_gran g;

	if (!armcvm_rmm_find_state_(m, addr, ARMCVM_RMM_GRANULE_DELEGATED,
				    &g)) {
		return rmm_ret(ARMCVM_RMI_ERROR_INPUT, 0);
	}
	armcvm_rmm_set_state_(&g, ARMCVM_RMM_GRANULE_UNDELEGATED);
	return rmm_ret(ARMCVM_RMI_SUCCESS, 0);
}
