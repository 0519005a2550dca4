/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
/*
 * armcvm - pKVM ownership model: guest stage-2 transitions T8-T18
 * (pkvm.md 4.3, 4.4; Linux arch/arm64/kvm/hyp/nvhe/mem_protect.c [S1]).
 * Each transition is a check (the kernel's checks, in its order) followed
 * by a commit that cannot fail.
 */
#include <armcvm/pkvm_own.h>
#include "pkvm_own_internal.h"

#define POISON_PTE	((uint64_t)ARMCVM_PKVM_INVALID_PTE_TYPE_POISONED << \
			 ARMCVM_PKVM_INVALID_PTE_TYPE_SHIFT)

/*
 * Stage-2 walk of [gfn, gfn + nr): -ERANGE beyond the IPA size (the
 * kvm_pgtable walker [S1]), a library error outside the caller's window.
 * *pte receives the entry of @gfn.
 */
int armcvm_pkvm_own_guest_pte_(const struct armcvm_pkvm_vm *vm, uint64_t gfn,
			       uint64_t nr, uint64_t *pte)
{
	uint64_t limit = ARMCVM_ULL(1) << (vm->ia_bits - ARMCVM_PKVM_PAGE_SHIFT);

	if (gfn >= limit || nr > limit - gfn) {
		return -ARMCVM_PKVM_ERANGE;
	}
	if (gfn < vm->gfn_base || gfn - vm->gfn_base >= vm->nr_gfns ||
	    nr > vm->nr_gfns - (gfn - vm->gfn_base)) {
		return OWN_LIB(ARMCVM_ERR_RANGE);
	}
	*pte = vm->s2[gfn - vm->gfn_base];
	return 0;
}

/* guest_get_page_state() [S1]: SW bits of a valid leaf, else NOPAGE/POISON */
unsigned int armcvm_pkvm_own_guest_state_(uint64_t pte)
{
	if ((pte & ARMCVM_PKVM_S2_VALID) != 0) {
		return (unsigned int)((pte & ARMCVM_PKVM_S2_STATE_MASK) >>
				      ARMCVM_PKVM_S2_STATE_SHIFT);
	}
	return pte == POISON_PTE ? ARMCVM_PKVM_POISON : ARMCVM_PKVM_NOPAGE;
}

static bool is_block(uint64_t pte)
{
	return (pte & ARMCVM_PKVM_S2_VALID) != 0 &&
	       (pte & ARMCVM_PKVM_S2_PAGE) == 0;
}

uint64_t armcvm_pkvm_own_guest_pfn_(uint64_t pte, uint64_t gfn)
{
	uint64_t pfn = (pte & ARMCVM_PKVM_S2_OA_MASK) >> ARMCVM_PKVM_PAGE_SHIFT;

	return is_block(pte) ? pfn + (gfn & OWN_BLOCK_MASK) : pfn;
}

static uint64_t *slot(const struct armcvm_pkvm_vm *vm, uint64_t gfn)
{
	return &vm->s2[gfn - vm->gfn_base];
}

/* The entries of the leaf holding @gfn (512 for a block). */
static void leaf_span(uint64_t pte, uint64_t gfn, uint64_t *first,
		      uint64_t *nr)
{
	*first = is_block(pte) ? gfn & ~OWN_BLOCK_MASK : gfn;
	*nr = is_block(pte) ? ARMCVM_PKVM_BLOCK_PAGES : 1U;
}

static void write_leaf(const struct armcvm_pkvm_vm *vm, uint64_t gfn,
		       uint64_t nr, uint64_t pte)
{
	uint64_t i;

	for (i = 0; i < nr; i++) {
		*slot(vm, gfn + i) = pte;
	}
}

static uint64_t make_leaf(uint64_t pfn, bool block, unsigned int prot,
			  unsigned int state)
{
	struct armcvm_pkvm_guest_leaf l = {
		.state = (uint8_t)state, .block = block,
		.prot = (uint8_t)prot, .young = true, .pfn = pfn,
	};

	return armcvm_pkvm_own_leaf_bits_(&l);
}

