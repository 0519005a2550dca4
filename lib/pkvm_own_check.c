/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
/*
 * armcvm - pKVM ownership model: checker of the composite invariants of
 * pkvm.md 4.4 (implied by mem_protect.c [S1]) over the whole model.
 */
#include <armcvm/pkvm_own.h>
#include "pkvm_own_internal.h"

static int fail(struct armcvm_pkvm_violation *v, unsigned int inv,
		uint64_t pfn, uint32_t handle, uint64_t gfn)
{
	v->inv = inv;
	v->pfn = pfn;
	v->handle = handle;
	v->gfn = gfn;
	return 1;
}

/* Loaded vCPUs, per-CPU records and VM references agree. */
static int check_vms(const struct armcvm_pkvm_own *m,
		     struct armcvm_pkvm_violation *v)
{
	unsigned int i, j;

	for (i = 0; i < m->cfg.nr_cpus; i++) {
		const struct armcvm_pkvm_cpu *c = &m->cfg.cpus[i];
		const struct armcvm_pkvm_vm *vm;
		const struct armcvm_pkvm_vcpu *vc;

		if (c->handle == 0) {
			continue;
		}
		vm = armcvm_pkvm_own_vm_(m, c->handle);
		vc = vm != NULL ? armcvm_pkvm_own_vcpu_(vm, c->vcpu_idx) : NULL;
		if (vc == NULL || vc->loaded_cpu != i) {
			return fail(v, ARMCVM_PKVM_INV_VM, 0, c->handle, 0);
		}
	}
	for (i = 0; i < m->cfg.nr_vms; i++) {
		const struct armcvm_pkvm_vm *vm = &m->cfg.vms[i];
		unsigned int loaded = 0;

		for (j = 0; vm->slot == ARMCVM_PKVM_SLOT_LIVE &&
			    j < vm->nr_vcpus; j++) {
			uint16_t cpu = vm->vcpus[j].loaded_cpu;

			if (cpu == ARMCVM_PKVM_NO_CPU) {
				continue;
			}
			if (cpu >= m->cfg.nr_cpus ||
			    m->cfg.cpus[cpu].handle !=
			    ARMCVM_PKVM_HANDLE_OFFSET + i ||
			    m->cfg.cpus[cpu].vcpu_idx != j) {
				return fail(v, ARMCVM_PKVM_INV_VM, 0,
					    ARMCVM_PKVM_HANDLE_OFFSET + i, 0);
			}
			loaded++;
		}
		if (vm->refs != loaded) {
			return fail(v, ARMCVM_PKVM_INV_VM, 0,
				    ARMCVM_PKVM_HANDLE_OFFSET + i, 0);
		}
	}
	return 0;
}

static bool pair_allowed(unsigned int h, unsigned int y)
{
	switch (h) {
	case ARMCVM_PKVM_PAGE_OWNED:
	case ARMCVM_PKVM_PAGE_SHARED_BORROWED:
		return y == ARMCVM_PKVM_NOPAGE;
	case ARMCVM_PKVM_PAGE_SHARED_OWNED:
		return y == ARMCVM_PKVM_NOPAGE ||
		       y == ARMCVM_PKVM_PAGE_SHARED_BORROWED;
	case ARMCVM_PKVM_NOPAGE:
		return y == ARMCVM_PKVM_NOPAGE || y == ARMCVM_PKVM_PAGE_OWNED;
	default:
		return false;
	}
}

/* A guest-owned or guest-shared page names a leaf that maps it back. */
static bool annot_ok(const struct armcvm_pkvm_own *m, uint64_t pfn,
		     const struct armcvm_pkvm_page *p, unsigned int want)
{
	const struct armcvm_pkvm_vm *vm = armcvm_pkvm_own_vm_(m, p->ref);
	uint64_t gfn = own_owner_gfn(p), pte = 0;

	return vm != NULL &&
	       armcvm_pkvm_own_guest_pte_(vm, gfn, 1, &pte) == 0 &&
	       (pte & ARMCVM_PKVM_S2_VALID) != 0 &&
	       armcvm_pkvm_own_guest_state_(pte) == want &&
	       armcvm_pkvm_own_guest_pfn_(pte, gfn) == pfn;
}

static int check_page(const struct armcvm_pkvm_own *m, uint64_t pfn,
		      struct armcvm_pkvm_violation *v)
{
	const struct armcvm_pkvm_page *p = own_page(m, pfn);
	unsigned int h = own_host(p), y = own_hyp(p);

