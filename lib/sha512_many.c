/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
/*
 * SHA-512 digests of several messages of one length. On x86-64 with AVX2
 * (sha512_lanes_x86.c) four messages go through the rounds together; the
 * rest, and every message on other paths, one at a time through the
 * context's own implementation. Either way each digest is FIPS 180-4
 * SHA-512 of its message.
 */
#include "sha2_internal.h"

#ifdef ARMCVM_SHA2_HAVE_X86_AVX2
#define LANES	4U

/*
 * Four messages of @len bytes: whole blocks in place, then the last
 * partial block and the padding (FIPS 180-4 5.1.2: 0x80, zeros, the
 * 128-bit bit count) from one or two blocks of @tail per message.
 */
static void lanes4(uint32_t impl, const void *const *msgs, size_t len,
		   uint8_t *out)
{
	uint8_t tail[LANES][2 * ARMCVM_SHA512_BLOCK_SIZE];
	const uint8_t *p[LANES];
	uint64_t st[8][LANES];
	size_t whole = len / ARMCVM_SHA512_BLOCK_SIZE;
	size_t rem = len % ARMCVM_SHA512_BLOCK_SIZE;
	size_t ntail = rem + 17 > ARMCVM_SHA512_BLOCK_SIZE ? 2 : 1;
	size_t tlen = ntail * ARMCVM_SHA512_BLOCK_SIZE;
	unsigned int i, l;

	for (i = 0; i < 8; i++) {
		for (l = 0; l < LANES; l++) {
			st[i][l] = armcvm_sha512_h0_[i];
		}
	}
	for (l = 0; l < LANES; l++) {
		p[l] = msgs[l];
		ARMCVM_MEMSET(tail[l], 0, tlen);
		if (rem != 0) {
			ARMCVM_MEMCPY(tail[l], p[l] +
				      whole * ARMCVM_SHA512_BLOCK_SIZE, rem);
		}
		tail[l][rem] = 0x80;
		/* bit count of a byte count below 2^64: bits 66:64, 63:0 */
		tail[l][tlen - 9] = (uint8_t)((uint64_t)len >> 61);
		armcvm_store_be64_(tail[l] + tlen - 8, (uint64_t)len << 3);
	}
	for (i = 0; i < 2; i++) {
		size_t nb = i == 0 ? whole : ntail;

		if (impl == ARMCVM_SHA2_IMPL_X86_AVX512) {
			armcvm_sha512_lanes_avx512_(st, p, nb);
		} else {
			armcvm_sha512_lanes_avx2_(st, p, nb);
		}
		for (l = 0; l < LANES; l++) {
			p[l] = tail[l];
		}
	}
	for (l = 0; l < LANES; l++) {
		for (i = 0; i < 8; i++) {
			armcvm_store_be64_(out + (size_t)l *
					   ARMCVM_SHA512_DIGEST_SIZE +
					   (size_t)8 * i, st[i][l]);
		}
	}
}
#endif

int armcvm_sha512_many(struct armcvm_sha512_ctx *ctx,
		       const void *const *msgs, size_t len, size_t n,
		       uint8_t *out)
{
	size_t i = 0;

	if (ctx == NULL || (n != 0 && (msgs == NULL || out == NULL)) ||
	    ctx->impl == ARMCVM_SHA2_IMPL_AUTO ||
	    ctx->impl >= ARMCVM_SHA2_IMPL_COUNT) {
		return -ARMCVM_ERR_INVAL;
	}
	for (i = 0; i < n; i++) {
		if (msgs[i] == NULL && len != 0) {
			return -ARMCVM_ERR_INVAL;
		}
	}
	i = 0;
#ifdef ARMCVM_SHA2_HAVE_X86_AVX2
	if (ctx->impl == ARMCVM_SHA2_IMPL_X86_AVX2 ||
	    ctx->impl == ARMCVM_SHA2_IMPL_X86_AVX512) {
		for (; n - i >= LANES; i += LANES) {
			lanes4(ctx->impl, &msgs[i], len,
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
