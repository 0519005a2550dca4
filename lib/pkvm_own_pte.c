/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
/*
 * armcvm - pKVM descriptor encodings: the host stage-2 invalid-PTE
 * annotation and the guest stage-2 leaf with its page state in SW0/SW1
 * (pkvm.md 4.2; Linux asm/kvm_pgtable.h [S7], mem_protect.c [S1],
 * nvhe/memory.h [S5]).
 */
#include <armcvm/pkvm_own.h>
#include "pkvm_own_internal.h"

#define TYPE_MASK	(ARMCVM_ULL(0xF) << ARMCVM_PKVM_INVALID_PTE_TYPE_SHIFT)
#define OWNER_MASK	(ARMCVM_ULL(0x7) << ARMCVM_PKVM_DONATION_OWNER_SHIFT)
#define META_LIMIT	(ARMCVM_ULL(1) << ARMCVM_PKVM_DONATION_META_BITS)
#define GFN_LIMIT	(ARMCVM_ULL(1) << ARMCVM_PKVM_META_GFN_BITS)
#define PFN_LIMIT	(ARMCVM_ULL(1) << 36)	/* OA bits 47:12 */

static uint64_t type_bits(uint64_t type)
{
	return type << ARMCVM_PKVM_INVALID_PTE_TYPE_SHIFT;
}

uint64_t armcvm_pkvm_own_annot_bits_(unsigned int owner, uint64_t meta)
{
	return type_bits(ARMCVM_PKVM_INVALID_PTE_TYPE_DONATION) |
	       (meta << ARMCVM_PKVM_DONATION_META_SHIFT) |
	       ((uint64_t)owner << ARMCVM_PKVM_DONATION_OWNER_SHIFT);
}

int armcvm_pkvm_host_pte_encode(unsigned int owner, uint64_t meta,
				uint64_t *pte)
{
	/* host_stage2_set_owner_metadata_locked(): owner != HOST, owner and
	 * meta fit their fields [S1] */
	if (pte == NULL || owner == ARMCVM_PKVM_ID_HOST ||
	    owner > ARMCVM_PKVM_DONATION_OWNER_MAX || meta >= META_LIMIT) {
		return -ARMCVM_ERR_INVAL;
	}
	*pte = armcvm_pkvm_own_annot_bits_(owner, meta);
	return 0;
}

int armcvm_pkvm_host_pte_encode_guest(uint32_t handle, uint64_t gfn,
				      uint64_t *pte)
{
	/* host_stage2_encode_gfn_meta(): handle in meta 15:0, gfn in 55:16 */
	if (handle > UINT16_MAX || gfn >= GFN_LIMIT) {
		return -ARMCVM_ERR_INVAL;
	}
	return armcvm_pkvm_host_pte_encode(ARMCVM_PKVM_ID_GUEST,
					   (gfn << ARMCVM_PKVM_META_GFN_SHIFT) |
					   handle, pte);
}

int armcvm_pkvm_host_pte_decode(uint64_t pte, struct armcvm_pkvm_host_annot *a)
{
	uint64_t type = (pte & TYPE_MASK) >> ARMCVM_PKVM_INVALID_PTE_TYPE_SHIFT;

	if (a == NULL) {
		return -ARMCVM_ERR_INVAL;
	}
	if ((pte & 1U) != 0 ||
	    (type != 0 && type != ARMCVM_PKVM_INVALID_PTE_TYPE_LOCKED &&
	     type != ARMCVM_PKVM_INVALID_PTE_TYPE_DONATION)) {
		return -ARMCVM_ERR_BADFMT;
	}
	ARMCVM_MEMSET(a, 0, sizeof(*a));
	a->type = (uint8_t)type;
	if (type != ARMCVM_PKVM_INVALID_PTE_TYPE_DONATION) {
		return 0;
	}
	a->owner = (uint8_t)((pte & OWNER_MASK) >>
			     ARMCVM_PKVM_DONATION_OWNER_SHIFT);
	if (a->owner == ARMCVM_PKVM_ID_HOST) {
		return -ARMCVM_ERR_BADFMT;
	}
	a->meta = (pte & ~TYPE_MASK) >> ARMCVM_PKVM_DONATION_META_SHIFT;
	if (a->owner == ARMCVM_PKVM_ID_GUEST) {
		a->handle = (uint16_t)(a->meta & 0xFFFFU);
		a->gfn = a->meta >> ARMCVM_PKVM_META_GFN_SHIFT;
	}
	return 0;
}