static uint64_t set_state(uint64_t pte, unsigned int state)
{
	return (pte & ~ARMCVM_PKVM_S2_STATE_MASK) |
	       ((uint64_t)state << ARMCVM_PKVM_S2_STATE_SHIFT);
}

/* __guest_check_page_state_range(..., NOPAGE) [S1]. */
static int guest_check_nopage(const struct armcvm_pkvm_vm *vm, uint64_t gfn,
			      uint64_t nr)
{
	uint64_t pte, i;
	int r = armcvm_pkvm_own_guest_pte_(vm, gfn, nr, &pte);

	for (i = 0; r == 0 && i < nr; i++) {
		if (armcvm_pkvm_own_guest_state_(*slot(vm, gfn + i)) !=
		    ARMCVM_PKVM_NOPAGE) {
			r = -ARMCVM_PKVM_EPERM;
		}
	}
	return r;
}

/* get_valid_guest_pte() [S1]. */
static int get_valid_guest_pte(const struct armcvm_pkvm_vm *vm, uint64_t gfn,
			       uint64_t *pte, uint64_t *pfn)
{
	int r = armcvm_pkvm_own_guest_pte_(vm, gfn, 1, pte);

	if (r != 0) {
		return r;
	}
	if (*pte == POISON_PTE) {
		return -ARMCVM_PKVM_EHWPOISON;
	}
	if ((*pte & ARMCVM_PKVM_S2_VALID) == 0) {
		return -ARMCVM_PKVM_ENOENT;
	}
	if (is_block(*pte)) {
		return -ARMCVM_PKVM_E2BIG;
	}
	*pfn = armcvm_pkvm_own_guest_pfn_(*pte, gfn);
	return 0;
}

/* __guest_check_transition_size() [S1]: 1 page or one aligned 2 MiB block */
static int transition_size(uint64_t pfn, uint64_t gfn, uint64_t nr)
{
	if (nr == 1U) {
		return 0;
	}
	if (nr != ARMCVM_PKVM_BLOCK_PAGES || ((pfn | gfn) & OWN_BLOCK_MASK) != 0) {
		return -ARMCVM_PKVM_EINVAL;
	}
	return 0;
}

/* __guest_check_pgtable_memcache() [S1] */
static int memcache_check(const struct armcvm_pkvm_vm *vm,
			  const struct armcvm_pkvm_vcpu *vcpu)
{
	return vcpu->memcache < vm->memcache_min ? -ARMCVM_PKVM_ENOMEM : 0;
}

static int lookup(const struct armcvm_pkvm_own *m, uint32_t handle,
		  uint32_t idx, bool need_vcpu, struct armcvm_pkvm_vm **vm,
		  struct armcvm_pkvm_vcpu **vcpu)
{
	*vm = armcvm_pkvm_own_vm_(m, handle);
	if (*vm == NULL) {
		return -ARMCVM_PKVM_EINVAL;
	}
	if (need_vcpu) {
		*vcpu = armcvm_pkvm_own_vcpu_(*vm, idx);
		if (*vcpu == NULL) {
			return -ARMCVM_PKVM_EINVAL;
		}
	}
	return 0;
}

#define ENTRY(m, ret)							\
	do {								\
		if (!armcvm_pkvm_own_ok_(m) || (ret) == NULL) {		\
			return -ARMCVM_ERR_INVAL;			\
		}							\
	} while (0)

/* ---------------- T8: host -> non-protected guest share ---------------- */

