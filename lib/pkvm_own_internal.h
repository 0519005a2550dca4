/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
#ifndef ARMCVM_PKVM_OWN_INTERNAL_H
#define ARMCVM_PKVM_OWN_INTERNAL_H
/*
 * Private helpers shared by lib/pkvm_own*.c. Check helpers return the
 * hypervisor's answer (0 or -ARMCVM_PKVM_E*) or, when the model lacks the
 * storage to answer, OWN_LIB(ARMCVM_ERR_*): a value below -1000 that the
 * public entry point turns back into -ARMCVM_ERR_*. Commit helpers return
 * nothing: they cannot fail.
 */
#include <armcvm/pkvm_own.h>

#define OWN_MAGIC		0x6f776e37U
#define OWN_LIB(e)		(-1000 - (e))
#define OWN_IS_LIB(r)		((r) <= -1000)
#define OWN_LIB_ERR(r)		(-(-(r) - 1000))

#define OWN_PAGE_SIZE		(ARMCVM_ULL(1) << ARMCVM_PKVM_PAGE_SHIFT)
#define OWN_BLOCK_MASK		((uint64_t)ARMCVM_PKVM_BLOCK_PAGES - 1U)
#define OWN_HYP_COMP		3U	/* __hyp_state_comp = state ^ 3 [S5] */
#define OWN_GFN_LO_MASK		ARMCVM_ULL(0xFFFFFFFF)

/* Public entry points funnel the answer of a check through this. */
int armcvm_pkvm_own_finish_(int r, int *ret);
bool armcvm_pkvm_own_ok_(const struct armcvm_pkvm_own *m);

/* --- per-page metadata ([S5] struct hyp_page) --- */
static inline bool own_has_pages(const struct armcvm_pkvm_own *m, uint64_t pfn,
				 uint64_t nr)
{
	return pfn >= m->cfg.pfn_base &&
	       pfn - m->cfg.pfn_base <= m->cfg.nr_pages &&
	       nr <= m->cfg.nr_pages - (pfn - m->cfg.pfn_base);
}

static inline struct armcvm_pkvm_page *
own_page(const struct armcvm_pkvm_own *m, uint64_t pfn)
{
	return &m->cfg.pages[pfn - m->cfg.pfn_base];
}

static inline unsigned int own_host(const struct armcvm_pkvm_page *p)
{
	return p->state & 0xFU;
}

static inline unsigned int own_hyp(const struct armcvm_pkvm_page *p)
{
	return ((unsigned int)p->state >> 4) ^ OWN_HYP_COMP;
}

static inline void own_set_host(struct armcvm_pkvm_page *p, unsigned int s)
{
	p->state = (uint8_t)((p->state & 0xF0U) | (s & 0xFU));
}

static inline void own_set_hyp(struct armcvm_pkvm_page *p, unsigned int s)
{
	p->state = (uint8_t)((p->state & 0x0FU) | ((s ^ OWN_HYP_COMP) << 4));
}

/* Guest-owned / guest-shared pages keep (handle, gfn) in ref/gfn_hi/cnt. */
static inline void own_set_owner(struct armcvm_pkvm_page *p, uint16_t handle,
				 uint64_t gfn)
{
	p->ref = handle;
	p->gfn_hi = (uint8_t)(gfn >> 32);
	p->cnt = (uint32_t)(gfn & OWN_GFN_LO_MASK);
}

static inline uint64_t own_owner_gfn(const struct armcvm_pkvm_page *p)
{
	return ((uint64_t)p->gfn_hi << 32) | p->cnt;
}

static inline void own_clear_owner(struct armcvm_pkvm_page *p)
{
	p->ref = 0;
	p->gfn_hi = 0;
	p->cnt = 0;
}

/* --- memory map and ranges [S1] --- */
bool armcvm_pkvm_own_is_memory_(const struct armcvm_pkvm_own *m, uint64_t pfn);
int armcvm_pkvm_own_allowed_memory_(const struct armcvm_pkvm_own *m,
				    uint64_t pfn, uint64_t nr);
bool armcvm_pkvm_own_pfn_range_valid_(const struct armcvm_pkvm_own *m,
				      uint64_t pfn, uint64_t nr);
int armcvm_pkvm_own_host_check_(const struct armcvm_pkvm_own *m, uint64_t pfn,
				uint64_t nr, unsigned int state);
int armcvm_pkvm_own_hyp_check_(const struct armcvm_pkvm_own *m, uint64_t pfn,
			       uint64_t nr, unsigned int state);
void armcvm_pkvm_own_host_lost_(const struct armcvm_pkvm_own *m, uint64_t pfn,
				uint64_t nr, unsigned int to);

/* [T3] / [T4] / [T5] split for reuse by the VM lifecycle. */
int armcvm_pkvm_own_donate_hyp_check_(const struct armcvm_pkvm_own *m,
				      uint64_t pfn, uint64_t nr);
void armcvm_pkvm_own_donate_hyp_commit_(struct armcvm_pkvm_own *m,
					uint64_t pfn, uint64_t nr);
void armcvm_pkvm_own_hyp_donate_host_commit_(struct armcvm_pkvm_own *m,
					     uint64_t pfn, uint64_t nr);
int armcvm_pkvm_own_pin_check_(const struct armcvm_pkvm_own *m, uint64_t pfn,
			       uint64_t nr);
void armcvm_pkvm_own_pin_commit_(struct armcvm_pkvm_own *m, uint64_t pfn,
				 uint64_t nr);
void armcvm_pkvm_own_unpin_commit_(struct armcvm_pkvm_own *m, uint64_t pfn,
				   uint64_t nr);

/* --- VM table [S4] --- */
struct armcvm_pkvm_vm *armcvm_pkvm_own_vm_(const struct armcvm_pkvm_own *m,
					   uint32_t handle);
struct armcvm_pkvm_vcpu *armcvm_pkvm_own_vcpu_(const struct armcvm_pkvm_vm *vm,
					       uint32_t idx);

static inline uint16_t own_vm_handle(const struct armcvm_pkvm_own *m,
				     const struct armcvm_pkvm_vm *vm)
{
	return (uint16_t)(ARMCVM_PKVM_HANDLE_OFFSET +
			  (uint32_t)(vm - m->cfg.vms));
}

/* --- encodings without validation (callers validated) --- */
uint64_t armcvm_pkvm_own_annot_bits_(unsigned int owner, uint64_t meta);
uint64_t armcvm_pkvm_own_leaf_bits_(const struct armcvm_pkvm_guest_leaf *leaf);

/* --- guest stage 2 --- */
int armcvm_pkvm_own_guest_pte_(const struct armcvm_pkvm_vm *vm, uint64_t gfn,
			       uint64_t nr, uint64_t *pte);
unsigned int armcvm_pkvm_own_guest_state_(uint64_t pte);
uint64_t armcvm_pkvm_own_guest_pfn_(uint64_t pte, uint64_t gfn);

#endif /* ARMCVM_PKVM_OWN_INTERNAL_H */
