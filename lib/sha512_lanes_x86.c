/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
/*
 * SHA-512 of four independent messages at once on x86-64 ("multi-buffer"
 * hashing): a 256-bit register holds one working variable of four
 * messages, one per 64-bit lane, so each FIPS 180-4 6.4.2 round runs once
 * for four blocks. The RIM's granule digests (measure.h) are independent
 * messages of equal length, which is what this needs.
 *
 * One body, compiled twice: with AVX2 a rotate is two shifts and an OR;
 * with AVX-512VL the compiler turns the same expression into VPRORQ on
 * 256-bit registers (no 512-bit register is used). Each entry carries its
 * target attribute and runs only after the matching probe said yes
 * (sha512_x86.c). GCC vector extensions replace <immintrin.h>.
 */
#include "sha2_internal.h"

#ifdef ARMCVM_SHA2_HAVE_X86_AVX2

typedef uint64_t u64x4 __attribute__((vector_size(32)));

#define ROR(x, n)	(((x) >> (n)) | ((x) << (64 - (n))))
/* FIPS 180-4 4.1.3 (4.10) - (4.13), per lane. */
#define BSIG0(x)	(ROR(x, 28) ^ ROR(x, 34) ^ ROR(x, 39))
#define BSIG1(x)	(ROR(x, 14) ^ ROR(x, 18) ^ ROR(x, 41))
#define SSIG0(x)	(ROR(x, 1) ^ ROR(x, 8) ^ ((x) >> 7))
#define SSIG1(x)	(ROR(x, 19) ^ ROR(x, 61) ^ ((x) >> 6))

/* The word at byte @off of each message, big-endian (6.4.2 step 1). */
static inline __attribute__((always_inline)) void
load_w(u64x4 *w, const uint8_t *const p[4], size_t off)
{
	u64x4 v = { armcvm_load_be64_(p[0] + off),
		    armcvm_load_be64_(p[1] + off),
		    armcvm_load_be64_(p[2] + off),
		    armcvm_load_be64_(p[3] + off) };

	*w = v;
}

/*
 * Always inlined into the two entries below, so that it is compiled for
 * each one's target; it has none of its own.
 */
static inline __attribute__((always_inline)) void
lanes_blocks(uint64_t st[8][4], const uint8_t *const p[4], size_t nblocks)
{
	u64x4 s[8], w[16];
	size_t b;
	unsigned int t, i;

	for (i = 0; i < 8; i++) {
		ARMCVM_MEMCPY(&s[i], st[i], sizeof(s[i]));
	}
	for (b = 0; b < nblocks; b++) {
		u64x4 v[8];

		for (i = 0; i < 8; i++) {
			v[i] = s[i];
		}
		for (t = 0; t < 80; t++) {
			u64x4 t1, t2;

			if (t < 16) {
				load_w(&w[t], p, b * ARMCVM_SHA512_BLOCK_SIZE +
						 (size_t)8 * t);
			} else {
				w[t & 15] += SSIG1(w[(t - 2) & 15]) +
					     w[(t - 7) & 15] +
					     SSIG0(w[(t - 15) & 15]);
			}
			/* 6.4.2 step 3 */
			t1 = v[7] + BSIG1(v[4]) +
			     ((v[4] & v[5]) ^ (~v[4] & v[6])) +
			     armcvm_sha512_k_[t] + w[t & 15];
			t2 = BSIG0(v[0]) +
			     ((v[0] & v[1]) ^ (v[0] & v[2]) ^ (v[1] & v[2]));
			v[7] = v[6];
			v[6] = v[5];
			v[5] = v[4];
			v[4] = v[3] + t1;
			v[3] = v[2];
			v[2] = v[1];
			v[1] = v[0];
			v[0] = t1 + t2;
		}
		for (i = 0; i < 8; i++) {
			s[i] += v[i];
		}
	}
	for (i = 0; i < 8; i++) {
		ARMCVM_MEMCPY(st[i], &s[i], sizeof(s[i]));
	}
}

__attribute__((target("avx2")))
void armcvm_sha512_lanes_avx2_(uint64_t st[8][4], const uint8_t *const p[4],
			       size_t nblocks)
{
	lanes_blocks(st, p, nblocks);
}

__attribute__((target("avx2,avx512f,avx512vl")))
void armcvm_sha512_lanes_avx512_(uint64_t st[8][4], const uint8_t *const p[4],
				 size_t nblocks)
{
	lanes_blocks(st, p, nblocks);
}

#endif /* ARMCVM_SHA2_HAVE_X86_AVX2 */
