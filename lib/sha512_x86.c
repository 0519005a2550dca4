/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
/*
 * SHA-512 block function for x86-64 CPUs with AVX2, BMI1 and BMI2 (x86 has
 * no SHA-512 instructions before the SHA512 extension), and its CPUID
 * probe.
 *
 * The rounds (FIPS 180-4 6.4.2 step 3) are scalar: BMI2 RORX rotates
 * without destroying its source and BMI1 ANDN gives Ch() its ~e & g in one
 * instruction. The message schedule (6.4.2 step 1) runs on AVX2 for two
 * blocks at once, as in OpenSSL's sha512-x86_64.pl AVX2 code (a public
 * file; this is our own C): a 256-bit register holds W[t], W[t+1] of the
 * first block in its low half and of the second block in its high half, so
 * one vector step yields four message words, and W + K goes to the stack.
 * While the scalar rounds of the first block run, the vector unit computes
 * the rest of both schedules; the second block's rounds then only read the
 * stack. An odd last block is paired with itself and its twin's rounds are
 * skipped.
 *
 * GCC vector extensions and compiler built-ins replace <immintrin.h>,
 * which lib/ may not include. The block function carries a target
 * attribute and runs only after armcvm_sha2_x86_has_avx2_() said yes.
 */
#include "sha2_internal.h"

#ifdef ARMCVM_SHA2_HAVE_X86_AVX2

/*
 * AVX2 needs the OS to save the YMM state (Intel SDM vol. 1, 14.3
 * "Detection of Intel AVX Instructions" and 14.7.1 "Detection of Intel
 * AVX2"): CPUID.1:ECX.OSXSAVE[bit 27] says XGETBV may be executed;
 * XGETBV(0) returns XCR0, whose bits 1 (SSE state) and 2 (AVX state) must
 * both be set (SDM vol. 1, 13.3 "Enabling the XSAVE Feature Set and
 * XSAVE-Enabled Features"); CPUID.1:ECX.AVX[bit 28]. Then
 * CPUID.(EAX=7,ECX=0):EBX.AVX2[bit 5], .BMI1[bit 3] (ANDN) and .BMI2[bit 8]
 * (RORX) (SDM vol. 2A, CPUID, "Structured Extended Feature Flags
 * Enumeration Leaf"). VPSHUFB on 256 bits is part of AVX2.
 *
 * Each CPUID is a VM exit under a hypervisor, so leaf 0 (highest basic
 * leaf) is not read: OSXSAVE = 1 implies CPUID.1:ECX.XSAVE[bit 26] = 1,
 * which implies that leaf 0DH exists (SDM vol. 1, 13.2 "Enumeration of CPU
 * Support for XSAVE Instructions and XSAVE-Supported Features"), so leaf 7
 * does too.
 */
#ifndef ARMCVM_SHA2_X86_AVX512_BUILTIN
/* XCR0 and CPUID.(EAX=7,ECX=0):EBX, if the OS saves the YMM state. */
static bool x86_avx_state(uint32_t *xcr0, uint32_t *leaf7_ebx)
{
	uint32_t r[4], lo, hi;

	armcvm_x86_cpuid_(1, 0, r);
	if ((r[2] & (1U << 27)) == 0 || (r[2] & (1U << 28)) == 0) {
		return false;
	}
	/* XGETBV with ECX = 0 reads XCR0 (SDM vol. 2C, XGETBV). */
	__asm__ volatile("xgetbv" : "=a"(lo), "=d"(hi) : "c"(0));
	(void)hi;
	if ((lo & 0x6U) != 0x6U) {
		return false;
	}
	armcvm_x86_cpuid_(7, 0, r);
	*xcr0 = lo;
	*leaf7_ebx = r[1];
	return true;
}

static bool avx2_bmi(uint32_t leaf7_ebx)
{
	return (leaf7_ebx & (1U << 3)) != 0 && (leaf7_ebx & (1U << 5)) != 0 &&
	       (leaf7_ebx & (1U << 8)) != 0;
}
#endif

bool armcvm_sha2_x86_has_avx2_(void)
{
#ifdef ARMCVM_SHA2_X86_AVX2_BUILTIN
	return true;
#else
	uint32_t xcr0, ebx;

	return x86_avx_state(&xcr0, &ebx) && avx2_bmi(ebx);
#endif
}

/*
 * AVX-512VL instructions on 256-bit registers need the OS to save the
 * whole AVX-512 state: XCR0 bits 5 (opmask), 6 (ZMM_Hi256) and 7
 * (Hi16_ZMM) besides bits 1 and 2 (SDM vol. 1, 13.1 "XSAVE-Supported
 * Features and State-Component Bitmaps"; 15.2 "Detection of AVX-512
 * Foundation Instructions"), then CPUID.(EAX=7,ECX=0):EBX.AVX512F[bit 16]
 * and .AVX512VL[bit 31] (SDM vol. 2A, CPUID); AVX2 and BMI as above.
 */
