/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
/*
 * SHA-512 (FIPS 180-4 6.4): portable block function, implementation
 * selection and the streaming interface.
 */
#include "sha2_internal.h"

/* FIPS 180-4 4.2.3: first 64 bits of the cube roots of the first 80 primes. */
const uint64_t armcvm_sha512_k_[80] = {
	0x428a2f98d728ae22ULL, 0x7137449123ef65cdULL,
	0xb5c0fbcfec4d3b2fULL, 0xe9b5dba58189dbbcULL,
	0x3956c25bf348b538ULL, 0x59f111f1b605d019ULL,
	0x923f82a4af194f9bULL, 0xab1c5ed5da6d8118ULL,
	0xd807aa98a3030242ULL, 0x12835b0145706fbeULL,
	0x243185be4ee4b28cULL, 0x550c7dc3d5ffb4e2ULL,
	0x72be5d74f27b896fULL, 0x80deb1fe3b1696b1ULL,
	0x9bdc06a725c71235ULL, 0xc19bf174cf692694ULL,
	0xe49b69c19ef14ad2ULL, 0xefbe4786384f25e3ULL,
	0x0fc19dc68b8cd5b5ULL, 0x240ca1cc77ac9c65ULL,
	0x2de92c6f592b0275ULL, 0x4a7484aa6ea6e483ULL,
	0x5cb0a9dcbd41fbd4ULL, 0x76f988da831153b5ULL,
	0x983e5152ee66dfabULL, 0xa831c66d2db43210ULL,
	0xb00327c898fb213fULL, 0xbf597fc7beef0ee4ULL,
	0xc6e00bf33da88fc2ULL, 0xd5a79147930aa725ULL,
	0x06ca6351e003826fULL, 0x142929670a0e6e70ULL,
	0x27b70a8546d22ffcULL, 0x2e1b21385c26c926ULL,
	0x4d2c6dfc5ac42aedULL, 0x53380d139d95b3dfULL,
	0x650a73548baf63deULL, 0x766a0abb3c77b2a8ULL,
	0x81c2c92e47edaee6ULL, 0x92722c851482353bULL,
	0xa2bfe8a14cf10364ULL, 0xa81a664bbc423001ULL,
	0xc24b8b70d0f89791ULL, 0xc76c51a30654be30ULL,
	0xd192e819d6ef5218ULL, 0xd69906245565a910ULL,
	0xf40e35855771202aULL, 0x106aa07032bbd1b8ULL,
	0x19a4c116b8d2d0c8ULL, 0x1e376c085141ab53ULL,
	0x2748774cdf8eeb99ULL, 0x34b0bcb5e19b48a8ULL,
	0x391c0cb3c5c95a63ULL, 0x4ed8aa4ae3418acbULL,
	0x5b9cca4f7763e373ULL, 0x682e6ff3d6b2b8a3ULL,
	0x748f82ee5defb2fcULL, 0x78a5636f43172f60ULL,
	0x84c87814a1f0ab72ULL, 0x8cc702081a6439ecULL,
	0x90befffa23631e28ULL, 0xa4506cebde82bde9ULL,
	0xbef9a3f7b2c67915ULL, 0xc67178f2e372532bULL,
	0xca273eceea26619cULL, 0xd186b8c721c0c207ULL,
	0xeada7dd6cde0eb1eULL, 0xf57d4f7fee6ed178ULL,
	0x06f067aa72176fbaULL, 0x0a637dc5a2c898a6ULL,
	0x113f9804bef90daeULL, 0x1b710b35131c471bULL,
	0x28db77f523047d84ULL, 0x32caab7b40c72493ULL,
	0x3c9ebe0a15c9bebcULL, 0x431d67c49c100d4cULL,
	0x4cc5d4becb3e42b6ULL, 0x597f299cfc657e2aULL,
	0x5fcb6fab3ad6faecULL, 0x6c44198c4a475817ULL,
};

/* FIPS 180-4 5.3.5: first 64 bits of the square roots of the first 8 primes. */
const uint64_t armcvm_sha512_h0_[8] = {
	0x6a09e667f3bcc908ULL, 0xbb67ae8584caa73bULL,
	0x3c6ef372fe94f82bULL, 0xa54ff53a5f1d36f1ULL,
	0x510e527fade682d1ULL, 0x9b05688c2b3e6c1fULL,
	0x1f83d9abfb41bd6bULL, 0x5be0cd19137e2179ULL,
};