uint64_t armcvm_pkvm_own_leaf_bits_(const struct armcvm_pkvm_guest_leaf *leaf)
{
	uint64_t v;

	v = ARMCVM_PKVM_S2_VALID | (leaf->pfn << ARMCVM_PKVM_PAGE_SHIFT) |
	    ((uint64_t)leaf->state << ARMCVM_PKVM_S2_STATE_SHIFT);
	if (!leaf->block) {
		v |= ARMCVM_PKVM_S2_PAGE;
	}
	if ((leaf->prot & ARMCVM_PKVM_PROT_R) != 0) {
		v |= ARMCVM_PKVM_S2_AP_R;
	}
	if ((leaf->prot & ARMCVM_PKVM_PROT_W) != 0) {
		v |= ARMCVM_PKVM_S2_AP_W;
	}
	if ((leaf->prot & ARMCVM_PKVM_PROT_X) == 0) {
		v |= ARMCVM_PKVM_S2_XN;
	}
	if (leaf->young) {
		v |= ARMCVM_PKVM_S2_AF;
	}
	return v;
}

int armcvm_pkvm_guest_pte_encode(const struct armcvm_pkvm_guest_leaf *leaf,
				 uint64_t *pte)
{
	if (leaf == NULL || pte == NULL || leaf->state > ARMCVM_PKVM_POISON ||
	    (leaf->prot & ~ARMCVM_PKVM_PROT_RWX) != 0 ||
	    leaf->pfn >= PFN_LIMIT) {
		return -ARMCVM_ERR_INVAL;
	}
	if (leaf->state == ARMCVM_PKVM_NOPAGE ||
	    leaf->state == ARMCVM_PKVM_POISON) {
		if (leaf->block || leaf->prot != 0 || leaf->young ||
		    leaf->pfn != 0) {
			return -ARMCVM_ERR_INVAL;
		}
		*pte = leaf->state == ARMCVM_PKVM_POISON ?
		       type_bits(ARMCVM_PKVM_INVALID_PTE_TYPE_POISONED) : 0;
		return 0;
	}
	if (leaf->block && (leaf->pfn & OWN_BLOCK_MASK) != 0) {
		return -ARMCVM_ERR_ALIGN;
	}
	*pte = armcvm_pkvm_own_leaf_bits_(leaf);
	return 0;
}

int armcvm_pkvm_guest_pte_decode(uint64_t pte,
				 struct armcvm_pkvm_guest_leaf *leaf)
{
	const uint64_t known = ARMCVM_PKVM_S2_VALID | ARMCVM_PKVM_S2_PAGE |
			       ARMCVM_PKVM_S2_AP_R | ARMCVM_PKVM_S2_AP_W |
			       ARMCVM_PKVM_S2_AF | ARMCVM_PKVM_S2_OA_MASK |
			       ARMCVM_PKVM_S2_XN | ARMCVM_PKVM_S2_STATE_MASK;

	if (leaf == NULL) {
		return -ARMCVM_ERR_INVAL;
	}
	ARMCVM_MEMSET(leaf, 0, sizeof(*leaf));
	if ((pte & ARMCVM_PKVM_S2_VALID) == 0) {
		if (pte == 0) {
			leaf->state = ARMCVM_PKVM_NOPAGE;
			return 0;
		}
		if (pte == type_bits(ARMCVM_PKVM_INVALID_PTE_TYPE_POISONED)) {
			leaf->state = ARMCVM_PKVM_POISON;
			return 0;
		}
		return -ARMCVM_ERR_BADFMT;
	}
	leaf->state = (uint8_t)((pte & ARMCVM_PKVM_S2_STATE_MASK) >>
				ARMCVM_PKVM_S2_STATE_SHIFT);
	if ((pte & ~known) != 0 || leaf->state == ARMCVM_PKVM_NOPAGE) {
		return -ARMCVM_ERR_BADFMT;
	}
	leaf->block = (pte & ARMCVM_PKVM_S2_PAGE) == 0;
	leaf->pfn = (pte & ARMCVM_PKVM_S2_OA_MASK) >> ARMCVM_PKVM_PAGE_SHIFT;
	if (leaf->block && (leaf->pfn & OWN_BLOCK_MASK) != 0) {
		return -ARMCVM_ERR_BADFMT;
	}
	leaf->young = (pte & ARMCVM_PKVM_S2_AF) != 0;
	leaf->prot = (uint8_t)(((pte & ARMCVM_PKVM_S2_AP_R) != 0 ?
				ARMCVM_PKVM_PROT_R : 0U) |
			       ((pte & ARMCVM_PKVM_S2_AP_W) != 0 ?
				ARMCVM_PKVM_PROT_W : 0U) |
			       ((pte & ARMCVM_PKVM_S2_XN) == 0 ?
				ARMCVM_PKVM_PROT_X : 0U));
	return 0;
}