	if (!pair_allowed(h, y) ||
	    (p->state != 0 && !armcvm_pkvm_own_is_memory_(m, pfn))) {
		return fail(v, ARMCVM_PKVM_INV_PAIR, pfn, 0, 0);
	}
	if ((h == ARMCVM_PKVM_NOPAGE && y == ARMCVM_PKVM_NOPAGE) ||
	    h == ARMCVM_PKVM_PAGE_SHARED_BORROWED) {
		if (!annot_ok(m, pfn, p, h == ARMCVM_PKVM_NOPAGE ?
			      ARMCVM_PKVM_PAGE_OWNED :
			      ARMCVM_PKVM_PAGE_SHARED_OWNED)) {
			return fail(v, ARMCVM_PKVM_INV_ANNOT, pfn, p->ref,
				    own_owner_gfn(p));
		}
		return 0;
	}
	if (p->cnt != 0 && h != ARMCVM_PKVM_PAGE_SHARED_OWNED) {
		return fail(v, ARMCVM_PKVM_INV_COUNT_STATE, pfn, 0, 0);
	}
	if (p->gfn_hi != 0 ||
	    (p->ref != 0 && y != ARMCVM_PKVM_PAGE_SHARED_BORROWED)) {
		return fail(v, ARMCVM_PKVM_INV_PIN, pfn, 0, 0);
	}
	return 0;
}

/* Every valid leaf's page is in the matching host state. */
static int check_guest(const struct armcvm_pkvm_own *m, unsigned int i,
		       uint32_t *scratch, struct armcvm_pkvm_violation *v)
{
	const struct armcvm_pkvm_vm *vm = &m->cfg.vms[i];
	uint32_t handle = ARMCVM_PKVM_HANDLE_OFFSET + i;
	uint64_t k;

	for (k = 0; k < vm->nr_gfns; k++) {
		uint64_t pte = vm->s2[k], gfn = vm->gfn_base + k, pfn;
		unsigned int gs = armcvm_pkvm_own_guest_state_(pte);
		const struct armcvm_pkvm_page *p;
		bool ok;

		if ((pte & ARMCVM_PKVM_S2_VALID) == 0) {
			if (gs == ARMCVM_PKVM_NOPAGE && pte != 0) {
				return fail(v, ARMCVM_PKVM_INV_GUEST, 0,
					    handle, gfn);
			}
			continue;
		}
		pfn = armcvm_pkvm_own_guest_pfn_(pte, gfn);
		if (!armcvm_pkvm_own_is_memory_(m, pfn)) {
			return fail(v, ARMCVM_PKVM_INV_GUEST, pfn, handle, gfn);
		}
		p = own_page(m, pfn);
		switch (gs) {
		case ARMCVM_PKVM_PAGE_OWNED:
			ok = own_host(p) == ARMCVM_PKVM_NOPAGE &&
			     own_hyp(p) == ARMCVM_PKVM_NOPAGE;
			break;
		case ARMCVM_PKVM_PAGE_SHARED_OWNED:
			ok = own_host(p) == ARMCVM_PKVM_PAGE_SHARED_BORROWED;
			break;
		case ARMCVM_PKVM_PAGE_SHARED_BORROWED:
			ok = own_host(p) == ARMCVM_PKVM_PAGE_SHARED_OWNED;
			scratch[pfn - m->cfg.pfn_base]++;
			break;
		default:
			ok = false;
			break;
		}
		if (!ok) {
			return fail(v, ARMCVM_PKVM_INV_GUEST, pfn, handle, gfn);
		}
		if (gs != ARMCVM_PKVM_PAGE_SHARED_BORROWED &&
		    (p->ref != handle || own_owner_gfn(p) != gfn)) {
			return fail(v, ARMCVM_PKVM_INV_ANNOT, pfn, handle, gfn);
		}
	}
	return 0;
}

int armcvm_pkvm_own_check(const struct armcvm_pkvm_own *m, uint32_t *scratch,
			  size_t scratch_len, struct armcvm_pkvm_violation *v)
{
	uint64_t pfn, n;
	unsigned int i;
	int r;

	if (!armcvm_pkvm_own_ok_(m) || scratch == NULL || v == NULL) {
		return -ARMCVM_ERR_INVAL;
	}
	n = m->cfg.nr_pages;
	if (scratch_len < n) {
		return -ARMCVM_ERR_NOSPACE;
	}
	ARMCVM_MEMSET(v, 0, sizeof(*v));
	ARMCVM_MEMSET(scratch, 0, (size_t)n * sizeof(*scratch));
	r = check_vms(m, v);
	for (pfn = m->cfg.pfn_base; r == 0 && pfn - m->cfg.pfn_base < n; pfn++) {
		r = check_page(m, pfn, v);
	}
	for (i = 0; r == 0 && i < m->cfg.nr_vms; i++) {
		if (m->cfg.vms[i].slot == ARMCVM_PKVM_SLOT_LIVE) {
			r = check_guest(m, i, scratch, v);
		}
	}
	for (pfn = 0; r == 0 && pfn < n; pfn++) {
		const struct armcvm_pkvm_page *p = &m->cfg.pages[pfn];

		if (own_host(p) == ARMCVM_PKVM_PAGE_SHARED_OWNED &&
		    p->cnt != scratch[pfn]) {
			r = fail(v, ARMCVM_PKVM_INV_COUNT,
				 m->cfg.pfn_base + pfn, 0, 0);
		}
	}
	return r;
}
