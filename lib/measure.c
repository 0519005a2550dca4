/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
/*
 * RIM / REM computation for RMM 1.0 (DEN0137 1.0-rel0 A7.1; rmi.md 5).
 * Descriptors are built byte by byte in little-endian order (DEN0137 B1.2)
 * so the layout does not depend on C structure packing.
 */
#include <armcvm/measure.h>

#include "measure_internal.h"

#define GRANULE_4K_MASK		ARMCVM_ULL(0xFFF)

/* Common descriptor header offsets (S10 C1.11-C1.13; rmi.md 5.3-5.5). */
#define DESC_OFF_TYPE		0x00
#define DESC_OFF_LEN		0x08
#define DESC_OFF_RIM		0x10
#define DATA_OFF_IPA		0x50
#define DATA_OFF_FLAGS		0x58
#define DATA_OFF_CONTENT	0x60
#define REC_OFF_CONTENT		0x50
#define RIPAS_OFF_BASE		0x50
#define RIPAS_OFF_TOP		0x58

/* Measured RmiRecParams offsets (S10 B4.4.19; rmi.md 3.2, 5.4). */
#define REC_PARAMS_OFF_FLAGS	0x000
#define REC_PARAMS_OFF_PC	0x200
#define REC_PARAMS_OFF_GPRS	0x300

/* Chunk in which the 4 KiB parameter images are streamed. */
#define CHUNK			64

static void put_le64(uint8_t *p, uint64_t v)
{
	unsigned int i;

	for (i = 0; i < 8; i++) {
		p[i] = (uint8_t)(v >> (8 * i));
	}
}

/*
 * Check the caller's context and restart it: it is scratch space whose
 * algorithm (chosen at armcvm_hash_init()) gives the digest size. Reusing it
 * keeps the implementation probe out of the per-granule path.
 */
static int hash_begin(struct armcvm_hash_ctx *h)
{
	int dlen;

	if (h == NULL) {
		return -ARMCVM_ERR_INVAL;
	}
	dlen = armcvm_hash_digest_size(h->algo);
	if (dlen > 0) {
		armcvm_hash_reset(h);
	}
	return dlen;
}

/* Finish @ctx into a zero-extended measurement. */
static void finish(struct armcvm_hash_ctx *ctx, struct armcvm_measurement *m)
{
	ARMCVM_MEMSET(m->bytes, 0, sizeof(m->bytes));
	(void)armcvm_hash_final(ctx, m->bytes);
}

/* Start a descriptor: type, len and the current RIM (digest prefix only). */
static void desc_start(uint8_t desc[ARMCVM_RIM_DESC_SIZE], uint8_t type,
		       const struct armcvm_measurement *rim, size_t dlen)
{
	ARMCVM_MEMSET(desc, 0, ARMCVM_RIM_DESC_SIZE);
	desc[DESC_OFF_TYPE] = type;
	put_le64(desc + DESC_OFF_LEN, ARMCVM_RIM_DESC_SIZE);
	ARMCVM_MEMCPY(desc + DESC_OFF_RIM, rim->bytes, dlen);
}

/* RIM := H(descriptor), zero-extended, on a started context. */
static void desc_hash(struct armcvm_hash_ctx *ctx,
		      const uint8_t desc[ARMCVM_RIM_DESC_SIZE],
		      struct armcvm_measurement *rim)
{
	armcvm_hash_update(ctx, desc, ARMCVM_RIM_DESC_SIZE);
	finish(ctx, rim);
}

int armcvm_rim_init(struct armcvm_measurement *rim,
		    const struct armcvm_rim_realm_params *p)
{
	uint64_t slot[7];
	struct armcvm_hash_ctx ctx;
	uint8_t chunk[CHUNK];
	unsigned int i;
	int ret;

	if (rim == NULL || p == NULL) {
		return -ARMCVM_ERR_INVAL;
	}
	/* S10 B4.3.9.4, T10 measurement_realm_params_measure; rmi.md 5.2. */
	slot[0] = p->flags;
	slot[1] = p->s2sz;
	slot[2] = p->sve_vl;
	slot[3] = p->num_bps;
	slot[4] = p->num_wps;
	slot[5] = p->pmu_num_ctrs;
	slot[6] = p->hash_algo;
	ret = armcvm_hash_init(&ctx, p->hash_algo);
	if (ret < 0) {
		return ret;
	}
	/* Fields at 0x000..0x030 (8-byte slots), then zeros to 4096. */
	ARMCVM_MEMSET(chunk, 0, sizeof(chunk));
	for (i = 0; i < 7; i++) {
		put_le64(chunk + (size_t)i * 8U, slot[i]);
	}
	armcvm_hash_update(&ctx, chunk, sizeof(chunk));
	ARMCVM_MEMSET(chunk, 0, sizeof(chunk));
	for (i = 1; i < ARMCVM_RIM_GRANULE_SIZE / CHUNK; i++) {
		armcvm_hash_update(&ctx, chunk, sizeof(chunk));
	}
	finish(&ctx, rim);
	return 0;
}

