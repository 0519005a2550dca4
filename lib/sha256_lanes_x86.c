/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
/*
 * SHA-256 of eight independent messages at once on x86-64 with AVX-512VL:
 * a 256-bit register holds one working variable of eight messages, one
 * per 32-bit lane, so each FIPS 180-4 6.2.2 round runs once for eight
 * blocks; the compiler turns the rotates into VPRORD / VPROLD on 256-bit
 * registers (no 512-bit register is used). Without AVX-512 rotates the
 * lanes are not faster than SHA-NI on one message, so there is no AVX2
 * build. Runs only after the AVX-512VL probe (sha512_x86.c) said yes. GCC
 * vector extensions replace <immintrin.h>.
 */
#include "sha2_internal.h"

#ifdef ARMCVM_SHA2_HAVE_X86_AVX2

typedef uint32_t u32x8 __attribute__((vector_size(32)));

#define ROR(x, n)	(((x) >> (n)) | ((x) << (32 - (n))))
/* FIPS 180-4 4.1.2 (4.4) - (4.7), per lane. */
#define BSIG0(x)	(ROR(x, 2) ^ ROR(x, 13) ^ ROR(x, 22))
#define BSIG1(x)	(ROR(x, 6) ^ ROR(x, 11) ^ ROR(x, 25))
#define SSIG0(x)	(ROR(x, 7) ^ ROR(x, 18) ^ ((x) >> 3))
#define SSIG1(x)	(ROR(x, 17) ^ ROR(x, 19) ^ ((x) >> 10))

__attribute__((target("avx2,avx512f,avx512vl")))
void armcvm_sha256_lanes_avx512_(uint32_t st[8][8], const uint8_t *const p[8],
				 size_t nblocks)
{
	u32x8 s[8], w[16];
	size_t b;
	unsigned int t, i;

	for (i = 0; i < 8; i++) {
		ARMCVM_MEMCPY(&s[i], st[i], sizeof(s[i]));
	}
	for (b = 0; b < nblocks; b++) {
		u32x8 v[8];

		for (i = 0; i < 8; i++) {
			v[i] = s[i];
		}
		for (t = 0; t < 64; t++) {
			u32x8 t1, t2;

			if (t < 16) {
				/* 6.2.2 step 1: big-endian words of each block */
				size_t off = b * ARMCVM_SHA256_BLOCK_SIZE +
					     (size_t)4 * t;

				for (i = 0; i < 8; i++) {
					w[t][i] = armcvm_load_be32_(p[i] + off);
				}
			} else {
				w[t & 15] += SSIG1(w[(t - 2) & 15]) +
					     w[(t - 7) & 15] +
					     SSIG0(w[(t - 15) & 15]);
			}
			/* 6.2.2 step 3 */
			t1 = v[7] + BSIG1(v[4]) +
			     ((v[4] & v[5]) ^ (~v[4] & v[6])) +
			     armcvm_sha256_k_[t] + w[t & 15];
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

#endif /* ARMCVM_SHA2_HAVE_X86_AVX2 */
