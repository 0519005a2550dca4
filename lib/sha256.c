/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
/*
 * SHA-256 (FIPS 180-4 6.2): portable block function, implementation
 * selection and the streaming interface.
 */
#include "sha2_internal.h"

/* FIPS 180-4 4.2.2: first 32 bits of the cube roots of the first 64 primes. */
const uint32_t armcvm_sha256_k_[64] = {
	0x428a2f98U, 0x71374491U, 0xb5c0fbcfU, 0xe9b5dba5U,
	0x3956c25bU, 0x59f111f1U, 0x923f82a4U, 0xab1c5ed5U,
	0xd807aa98U, 0x12835b01U, 0x243185beU, 0x550c7dc3U,
	0x72be5d74U, 0x80deb1feU, 0x9bdc06a7U, 0xc19bf174U,
	0xe49b69c1U, 0xefbe4786U, 0x0fc19dc6U, 0x240ca1ccU,
	0x2de92c6fU, 0x4a7484aaU, 0x5cb0a9dcU, 0x76f988daU,
	0x983e5152U, 0xa831c66dU, 0xb00327c8U, 0xbf597fc7U,
	0xc6e00bf3U, 0xd5a79147U, 0x06ca6351U, 0x14292967U,
	0x27b70a85U, 0x2e1b2138U, 0x4d2c6dfcU, 0x53380d13U,
	0x650a7354U, 0x766a0abbU, 0x81c2c92eU, 0x92722c85U,
	0xa2bfe8a1U, 0xa81a664bU, 0xc24b8b70U, 0xc76c51a3U,
	0xd192e819U, 0xd6990624U, 0xf40e3585U, 0x106aa070U,
	0x19a4c116U, 0x1e376c08U, 0x2748774cU, 0x34b0bcb5U,
	0x391c0cb3U, 0x4ed8aa4aU, 0x5b9cca4fU, 0x682e6ff3U,
	0x748f82eeU, 0x78a5636fU, 0x84c87814U, 0x8cc70208U,
	0x90befffaU, 0xa4506cebU, 0xbef9a3f7U, 0xc67178f2U,
};

/* FIPS 180-4 5.3.3: first 32 bits of the square roots of the first 8 primes. */
const uint32_t armcvm_sha256_h0_[8] = {
	0x6a09e667U, 0xbb67ae85U, 0x3c6ef372U, 0xa54ff53aU,
	0x510e527fU, 0x9b05688cU, 0x1f83d9abU, 0x5be0cd19U,
};

static inline uint32_t ror32(uint32_t x, unsigned int n)
{
	return (x >> n) | (x << (32 - n));
}

/* FIPS 180-4 4.1.2 functions. */
#define CH(x, y, z)	(((x) & (y)) ^ (~(x) & (z)))
#define MAJ(x, y, z)	(((x) & (y)) | ((z) & ((x) | (y))))
#define BSIG0(x)	(ror32((x), 2) ^ ror32((x), 13) ^ ror32((x), 22))
#define BSIG1(x)	(ror32((x), 6) ^ ror32((x), 11) ^ ror32((x), 25))
#define SSIG0(x)	(ror32((x), 7) ^ ror32((x), 18) ^ ((x) >> 3))
#define SSIG1(x)	(ror32((x), 17) ^ ror32((x), 19) ^ ((x) >> 10))

/*
 * Round i of a 16-round group starting at round j (6.2.2 step 3), with the
 * eight working variables renamed instead of moved. W is a 16-word ring
 * holding W[t] for t in [j + i - 16 + 1 .. j + i].
 */
#define ROUND(a, b, c, d, e, f, g, h, i) do {				\
	uint32_t t1_ = (h) + BSIG1(e) + CH(e, f, g) +			\
		       armcvm_sha256_k_[j + (i)] + w[i];		\
	(d) += t1_;							\
	(h) = t1_ + BSIG0(a) + MAJ(a, b, c);				\
} while (0)

/* FIPS 180-4 6.2.2 step 1: W[t] for t >= 16, in place in the ring. */
#define SCHED(i) (w[(i) & 15] += SSIG1(w[((i) + 14) & 15]) +		\
		  w[((i) + 9) & 15] + SSIG0(w[((i) + 1) & 15]))

#define ROUNDS8(i) do {							\
	ROUND(a, b, c, d, e, f, g, h, (i) + 0);				\
	ROUND(h, a, b, c, d, e, f, g, (i) + 1);				\
	ROUND(g, h, a, b, c, d, e, f, (i) + 2);				\
	ROUND(f, g, h, a, b, c, d, e, (i) + 3);				\
	ROUND(e, f, g, h, a, b, c, d, (i) + 4);				\
	ROUND(d, e, f, g, h, a, b, c, (i) + 5);				\
	ROUND(c, d, e, f, g, h, a, b, (i) + 6);				\
	ROUND(b, c, d, e, f, g, h, a, (i) + 7);				\
} while (0)

#define SCHED8(i) do {							\
	SCHED((i) + 0); SCHED((i) + 1); SCHED((i) + 2); SCHED((i) + 3);	\
	SCHED((i) + 4); SCHED((i) + 5); SCHED((i) + 6); SCHED((i) + 7);	\
} while (0)

