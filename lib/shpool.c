/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
/*
 * armcvm - guest shared bounce-buffer pool (see shpool.h for the design).
 */
#include <armcvm/shpool.h>
#include <armcvm/rsi.h>

/* meta[] values: a free slot holds the next free index or END. */
#define SLOT_END	0xFFFFFFFFU	/* end of the free list */
#define SLOT_USED	0xFFFFFFFEU	/* allocated */
#define MAX_SLOTS	0xFFFFFFF0U

/* Realm IPA widths armcvm accepts (RsiRealmConfig ipa_width, rmi.md 7). */
#define REALM_IPA_WIDTH_MIN	33U
#define REALM_IPA_WIDTH_MAX	52U

static bool is_pow2(uint64_t v)
{
	return v != 0 && (v & (v - 1U)) == 0;
}

static unsigned int log2_u64(uint64_t v)
{
	unsigned int n = 0;

	while (v > 1U) {
		v >>= 1;
		n++;
	}
	return n;
}

int64_t armcvm_shpool_meta_count(uint64_t size, uint64_t slot_size)
{
	uint64_t n;

	if (!is_pow2(slot_size) || slot_size < ARMCVM_SHPOOL_MIN_SLOT ||
	    size == 0 || (size & (slot_size - 1U)) != 0) {
		return -ARMCVM_ERR_INVAL;
	}
	n = size / slot_size;
	if (n > MAX_SLOTS) {
		return -ARMCVM_ERR_INVAL;
	}
	return (int64_t)n;
}

/* [a, a + alen) and [b, b + blen) share a byte; both non-empty and not
 * wrapping, but either may end exactly at 2^64 (last bytes compared). */
static bool overlaps(uint64_t a, uint64_t alen, uint64_t b, uint64_t blen)
{
	return a <= b + (blen - 1U) && b <= a + (alen - 1U);
}

/*
 * RSI_IPA_STATE_SET over [base, top) through the RSI range helper; a
 * failure names the IPA its call started at in @rep.
 */
static int realm_set(const struct armcvm_conduit *c, uint64_t base,
		     uint64_t top, uint64_t ripas, uint64_t *done,
		     struct armcvm_shpool_report *rep)
{
	struct armcvm_rsi_range_result rr = { 0 };
	int ret;

	ret = armcvm_rsi_ipa_state_set_range(c, base, top, ripas, 0, &rr);
	*done = rr.new_base - base;
	if (ret == 0 && rr.status == ARMCVM_RSI_SUCCESS && !rr.rejected) {
		return 0;
	}
	rep->failed_ipa = rr.new_base;
	if (ret == -ARMCVM_ERR_NOTSUPP) {
		/* No RMM answered: a refusal with status SMC_UNKNOWN. */
		rr.status = ARMCVM_SMC_UNKNOWN;
	} else if (ret != 0) {
		return -ARMCVM_ERR_PROTOCOL;
	}
	rep->status = (int64_t)rr.status;
	rep->response = rr.rejected ? ARMCVM_RSI_REJECT : ARMCVM_RSI_ACCEPT;
	return -ARMCVM_ERR_STATE;
}

/* Make [ipa, ipa + size) shared (@share) or private; *done = bytes. */
static int backend_set(const struct armcvm_shpool_config *cfg, bool share,
		       uint64_t ipa, uint64_t size, uint64_t *done,
		       struct armcvm_shpool_report *rep)
{
	struct armcvm_kvm_range_result rr = { 0 };
	int ret;

	if (cfg->backend == ARMCVM_SHPOOL_REALM) {
		return realm_set(cfg->conduit, ipa, ipa + size,
				 share ? ARMCVM_RSI_EMPTY : ARMCVM_RSI_RAM,
				 done, rep);
	}
	ret = armcvm_kvm_range_update(cfg->conduit, &cfg->meminfo, share, ipa,
				      size, &rr);
	*done = rr.bytes_done;
	if (ret != 0) {
		rep->failed_ipa = ipa + rr.bytes_done;
		return ret;
	}
	if (!rr.complete) {
		rep->status = rr.smccc;
		rep->failed_ipa = rr.failed_ipa;
		return -ARMCVM_ERR_STATE;
	}
	return 0;
}

static int check_config(const struct armcvm_shpool_config *cfg)
{
	uint64_t g;

	if (cfg->backend == ARMCVM_SHPOOL_PKVM) {
		if (cfg->meminfo.smccc != 0 || cfg->meminfo.granule == 0) {
			return -ARMCVM_ERR_INVAL;
		}
		g = cfg->meminfo.granule;
	} else if (cfg->backend == ARMCVM_SHPOOL_REALM) {
		if (cfg->ipa_width < REALM_IPA_WIDTH_MIN ||
		    cfg->ipa_width > REALM_IPA_WIDTH_MAX) {
			return -ARMCVM_ERR_INVAL;
		}
		g = ARMCVM_SHPOOL_REALM_GRANULE;
	} else {
		return -ARMCVM_ERR_INVAL;
	}
	if (armcvm_shpool_meta_count(cfg->size, cfg->slot_size) < 0) {
		return -ARMCVM_ERR_INVAL;
	}
	if (!is_pow2(g) || (cfg->ipa & (g - 1U)) != 0 ||
	    (cfg->size & (g - 1U)) != 0 ||
	    (cfg->va & (cfg->slot_size - 1U)) != 0) {
		return -ARMCVM_ERR_ALIGN;
	}
	if (cfg->size - 1U > UINT64_MAX - cfg->ipa ||
	    cfg->size - 1U > UINT64_MAX - cfg->va) {
		return -ARMCVM_ERR_RANGE;
	}
	/* A realm's protected region lies below the unprotected alias bit
	 * (last byte compared: a region may end exactly at 2^64). */
	if (cfg->backend == ARMCVM_SHPOOL_REALM &&
	    cfg->ipa + (cfg->size - 1U) >= (1ULL << (cfg->ipa_width - 1U))) {
		return -ARMCVM_ERR_RANGE;
	}
	return 0;
}