static int share_guest_check(const struct armcvm_pkvm_own *m,
			     const struct armcvm_pkvm_vm *vm,
			     const struct armcvm_pkvm_vcpu *vcpu, uint64_t pfn,
			     uint64_t gfn, uint64_t nr, uint32_t prot)
{
	uint64_t i;
	int r;

	if ((prot & ~ARMCVM_PKVM_PROT_RWX) != 0 ||
	    !armcvm_pkvm_own_pfn_range_valid_(m, pfn, nr)) {
		return -ARMCVM_PKVM_EINVAL;
	}
	r = transition_size(pfn, gfn, nr);
	if (r == 0) {
		r = armcvm_pkvm_own_allowed_memory_(m, pfn, nr);
	}
	if (r == 0) {
		r = guest_check_nopage(vm, gfn, nr);
	}
	for (i = 0; r == 0 && i < nr; i++) {
		const struct armcvm_pkvm_page *p = own_page(m, pfn + i);

		if (own_host(p) == ARMCVM_PKVM_PAGE_OWNED) {
			continue;
		}
		if (own_host(p) == ARMCVM_PKVM_PAGE_SHARED_OWNED &&
		    p->cnt == UINT32_MAX) {
			r = -ARMCVM_PKVM_EBUSY;
		} else if (own_host(p) != ARMCVM_PKVM_PAGE_SHARED_OWNED ||
			   p->cnt == 0) {
			/* only host -> np-guest multi-sharing is tolerated */
			r = -ARMCVM_PKVM_EPERM;
		}
	}
	return r != 0 ? r : memcache_check(vm, vcpu);
}

int armcvm_pkvm_own_host_share_guest(struct armcvm_pkvm_own *m,
				     uint32_t handle, uint32_t vcpu_idx,
				     uint64_t pfn, uint64_t gfn, uint64_t nr,
				     uint32_t prot, int *ret)
{
	struct armcvm_pkvm_vcpu *vcpu = NULL;
	struct armcvm_pkvm_vm *vm = NULL;
	int r;

	ENTRY(m, ret);
	r = lookup(m, handle, vcpu_idx, true, &vm, &vcpu);
	if (r == 0) {
		r = share_guest_check(m, vm, vcpu, pfn, gfn, nr, prot);
	}
	if (r == 0) {
		uint64_t i;

		for (i = 0; i < nr; i++) {
			struct armcvm_pkvm_page *p = own_page(m, pfn + i);

			own_set_host(p, ARMCVM_PKVM_PAGE_SHARED_OWNED);
			p->cnt++;
		}
		write_leaf(vm, gfn, nr, make_leaf(pfn, nr != 1U, prot,
					ARMCVM_PKVM_PAGE_SHARED_BORROWED));
	}
	return armcvm_pkvm_own_finish_(r, ret);
}

/* ---------------- T9: undo T8 ---------------- */

/* __check_host_shared_guest() [S1] */
static int unshare_guest_check(const struct armcvm_pkvm_own *m,
			       const struct armcvm_pkvm_vm *vm, uint64_t gfn,
			       uint64_t nr, uint64_t *pfn)
{
	uint64_t pte, first, span, i;
	int r = transition_size(0, gfn, nr);

	if (r == 0) {
		r = armcvm_pkvm_own_guest_pte_(vm, gfn, 1, &pte);
	}
	if (r != 0) {
		return r;
	}
	if ((pte & ARMCVM_PKVM_S2_VALID) == 0) {
		return -ARMCVM_PKVM_ENOENT;
	}
	leaf_span(pte, gfn, &first, &span);
	if (span != nr) {
		return -ARMCVM_PKVM_E2BIG;
	}
	if (armcvm_pkvm_own_guest_state_(pte) !=
	    ARMCVM_PKVM_PAGE_SHARED_BORROWED) {
		return -ARMCVM_PKVM_EPERM;
	}
	*pfn = armcvm_pkvm_own_guest_pfn_(pte, first);
	/* WARN_ON(check_range_allowed_memory()): holds by construction */
	ARMCVM_ASSERT(armcvm_pkvm_own_allowed_memory_(m, *pfn, nr) == 0);
	for (i = 0; i < nr; i++) {
		const struct armcvm_pkvm_page *p = own_page(m, *pfn + i);

		if (own_host(p) != ARMCVM_PKVM_PAGE_SHARED_OWNED) {
			return -ARMCVM_PKVM_EPERM;
		}
		if (p->cnt == 0) {
			return -ARMCVM_PKVM_EINVAL;	/* WARN_ON [S1] */
		}
	}
	return 0;
}

