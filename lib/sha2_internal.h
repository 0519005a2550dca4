/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
#ifndef ARMCVM_LIB_SHA2_INTERNAL_H
#define ARMCVM_LIB_SHA2_INTERNAL_H
/*
 * Private to lib/sha*.c: block functions of every implementation, which of
 * them this build compiles in, and the streaming helpers shared by SHA-256
 * and SHA-512. docs/sha2.md describes the selection rules.
 */
#include <armcvm/sha2.h>

/*
 * x86-64 SHA extensions: compiled in whenever the compiler may emit SSE for
 * this translation unit (__SSE2__; a kernel build with -mno-sse or
 * -mgeneral-regs-only has no __SSE2__ and gets the portable path only).
 * The functions carry target attributes and run only after CPUID says so.
 */
#if !defined(ARMCVM_SHA2_PORTABLE_ONLY) && defined(__x86_64__) && \
	defined(__SSE2__) && (defined(__GNUC__) || defined(__clang__))
#define ARMCVM_SHA2_HAVE_X86_SHANI	1
/*
 * Built for a CPU with the SHA extensions (-msha / -march=...): the CPU is
 * guaranteed to have them and the CPUID probe, a VM exit under a
 * hypervisor, is skipped.
 */
#if defined(__SHA__) && defined(__SSSE3__) && defined(__SSE4_1__)
#define ARMCVM_SHA2_X86_SHANI_BUILTIN	1
#endif
/*
 * x86-64 AVX2 + BMI SHA-512 (lib/sha512_x86.c): compiled in on the same
 * condition, used after a CPUID/XGETBV probe, or without one when the
 * compiler already targets all three of AVX2, BMI and BMI2 (-mavx2 -mbmi
 * -mbmi2, -march=x86-64-v3).
 */
#define ARMCVM_SHA2_HAVE_X86_AVX2	1
#if defined(__AVX2__) && defined(__BMI__) && defined(__BMI2__)
#define ARMCVM_SHA2_X86_AVX2_BUILTIN	1
/* AVX-512VL on top (-march=x86-64-v4): the four-lane SHA-512 rotates. */
#if defined(__AVX512F__) && defined(__AVX512VL__)
#define ARMCVM_SHA2_X86_AVX512_BUILTIN	1
#endif
#endif
#endif

/*
 * Armv8 cryptographic extensions: compiled in only when the compiler itself
 * targets them (ACLE feature macros), so the CPU is guaranteed to have them
 * by construction and no run-time probe is needed. -mgeneral-regs-only
 * undefines __ARM_NEON, which removes these paths.
 */
#if !defined(ARMCVM_SHA2_PORTABLE_ONLY) && defined(__aarch64__) && \
	defined(__ARM_NEON) && defined(__ARM_FEATURE_SHA2)
#define ARMCVM_SHA2_HAVE_ARMV8_SHA256	1
#endif
#if !defined(ARMCVM_SHA2_PORTABLE_ONLY) && defined(__aarch64__) && \
	defined(__ARM_NEON) && defined(__ARM_FEATURE_SHA512)
#define ARMCVM_SHA2_HAVE_ARMV8_SHA512	1
#endif

/* FIPS 180-4 4.2.2 / 4.2.3 round constants (lib/sha256.c, lib/sha512.c). */
extern const uint32_t armcvm_sha256_k_[64];
extern const uint64_t armcvm_sha512_k_[80];
extern const uint64_t armcvm_sha512_h0_[8];
extern const uint32_t armcvm_sha256_h0_[8];

void armcvm_sha256_blocks_c_(uint32_t st[8], const uint8_t *p, size_t nblocks);
void armcvm_sha512_blocks_c_(uint64_t st[8], const uint8_t *p, size_t nblocks);

#ifdef ARMCVM_SHA2_HAVE_X86_SHANI
/*
 * CPUID leaf / sub-leaf into EAX..EDX (Intel SDM vol. 2A, CPUID). clang-tidy
 * does not see that the asm outputs write r[], hence the NOLINT.
 */