int armcvm_rim_granule_digest(struct armcvm_hash_ctx *h, const void *granule,
			      struct armcvm_measurement *out)
{
	int ret = hash_begin(h);

	if (ret < 0) {
		return ret;
	}
	if (granule == NULL || out == NULL) {
		return -ARMCVM_ERR_INVAL;
	}
	armcvm_hash_update(h, granule, ARMCVM_RIM_GRANULE_SIZE);
	finish(h, out);
	return 0;
}

/* @k digests of @dlen bytes, back to back in @d, as measurements. */
static void put_digests(struct armcvm_measurement *out, const uint8_t *d,
			size_t k, size_t dlen)
{
	size_t j;

	for (j = 0; j < k; j++) {
		ARMCVM_MEMSET(out[j].bytes, 0, sizeof(out[j].bytes));
		ARMCVM_MEMCPY(out[j].bytes, d + j * dlen, dlen);
	}
}

int armcvm_rim_granule_digests(struct armcvm_hash_ctx *h,
			       const void *const *granules, size_t n,
			       struct armcvm_measurement *out)
{
	uint8_t d[ARMCVM_RIM_BATCH * ARMCVM_HASH_MAX_DIGEST_SIZE];
	int dlen = hash_begin(h);
	size_t i;

	if (dlen < 0) {
		return dlen;
	}
	if (n != 0 && (granules == NULL || out == NULL)) {
		return -ARMCVM_ERR_INVAL;
	}
	for (i = 0; i < n; i++) {
		if (granules[i] == NULL) {
			return -ARMCVM_ERR_INVAL;
		}
	}
	while (n != 0) {
		size_t k = n < ARMCVM_RIM_BATCH ? n : ARMCVM_RIM_BATCH;
		int ret = armcvm_hash_many(h, granules, ARMCVM_RIM_GRANULE_SIZE,
					   k, d);

		if (ret != 0) {
			return ret;
		}
		put_digests(out, d, k, (size_t)dlen);
		granules += k;
		out += k;
		n -= k;
	}
	return 0;
}

int armcvm_rim_extend_data(struct armcvm_hash_ctx *h, struct armcvm_measurement *rim,
			   uint64_t ipa, uint64_t flags,
			   const struct armcvm_measurement *content)
{
	uint8_t desc[ARMCVM_RIM_DESC_SIZE];
	bool measure = (flags & ARMCVM_RIM_DATA_FLAG_MEASURE) != 0;
	int dlen = hash_begin(h);

	if (dlen < 0) {
		return dlen;
	}
	if (rim == NULL || measure != (content != NULL)) {
		return -ARMCVM_ERR_INVAL;
	}
	/* RmiDataFlags bits 63:1 SBZ (S10 B4.4; rmi.md 3.5). */
	if ((flags & ~ARMCVM_RIM_DATA_FLAG_MEASURE) != 0) {
		return -ARMCVM_ERR_RESERVED;
	}
	if ((ipa & GRANULE_4K_MASK) != 0) {
		return -ARMCVM_ERR_ALIGN;
	}
	/* RmmMeasurementDescriptorData (S10 C1.11; rmi.md 5.3). */
	desc_start(desc, ARMCVM_RIM_DESC_TYPE_DATA, rim, (size_t)dlen);
	put_le64(desc + DATA_OFF_IPA, ipa);
	put_le64(desc + DATA_OFF_FLAGS, flags);
	if (measure) {
		ARMCVM_MEMCPY(desc + DATA_OFF_CONTENT, content->bytes,
			      (size_t)dlen);
	}
	desc_hash(h, desc, rim);
	return 0;
}

/* content = H(measured 4 KiB RmiRecParams image), streamed in chunks. */
static void rec_params_digest(struct armcvm_hash_ctx *ctx, uint64_t flags,
			      uint64_t pc, const uint64_t gprs[8], uint8_t *out)
{
	uint8_t chunk[CHUNK];
	unsigned int off, i;

	ARMCVM_STATIC_ASSERT(8 * 8 == CHUNK, "gprs[] fill one chunk");
	for (off = 0; off < ARMCVM_RIM_GRANULE_SIZE; off += CHUNK) {
		ARMCVM_MEMSET(chunk, 0, sizeof(chunk));
		if (off == REC_PARAMS_OFF_FLAGS) {
			put_le64(chunk, flags);
		} else if (off == REC_PARAMS_OFF_PC) {
			put_le64(chunk, pc);
		} else if (off == REC_PARAMS_OFF_GPRS) {
			for (i = 0; i < 8; i++) {
				put_le64(chunk + (size_t)i * 8U, gprs[i]);
			}
		}
		armcvm_hash_update(ctx, chunk, sizeof(chunk));
	}
	(void)armcvm_hash_final(ctx, out);
}