int armcvm_pkvm_own_host_unshare_guest(struct armcvm_pkvm_own *m,
				       uint32_t handle, uint64_t gfn,
				       uint64_t nr, int *ret)
{
	struct armcvm_pkvm_vm *vm = NULL;
	uint64_t pfn = 0;
	int r;

	ENTRY(m, ret);
	r = lookup(m, handle, 0, false, &vm, NULL);
	if (r == 0) {
		r = unshare_guest_check(m, vm, gfn, nr, &pfn);
	}
	if (r == 0) {
		uint64_t i;

		write_leaf(vm, gfn, nr, 0);
		for (i = 0; i < nr; i++) {
			struct armcvm_pkvm_page *p = own_page(m, pfn + i);

			if (--p->cnt == 0) {
				own_set_host(p, ARMCVM_PKVM_PAGE_OWNED);
			}
		}
	}
	return armcvm_pkvm_own_finish_(r, ret);
}

/* ---------------- T10-T12: permissions and access flag ---------------- */

static int np_vm(const struct armcvm_pkvm_own *m, uint32_t handle,
		 struct armcvm_pkvm_vm **vm)
{
	int r = lookup(m, handle, 0, false, vm, NULL);

	if (r == 0 && (*vm)->is_protected) {
		r = -ARMCVM_PKVM_EPERM;
	}
	return r;
}

int armcvm_pkvm_own_host_relax_perms_guest(struct armcvm_pkvm_own *m,
					   uint32_t handle, uint64_t gfn,
					   uint32_t prot, int *ret)
{
	struct armcvm_pkvm_vm *vm = NULL;
	uint64_t pte = 0, first, span;
	int r;

	ENTRY(m, ret);
	r = np_vm(m, handle, &vm);
	if (r == 0 && (prot & ~ARMCVM_PKVM_PROT_RWX) != 0) {
		r = -ARMCVM_PKVM_EINVAL;
	}
	if (r == 0) {
		r = armcvm_pkvm_own_guest_pte_(vm, gfn, 1, &pte);
	}
	if (r == 0 && (pte & ARMCVM_PKVM_S2_VALID) == 0) {
		/* stage2_attr_walker(): invalid leaf -> -EAGAIN (pgtable.c) */
		r = -ARMCVM_PKVM_EAGAIN;
	}
	if (r == 0) {
		if ((prot & ARMCVM_PKVM_PROT_R) != 0) {
			pte |= ARMCVM_PKVM_S2_AP_R;
		}
		if ((prot & ARMCVM_PKVM_PROT_W) != 0) {
			pte |= ARMCVM_PKVM_S2_AP_W;
		}
		if ((prot & ARMCVM_PKVM_PROT_X) != 0) {
			pte &= ~ARMCVM_PKVM_S2_XN;
		}
		leaf_span(pte, gfn, &first, &span);
		write_leaf(vm, first, span, pte);
	}
	return armcvm_pkvm_own_finish_(r, ret);
}

/* Apply (clear) @clr to every valid leaf of the range; report AF. */
static bool update_range(const struct armcvm_pkvm_vm *vm, uint64_t gfn,
			 uint64_t nr, uint64_t clr, bool commit)
{
	uint64_t i, first, span;
	bool young = false;

	for (i = 0; i < nr; i++) {
		uint64_t pte = *slot(vm, gfn + i);

		if ((pte & ARMCVM_PKVM_S2_VALID) == 0) {
			continue;
		}
		young = young || (pte & ARMCVM_PKVM_S2_AF) != 0;
		if (commit) {
			leaf_span(pte, gfn + i, &first, &span);
			write_leaf(vm, first, span, pte & ~clr);
		}
	}
	return young;
}