/* NOLINTBEGIN(readability-non-const-parameter) */
static inline void armcvm_x86_cpuid_(uint32_t leaf, uint32_t sub,
				     uint32_t r[4])
/* NOLINTEND(readability-non-const-parameter) */
{
	__asm__ volatile("cpuid"
			 : "=a"(r[0]), "=b"(r[1]), "=c"(r[2]), "=d"(r[3])
			 : "a"(leaf), "c"(sub));
}

bool armcvm_sha2_x86_has_shani_(void);
void armcvm_sha256_blocks_shani_(uint32_t h[8], const uint8_t *p,
				 size_t nblocks);
#endif
#ifdef ARMCVM_SHA2_HAVE_X86_AVX2
bool armcvm_sha2_x86_has_avx2_(void);
void armcvm_sha512_blocks_avx2_(uint64_t st[8], const uint8_t *p,
				size_t nblocks);
bool armcvm_sha2_x86_has_avx512vl_(void);
/*
 * Four messages at once (lib/sha512_lanes_x86.c): st[i][l] is H_i of
 * message l, p[l] its next @nblocks blocks. _avx512_ needs the AVX-512VL
 * probe, _avx2_ the AVX2 one.
 */
void armcvm_sha512_lanes_avx2_(uint64_t st[8][4], const uint8_t *const p[4],
			       size_t nblocks);
void armcvm_sha512_lanes_avx512_(uint64_t st[8][4], const uint8_t *const p[4],
				 size_t nblocks);
/* Eight SHA-256 messages at once (lib/sha256_lanes_x86.c), AVX-512VL. */
void armcvm_sha256_lanes_avx512_(uint32_t st[8][8], const uint8_t *const p[8],
				 size_t nblocks);
#endif
#ifdef ARMCVM_SHA2_HAVE_ARMV8_SHA256
void armcvm_sha256_blocks_ce_(uint32_t h[8], const uint8_t *p,
			      size_t nblocks);
#endif
#ifdef ARMCVM_SHA2_HAVE_ARMV8_SHA512
void armcvm_sha512_blocks_ce_(uint64_t h[8], const uint8_t *p,
			      size_t nblocks);
#endif

/* Runs the context's implementation over whole blocks. */
typedef void armcvm_sha2_blocks_fn_(void *ctx, const uint8_t *p,
				    size_t nblocks);

/*
 * Shared Merkle-Damgard buffering (FIPS 180-4 5.1): @buf holds
 * *@nbytes % @bsize pending bytes.
 */
void armcvm_sha2_absorb_(void *ctx, armcvm_sha2_blocks_fn_ *fn, uint8_t *buf,
			 size_t bsize, uint64_t *nbytes, const uint8_t *p,
			 size_t len);
/* Padding: 0x80, zeros, message length in bits in the last @lenbytes. */
void armcvm_sha2_pad_(void *ctx, armcvm_sha2_blocks_fn_ *fn, uint8_t *buf,
		      size_t bsize, uint64_t nbytes, size_t lenbytes);

static inline uint32_t armcvm_load_be32_(const uint8_t *p)
{
	return ((uint32_t)p[0] << 24) | ((uint32_t)p[1] << 16) |
	       ((uint32_t)p[2] << 8) | (uint32_t)p[3];
}

static inline uint64_t armcvm_load_be64_(const uint8_t *p)
{
	return ((uint64_t)armcvm_load_be32_(p) << 32) |
	       (uint64_t)armcvm_load_be32_(p + 4);
}

static inline void armcvm_store_be32_(uint8_t *p, uint32_t v)
{
	p[0] = (uint8_t)(v >> 24);
	p[1] = (uint8_t)(v >> 16);
	p[2] = (uint8_t)(v >> 8);
	p[3] = (uint8_t)v;
}

static inline void armcvm_store_be64_(uint8_t *p, uint64_t v)
{
	unsigned int i;

	for (i = 0; i < 8; i++) {
		p[i] = (uint8_t)(v >> (56 - 8 * i));
	}
}

#endif /* ARMCVM_LIB_SHA2_INTERNAL_H */
