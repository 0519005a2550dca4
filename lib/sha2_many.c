/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
/*
 * SHA-256 / SHA-512 digests of several messages of one length. On x86-64
 * the lanes paths (sha512_lanes_x86.c, sha256_lanes_x86.c) take four
 * SHA-512 or eight SHA-256 messages through the rounds together; the rest,
 * and every message on other paths, go one at a time through the
 * context's own implementation. Either way each digest is the FIPS 180-4
 * digest of its message.
 */
#include "sha2_internal.h"

#ifdef ARMCVM_SHA2_HAVE_X86_AVX2
/*
 * The last partial block of a @len-byte message and the padding (FIPS
 * 180-4 5.1.1 / 5.1.2: 0x80, zeros, the message length in bits in the
 * last @lenbytes bytes) into @tail, which holds two blocks of @bsize.
 * Returns the number of tail blocks, 1 or 2.
 */
static size_t pad_tail(uint8_t *tail, const uint8_t *msg, size_t len,
		       size_t bsize, size_t lenbytes)
{
	size_t rem = len % bsize;
	size_t n = rem + 1 + lenbytes > bsize ? 2 : 1;
	size_t tlen = n * bsize;

	ARMCVM_MEMSET(tail, 0, tlen);
	if (rem != 0) {
		ARMCVM_MEMCPY(tail, msg + (len - rem), rem);
	}
	tail[rem] = 0x80;
	if (lenbytes == 16) {
		/* bits 66:64 of the bit count of a byte count below 2^64 */
		tail[tlen - 9] = (uint8_t)((uint64_t)len >> 61);
	}
	armcvm_store_be64_(tail + tlen - 8, (uint64_t)len << 3);
	return n;
}

#define LANES512	4U

/* Four SHA-512 messages: whole blocks in place, then their tails. */
static void lanes_sha512(uint32_t impl, const void *const *msgs, size_t len,
			 uint8_t *out)
{
	uint8_t tail[LANES512][2 * ARMCVM_SHA512_BLOCK_SIZE];
	const uint8_t *p[LANES512];
	uint64_t st[8][LANES512];
	size_t ntail = 0;
	unsigned int i, l;

	for (l = 0; l < LANES512; l++) {
		p[l] = msgs[l];
		ntail = pad_tail(tail[l], p[l], len, ARMCVM_SHA512_BLOCK_SIZE,
				 16);
		for (i = 0; i < 8; i++) {
			st[i][l] = armcvm_sha512_h0_[i];
		}
	}
	for (i = 0; i < 2; i++) {
		size_t nb = i == 0 ? len / ARMCVM_SHA512_BLOCK_SIZE : ntail;

		if (impl == ARMCVM_SHA2_IMPL_X86_AVX512) {
			armcvm_sha512_lanes_avx512_(st, p, nb);
		} else {
			armcvm_sha512_lanes_avx2_(st, p, nb);
		}
		for (l = 0; l < LANES512; l++) {
			p[l] = tail[l];
		}
	}
	for (l = 0; l < LANES512; l++) {
		for (i = 0; i < 8; i++) {
			armcvm_store_be64_(out + (size_t)l *
					   ARMCVM_SHA512_DIGEST_SIZE +
					   (size_t)8 * i, st[i][l]);
		}
	}
}

#define LANES256	8U

/* Eight SHA-256 messages (AVX-512VL), the same way. */
static void lanes_sha256(const void *const *msgs, size_t len, uint8_t *out)
{
	uint8_t tail[LANES256][2 * ARMCVM_SHA256_BLOCK_SIZE];
	const uint8_t *p[LANES256];
	uint32_t st[8][LANES256];
	size_t ntail = 0;
	unsigned int i, l;

	for (l = 0; l < LANES256; l++) {
		p[l] = msgs[l];
		ntail = pad_tail(tail[l], p[l], len, ARMCVM_SHA256_BLOCK_SIZE,
				 8);
		for (i = 0; i < 8; i++) {
			st[i][l] = armcvm_sha256_h0_[i];
		}
	}
	armcvm_sha256_lanes_avx512_(st, p, len / ARMCVM_SHA256_BLOCK_SIZE);
	for (l = 0; l < LANES256; l++) {
		p[l] = tail[l];
	}
	armcvm_sha256_lanes_avx512_(st, p, ntail);
	for (l = 0; l < LANES256; l++) {
		for (i = 0; i < 8; i++) {
			armcvm_store_be32_(out + (size_t)l *
					   ARMCVM_SHA256_DIGEST_SIZE +
					   (size_t)4 * i, st[i][l]);
		}
	}
}
#endif

/* @msgs, @out and every message needed for @n messages of @len bytes. */
static bool many_args_ok(const void *const *msgs, size_t len, size_t n,
			 const uint8_t *out)
{
	size_t i;

	if (n == 0) {
		return true;
	}
	if (msgs == NULL || out == NULL) {
		return false;
	}
	for (i = 0; i < n; i++) {
		if (msgs[i] == NULL && len != 0) {
			return false;
		}
	}
	return true;
}

int armcvm_sha512_many(struct armcvm_sha512_ctx *ctx,
		       const void *const *msgs, size_t len, size_t n,
		       uint8_t *out)
{
	size_t i = 0;

	if (ctx == NULL || ctx->impl == ARMCVM_SHA2_IMPL_AUTO ||
	    ctx->impl >= ARMCVM_SHA2_IMPL_COUNT ||
	    !many_args_ok(msgs, len, n, out)) {
		return -ARMCVM_ERR_INVAL;
	}
#ifdef ARMCVM_SHA2_HAVE_X86_AVX2
	if (ctx->impl == ARMCVM_SHA2_IMPL_X86_AVX2 ||
	    ctx->impl == ARMCVM_SHA2_IMPL_X86_AVX512) {
		for (; n - i >= LANES512; i += LANES512) {
			lanes_sha512(ctx->impl, &msgs[i], len,
				     out + i * ARMCVM_SHA512_DIGEST_SIZE);
		}
	}
#endif
	for (; i < n; i++) {
		armcvm_sha512_reset(ctx);
		armcvm_sha512_update(ctx, msgs[i], len);
		armcvm_sha512_final(ctx, out + i * ARMCVM_SHA512_DIGEST_SIZE);
	}
	armcvm_sha512_reset(ctx);
	return 0;
}

int armcvm_sha256_many(struct armcvm_sha256_ctx *ctx,
		       const void *const *msgs, size_t len, size_t n,
		       uint8_t *out)
{
	size_t i = 0;

	if (ctx == NULL || ctx->impl == ARMCVM_SHA2_IMPL_AUTO ||
	    ctx->impl >= ARMCVM_SHA2_IMPL_COUNT ||
	    !many_args_ok(msgs, len, n, out)) {
		return -ARMCVM_ERR_INVAL;
	}
#ifdef ARMCVM_SHA2_HAVE_X86_AVX2
	if (ctx->impl == ARMCVM_SHA2_IMPL_X86_AVX512) {
		for (; n - i >= LANES256; i += LANES256) {
			lanes_sha256(&msgs[i], len,
				     out + i * ARMCVM_SHA256_DIGEST_SIZE);
		}
	}
#endif
	for (; i < n; i++) {
		armcvm_sha256_reset(ctx);
		armcvm_sha256_update(ctx, msgs[i], len);
		armcvm_sha256_final(ctx, out + i * ARMCVM_SHA256_DIGEST_SIZE);
	}
	armcvm_sha256_reset(ctx);
	return 0;
}