static int range_op(struct armcvm_pkvm_own *m, uint32_t handle, uint64_t gfn,
		    uint64_t nr, uint64_t clr, bool commit, int *ret)
{
	struct armcvm_pkvm_vm *vm = NULL;
	uint64_t pte;
	int r;

	ENTRY(m, ret);
	r = np_vm(m, handle, &vm);
	if (r == 0) {
		r = transition_size(0, gfn, nr);
	}
	if (r == 0) {
		r = armcvm_pkvm_own_guest_pte_(vm, gfn, nr, &pte);
	}
	if (r == 0) {
		bool young = update_range(vm, gfn, nr, clr, commit);


		r = clr == ARMCVM_PKVM_S2_AP_W ? 0 : (young ? 1 : 0);
	}
	return armcvm_pkvm_own_finish_(r, ret);
}

int armcvm_pkvm_own_host_wrprotect_guest(struct armcvm_pkvm_own *m,
					 uint32_t handle, uint64_t gfn,
					 uint64_t nr, int *ret)
{
	return range_op(m, handle, gfn, nr, ARMCVM_PKVM_S2_AP_W, true, ret);
}

int armcvm_pkvm_own_host_test_clear_young_guest(struct armcvm_pkvm_own *m,
						uint32_t handle, uint64_t gfn,
						uint64_t nr, bool mkold,
						int *ret)
{
	return range_op(m, handle, gfn, nr, ARMCVM_PKVM_S2_AF, mkold, ret);
}

int armcvm_pkvm_own_host_mkyoung_guest(struct armcvm_pkvm_own *m,
				       uint32_t handle, uint64_t gfn, int *ret)
{
	struct armcvm_pkvm_vm *vm = NULL;
	uint64_t pte = 0, first, span;
	int r;

	ENTRY(m, ret);
	r = np_vm(m, handle, &vm);
	if (r == 0) {
		r = armcvm_pkvm_own_guest_pte_(vm, gfn, 1, &pte);
	}
	if (r == 0 && (pte & ARMCVM_PKVM_S2_VALID) != 0) {
		leaf_span(pte, gfn, &first, &span);
		write_leaf(vm, first, span, pte | ARMCVM_PKVM_S2_AF);
	}
	return armcvm_pkvm_own_finish_(r, ret);
}

/* ---------------- T13: host -> protected guest donation ---------------- */

int armcvm_pkvm_own_host_donate_guest(struct armcvm_pkvm_own *m,
				      uint32_t handle, uint32_t vcpu_idx,
				      uint64_t pfn, uint64_t gfn, int *ret)
{
	struct armcvm_pkvm_vcpu *vcpu = NULL;
	struct armcvm_pkvm_vm *vm = NULL;
	int r;

	ENTRY(m, ret);
	r = lookup(m, handle, vcpu_idx, true, &vm, &vcpu);
	if (r == 0) {
		r = armcvm_pkvm_own_host_check_(m, pfn, 1,
						ARMCVM_PKVM_PAGE_OWNED);
	}
	if (r == 0) {
		r = guest_check_nopage(vm, gfn, 1);
	}
	if (r == 0) {
		r = memcache_check(vm, vcpu);
	}
	if (r == 0) {
		struct armcvm_pkvm_page *p = own_page(m, pfn);

		own_set_host(p, ARMCVM_PKVM_NOPAGE);
		own_set_owner(p, (uint16_t)handle, gfn);
		*slot(vm, gfn) = make_leaf(pfn, false, ARMCVM_PKVM_PROT_RWX,
					   ARMCVM_PKVM_PAGE_OWNED);
		armcvm_pkvm_own_host_lost_(m, pfn, 1, ARMCVM_PKVM_ID_GUEST);
	}
	return armcvm_pkvm_own_finish_(r, ret);
}

/* ---------------- T14 / T15: protected guest shares back ---------------- */

static int guest_flip_check(const struct armcvm_pkvm_own *m,
			    const struct armcvm_pkvm_vm *vm, uint64_t gfn,
			    unsigned int gstate, unsigned int hstate,
			    uint64_t *pfn)
{
	uint64_t pte = 0;
	int r = get_valid_guest_pte(vm, gfn, &pte, pfn);

	if (r != 0) {
		return r;
	}
	if (armcvm_pkvm_own_guest_state_(pte) != gstate ||
	    armcvm_pkvm_own_host_check_(m, *pfn, 1, hstate) != 0) {
		return -ARMCVM_PKVM_EPERM;
	}
	return 0;
}