void armcvm_sha256_blocks_c_(uint32_t st[8], const uint8_t *p, size_t nblocks)
{
	uint32_t w[16];
	unsigned int i, j;

	for (; nblocks != 0; nblocks--, p += ARMCVM_SHA256_BLOCK_SIZE) {
		uint32_t a = st[0], b = st[1], c = st[2], d = st[3];
		uint32_t e = st[4], f = st[5], g = st[6], h = st[7];

		for (i = 0; i < 16; i++) {
			w[i] = armcvm_load_be32_(p + (size_t)i * 4U);
		}
		for (j = 0; j < 64; j += 16) {
			if (j != 0) {
				SCHED8(0);
				SCHED8(8);
			}
			ROUNDS8(0);
			ROUNDS8(8);
		}
		st[0] += a; st[1] += b; st[2] += c; st[3] += d;
		st[4] += e; st[5] += f; st[6] += g; st[7] += h;
	}
}

bool armcvm_sha256_impl_supported(uint32_t impl)
{
	switch (impl) {
	case ARMCVM_SHA2_IMPL_AUTO:
	case ARMCVM_SHA2_IMPL_PORTABLE:
		return true;
#ifdef ARMCVM_SHA2_HAVE_X86_SHANI
	case ARMCVM_SHA2_IMPL_X86_SHANI:
		return armcvm_sha2_x86_has_shani_();
	case ARMCVM_SHA2_IMPL_X86_AVX512:
		return armcvm_sha2_x86_has_shani_() &&
		       armcvm_sha2_x86_has_avx512vl_();
#endif
#ifdef ARMCVM_SHA2_HAVE_ARMV8_SHA256
	case ARMCVM_SHA2_IMPL_ARMV8_CE:
		return true;
#endif
	default:
		return false;
	}
}

/* Fastest usable implementation (docs/sha2.md "Selection"). */
static uint32_t sha256_auto(void)
{
#ifdef ARMCVM_SHA2_HAVE_ARMV8_SHA256
	return ARMCVM_SHA2_IMPL_ARMV8_CE;
#else
#ifdef ARMCVM_SHA2_HAVE_X86_SHANI
	if (armcvm_sha2_x86_has_shani_()) {
		return armcvm_sha2_x86_has_avx512vl_() ?
		       ARMCVM_SHA2_IMPL_X86_AVX512 : ARMCVM_SHA2_IMPL_X86_SHANI;
	}
#endif
	return ARMCVM_SHA2_IMPL_PORTABLE;
#endif
}

int armcvm_sha256_init_impl(struct armcvm_sha256_ctx *ctx, uint32_t impl)
{
	if (ctx == NULL || impl >= ARMCVM_SHA2_IMPL_COUNT) {
		return -ARMCVM_ERR_INVAL;
	}
	if (!armcvm_sha256_impl_supported(impl)) {
		return -ARMCVM_ERR_NOTSUPP;
	}
	if (impl == ARMCVM_SHA2_IMPL_AUTO) {
		impl = sha256_auto();
	}
	ctx->impl = impl;
	armcvm_sha256_reset(ctx);
	return 0;
}

void armcvm_sha256_reset(struct armcvm_sha256_ctx *ctx)
{
	ARMCVM_MEMCPY(ctx->h, armcvm_sha256_h0_, sizeof(ctx->h));
	ctx->nbytes = 0;
}

void armcvm_sha256_init(struct armcvm_sha256_ctx *ctx)
{
	int ret = armcvm_sha256_init_impl(ctx, ARMCVM_SHA2_IMPL_AUTO);

	ARMCVM_ASSERT(ret == 0);
	(void)ret;
}

static void sha256_blocks(void *vctx, const uint8_t *p, size_t nblocks)
{
	struct armcvm_sha256_ctx *ctx = vctx;

	switch (ctx->impl) {
#ifdef ARMCVM_SHA2_HAVE_X86_SHANI
	case ARMCVM_SHA2_IMPL_X86_SHANI:
	case ARMCVM_SHA2_IMPL_X86_AVX512:
		armcvm_sha256_blocks_shani_(ctx->h, p, nblocks);
		break;
#endif
#ifdef ARMCVM_SHA2_HAVE_ARMV8_SHA256
	case ARMCVM_SHA2_IMPL_ARMV8_CE:
		armcvm_sha256_blocks_ce_(ctx->h, p, nblocks);
		break;
#endif
	default:
		armcvm_sha256_blocks_c_(ctx->h, p, nblocks);
		break;
	}
}

void armcvm_sha256_update(struct armcvm_sha256_ctx *ctx, const void *data,
			  size_t len)
{
	armcvm_sha2_absorb_(ctx, sha256_blocks, ctx->buf, sizeof(ctx->buf),
			    &ctx->nbytes, data, len);
}

void armcvm_sha256_final(struct armcvm_sha256_ctx *ctx,
			 uint8_t out[ARMCVM_SHA256_DIGEST_SIZE])
{
	unsigned int i;

	armcvm_sha2_pad_(ctx, sha256_blocks, ctx->buf, sizeof(ctx->buf),
			 ctx->nbytes, 8);
	for (i = 0; i < 8; i++) {
		armcvm_store_be32_(out + (size_t)4 * i, ctx->h[i]);
	}
}

void armcvm_sha256(const void *data, size_t len,
		   uint8_t out[ARMCVM_SHA256_DIGEST_SIZE])
{
	struct armcvm_sha256_ctx ctx;

	armcvm_sha256_init(&ctx);
	armcvm_sha256_update(&ctx, data, len);
	armcvm_sha256_final(&ctx, out);
}
