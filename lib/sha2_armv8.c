/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
/*
 * SHA-256 and SHA-512 block functions on the Armv8 cryptographic extensions
 * (FEAT_SHA256: SHA256H, SHA256H2, SHA256SU0, SHA256SU1; FEAT_SHA512:
 * SHA512H, SHA512H2, SHA512SU0, SHA512SU1; Arm ARM DDI 0487, C7.2).
 *
 * Compiled only when the compiler targets these features (ACLE
 * __ARM_FEATURE_SHA2 / __ARM_FEATURE_SHA512 with __ARM_NEON; see
 * sha2_internal.h), so the instructions are always present when this code
 * runs. Inline assembly on GCC vector types replaces <arm_neon.h>, which a
 * freestanding lib/ may not include; it is the same for GCC and clang.
 */
#include "sha2_internal.h"

#if defined(ARMCVM_SHA2_HAVE_ARMV8_SHA256) || \
	defined(ARMCVM_SHA2_HAVE_ARMV8_SHA512)

typedef uint8_t u8x16 __attribute__((vector_size(16)));
typedef uint32_t u32x4 __attribute__((vector_size(16)));
typedef uint64_t u64x2 __attribute__((vector_size(16)));

/* __builtin_shufflevector: clang, GCC >= 12; __builtin_shuffle: GCC. */
#if defined(__clang__) || (defined(__GNUC__) && __GNUC__ >= 12)
#define BSWAP(v, ...)	__builtin_shufflevector(v, v, __VA_ARGS__)
#define EXT64(a, b)	__builtin_shufflevector(a, b, 1, 2)
#else
#define BSWAP(v, ...)	__builtin_shuffle(v, (u8x16){ __VA_ARGS__ })
#define EXT64(a, b)	__builtin_shuffle(a, b, (u64x2){ 1, 2 })
#endif

#endif

#ifdef ARMCVM_SHA2_HAVE_ARMV8_SHA256

static inline u32x4 load_be32x4(const uint8_t *p)
{
	u8x16 v;

	ARMCVM_MEMCPY(&v, p, sizeof(v));
	return (u32x4)BSWAP(v, 3, 2, 1, 0, 7, 6, 5, 4, 11, 10, 9, 8, 15, 14,
			    13, 12);
}

/*
 * Four rounds 4i..4i+3 on message words m[i & 3]; for i < 12, W for
 * rounds 4i+16..4i+19 replaces m[i & 3] (FIPS 180-4 6.2.2).
 */
#define QROUND256(i) do {						\
	u32x4 wk_ = m[(i) & 3] + k[i];					\
	u32x4 abcd_ = abcd;						\
	__asm__("sha256h %q0, %q1, %2.4s"				\
		: "+w"(abcd) : "w"(efgh), "w"(wk_));			\
	__asm__("sha256h2 %q0, %q1, %2.4s"				\
		: "+w"(efgh) : "w"(abcd_), "w"(wk_));			\
	if ((i) < 12) {							\
		__asm__("sha256su0 %0.4s, %1.4s"			\
			: "+w"(m[(i) & 3]) : "w"(m[((i) + 1) & 3]));	\
		__asm__("sha256su1 %0.4s, %1.4s, %2.4s"			\
			: "+w"(m[(i) & 3])				\
			: "w"(m[((i) + 2) & 3]), "w"(m[((i) + 3) & 3]));	\
	}								\
} while (0)

void armcvm_sha256_blocks_ce_(uint32_t h[8], const uint8_t *p,
			      size_t nblocks)
{
	u32x4 k[16], m[4], abcd, efgh, save0, save1;
	unsigned int i;

	ARMCVM_MEMCPY(k, armcvm_sha256_k_, sizeof(k));
	ARMCVM_MEMCPY(&abcd, &h[0], sizeof(abcd));
	ARMCVM_MEMCPY(&efgh, &h[4], sizeof(efgh));
	for (; nblocks != 0; nblocks--, p += ARMCVM_SHA256_BLOCK_SIZE) {
		save0 = abcd;
		save1 = efgh;
		for (i = 0; i < 4; i++) {
			m[i] = load_be32x4(p + 16 * i);
		}
		QROUND256(0); QROUND256(1); QROUND256(2); QROUND256(3);
		QROUND256(4); QROUND256(5); QROUND256(6); QROUND256(7);
		QROUND256(8); QROUND256(9); QROUND256(10); QROUND256(11);
		QROUND256(12); QROUND256(13); QROUND256(14); QROUND256(15);
		abcd += save0;
		efgh += save1;
	}
	ARMCVM_MEMCPY(&h[0], &abcd, sizeof(abcd));
	ARMCVM_MEMCPY(&h[4], &efgh, sizeof(efgh));
}

