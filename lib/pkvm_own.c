/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
/*
 * armcvm - pKVM ownership model: initialisation, the memory map, the
 * host / hyp page-state checks and the host <-> hyp transitions T1-T7
 * (pkvm.md 4.3, 4.4; Linux arch/arm64/kvm/hyp/nvhe/mem_protect.c [S1]).
 */
#include <armcvm/pkvm_own.h>
#include "pkvm_own_internal.h"

ARMCVM_STATIC_ASSERT(sizeof(struct armcvm_pkvm_page) == 8,
		     "per-page metadata is 8 bytes, as struct hyp_page [S5]");

bool armcvm_pkvm_own_ok_(const struct armcvm_pkvm_own *m)
{
	return m != NULL && m->magic == OWN_MAGIC;
}

int armcvm_pkvm_own_finish_(int r, int *ret)
{
	if (OWN_IS_LIB(r)) {
		return OWN_LIB_ERR(r);
	}
	*ret = r;
	return 0;
}

static int check_ranges(const struct armcvm_pkvm_own_config *c)
{
	uint64_t end = c->pfn_base;	/* end of the previous range */
	size_t i;

	for (i = 0; i < c->nr_mem; i++) {
		const struct armcvm_pkvm_mem_range *r = &c->mem[i];

		if (r->nr_pages == 0 || r->base_pfn < end ||
		    r->base_pfn - c->pfn_base > c->nr_pages ||
		    r->nr_pages > c->nr_pages - (r->base_pfn - c->pfn_base)) {
			return -ARMCVM_ERR_RANGE;
		}
		end = r->base_pfn + r->nr_pages;
	}
	return 0;
}

int armcvm_pkvm_own_init(struct armcvm_pkvm_own *m,
			 const struct armcvm_pkvm_own_config *cfg)
{
	unsigned int i;
	uint64_t limit;
	int err;

	if (m == NULL || cfg == NULL || cfg->pages == NULL ||
	    cfg->nr_pages == 0 || cfg->mem == NULL || cfg->nr_mem == 0 ||
	    cfg->vms == NULL || cfg->nr_vms == 0 ||
	    cfg->nr_vms > ARMCVM_PKVM_MAX_VMS || cfg->cpus == NULL ||
	    cfg->nr_cpus == 0 || cfg->nr_cpus >= ARMCVM_PKVM_NO_CPU ||
	    cfg->pa_bits < 32 || cfg->pa_bits > 48) {
		return -ARMCVM_ERR_INVAL;
	}
	limit = ARMCVM_ULL(1) << (cfg->pa_bits - ARMCVM_PKVM_PAGE_SHIFT);
	if (cfg->pfn_base >= limit || cfg->nr_pages > limit - cfg->pfn_base) {
		return -ARMCVM_ERR_RANGE;
	}
	err = check_ranges(cfg);
	if (err != 0) {
		return err;
	}
	/* The erratum workaround runs in the hook: refuse to run without. */
	if ((cfg->flags & ARMCVM_PKVM_OWN_ERRATUM_4193714) != 0 &&
	    cfg->host_lost == NULL) {
		return -ARMCVM_ERR_NOTSUPP;
	}
	if ((cfg->flags & ~ARMCVM_PKVM_OWN_ERRATUM_4193714) != 0) {
		return -ARMCVM_ERR_INVAL;
	}
	m->cfg = *cfg;
	ARMCVM_MEMSET(cfg->pages, 0, (size_t)cfg->nr_pages * sizeof(*cfg->pages));
	ARMCVM_MEMSET(cfg->vms, 0, (size_t)cfg->nr_vms * sizeof(*cfg->vms));
	for (i = 0; i < cfg->nr_cpus; i++) {
		cfg->cpus[i].handle = 0;
		cfg->cpus[i].vcpu_idx = 0;
	}
	m->magic = OWN_MAGIC;
	return 0;
}

/*
 * find_mem_range() [S1]: binary search of the sorted memblocks; returns the
 * index of the region holding @pfn, or -1 with [*lo, *hi) set to the gap.
 */