int armcvm_pkvm_own_guest_share_host(struct armcvm_pkvm_own *m,
				     uint32_t handle, uint64_t gfn, int *ret)
{
	struct armcvm_pkvm_vm *vm = NULL;
	uint64_t pfn = 0;
	int r;

	ENTRY(m, ret);
	r = lookup(m, handle, 0, false, &vm, NULL);
	if (r == 0) {
		r = guest_flip_check(m, vm, gfn, ARMCVM_PKVM_PAGE_OWNED,
				     ARMCVM_PKVM_NOPAGE, &pfn);
	}
	if (r == 0) {
		*slot(vm, gfn) = set_state(*slot(vm, gfn),
					   ARMCVM_PKVM_PAGE_SHARED_OWNED);
		/* (handle, gfn) stays in the page for the invariant checker */
		own_set_host(own_page(m, pfn), ARMCVM_PKVM_PAGE_SHARED_BORROWED);
	}
	return armcvm_pkvm_own_finish_(r, ret);
}

int armcvm_pkvm_own_guest_unshare_host(struct armcvm_pkvm_own *m,
				       uint32_t handle, uint64_t gfn, int *ret)
{
	struct armcvm_pkvm_vm *vm = NULL;
	uint64_t pfn = 0;
	int r;

	ENTRY(m, ret);
	r = lookup(m, handle, 0, false, &vm, NULL);
	if (r == 0) {
		r = guest_flip_check(m, vm, gfn, ARMCVM_PKVM_PAGE_SHARED_OWNED,
				     ARMCVM_PKVM_PAGE_SHARED_BORROWED, &pfn);
	}
	if (r == 0) {
		struct armcvm_pkvm_page *p = own_page(m, pfn);

		own_set_host(p, ARMCVM_PKVM_NOPAGE);
		own_set_owner(p, (uint16_t)handle, gfn);
		*slot(vm, gfn) = set_state(*slot(vm, gfn),
					   ARMCVM_PKVM_PAGE_OWNED);
		armcvm_pkvm_own_host_lost_(m, pfn, 1, ARMCVM_PKVM_ID_GUEST);
	}
	return armcvm_pkvm_own_finish_(r, ret);
}

/* ---------------- T16: forced reclaim with poisoning ---------------- */

/* host_stage2_get_guest_info() + guest checks [S1] */
static int force_reclaim_check(const struct armcvm_pkvm_own *m, uint64_t pfn,
			       struct armcvm_pkvm_vm **vm, uint64_t *gfn)
{
	const struct armcvm_pkvm_page *p;
	uint64_t pte = 0, gpfn = 0;
	int r;

	if (!armcvm_pkvm_own_is_memory_(m, pfn)) {
		return -ARMCVM_PKVM_EFAULT;
	}
	p = own_page(m, pfn);
	if (own_host(p) != ARMCVM_PKVM_NOPAGE) {
		/* OWNED / SHARED_*: the access should no longer fault */
		return -ARMCVM_PKVM_EAGAIN;
	}
	if (own_hyp(p) == ARMCVM_PKVM_PAGE_OWNED) {
		return -ARMCVM_PKVM_EPERM;	/* annotation owner is HYP */
	}
	*gfn = own_owner_gfn(p);
	*vm = armcvm_pkvm_own_vm_(m, p->ref);
	if (*vm == NULL) {
		return -ARMCVM_PKVM_EAGAIN;	/* VM already torn down */
	}
	r = get_valid_guest_pte(*vm, *gfn, &pte, &gpfn);
	if (r == 0 && armcvm_pkvm_own_guest_state_(pte) !=
	    ARMCVM_PKVM_PAGE_OWNED) {
		r = -ARMCVM_PKVM_EPERM;
	}
	ARMCVM_ASSERT(r != 0 || gpfn == pfn);
	return r;
}