/* @sbz_ok: measure flags with SBZ bits set, as an RMM does, instead of
 * refusing them. */
static int extend_rec(struct armcvm_hash_ctx *h, struct armcvm_measurement *rim,
		      uint64_t flags, uint64_t pc, const uint64_t gprs[8],
		      bool sbz_ok)
{
	uint8_t desc[ARMCVM_RIM_DESC_SIZE];
	int dlen = hash_begin(h);

	if (dlen < 0) {
		return dlen;
	}
	if (rim == NULL || gprs == NULL) {
		return -ARMCVM_ERR_INVAL;
	}
	/* RmiRecCreateFlags bits 63:1 SBZ (S10 B4.4.19; rmi.md 3.2). */
	if (!sbz_ok && (flags & ~ARMCVM_RIM_REC_FLAG_RUNNABLE) != 0) {
		return -ARMCVM_ERR_RESERVED;
	}
	/* Only a runnable REC is measured (S10 B4.3.12.4; rmi.md 5.4). */
	if ((flags & ARMCVM_RIM_REC_FLAG_RUNNABLE) == 0) {
		return 0;
	}
	/* RmmMeasurementDescriptorRec (S10 C1.12; rmi.md 5.4). */
	desc_start(desc, ARMCVM_RIM_DESC_TYPE_REC, rim, (size_t)dlen);
	rec_params_digest(h, flags, pc, gprs, desc + REC_OFF_CONTENT);
	armcvm_hash_reset(h);
	desc_hash(h, desc, rim);
	return 0;
}

int armcvm_rim_extend_rec(struct armcvm_hash_ctx *h, struct armcvm_measurement *rim,
			  uint64_t flags, uint64_t pc, const uint64_t gprs[8])
{
	return extend_rec(h, rim, flags, pc, gprs, false);
}

/*
 * REC_CREATE does not check RmiRecCreateFlags bits 63:1 (no such failure
 * condition in S10 B4.3.12) and measures the flags word as the host wrote
 * it (rmi.md 5.4; T10 measurement_rec_params_measure copies
 * rec_params->flags), so the software RMM measures it whole.
 */
int armcvm_rim_extend_rec_any_flags_(struct armcvm_hash_ctx *h,
				     struct armcvm_measurement *rim,
				     uint64_t flags, uint64_t pc,
				     const uint64_t gprs[8])
{
	return extend_rec(h, rim, flags, pc, gprs, true);
}

int armcvm_rim_extend_ripas(struct armcvm_hash_ctx *h, struct armcvm_measurement *rim,
			    uint64_t base, uint64_t top)
{
	uint8_t desc[ARMCVM_RIM_DESC_SIZE];
	int dlen = hash_begin(h);

	if (dlen < 0) {
		return dlen;
	}
	if (rim == NULL) {
		return -ARMCVM_ERR_INVAL;
	}
	if (((base | top) & GRANULE_4K_MASK) != 0) {
		return -ARMCVM_ERR_ALIGN;
	}
	if (base >= top) {
		return -ARMCVM_ERR_RANGE;
	}
	/* RmmMeasurementDescriptorRipas (S10 C1.13; rmi.md 5.5). */
	desc_start(desc, ARMCVM_RIM_DESC_TYPE_RIPAS, rim, (size_t)dlen);
	put_le64(desc + RIPAS_OFF_BASE, base);
	put_le64(desc + RIPAS_OFF_TOP, top);
	desc_hash(h, desc, rim);
	return 0;
}

int armcvm_rem_extend_tfrmm(struct armcvm_hash_ctx *h, struct armcvm_measurement *rem,
			    const void *value, size_t size)
{
	int dlen = hash_begin(h);

	if (dlen < 0) {
		return dlen;
	}
	/* RSI_MEASUREMENT_EXTEND carries at most 64 bytes (rmi.md 5.8). */
	if (rem == NULL || (value == NULL && size != 0) ||
	    size > ARMCVM_MEASUREMENT_SIZE) {
		return -ARMCVM_ERR_INVAL;
	}
	armcvm_hash_update(h, rem->bytes, (size_t)dlen);
	armcvm_hash_update(h, value, size);
	finish(h, rem);
	return 0;
}