#endif /* ARMCVM_SHA2_HAVE_ARMV8_SHA256 */

#ifdef ARMCVM_SHA2_HAVE_ARMV8_SHA512

static inline u64x2 load_be64x2(const uint8_t *p)
{
	u8x16 v;

	ARMCVM_MEMCPY(&v, p, sizeof(v));
	return (u64x2)BSWAP(v, 7, 6, 5, 4, 3, 2, 1, 0, 15, 14, 13, 12, 11, 10,
			    9, 8);
}

/*
 * Rounds 2(j+i) and 2(j+i)+1 on message pair m[i] (W[t], W[t+1] in lanes
 * 0, 1). State pairs hold {a,b} {c,d} {e,f} {g,h} in lanes {0,1}.
 * SHA512H takes {g,h} + K + W with the two words swapped, {f,g} and {d,e}
 * and returns both rounds' T1; SHA512H2 turns T1 and {c}, {a,b} into the
 * new {a,b}; the new {e,f} is {c,d} + T1 (FIPS 180-4 6.4.2 step 3;
 * Arm ARM SHA512H / SHA512H2 pseudocode). For j > 0 the pair is first
 * computed from W[t-16..t-1] (6.4.2 step 1) by SHA512SU0 / SHA512SU1.
 */
#define PAIR512(i) do {							\
	u64x2 kw_, t1_;							\
	if (j != 0) {							\
		__asm__("sha512su0 %0.2d, %1.2d"			\
			: "+w"(m[i]) : "w"(m[((i) + 1) & 7]));		\
		__asm__("sha512su1 %0.2d, %1.2d, %2.2d"			\
			: "+w"(m[i])					\
			: "w"(m[((i) + 7) & 7]),			\
			  "w"(EXT64(m[((i) + 4) & 7], m[((i) + 5) & 7])));	\
	}								\
	ARMCVM_MEMCPY(&kw_, &armcvm_sha512_k_[2 * (j + (i))], sizeof(kw_));	\
	kw_ += m[i];							\
	t1_ = gh + EXT64(kw_, kw_);					\
	__asm__("sha512h %q0, %q1, %2.2d"				\
		: "+w"(t1_) : "w"(EXT64(ef, gh)), "w"(EXT64(cd, ef)));	\
	gh = ef;							\
	ef = cd + t1_;							\
	__asm__("sha512h2 %q0, %q1, %2.2d"				\
		: "+w"(t1_) : "w"(cd), "w"(ab));			\
	cd = ab;							\
	ab = t1_;							\
} while (0)

void armcvm_sha512_blocks_ce_(uint64_t h[8], const uint8_t *p,
			      size_t nblocks)
{
	u64x2 m[8], ab, cd, ef, gh, s0, s1, s2, s3;
	unsigned int i, j;

	ARMCVM_MEMCPY(&ab, &h[0], sizeof(ab));
	ARMCVM_MEMCPY(&cd, &h[2], sizeof(cd));
	ARMCVM_MEMCPY(&ef, &h[4], sizeof(ef));
	ARMCVM_MEMCPY(&gh, &h[6], sizeof(gh));
	for (; nblocks != 0; nblocks--, p += ARMCVM_SHA512_BLOCK_SIZE) {
		s0 = ab;
		s1 = cd;
		s2 = ef;
		s3 = gh;
		for (i = 0; i < 8; i++) {
			m[i] = load_be64x2(p + 16 * i);
		}
		for (j = 0; j < 40; j += 8) {
			PAIR512(0); PAIR512(1); PAIR512(2); PAIR512(3);
			PAIR512(4); PAIR512(5); PAIR512(6); PAIR512(7);
		}
		ab += s0;
		cd += s1;
		ef += s2;
		gh += s3;
	}
	ARMCVM_MEMCPY(&h[0], &ab, sizeof(ab));
	ARMCVM_MEMCPY(&h[2], &cd, sizeof(cd));
	ARMCVM_MEMCPY(&h[4], &ef, sizeof(ef));
	ARMCVM_MEMCPY(&h[6], &gh, sizeof(gh));
}

#endif /* ARMCVM_SHA2_HAVE_ARMV8_SHA512 */