int armcvm_shpool_init(struct armcvm_shpool *pool,
		       const struct armcvm_shpool_config *cfg, uint32_t *meta,
		       size_t meta_count, struct armcvm_shpool_report *rep)
{
	struct armcvm_shpool_report scratch = { 0 };
	uint64_t n, done = 0, undone = 0;
	uint32_t i;
	int ret;

	if (pool == NULL || cfg == NULL || meta == NULL || rep == NULL ||
	    cfg->conduit == NULL) {
		return -ARMCVM_ERR_INVAL;
	}
	ret = check_config(cfg);
	if (ret != 0) {
		return ret;
	}
	n = (uint64_t)armcvm_shpool_meta_count(cfg->size, cfg->slot_size);
	if (meta_count < n) {
		return -ARMCVM_ERR_NOSPACE;
	}
	/* Nothing the pool trusts may live where the host can write. */
	if (overlaps((uint64_t)(uintptr_t)meta, n * sizeof(*meta), cfg->va,
		     cfg->size) ||
	    overlaps((uint64_t)(uintptr_t)pool, sizeof(*pool), cfg->va,
		     cfg->size)) {
		return -ARMCVM_ERR_RANGE;
	}
	*rep = (struct armcvm_shpool_report){ 0 };
	*pool = (struct armcvm_shpool){ .live = false };
	ret = backend_set(cfg, true, cfg->ipa, cfg->size, &done, rep);
	if (ret != 0) {
		/* Roll back; report what stays shared. */
		if (done > 0) {
			(void)backend_set(cfg, false, cfg->ipa, done, &undone,
					  &scratch);
		}
		rep->shared_lo = cfg->ipa + undone;
		rep->shared_hi = cfg->ipa + done;
		return ret;
	}
	rep->shared_lo = cfg->ipa;
	rep->shared_hi = cfg->ipa + cfg->size;
	pool->cfg = *cfg;
	pool->meta = meta;
	pool->nslots = (uint32_t)n;
	pool->nfree = (uint32_t)n;
	pool->slot_shift = log2_u64(cfg->slot_size);
	for (i = 0; i + 1U < (uint32_t)n; i++) {
		meta[i] = i + 1U;
	}
	meta[n - 1U] = SLOT_END;
	pool->free_head = 0;
	pool->live = true;
	return 0;
}

/* Address the host uses: the IPA, or its unprotected alias for a realm. */
static uint64_t shared_ipa(const struct armcvm_shpool_config *cfg,
			   uint64_t off)
{
	uint64_t ipa = cfg->ipa + off;

	if (cfg->backend == ARMCVM_SHPOOL_REALM) {
		ipa |= 1ULL << (cfg->ipa_width - 1U);
	}
	return ipa;
}

int armcvm_shpool_alloc(struct armcvm_shpool *pool,
			struct armcvm_shpool_buf *buf)
{
	uint32_t idx;
	uint64_t off;

	if (pool == NULL || buf == NULL) {
		return -ARMCVM_ERR_INVAL;
	}
	if (!pool->live) {
		return -ARMCVM_ERR_STATE;
	}
	if (pool->free_head == SLOT_END) {
		return -ARMCVM_ERR_NOSPACE;
	}
	idx = pool->free_head;
	ARMCVM_ASSERT(idx < pool->nslots);
	pool->free_head = pool->meta[idx];
	pool->meta[idx] = SLOT_USED;
	pool->nfree--;
	off = (uint64_t)idx << pool->slot_shift;
	buf->va = pool->cfg.va + off;
	buf->ipa = shared_ipa(&pool->cfg, off);
	buf->size = pool->cfg.slot_size;
	return 0;
}

int armcvm_shpool_free(struct armcvm_shpool *pool, uint64_t va)
{
	uint64_t off;
	uint32_t idx;

	if (pool == NULL) {
		return -ARMCVM_ERR_INVAL;
	}
	if (!pool->live) {
		return -ARMCVM_ERR_STATE;
	}
	if (va < pool->cfg.va || va - pool->cfg.va >= pool->cfg.size) {
		return -ARMCVM_ERR_RANGE;
	}
	off = va - pool->cfg.va;
	if ((off & (pool->cfg.slot_size - 1U)) != 0) {
		return -ARMCVM_ERR_ALIGN;
	}
	idx = (uint32_t)(off >> pool->slot_shift);
	if (pool->meta[idx] != SLOT_USED) {
		return -ARMCVM_ERR_STATE;
	}
	pool->meta[idx] = pool->free_head;
	pool->free_head = idx;
	pool->nfree++;
	return 0;
}

int armcvm_shpool_teardown(struct armcvm_shpool *pool,
			   struct armcvm_shpool_report *rep)
{
	uint64_t done = 0;
	int ret;

	if (pool == NULL || rep == NULL) {
		return -ARMCVM_ERR_INVAL;
	}
	if (!pool->live || pool->nfree != pool->nslots) {
		return -ARMCVM_ERR_STATE;
	}
	*rep = (struct armcvm_shpool_report){ 0 };
	pool->live = false;
	ret = backend_set(&pool->cfg, false, pool->cfg.ipa, pool->cfg.size,
			  &done, rep);
	if (ret != 0) {
		rep->shared_lo = pool->cfg.ipa + done;
		rep->shared_hi = pool->cfg.ipa + pool->cfg.size;
	}
	return ret;
}