static inline uint64_t ror64(uint64_t x, unsigned int n)
{
	return (x >> n) | (x << (64 - n));
}

/* FIPS 180-4 4.1.3 functions. */
#define CH(x, y, z)	(((x) & (y)) ^ (~(x) & (z)))
#define MAJ(x, y, z)	(((x) & (y)) | ((z) & ((x) | (y))))
#define BSIG0(x)	(ror64((x), 28) ^ ror64((x), 34) ^ ror64((x), 39))
#define BSIG1(x)	(ror64((x), 14) ^ ror64((x), 18) ^ ror64((x), 41))
#define SSIG0(x)	(ror64((x), 1) ^ ror64((x), 8) ^ ((x) >> 7))
#define SSIG1(x)	(ror64((x), 19) ^ ror64((x), 61) ^ ((x) >> 6))

/*
 * Round i of a 16-round group starting at round j (6.4.2 step 3); the
 * working variables are renamed instead of moved and W is a 16-word ring.
 * With @sched (rounds 16..79) the schedule update for round j + i is folded
 * into the round so that the compiler can interleave it with the round's
 * dependency chain.
 */
#define ROUND(a, b, c, d, e, f, g, h, i, sched) do {			\
	uint64_t t1_;							\
	if (sched) {							\
		w[(i) & 15] += SSIG1(w[((i) + 14) & 15]) +		\
			       w[((i) + 9) & 15] +			\
			       SSIG0(w[((i) + 1) & 15]);		\
	}								\
	t1_ = (h) + BSIG1(e) + CH(e, f, g) + armcvm_sha512_k_[j + (i)] +	\
	      w[i];							\
	(d) += t1_;							\
	(h) = t1_ + BSIG0(a) + MAJ(a, b, c);				\
} while (0)

#define ROUNDS8(i, sched) do {						\
	ROUND(a, b, c, d, e, f, g, h, (i) + 0, sched);			\
	ROUND(h, a, b, c, d, e, f, g, (i) + 1, sched);			\
	ROUND(g, h, a, b, c, d, e, f, (i) + 2, sched);			\
	ROUND(f, g, h, a, b, c, d, e, (i) + 3, sched);			\
	ROUND(e, f, g, h, a, b, c, d, (i) + 4, sched);			\
	ROUND(d, e, f, g, h, a, b, c, (i) + 5, sched);			\
	ROUND(c, d, e, f, g, h, a, b, (i) + 6, sched);			\
	ROUND(b, c, d, e, f, g, h, a, (i) + 7, sched);			\
} while (0)

void armcvm_sha512_blocks_c_(uint64_t st[8], const uint8_t *p, size_t nblocks)
{
	uint64_t w[16];

	for (; nblocks != 0; nblocks--, p += ARMCVM_SHA512_BLOCK_SIZE) {
		uint64_t a = st[0], b = st[1], c = st[2], d = st[3];
		uint64_t e = st[4], f = st[5], g = st[6], h = st[7];
		unsigned int i, j;

		for (i = 0; i < 16; i++) {
			w[i] = armcvm_load_be64_(p + (size_t)i * 8U);
		}
		j = 0;
		ROUNDS8(0, 0);
		ROUNDS8(8, 0);
		for (j = 16; j < 80; j += 16) {
			ROUNDS8(0, 1);
			ROUNDS8(8, 1);
		}
		st[0] += a; st[1] += b; st[2] += c; st[3] += d;
		st[4] += e; st[5] += f; st[6] += g; st[7] += h;
	}
}

bool armcvm_sha512_impl_supported(uint32_t impl)
{
	switch (impl) {
	case ARMCVM_SHA2_IMPL_AUTO:
	case ARMCVM_SHA2_IMPL_PORTABLE:
		return true;
#ifdef ARMCVM_SHA2_HAVE_X86_AVX2
	case ARMCVM_SHA2_IMPL_X86_AVX2:
		return armcvm_sha2_x86_has_avx2_();
	case ARMCVM_SHA2_IMPL_X86_AVX512:
		return armcvm_sha2_x86_has_avx512vl_();
#endif
#ifdef ARMCVM_SHA2_HAVE_ARMV8_SHA512
	case ARMCVM_SHA2_IMPL_ARMV8_CE:
		return true;
#endif
	default:
		return false;
	}
}

