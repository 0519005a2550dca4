/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
/*
 * SHA-2 common code: message buffering and padding shared by SHA-256 and
 * SHA-512 (FIPS 180-4 5.1), and the algorithm-generic layer keyed by
 * RmiHashAlgorithm (DEN0137 1.0-rel0 B4.4; rmi.md 3.5).
 */
#include "sha2_internal.h"

void armcvm_sha2_absorb_(void *ctx, armcvm_sha2_blocks_fn_ *fn, uint8_t *buf,
			 size_t bsize, uint64_t *nbytes, const uint8_t *p,
			 size_t len)
{
	size_t used = (size_t)(*nbytes % bsize);
	size_t n;

	if (len == 0) {
		return;
	}
	*nbytes += len;
	if (used != 0) {
		n = bsize - used;
		if (n > len) {
			n = len;
		}
		ARMCVM_MEMCPY(buf + used, p, n);
		used += n;
		p += n;
		len -= n;
		if (used < bsize) {
			return;
		}
		fn(ctx, buf, 1);
	}
	n = len / bsize;
	if (n != 0) {
		fn(ctx, p, n);
		p += n * bsize;
		len -= n * bsize;
	}
	if (len != 0) {
		ARMCVM_MEMCPY(buf, p, len);
	}
}

/*
 * FIPS 180-4 5.1.1 / 5.1.2: append bit 1, zeros, then the message length in
 * bits as a 64-bit (SHA-256) or 128-bit (SHA-512) big-endian integer.
 */
void armcvm_sha2_pad_(void *ctx, armcvm_sha2_blocks_fn_ *fn, uint8_t *buf,
		      size_t bsize, uint64_t nbytes, size_t lenbytes)
{
	size_t used = (size_t)(nbytes % bsize);

	buf[used++] = 0x80;
	if (used > bsize - lenbytes) {
		ARMCVM_MEMSET(buf + used, 0, bsize - used);
		fn(ctx, buf, 1);
		used = 0;
	}
	ARMCVM_MEMSET(buf + used, 0, bsize - 8 - used);
	if (lenbytes == 16) {
		/* Bits 66:64 of the bit count of a byte count below 2^64. */
		buf[bsize - 9] = (uint8_t)(nbytes >> 61);
	}
	armcvm_store_be64_(buf + bsize - 8, nbytes << 3);
	fn(ctx, buf, 1);
}

int armcvm_hash_digest_size(uint64_t algo)
{
	switch (algo) {
	case ARMCVM_HASH_SHA256:
		return ARMCVM_SHA256_DIGEST_SIZE;
	case ARMCVM_HASH_SHA512:
		return ARMCVM_SHA512_DIGEST_SIZE;
	default:
		return -ARMCVM_ERR_INVAL;
	}
}

int armcvm_hash_init_impl(struct armcvm_hash_ctx *ctx, uint64_t algo,
			  uint32_t impl)
{
	int ret;

	if (ctx == NULL) {
		return -ARMCVM_ERR_INVAL;
	}
	switch (algo) {
	case ARMCVM_HASH_SHA256:
		ret = armcvm_sha256_init_impl(&ctx->u.sha256, impl);
		break;
	case ARMCVM_HASH_SHA512:
		ret = armcvm_sha512_init_impl(&ctx->u.sha512, impl);
		break;
	default:
		return -ARMCVM_ERR_INVAL;
	}
	if (ret == 0) {
		ctx->algo = (uint32_t)algo;
	}
	return ret;
}

int armcvm_hash_init(struct armcvm_hash_ctx *ctx, uint64_t algo)
{
	return armcvm_hash_init_impl(ctx, algo, ARMCVM_SHA2_IMPL_AUTO);
}

void armcvm_hash_reset(struct armcvm_hash_ctx *ctx)
{
	if (ctx->algo == ARMCVM_HASH_SHA256) {
		armcvm_sha256_reset(&ctx->u.sha256);
	} else if (ctx->algo == ARMCVM_HASH_SHA512) {
		armcvm_sha512_reset(&ctx->u.sha512);
	}
}

void armcvm_hash_update(struct armcvm_hash_ctx *ctx, const void *data,
			size_t len)
{
	if (ctx->algo == ARMCVM_HASH_SHA256) {
		armcvm_sha256_update(&ctx->u.sha256, data, len);
	} else if (ctx->algo == ARMCVM_HASH_SHA512) {
		armcvm_sha512_update(&ctx->u.sha512, data, len);
	}
}

int armcvm_hash_final(struct armcvm_hash_ctx *ctx, uint8_t *out)
{
	if (ctx == NULL || out == NULL) {
		return -ARMCVM_ERR_INVAL;
	}
	if (ctx->algo == ARMCVM_HASH_SHA256) {
		armcvm_sha256_final(&ctx->u.sha256, out);
		return ARMCVM_SHA256_DIGEST_SIZE;
	}
	if (ctx->algo == ARMCVM_HASH_SHA512) {
		armcvm_sha512_final(&ctx->u.sha512, out);
		return ARMCVM_SHA512_DIGEST_SIZE;
	}
	return -ARMCVM_ERR_INVAL;
}

int armcvm_hash_many(struct armcvm_hash_ctx *ctx, const void *const *msgs,
		     size_t len, size_t n, uint8_t *out)
{
	if (ctx == NULL) {
		return -ARMCVM_ERR_INVAL;
	}
	if (ctx->algo == ARMCVM_HASH_SHA256) {
		return armcvm_sha256_many(&ctx->u.sha256, msgs, len, n, out);
	}
	if (ctx->algo == ARMCVM_HASH_SHA512) {
		return armcvm_sha512_many(&ctx->u.sha512, msgs, len, n, out);
	}
	return -ARMCVM_ERR_INVAL;
}

int armcvm_hash(uint64_t algo, const void *data, size_t len, uint8_t *out)
{
	struct armcvm_hash_ctx ctx;
	int ret;

	if (out == NULL || (data == NULL && len != 0)) {
		return -ARMCVM_ERR_INVAL;
	}
	ret = armcvm_hash_init(&ctx, algo);
	if (ret < 0) {
		return ret;
	}
	armcvm_hash_update(&ctx, data, len);
	return armcvm_hash_final(&ctx, out);
}