static long find_mem_range(const struct armcvm_pkvm_own *m, uint64_t pfn,
			   uint64_t *lo, uint64_t *hi)
{
	size_t l = 0, r = m->cfg.nr_mem;

	*lo = 0;
	*hi = UINT64_MAX;
	while (l < r) {
		size_t mid = l + (r - l) / 2U;
		const struct armcvm_pkvm_mem_range *reg = &m->cfg.mem[mid];

		if (pfn < reg->base_pfn) {
			*hi = reg->base_pfn;
			r = mid;
		} else if (pfn - reg->base_pfn >= reg->nr_pages) {
			*lo = reg->base_pfn + reg->nr_pages;
			l = mid + 1U;
		} else {
			*lo = reg->base_pfn;
			*hi = reg->base_pfn + reg->nr_pages;
			return (long)mid;
		}
	}
	return -1;
}

bool armcvm_pkvm_own_is_memory_(const struct armcvm_pkvm_own *m, uint64_t pfn)
{
	uint64_t lo, hi;

	return find_mem_range(m, pfn, &lo, &hi) >= 0;
}

/*
 * check_range_allowed_memory() [S1] (pkvm.md 4.2): -EINVAL if the range
 * straddles a memory / non-memory boundary, -EPERM if it is not memory or
 * is NOMAP.
 */
int armcvm_pkvm_own_allowed_memory_(const struct armcvm_pkvm_own *m,
				    uint64_t pfn, uint64_t nr)
{
	uint64_t lo, hi, last = pfn + (nr - 1U);
	long idx = find_mem_range(m, pfn, &lo, &hi);

	if (last < pfn || last < lo || last >= hi) {
		return -ARMCVM_PKVM_EINVAL;
	}
	if (idx < 0 ||
	    (m->cfg.mem[idx].flags & ARMCVM_PKVM_MEM_NOMAP) != 0) {
		return -ARMCVM_PKVM_EPERM;
	}
	return 0;
}

/* pfn_range_is_valid() [S1]: pfn < 2^(PA bits - PAGE_SHIFT), no overflow. */
bool armcvm_pkvm_own_pfn_range_valid_(const struct armcvm_pkvm_own *m,
				      uint64_t pfn, uint64_t nr)
{
	uint64_t limit = ARMCVM_ULL(1) <<
			 (m->cfg.pa_bits - ARMCVM_PKVM_PAGE_SHIFT);

	return pfn < limit && limit - pfn >= nr;
}

/* __host_check_page_state_range() [S1]: memory check, then per page. */
int armcvm_pkvm_own_host_check_(const struct armcvm_pkvm_own *m, uint64_t pfn,
				uint64_t nr, unsigned int state)
{
	uint64_t i;
	int r = armcvm_pkvm_own_allowed_memory_(m, pfn, nr);

	if (r != 0) {
		return r;
	}
	for (i = 0; i < nr; i++) {
		if (own_host(own_page(m, pfn + i)) != state) {
			return -ARMCVM_PKVM_EPERM;
		}
	}
	return 0;
}

/* __hyp_check_page_state_range() [S1]: per page, no memory check. */
int armcvm_pkvm_own_hyp_check_(const struct armcvm_pkvm_own *m, uint64_t pfn,
			       uint64_t nr, unsigned int state)
{
	uint64_t i;

	if (!own_has_pages(m, pfn, nr)) {
		return OWN_LIB(ARMCVM_ERR_RANGE);
	}
	for (i = 0; i < nr; i++) {
		if (own_hyp(own_page(m, pfn + i)) != state) {
			return -ARMCVM_PKVM_EPERM;
		}
	}
	return 0;
}

void armcvm_pkvm_own_host_lost_(const struct armcvm_pkvm_own *m, uint64_t pfn,
				uint64_t nr, unsigned int to)
{
	if (m->cfg.host_lost != NULL) {
		m->cfg.host_lost(m->cfg.hook_ctx, pfn, nr, to);
	}
}

int armcvm_pkvm_own_page_info(const struct armcvm_pkvm_own *m, uint64_t pfn,
			      struct armcvm_pkvm_page_info *info)
{
	const struct armcvm_pkvm_page *p;

