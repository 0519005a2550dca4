/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
/*
 * SHA-256 block function on the x86 SHA extensions (SHA256RNDS2,
 * SHA256MSG1, SHA256MSG2; Intel SDM vol. 2, and Intel's white paper "New
 * Instructions Supporting the Secure Hash Algorithm on Intel Architecture
 * Processors", 2013, for the state layout), and its CPUID probe.
 *
 * Written with compiler built-ins and GCC vector extensions instead of
 * <immintrin.h> so that lib/ reaches no libc header; the permutes are plain
 * vector shuffles. The functions carry target attributes: the rest of the
 * library is built for the baseline ISA and this code runs only after
 * armcvm_sha2_x86_has_shani_() said yes.
 */
#include "sha2_internal.h"

#ifdef ARMCVM_SHA2_HAVE_X86_SHANI

typedef int v4si __attribute__((vector_size(16)));
typedef unsigned int v4su __attribute__((vector_size(16)));
typedef char v16qi __attribute__((vector_size(16)));

/* __builtin_shufflevector: clang, GCC >= 12; __builtin_shuffle: GCC. */
#if defined(__clang__) || (defined(__GNUC__) && __GNUC__ >= 12)
#define SHUF4(a, b, i, j, k, l)	__builtin_shufflevector(a, b, i, j, k, l)
#define BSWAP32X4(v)	__builtin_shufflevector(v, v, 3, 2, 1, 0, 7, 6, 5, 4, \
						11, 10, 9, 8, 15, 14, 13, 12)
#else
#define SHUF4(a, b, i, j, k, l)	__builtin_shuffle(a, b, (v4si){ i, j, k, l })
#define BSWAP32X4(v)	__builtin_shuffle(v, (v16qi){ 3, 2, 1, 0, 7, 6, 5, 4, \
						11, 10, 9, 8, 15, 14, 13, 12 })
#endif

/*
 * SHA extensions: CPUID.(EAX=7,ECX=0):EBX bit 29. The code also uses SSSE3
 * (PSHUFB: CPUID.1:ECX bit 9) and SSE4.1 (PBLENDW: CPUID.1:ECX bit 19),
 * which every SHA-capable CPU has but a hypervisor may mask.
 */
bool armcvm_sha2_x86_has_shani_(void)
{
#ifdef ARMCVM_SHA2_X86_SHANI_BUILTIN
	return true;
#else
	uint32_t r[4];

	armcvm_x86_cpuid_(0, 0, r);
	if (r[0] < 7) {
		return false;
	}
	armcvm_x86_cpuid_(1, 0, r);
	if ((r[2] & (1U << 9)) == 0 || (r[2] & (1U << 19)) == 0) {
		return false;
	}
	armcvm_x86_cpuid_(7, 0, r);
	return (r[1] & (1U << 29)) != 0;
#endif
}

#define TARGET	__attribute__((target("sha,sse4.1")))

/* Lane-wise a + b modulo 2^32: the SHA builtins take signed lanes, whose
 * overflow would be undefined in C arithmetic. */
static inline TARGET v4si add32(v4si a, v4si b)
{
	return (v4si)((v4su)a + (v4su)b);
}

static inline TARGET v4si load_be(const uint8_t *p)
{
	v16qi v;

	ARMCVM_MEMCPY(&v, p, sizeof(v));
	return (v4si)BSWAP32X4(v);
}

static inline TARGET v4si load_k(unsigned int i)
{
	v4si k;

	ARMCVM_MEMCPY(&k, &armcvm_sha256_k_[(size_t)i * 4U], sizeof(k));
	return k;
}

/*
 * Four rounds 4i..4i+3 with message words m[i & 3] (SHA256RNDS2 does two
 * rounds on the low two words of its third operand). When the caller asks,
 * finish W[4i+4..4i+7] with SHA256MSG2 and start W[4i+12..4i+15] with
 * SHA256MSG1 (FIPS 180-4 6.2.2 step 1).
 */
#define QROUND(i, fin, start) do {					\
	v4si wk_ = add32(m[(i) & 3], load_k(i));			\
	s1 = __builtin_ia32_sha256rnds2(s1, s0, wk_);			\
	if (fin) {							\
		m[((i) + 1) & 3] = add32(m[((i) + 1) & 3],		\
					 SHUF4(m[((i) - 1) & 3], m[(i) & 3], \
					       1, 2, 3, 4));		\
		m[((i) + 1) & 3] = __builtin_ia32_sha256msg2(		\
			m[((i) + 1) & 3], m[(i) & 3]);			\
	}								\
	wk_ = SHUF4(wk_, wk_, 2, 3, 2, 3);				\
	s0 = __builtin_ia32_sha256rnds2(s0, s1, wk_);			\
	if (start) {							\
		m[((i) - 1) & 3] = __builtin_ia32_sha256msg1(		\
			m[((i) - 1) & 3], m[(i) & 3]);			\
	}								\
} while (0)

TARGET void armcvm_sha256_blocks_shani_(uint32_t h[8], const uint8_t *p,
					size_t nblocks)
{
	v4si s0, s1, t;
	v4si m[4];

	/*
	 * h[0..7] = A..H; the instructions want A B E F and C D G H from the
	 * most significant lane down.
	 */
	ARMCVM_MEMCPY(&t, &h[0], sizeof(t));
	ARMCVM_MEMCPY(&s1, &h[4], sizeof(s1));
	s0 = SHUF4(s1, t, 1, 0, 5, 4);		/* lanes F E B A */
	s1 = SHUF4(s1, t, 3, 2, 7, 6);		/* lanes H G D C */

	for (; nblocks != 0; nblocks--, p += ARMCVM_SHA256_BLOCK_SIZE) {
		v4si save0 = s0, save1 = s1;

		m[0] = load_be(p);
		m[1] = load_be(p + 16);
		m[2] = load_be(p + 32);
		m[3] = load_be(p + 48);
		QROUND(0, 0, 0);
		QROUND(1, 0, 1);
		QROUND(2, 0, 1);
		QROUND(3, 1, 1);
		QROUND(4, 1, 1);
		QROUND(5, 1, 1);
		QROUND(6, 1, 1);
		QROUND(7, 1, 1);
		QROUND(8, 1, 1);
		QROUND(9, 1, 1);
		QROUND(10, 1, 1);
		QROUND(11, 1, 1);
		QROUND(12, 1, 1);
		QROUND(13, 1, 0);
		QROUND(14, 1, 0);
		QROUND(15, 0, 0);
		s0 = add32(s0, save0);
		s1 = add32(s1, save1);
	}
	t = SHUF4(s0, s1, 3, 2, 7, 6);		/* A B C D */
	s1 = SHUF4(s0, s1, 1, 0, 5, 4);		/* E F G H */
	ARMCVM_MEMCPY(&h[0], &t, sizeof(t));
	ARMCVM_MEMCPY(&h[4], &s1, sizeof(s1));
}

#endif /* ARMCVM_SHA2_HAVE_X86_SHANI */