bool armcvm_sha2_x86_has_avx512vl_(void)
{
#ifdef ARMCVM_SHA2_X86_AVX512_BUILTIN
	return true;
#else
	uint32_t xcr0, ebx;

	return x86_avx_state(&xcr0, &ebx) && avx2_bmi(ebx) &&
	       (xcr0 & 0xE6U) == 0xE6U && (ebx & (1U << 16)) != 0 &&
	       (ebx & (1U << 31)) != 0;
#endif
}

typedef uint64_t u64x2 __attribute__((vector_size(16)));
typedef uint64_t u64x4 __attribute__((vector_size(32)));
typedef char v32qi __attribute__((vector_size(32)));

/* __builtin_shufflevector: clang, GCC >= 12; __builtin_shuffle: GCC. */
#if defined(__clang__) || (defined(__GNUC__) && __GNUC__ >= 12)
#define CAT(lo, hi)	__builtin_shufflevector(lo, hi, 0, 1, 2, 3)
/* Per 128-bit half: the odd word of @a, then the even word of @b. */
#define MID(a, b)	__builtin_shufflevector(a, b, 1, 4, 3, 6)
#define BSWAP64X4(v)	__builtin_shufflevector(v, v,			\
		7, 6, 5, 4, 3, 2, 1, 0, 15, 14, 13, 12, 11, 10, 9, 8,	\
		23, 22, 21, 20, 19, 18, 17, 16,				\
		31, 30, 29, 28, 27, 26, 25, 24)
#else
#define CAT(lo, hi)	__builtin_shuffle(lo, hi, (u64x4){ 0, 1, 2, 3 })
#define MID(a, b)	__builtin_shuffle(a, b, (u64x4){ 1, 4, 3, 6 })
#define BSWAP64X4(v)	__builtin_shuffle(v, (v32qi){			\
		7, 6, 5, 4, 3, 2, 1, 0, 15, 14, 13, 12, 11, 10, 9, 8,	\
		23, 22, 21, 20, 19, 18, 17, 16,				\
		31, 30, 29, 28, 27, 26, 25, 24 })
#endif

#define TARGET	__attribute__((target("avx2,bmi,bmi2")))

static inline uint64_t ror64(uint64_t x, unsigned int n)
{
	return (x >> n) | (x << (64 - n));
}

/* FIPS 180-4 4.1.3 (4.10) - (4.13). */
#define BSIG0(x)	(ror64((x), 28) ^ ror64((x), 34) ^ ror64((x), 39))
#define BSIG1(x)	(ror64((x), 14) ^ ror64((x), 18) ^ ror64((x), 41))
#define SSIG0V(x)	(((x) >> 1) ^ ((x) << 63) ^ ((x) >> 8) ^	\
			 ((x) << 56) ^ ((x) >> 7))
#define SSIG1V(x)	(((x) >> 19) ^ ((x) << 45) ^ ((x) >> 61) ^	\
			 ((x) << 3) ^ ((x) >> 6))

/*
 * One round on W[t] + K[t] = @wk. Ch(e, f, g) = (e & f) + (~e & g): the
 * two terms have no bit in common, so it can join the sum. Maj(a, b, c) =
 * b ^ ((a ^ b) & (b ^ c)), where b ^ c is the previous round's a ^ b,
 * kept in @bc. About 22 integer operations: on this path SHA-512 is
 * bound by ALU throughput, as OpenSSL's assembly is.
 */
#define ROUND(a, b, c, d, e, f, g, h, wk) do {				\
	uint64_t t1_ = (h) + (wk) + ((e) & (f)) + (~(e) & (g)) +	\
		       BSIG1(e);					\
	uint64_t ab_ = (a) ^ (b);					\
	(d) += t1_;							\
	(h) = (BSIG0(a) + ((ab_ & bc) ^ (b))) + t1_;			\
	bc = ab_;							\
} while (0)

/* Rounds 2i, 2i + 1 of a 16-round group whose W + K pairs start at q. */
#define ROUND2(q, i, a, b, c, d, e, f, g, h) do {			\
	ROUND(a, b, c, d, e, f, g, h, (q)[(size_t)4 * (i)]);		\
	ROUND(h, a, b, c, d, e, f, g, (q)[(size_t)4 * (i) + 1]);	\
} while (0)

/*
 * W[t], W[t+1] of both blocks, t = 16 + 16j + 2i (6.4.2 step 1): x[i]
 * holds W[t-16], W[t-15] and the ring x[] the 16 words before t. The sum
 * plus K[t], K[t+1] goes to the stack for the rounds.
 */