	if (!armcvm_pkvm_own_ok_(m) || info == NULL) {
		return -ARMCVM_ERR_INVAL;
	}
	if (!own_has_pages(m, pfn, 1)) {
		return -ARMCVM_ERR_RANGE;
	}
	p = own_page(m, pfn);
	info->host = (uint8_t)own_host(p);
	info->hyp = (uint8_t)own_hyp(p);
	info->is_memory = armcvm_pkvm_own_is_memory_(m, pfn);
	info->refcount = 0;
	info->share_count = 0;
	info->host_pte = 0;
	if (info->host == ARMCVM_PKVM_NOPAGE) {
		if (info->hyp == ARMCVM_PKVM_PAGE_OWNED) {
			/* host_stage2_set_owner_locked(HYP): meta 0 [S1] */
			info->host_pte = armcvm_pkvm_own_annot_bits_(
				ARMCVM_PKVM_ID_HYP, 0);
		} else {
			/* host_stage2_encode_gfn_meta(): handle | gfn << 16 */
			info->host_pte = armcvm_pkvm_own_annot_bits_(
				ARMCVM_PKVM_ID_GUEST,
				(own_owner_gfn(p) << ARMCVM_PKVM_META_GFN_SHIFT) |
				p->ref);
		}
	} else if (info->host != ARMCVM_PKVM_PAGE_SHARED_BORROWED) {
		info->refcount = p->ref;
		info->share_count = p->cnt;
	}
	return 0;
}

int armcvm_pkvm_own_host_pte(const struct armcvm_pkvm_own *m, uint64_t pfn,
			     uint64_t *pte)
{
	struct armcvm_pkvm_page_info info;
	int err;

	if (pte == NULL) {
		return -ARMCVM_ERR_INVAL;
	}
	err = armcvm_pkvm_own_page_info(m, pfn, &info);
	if (err != 0) {
		return err;
	}
	*pte = info.host_pte;
	return 0;
}

/* ---------------- T1 / T2: host <-> hyp sharing ---------------- */

static int share_hyp_check(const struct armcvm_pkvm_own *m, uint64_t pfn)
{
	int r = armcvm_pkvm_own_host_check_(m, pfn, 1, ARMCVM_PKVM_PAGE_OWNED);

	if (r == 0) {
		r = armcvm_pkvm_own_hyp_check_(m, pfn, 1, ARMCVM_PKVM_NOPAGE);
	}
	return r;
}

int armcvm_pkvm_own_host_share_hyp(struct armcvm_pkvm_own *m, uint64_t pfn,
				   int *ret)
{
	int r;

	if (!armcvm_pkvm_own_ok_(m) || ret == NULL) {
		return -ARMCVM_ERR_INVAL;
	}
	r = share_hyp_check(m, pfn);
	if (r == 0) {
		struct armcvm_pkvm_page *p = own_page(m, pfn);

		own_set_hyp(p, ARMCVM_PKVM_PAGE_SHARED_BORROWED);
		own_set_host(p, ARMCVM_PKVM_PAGE_SHARED_OWNED);
	}
	return armcvm_pkvm_own_finish_(r, ret);
}

static int unshare_hyp_check(const struct armcvm_pkvm_own *m, uint64_t pfn)
{
	int r = armcvm_pkvm_own_host_check_(m, pfn, 1,
					    ARMCVM_PKVM_PAGE_SHARED_OWNED);

	if (r == 0) {
		r = armcvm_pkvm_own_hyp_check_(m, pfn, 1,
					       ARMCVM_PKVM_PAGE_SHARED_BORROWED);
	}
	if (r == 0 && own_page(m, pfn)->ref != 0) {
		r = -ARMCVM_PKVM_EBUSY;	/* hyp_page_count() [S1] */
	}
	return r;
}

int armcvm_pkvm_own_host_unshare_hyp(struct armcvm_pkvm_own *m, uint64_t pfn,
				     int *ret)
{
	int r;

	if (!armcvm_pkvm_own_ok_(m) || ret == NULL) {
		return -ARMCVM_ERR_INVAL;
	}
	r = unshare_hyp_check(m, pfn);
	if (r == 0) {
		struct armcvm_pkvm_page *p = own_page(m, pfn);

		own_set_hyp(p, ARMCVM_PKVM_NOPAGE);
		own_set_host(p, ARMCVM_PKVM_PAGE_OWNED);
	}
	return armcvm_pkvm_own_finish_(r, ret);
}