/* Fastest usable implementation (docs/sha2.md "Selection"). */
static uint32_t sha512_auto(void)
{
#ifdef ARMCVM_SHA2_HAVE_ARMV8_SHA512
	return ARMCVM_SHA2_IMPL_ARMV8_CE;
#else
#ifdef ARMCVM_SHA2_HAVE_X86_AVX2
	if (armcvm_sha2_x86_has_avx512vl_()) {
		return ARMCVM_SHA2_IMPL_X86_AVX512;
	}
	if (armcvm_sha2_x86_has_avx2_()) {
		return ARMCVM_SHA2_IMPL_X86_AVX2;
	}
#endif
	return ARMCVM_SHA2_IMPL_PORTABLE;
#endif
}

int armcvm_sha512_init_impl(struct armcvm_sha512_ctx *ctx, uint32_t impl)
{
	if (ctx == NULL || impl >= ARMCVM_SHA2_IMPL_COUNT) {
		return -ARMCVM_ERR_INVAL;
	}
	if (!armcvm_sha512_impl_supported(impl)) {
		return -ARMCVM_ERR_NOTSUPP;
	}
	if (impl == ARMCVM_SHA2_IMPL_AUTO) {
		impl = sha512_auto();
	}
	ctx->impl = impl;
	armcvm_sha512_reset(ctx);
	return 0;
}

void armcvm_sha512_reset(struct armcvm_sha512_ctx *ctx)
{
	ARMCVM_MEMCPY(ctx->h, armcvm_sha512_h0_, sizeof(ctx->h));
	ctx->nbytes = 0;
}

void armcvm_sha512_init(struct armcvm_sha512_ctx *ctx)
{
	int ret = armcvm_sha512_init_impl(ctx, ARMCVM_SHA2_IMPL_AUTO);

	ARMCVM_ASSERT(ret == 0);
	(void)ret;
}

static void sha512_blocks(void *vctx, const uint8_t *p, size_t nblocks)
{
	struct armcvm_sha512_ctx *ctx = vctx;

	switch (ctx->impl) {
#ifdef ARMCVM_SHA2_HAVE_X86_AVX2
	case ARMCVM_SHA2_IMPL_X86_AVX2:
	case ARMCVM_SHA2_IMPL_X86_AVX512:
		armcvm_sha512_blocks_avx2_(ctx->h, p, nblocks);
		break;
#endif
#ifdef ARMCVM_SHA2_HAVE_ARMV8_SHA512
	case ARMCVM_SHA2_IMPL_ARMV8_CE:
		armcvm_sha512_blocks_ce_(ctx->h, p, nblocks);
		break;
#endif
	default:
		armcvm_sha512_blocks_c_(ctx->h, p, nblocks);
		break;
	}
}

void armcvm_sha512_update(struct armcvm_sha512_ctx *ctx, const void *data,
			  size_t len)
{
	armcvm_sha2_absorb_(ctx, sha512_blocks, ctx->buf, sizeof(ctx->buf),
			    &ctx->nbytes, data, len);
}

void armcvm_sha512_final(struct armcvm_sha512_ctx *ctx,
			 uint8_t out[ARMCVM_SHA512_DIGEST_SIZE])
{
	unsigned int i;

	armcvm_sha2_pad_(ctx, sha512_blocks, ctx->buf, sizeof(ctx->buf),
			 ctx->nbytes, 16);
	for (i = 0; i < 8; i++) {
		armcvm_store_be64_(out + (size_t)i * 8U, ctx->h[i]);
	}
}

void armcvm_sha512(const void *data, size_t len,
		   uint8_t out[ARMCVM_SHA512_DIGEST_SIZE])
{
	struct armcvm_sha512_ctx ctx;

	armcvm_sha512_init(&ctx);
	armcvm_sha512_update(&ctx, data, len);
	armcvm_sha512_final(&ctx, out);
}