#define SCHED(j, i) do {						\
	u64x4 w15_ = MID(x[i], x[((i) + 1) & 7]);			\
	u64x4 w7_ = MID(x[((i) + 4) & 7], x[((i) + 5) & 7]);		\
	u64x4 w2_ = x[((i) + 7) & 7];					\
	u64x4 wk_;							\
	u64x2 k_;							\
	ARMCVM_MEMCPY(&k_, &armcvm_sha512_k_[16 + 16 * (j) + 2 * (i)],	\
		      sizeof(k_));					\
	x[i] += SSIG0V(w15_) + w7_ + SSIG1V(w2_);			\
	wk_ = x[i] + CAT(k_, k_);					\
	ARMCVM_MEMCPY(&wk[(size_t)32 * (j) + (size_t)4 * (i) + 32],	\
		      &wk_, sizeof(wk_));				\
} while (0)

/*
 * The rounds must read W + K from the stack: without this compiler barrier
 * GCC forwards the words just stored from the vector registers (VPEXTRQ),
 * which costs more than the loads.
 */
#define WK_FROM_MEMORY()	__asm__ volatile("" : : : "memory")

/*
 * Rounds 16j .. 16j + 15 of the first block, each pair next to a schedule
 * step for rounds 16j + 16 .. 16j + 31 of both blocks.
 */
#define GROUP_SCHED(j) do {						\
	const uint64_t *q_ = &wk[(size_t)32 * (j)];			\
	WK_FROM_MEMORY();						\
	SCHED(j, 0); ROUND2(q_, 0, a, b, c, d, e, f, g, h);		\
	SCHED(j, 1); ROUND2(q_, 1, g, h, a, b, c, d, e, f);		\
	SCHED(j, 2); ROUND2(q_, 2, e, f, g, h, a, b, c, d);		\
	SCHED(j, 3); ROUND2(q_, 3, c, d, e, f, g, h, a, b);		\
	SCHED(j, 4); ROUND2(q_, 4, a, b, c, d, e, f, g, h);		\
	SCHED(j, 5); ROUND2(q_, 5, g, h, a, b, c, d, e, f);		\
	SCHED(j, 6); ROUND2(q_, 6, e, f, g, h, a, b, c, d);		\
	SCHED(j, 7); ROUND2(q_, 7, c, d, e, f, g, h, a, b);		\
} while (0)

/* Sixteen rounds on the W + K pairs at q. */
#define GROUP(q) do {							\
	ROUND2(q, 0, a, b, c, d, e, f, g, h);				\
	ROUND2(q, 1, g, h, a, b, c, d, e, f);				\
	ROUND2(q, 2, e, f, g, h, a, b, c, d);				\
	ROUND2(q, 3, c, d, e, f, g, h, a, b);				\
	ROUND2(q, 4, a, b, c, d, e, f, g, h);				\
	ROUND2(q, 5, g, h, a, b, c, d, e, f);				\
	ROUND2(q, 6, e, f, g, h, a, b, c, d);				\
	ROUND2(q, 7, c, d, e, f, g, h, a, b);				\
} while (0)

/*
 * wk[4m .. 4m + 3] holds W + K of rounds 2m, 2m + 1 of the first block,
 * then of the second.
 */
TARGET void armcvm_sha512_blocks_avx2_(uint64_t st[8], const uint8_t *p,
				       size_t nblocks)
{
	ARMCVM_ALIGNAS(32) uint64_t wk[160];
	u64x4 x[8];
	unsigned int i, j, blk;

	while (nblocks != 0) {
		const uint8_t *p1 = nblocks > 1 ? p + ARMCVM_SHA512_BLOCK_SIZE
						: p;
		unsigned int nb = nblocks > 1 ? 2 : 1;

		for (i = 0; i < 8; i++) {
			u64x2 lo, hi, k;
			u64x4 s;
			v32qi v;

			ARMCVM_MEMCPY(&lo, p + (size_t)16 * i, sizeof(lo));
			ARMCVM_MEMCPY(&hi, p1 + (size_t)16 * i, sizeof(hi));
			ARMCVM_MEMCPY(&k, &armcvm_sha512_k_[(size_t)2 * i],
				      sizeof(k));
			v = (v32qi)CAT(lo, hi);
			x[i] = (u64x4)BSWAP64X4(v);
			s = x[i] + CAT(k, k);
			ARMCVM_MEMCPY(&wk[(size_t)4 * i], &s, sizeof(s));
		}
		for (blk = 0; blk < nb; blk++) {
			uint64_t a = st[0], b = st[1], c = st[2], d = st[3];
			uint64_t e = st[4], f = st[5], g = st[6], h = st[7];
			uint64_t bc = b ^ c;
			const uint64_t *q = &wk[2];

			if (blk == 0) {
				for (j = 0; j < 4; j++) {
					GROUP_SCHED(j);
				}
				WK_FROM_MEMORY();
				GROUP(&wk[128]);
			} else {
				for (j = 0; j < 80; j += 16, q += 32) {
					GROUP(q);
				}
			}
			st[0] += a; st[1] += b; st[2] += c; st[3] += d;
			st[4] += e; st[5] += f; st[6] += g; st[7] += h;
		}
		nblocks -= nb;
		p += (size_t)nb * ARMCVM_SHA512_BLOCK_SIZE;
	}
}

#endif /* ARMCVM_SHA2_HAVE_X86_AVX2 */