/* ---------------- T3 / T4: donations between host and hyp ---------------- */

int armcvm_pkvm_own_donate_hyp_check_(const struct armcvm_pkvm_own *m,
				      uint64_t pfn, uint64_t nr)
{
	int r;

	if (!armcvm_pkvm_own_pfn_range_valid_(m, pfn, nr)) {
		return -ARMCVM_PKVM_EINVAL;
	}
	r = armcvm_pkvm_own_host_check_(m, pfn, nr, ARMCVM_PKVM_PAGE_OWNED);
	if (r == 0) {
		r = armcvm_pkvm_own_hyp_check_(m, pfn, nr, ARMCVM_PKVM_NOPAGE);
	}
	return r;
}

void armcvm_pkvm_own_donate_hyp_commit_(struct armcvm_pkvm_own *m,
					uint64_t pfn, uint64_t nr)
{
	uint64_t i;

	for (i = 0; i < nr; i++) {
		struct armcvm_pkvm_page *p = own_page(m, pfn + i);

		own_set_hyp(p, ARMCVM_PKVM_PAGE_OWNED);
		own_set_host(p, ARMCVM_PKVM_NOPAGE);
	}
	armcvm_pkvm_own_host_lost_(m, pfn, nr, ARMCVM_PKVM_ID_HYP);
}

int armcvm_pkvm_own_host_donate_hyp(struct armcvm_pkvm_own *m, uint64_t pfn,
				    uint64_t nr, int *ret)
{
	int r;

	if (!armcvm_pkvm_own_ok_(m) || ret == NULL || nr == 0) {
		return -ARMCVM_ERR_INVAL;
	}
	r = armcvm_pkvm_own_donate_hyp_check_(m, pfn, nr);
	if (r == 0) {
		armcvm_pkvm_own_donate_hyp_commit_(m, pfn, nr);
	}
	return armcvm_pkvm_own_finish_(r, ret);
}

static int hyp_donate_host_check(const struct armcvm_pkvm_own *m, uint64_t pfn,
				 uint64_t nr)
{
	int r;

	if (!armcvm_pkvm_own_pfn_range_valid_(m, pfn, nr)) {
		return -ARMCVM_PKVM_EINVAL;
	}
	r = armcvm_pkvm_own_hyp_check_(m, pfn, nr, ARMCVM_PKVM_PAGE_OWNED);
	if (r == 0) {
		r = armcvm_pkvm_own_host_check_(m, pfn, nr, ARMCVM_PKVM_NOPAGE);
	}
	return r;
}

void armcvm_pkvm_own_hyp_donate_host_commit_(struct armcvm_pkvm_own *m,
					     uint64_t pfn, uint64_t nr)
{
	uint64_t i;

	for (i = 0; i < nr; i++) {
		struct armcvm_pkvm_page *p = own_page(m, pfn + i);

		own_set_hyp(p, ARMCVM_PKVM_NOPAGE);
		own_set_host(p, ARMCVM_PKVM_PAGE_OWNED);
		own_clear_owner(p);
	}
}

int armcvm_pkvm_own_hyp_donate_host(struct armcvm_pkvm_own *m, uint64_t pfn,
				    uint64_t nr, int *ret)
{
	int r;

	if (!armcvm_pkvm_own_ok_(m) || ret == NULL || nr == 0) {
		return -ARMCVM_ERR_INVAL;
	}
	r = hyp_donate_host_check(m, pfn, nr);
	if (r == 0) {
		armcvm_pkvm_own_hyp_donate_host_commit_(m, pfn, nr);
	}
	return armcvm_pkvm_own_finish_(r, ret);
}

/* ---------------- T5: hyp pins of host-shared memory ---------------- */

int armcvm_pkvm_own_pin_check_(const struct armcvm_pkvm_own *m, uint64_t pfn,
			       uint64_t nr)
{
	uint64_t i;
	int r = armcvm_pkvm_own_host_check_(m, pfn, nr,
					    ARMCVM_PKVM_PAGE_SHARED_OWNED);

	if (r == 0) {
		r = armcvm_pkvm_own_hyp_check_(m, pfn, nr,
					       ARMCVM_PKVM_PAGE_SHARED_BORROWED);
	}
	for (i = 0; r == 0 && i < nr; i++) {
		/* hyp_page_ref_inc() BUGs on u16 overflow [S5]: refuse. */
		if (own_page(m, pfn + i)->ref == UINT16_MAX) {
			r = OWN_LIB(ARMCVM_ERR_STATE);
		}
	}
	return r;
}