int armcvm_pkvm_own_force_reclaim_guest_page(struct armcvm_pkvm_own *m,
					     uint64_t phys, int *ret)
{
	uint64_t pfn = phys >> ARMCVM_PKVM_PAGE_SHIFT, gfn = 0;
	struct armcvm_pkvm_vm *vm = NULL;
	int r;

	ENTRY(m, ret);
	r = force_reclaim_check(m, pfn, &vm, &gfn);
	if (r == 0) {
		struct armcvm_pkvm_page *p = own_page(m, pfn);

		*slot(vm, gfn) = POISON_PTE;
		own_clear_owner(p);
		own_set_host(p, ARMCVM_PKVM_PAGE_OWNED);
	}
	return armcvm_pkvm_own_finish_(r, ret);
}

/* ---------------- T17: reclaim from a (dying) guest ---------------- */

int armcvm_pkvm_own_host_reclaim_page_guest(struct armcvm_pkvm_own *m,
					    uint32_t handle, uint64_t gfn,
					    int *ret)
{
	struct armcvm_pkvm_vm *vm = NULL;
	uint64_t pte = 0, pfn = 0;
	unsigned int gs;
	int r;

	ENTRY(m, ret);
	r = lookup(m, handle, 0, false, &vm, NULL);
	if (r == 0) {
		r = get_valid_guest_pte(vm, gfn, &pte, &pfn);
	}
	if (r == -ARMCVM_PKVM_EHWPOISON) {
		*ret = 0;	/* already force-reclaimed [S1] */
		return 0;
	}
	if (r != 0) {
		return armcvm_pkvm_own_finish_(r, ret);
	}
	gs = armcvm_pkvm_own_guest_state_(pte);
	if (gs != ARMCVM_PKVM_PAGE_OWNED && gs != ARMCVM_PKVM_PAGE_SHARED_OWNED) {
		return armcvm_pkvm_own_finish_(-ARMCVM_PKVM_EPERM, ret);
	}
	ARMCVM_ASSERT(own_host(own_page(m, pfn)) ==
		      (gs == ARMCVM_PKVM_PAGE_OWNED ? ARMCVM_PKVM_NOPAGE :
		       ARMCVM_PKVM_PAGE_SHARED_BORROWED));
	*slot(vm, gfn) = 0;
	own_clear_owner(own_page(m, pfn));
	own_set_host(own_page(m, pfn), ARMCVM_PKVM_PAGE_OWNED);
	*ret = 0;
	return 0;
}

/* ---------------- T18: is the loaded vCPU's fault on a poisoned page? ---- */

int armcvm_pkvm_own_vcpu_in_poison_fault(struct armcvm_pkvm_own *m,
					 unsigned int cpu, int *ret)
{
	const struct armcvm_pkvm_cpu *c;
	struct armcvm_pkvm_vcpu *vcpu = NULL;
	struct armcvm_pkvm_vm *vm = NULL;
	uint64_t pte = 0;
	int r;

	ENTRY(m, ret);
	if (cpu >= m->cfg.nr_cpus) {
		return -ARMCVM_ERR_RANGE;
	}
	c = &m->cfg.cpus[cpu];
	r = c->handle == 0 ? -ARMCVM_PKVM_EINVAL :
	    lookup(m, c->handle, c->vcpu_idx, true, &vm, &vcpu);
	if (r == 0 && vcpu->fault != ARMCVM_PKVM_FAULT_DABT &&
	    vcpu->fault != ARMCVM_PKVM_FAULT_IABT) {
		r = -ARMCVM_PKVM_EINVAL;
	}
	if (r == 0) {
		r = armcvm_pkvm_own_guest_pte_(vm, vcpu->fault_ipa >>
					       ARMCVM_PKVM_PAGE_SHIFT, 1, &pte);
	}
	if (r == 0) {
		/* not a last-level leaf -> -EINVAL; the model keeps invalid
		 * entries at level 3 */
		r = is_block(pte) ? -ARMCVM_PKVM_EINVAL :
		    (pte == POISON_PTE ? 1 : 0);
	}
	return armcvm_pkvm_own_finish_(r, ret);
}