void armcvm_pkvm_own_pin_commit_(struct armcvm_pkvm_own *m, uint64_t pfn,
				 uint64_t nr)
{
	uint64_t i;

	for (i = 0; i < nr; i++) {
		own_page(m, pfn + i)->ref++;
	}
}

void armcvm_pkvm_own_unpin_commit_(struct armcvm_pkvm_own *m, uint64_t pfn,
				   uint64_t nr)
{
	uint64_t i;

	for (i = 0; i < nr; i++) {
		own_page(m, pfn + i)->ref--;
	}
}

int armcvm_pkvm_own_hyp_pin_shared(struct armcvm_pkvm_own *m, uint64_t pfn,
				   uint64_t nr, int *ret)
{
	int r;

	if (!armcvm_pkvm_own_ok_(m) || ret == NULL || nr == 0) {
		return -ARMCVM_ERR_INVAL;
	}
	r = armcvm_pkvm_own_pin_check_(m, pfn, nr);
	if (r == 0) {
		armcvm_pkvm_own_pin_commit_(m, pfn, nr);
	}
	return armcvm_pkvm_own_finish_(r, ret);
}

int armcvm_pkvm_own_hyp_unpin_shared(struct armcvm_pkvm_own *m, uint64_t pfn,
				     uint64_t nr)
{
	uint64_t i;

	if (!armcvm_pkvm_own_ok_(m) || nr == 0) {
		return -ARMCVM_ERR_INVAL;
	}
	if (!own_has_pages(m, pfn, nr)) {
		return -ARMCVM_ERR_RANGE;
	}
	for (i = 0; i < nr; i++) {
		const struct armcvm_pkvm_page *p = own_page(m, pfn + i);

		if (own_host(p) != ARMCVM_PKVM_PAGE_SHARED_OWNED ||
		    own_hyp(p) != ARMCVM_PKVM_PAGE_SHARED_BORROWED ||
		    p->ref == 0) {
			return -ARMCVM_ERR_STATE;
		}
	}
	armcvm_pkvm_own_unpin_commit_(m, pfn, nr);
	return 0;
}

/* ---------------- T6 / T7: FF-A proxy sharing ---------------- */

static int ffa_check(const struct armcvm_pkvm_own *m, uint64_t pfn,
		     uint64_t nr, unsigned int state)
{
	if (!armcvm_pkvm_own_pfn_range_valid_(m, pfn, nr)) {
		return -ARMCVM_PKVM_EINVAL;
	}
	return armcvm_pkvm_own_host_check_(m, pfn, nr, state);
}

static int ffa_transition(struct armcvm_pkvm_own *m, uint64_t pfn, uint64_t nr,
			  unsigned int from, unsigned int to, int *ret)
{
	uint64_t i;
	int r;

	if (!armcvm_pkvm_own_ok_(m) || ret == NULL || nr == 0) {
		return -ARMCVM_ERR_INVAL;
	}
	r = ffa_check(m, pfn, nr, from);
	for (i = 0; r == 0 && i < nr; i++) {
		own_set_host(own_page(m, pfn + i), to);
	}
	return armcvm_pkvm_own_finish_(r, ret);
}

int armcvm_pkvm_own_host_share_ffa(struct armcvm_pkvm_own *m, uint64_t pfn,
				   uint64_t nr, int *ret)
{
	return ffa_transition(m, pfn, nr, ARMCVM_PKVM_PAGE_OWNED,
			      ARMCVM_PKVM_PAGE_SHARED_OWNED, ret);
}

/* Only the host state is checked [S1] (pkvm.md 4.4 T7). */
int armcvm_pkvm_own_host_unshare_ffa(struct armcvm_pkvm_own *m, uint64_t pfn,
				     uint64_t nr, int *ret)
{
	return ffa_transition(m, pfn, nr, ARMCVM_PKVM_PAGE_SHARED_OWNED,
			      ARMCVM_PKVM_PAGE_OWNED, ret);
}
