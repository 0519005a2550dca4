/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
/*
 * SHA-256 / SHA-512: FIPS 180-4 example vectors on every implementation this
 * build and CPU support, streaming at every split point, random messages
 * against an independent reference (OpenSSL when available, ref_hash.h),
 * and every error path of the init and generic functions.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "armcvm_test.h"
#include "ref_hash.h"

#define MAXLEN	((size_t)100 * 1000)

static const char *const impl_name[ARMCVM_SHA2_IMPL_COUNT] = {
	"auto", "portable", "x86-shani", "armv8-ce", "x86-avx2", "x86-avx512",
};

static void unhex(const char *s, uint8_t *out, size_t n)
{
	size_t i;

	assert_int_equal(strlen(s), 2 * n);
	for (i = 0; i < n; i++) {
		unsigned int v;

		/* NOLINTNEXTLINE(cert-err34-c): two hex digits cannot overflow */
		assert_int_equal(sscanf(s + 2 * i, "%2x", &v), 1);
		out[i] = (uint8_t)v;
	}
}

/* Hash @len bytes of @msg in the given pieces through the generic layer. */
static void hash_pieces(uint64_t algo, uint32_t impl, const uint8_t *msg,
			const size_t *piece, size_t npieces, uint8_t *out)
{
	struct armcvm_hash_ctx ctx;
	size_t i;

	assert_int_equal(armcvm_hash_init_impl(&ctx, algo, impl), 0);
	for (i = 0; i < npieces; i++) {
		armcvm_hash_update(&ctx, msg, piece[i]);
		msg += piece[i];
	}
	assert_int_equal(armcvm_hash_final(&ctx, out),
			 armcvm_hash_digest_size(algo));
}

static bool impl_ok(uint64_t algo, uint32_t impl)
{
	return algo == ARMCVM_HASH_SHA256 ? armcvm_sha256_impl_supported(impl)
					  : armcvm_sha512_impl_supported(impl);
}

/*
 * FIPS 180-4 examples (NIST CSRC "Examples with intermediate values",
 * SHA256.pdf / SHA512.pdf, and the one-million-'a' message of FIPS 180-2
 * appendix B.3 / C.3).
 */
static const struct {
	const char *msg;
	size_t len;
	const char *sha256;
	const char *sha512;
} nist[] = {
	{ "abc", 3,
	  "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
	  "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a"
	  "2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f" },
	{ "", 0,
	  "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
	  "cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce"
	  "47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e" },
	{ "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", 56,
	  "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
	  "204a8fc6dda82f0a0ced7beb8e08a41657c16ef468b228a8279be331a703c335"
	  "96fd15c13b1b07f9aa1d3bea57789ca031ad85c7a71dd70354ec631238ca3445" },
	{ "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmn"
	  "hijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu", 112,
	  "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1",
	  "8e959b75dae313da8cf4f72814fc143f8f7779c6eb9f7fa17299aeadb6889018"
	  "501d289e4900f7e4331b99dec4b5433ac7d329eeb6dd26545e96e55b874be909" },
	/* NULL: one million repetitions of 'a'. */
	{ NULL, 1000000,
	  "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0",
	  "e718483d0ce769644e2e42c7bc15b4638e1f98b13b2044285632a803afa973eb"
	  "de0ff244877ea60a4cb0432ce577c31beb009c5c2c49aa2e4eadb217ad8cc09b" },
};

/* Every vector on every supported implementation, one-shot and streamed. */
static void test_nist_vectors(void **state)
{
	uint8_t *mil = malloc(1000000);
	uint8_t want[64], got[64];
	size_t v, pieces[1000];
	uint64_t algo;
	uint32_t impl;

	(void)state;
	assert_non_null(mil);
	memset(mil, 'a', 1000000);
	for (v = 0; v < ARRAY_SIZE(pieces); v++) {
		pieces[v] = 1000;
	}
	for (algo = 0; algo < 2; algo++) {
		size_t dlen = algo == 0 ? 32 : 64;

		for (impl = 0; impl < ARMCVM_SHA2_IMPL_COUNT; impl++) {
			if (!impl_ok(algo, impl)) {
				continue;
			}
			print_message("# sha%s on %s\n",
				      algo == 0 ? "256" : "512",
				      impl_name[impl]);
			for (v = 0; v < ARRAY_SIZE(nist); v++) {
				const uint8_t *msg = nist[v].msg != NULL ?
					(const uint8_t *)nist[v].msg : mil;
				size_t len = nist[v].len;

				unhex(algo == 0 ? nist[v].sha256 :
				      nist[v].sha512, want, dlen);
				hash_pieces(algo, impl, msg, &len, 1, got);
				assert_memory_equal(got, want, dlen);
				if (msg == mil) {
					hash_pieces(algo, impl, msg, pieces,
						    ARRAY_SIZE(pieces), got);
					assert_memory_equal(got, want, dlen);
				}
			}
		}
		/* The one-shot entry points (AUTO). */
		for (v = 0; v < ARRAY_SIZE(nist); v++) {
			const void *msg = nist[v].msg != NULL ?
				(const void *)nist[v].msg : mil;

			unhex(algo == 0 ? nist[v].sha256 : nist[v].sha512,
			      want, dlen);
			memset(got, 0, sizeof(got));
			if (algo == 0) {
				armcvm_sha256(msg, nist[v].len, got);
			} else {
				armcvm_sha512(msg, nist[v].len, got);
			}
			assert_memory_equal(got, want, dlen);
			assert_int_equal(armcvm_hash(algo, msg, nist[v].len,
						     got), (int)dlen);
			assert_memory_equal(got, want, dlen);
		}
	}
	free(mil);
}

static uint64_t rng_state = 0x9E3779B97F4A7C15ULL;

/* xorshift64*: fixed seed, reproducible. */
static uint64_t rng(void)
{
	rng_state ^= rng_state >> 12;
	rng_state ^= rng_state << 25;
	rng_state ^= rng_state >> 27;
	return rng_state * 0x2545F4914F6CDD1DULL;
}

static void fill_random(uint8_t *p, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++) {
		p[i] = (uint8_t)(rng() >> 56);
	}
}

/*
 * Every length 0..300 (SHA-256 blocks end at 64, 128, 192, 256; SHA-512 at
 * 128, 256; padding spills into another block from 56 resp. 112 bytes on):
 * in two pieces at every split point, and byte at a time. One context per
 * implementation, restarted with reset.
 */
static void test_every_split(void **state)
{
	uint8_t msg[300], want[64], got[64];
	size_t len, k;
	uint64_t algo;
	uint32_t impl;

	(void)state;
	fill_random(msg, sizeof(msg));
	for (algo = 0; algo < 2; algo++) {
		for (impl = 1; impl < ARMCVM_SHA2_IMPL_COUNT; impl++) {
			struct armcvm_hash_ctx ctx;

			if (!impl_ok(algo, impl)) {
				continue;
			}
			assert_int_equal(armcvm_hash_init_impl(&ctx, algo,
							       impl), 0);
			for (len = 0; len <= sizeof(msg); len++) {
				int dlen = ref_hash(algo, msg, len, want);

				assert_true(dlen > 0);
				for (k = 0; k <= len; k++) {
					armcvm_hash_reset(&ctx);
					armcvm_hash_update(&ctx, msg, k);
					armcvm_hash_update(&ctx, msg + k,
							   len - k);
					assert_int_equal(armcvm_hash_final(
						&ctx, got), dlen);
					assert_memory_equal(got, want,
							    (size_t)dlen);
				}
				armcvm_hash_reset(&ctx);
				for (k = 0; k < len; k++) {
					armcvm_hash_update(&ctx, msg + k, 1);
				}
				assert_int_equal(armcvm_hash_final(&ctx, got),
						 dlen);
				assert_memory_equal(got, want, (size_t)dlen);
			}
		}
	}
}

/*
 * 0..9 whole blocks in one update, behind a 0-, 1- or (block - 1)-byte
 * partial block and before a short tail: block functions see every count
 * of blocks, odd and even (the x86 AVX2 SHA-512 path works on pairs), at
 * aligned and unaligned addresses.
 */
static void test_block_counts(void **state)
{
	uint8_t msg[127 + 9 * 128 + 5], want[64], got[64];
	uint64_t algo;
	uint32_t impl;

	(void)state;
	fill_random(msg, sizeof(msg));
	for (algo = 0; algo < 2; algo++) {
		size_t bsize = algo == 0 ? 64 : 128;
		size_t heads[3] = { 0, 1, bsize - 1 };

		for (impl = 1; impl < ARMCVM_SHA2_IMPL_COUNT; impl++) {
			size_t n, hd;

			if (!impl_ok(algo, impl)) {
				continue;
			}
			for (n = 0; n <= 9; n++) {
				for (hd = 0; hd < ARRAY_SIZE(heads); hd++) {
					size_t piece[3] = { heads[hd],
							    n * bsize, 5 };
					size_t len = piece[0] + piece[1] +
						     piece[2];
					int dlen = ref_hash(algo, msg, len,
							    want);

					assert_true(dlen > 0);
					hash_pieces(algo, impl, msg, piece, 3,
						    got);
					assert_memory_equal(got, want,
							    (size_t)dlen);
				}
			}
		}
	}
}

/*
 * 500 random lengths up to 100 KB plus the padding boundaries, random
 * update pieces, against the reference, on every implementation.
 */
static void test_random_vs_reference(void **state)
{
	static const size_t edge[] = {
		0, 1, 55, 56, 57, 63, 64, 65, 111, 112, 113, 127, 128, 129,
		191, 192, 255, 256, 4096,
	};
	uint8_t *msg = malloc(MAXLEN);
	uint8_t want[64], got[64];
	size_t piece[8];
	unsigned int c;

	(void)state;
	assert_non_null(msg);
	print_message("# reference: %s\n", ref_hash_is_openssl() ?
		      "OpenSSL libcrypto" : "armcvm portable (no OpenSSL)");
	for (c = 0; c < 500 + ARRAY_SIZE(edge); c++) {
		size_t len = c < ARRAY_SIZE(edge) ? edge[c] :
			     (size_t)(rng() % (MAXLEN + 1));
		size_t left = len, np = 0;
		uint64_t algo;
		uint32_t impl;

		fill_random(msg, len);
		while (left != 0 && np < ARRAY_SIZE(piece) - 1) {
			piece[np] = (size_t)(rng() % (left + 1));
			left -= piece[np++];
		}
		piece[np++] = left;
		for (algo = 0; algo < 2; algo++) {
			int dlen = ref_hash(algo, msg, len, want);

			assert_true(dlen > 0);
			for (impl = 1; impl < ARMCVM_SHA2_IMPL_COUNT; impl++) {
				if (!impl_ok(algo, impl)) {
					continue;
				}
				hash_pieces(algo, impl, msg, piece, np, got);
				assert_memory_equal(got, want, (size_t)dlen);
			}
		}
	}
	free(msg);
}

/*
 * What AUTO must pick: the first supported entry (docs/sha2.md "Selection":
 * Armv8 CE, then the x86 paths, AVX-512 lanes first, then portable).
 */
static uint32_t expected_auto(uint64_t algo)
{
	static const uint32_t order[] = {
		ARMCVM_SHA2_IMPL_ARMV8_CE, ARMCVM_SHA2_IMPL_X86_AVX512,
		ARMCVM_SHA2_IMPL_X86_SHANI, ARMCVM_SHA2_IMPL_X86_AVX2,
		ARMCVM_SHA2_IMPL_PORTABLE,
	};
	size_t i;

	for (i = 0; i < ARRAY_SIZE(order); i++) {
		if (impl_ok(algo, order[i])) {
			return order[i];
		}
	}
	return ARMCVM_SHA2_IMPL_AUTO;
}

static void test_impl_selection(void **state)
{
	struct armcvm_sha256_ctx c256;
	struct armcvm_sha512_ctx c512;
	uint32_t impl;

	(void)state;
	/* AUTO resolves to the fastest supported implementation. */
	armcvm_sha256_init(&c256);
	assert_int_equal(c256.impl, expected_auto(ARMCVM_HASH_SHA256));
	armcvm_sha512_init(&c512);
	assert_int_equal(c512.impl, expected_auto(ARMCVM_HASH_SHA512));
	print_message("# auto: sha256 %s, sha512 %s\n", impl_name[c256.impl],
		      impl_name[c512.impl]);

	/* Portable is always there and is recorded as asked. */
	assert_int_equal(armcvm_sha256_init_impl(&c256,
			 ARMCVM_SHA2_IMPL_PORTABLE), 0);
	assert_int_equal(c256.impl, ARMCVM_SHA2_IMPL_PORTABLE);
	assert_int_equal(armcvm_sha512_init_impl(&c512,
			 ARMCVM_SHA2_IMPL_PORTABLE), 0);
	assert_int_equal(c512.impl, ARMCVM_SHA2_IMPL_PORTABLE);

	/* Unknown values. */
	for (impl = ARMCVM_SHA2_IMPL_COUNT; impl < 8; impl++) {
		assert_int_equal(armcvm_sha256_init_impl(&c256, impl),
				 -ARMCVM_ERR_INVAL);
		assert_int_equal(armcvm_sha512_init_impl(&c512, impl),
				 -ARMCVM_ERR_INVAL);
		assert_false(armcvm_sha256_impl_supported(impl));
		assert_false(armcvm_sha512_impl_supported(impl));
	}
	assert_int_equal(armcvm_sha256_init_impl(&c256, 0xFFFFFFFFU),
			 -ARMCVM_ERR_INVAL);

	/*
	 * Known but unusable here: SHA-NI has no SHA-512, the AVX2 path no
	 * SHA-256; the other architecture's paths.
	 */
	assert_false(armcvm_sha512_impl_supported(ARMCVM_SHA2_IMPL_X86_SHANI));
	assert_int_equal(armcvm_sha512_init_impl(&c512,
			 ARMCVM_SHA2_IMPL_X86_SHANI), -ARMCVM_ERR_NOTSUPP);
	assert_false(armcvm_sha256_impl_supported(ARMCVM_SHA2_IMPL_X86_AVX2));
	assert_int_equal(armcvm_sha256_init_impl(&c256,
			 ARMCVM_SHA2_IMPL_X86_AVX2), -ARMCVM_ERR_NOTSUPP);
	/* SHA-256 lanes need SHA-NI (one message) and AVX-512VL (lanes). */
	assert_int_equal(armcvm_sha256_impl_supported(
			 ARMCVM_SHA2_IMPL_X86_AVX512),
			 armcvm_sha256_impl_supported(ARMCVM_SHA2_IMPL_X86_SHANI)
			 && armcvm_sha512_impl_supported(
			 ARMCVM_SHA2_IMPL_X86_AVX512));
#if defined(__x86_64__)
	assert_false(armcvm_sha256_impl_supported(ARMCVM_SHA2_IMPL_ARMV8_CE));
	assert_int_equal(armcvm_sha256_init_impl(&c256,
			 ARMCVM_SHA2_IMPL_ARMV8_CE), -ARMCVM_ERR_NOTSUPP);
	assert_false(armcvm_sha512_impl_supported(ARMCVM_SHA2_IMPL_ARMV8_CE));
#else
	assert_false(armcvm_sha256_impl_supported(ARMCVM_SHA2_IMPL_X86_SHANI));
	assert_int_equal(armcvm_sha256_init_impl(&c256,
			 ARMCVM_SHA2_IMPL_X86_SHANI), -ARMCVM_ERR_NOTSUPP);
	assert_false(armcvm_sha512_impl_supported(ARMCVM_SHA2_IMPL_X86_AVX2));
	assert_int_equal(armcvm_sha512_init_impl(&c512,
			 ARMCVM_SHA2_IMPL_X86_AVX2), -ARMCVM_ERR_NOTSUPP);
	assert_false(armcvm_sha512_impl_supported(ARMCVM_SHA2_IMPL_X86_AVX512));
#endif
}

/*
 * armcvm_sha512_impl_supported(X86_AVX2) against the compiler's own CPU
 * probe (libgcc / compiler-rt __builtin_cpu_supports, which also checks
 * that the OS enabled the AVX state): an independent answer. Other
 * architectures and x86 builds without the x86 paths (no SSE,
 * ARMCVM_SHA2_PORTABLE_ONLY) must say no.
 */
static void test_x86_probe(void **state)
{
	bool avx2 = armcvm_sha512_impl_supported(ARMCVM_SHA2_IMPL_X86_AVX2);
	bool avx512 = armcvm_sha512_impl_supported(ARMCVM_SHA2_IMPL_X86_AVX512);

	(void)state;
#if defined(__x86_64__) && defined(__SSE2__) && \
	!defined(ARMCVM_SHA2_PORTABLE_ONLY)
	__builtin_cpu_init();
	assert_int_equal(avx2, __builtin_cpu_supports("avx2") &&
			 __builtin_cpu_supports("bmi") &&
			 __builtin_cpu_supports("bmi2"));
	assert_int_equal(avx512, avx2 && __builtin_cpu_supports("avx512f") &&
			 __builtin_cpu_supports("avx512vl"));
#else
	assert_false(avx2);
	assert_false(avx512);
#endif
	print_message("# x86 AVX2+BMI1+BMI2 SHA-512: %s, AVX-512VL lanes: %s\n",
		      avx2 ? "yes" : "no", avx512 ? "yes" : "no");
}

/*
 * armcvm_hash_many() on every implementation: message counts around the
 * lanes, lengths around the block and padding boundaries, each digest
 * against the independent reference.
 */
static void test_many(void **state)
{
	static const size_t lens[] = {
		0, 1, 111, 112, 113, 127, 128, 129, 239, 240, 256, 4096, 5000,
	};
	/* around the four SHA-512 and the eight SHA-256 lanes */
	static const size_t counts[] = { 0, 1, 3, 4, 5, 7, 8, 9, 12, 16, 17 };
	enum { MAXN = 17, MAXL = 5000 };
	uint8_t *buf = malloc((size_t)MAXN * MAXL);
	const void *msgs[MAXN];
	uint8_t got[(MAXN + 1) * 64], want[64];
	struct armcvm_hash_ctx ctx;
	size_t li, ci, i;
	uint64_t algo;
	uint32_t impl;

	(void)state;
	assert_non_null(buf);
	for (algo = 0; algo < 2; algo++) {
		size_t dlen = algo == 0 ? 32 : 64;

		for (impl = 1; impl < ARMCVM_SHA2_IMPL_COUNT; impl++) {
			if (!impl_ok(algo, impl)) {
				continue;
			}
			for (li = 0; li < ARRAY_SIZE(lens); li++) {
				size_t len = lens[li];

				fill_random(buf, (size_t)MAXN * MAXL);
				for (i = 0; i < MAXN; i++) {
					msgs[i] = buf + i * MAXL;
				}
				for (ci = 0; ci < ARRAY_SIZE(counts); ci++) {
					size_t n = counts[ci];

					assert_int_equal(armcvm_hash_init_impl(
						&ctx, algo, impl), 0);
					memset(got, 0xA5, sizeof(got));
					assert_int_equal(armcvm_hash_many(&ctx,
						msgs, len, n, got), 0);
					for (i = 0; i < n; i++) {
						assert_true(ref_hash(algo,
							msgs[i], len, want) ==
							(int)dlen);
						assert_memory_equal(got +
							i * dlen, want, dlen);
					}
					/* nothing past the n digests */
					assert_int_equal(got[n * dlen], 0xA5);
					/* the context is left reset */
					armcvm_hash_update(&ctx, "abc", 3);
					assert_int_equal(armcvm_hash_final(&ctx,
						want), (int)dlen);
					unhex(algo == 0 ? nist[0].sha256 :
					      nist[0].sha512, got, dlen);
					assert_memory_equal(want, got, dlen);
				}
			}
		}
	}
	free(buf);
}

/* reset restarts a context on its implementation, for any message. */
static void test_reset(void **state)
{
	struct armcvm_hash_ctx ctx;
	uint8_t want[64], got[64];
	uint64_t algo;
	uint32_t impl;

	(void)state;
	for (algo = 0; algo < 2; algo++) {
		size_t dlen = algo == 0 ? 32 : 64;

		for (impl = 1; impl < ARMCVM_SHA2_IMPL_COUNT; impl++) {
			if (!impl_ok(algo, impl)) {
				continue;
			}
			assert_int_equal(armcvm_hash_init_impl(&ctx, algo,
							       impl), 0);
			armcvm_hash_update(&ctx, "junk junk junk", 14);
			armcvm_hash_reset(&ctx);
			armcvm_hash_update(&ctx, "abc", 3);
			assert_int_equal(armcvm_hash_final(&ctx, got),
					 (int)dlen);
			unhex(algo == 0 ? nist[0].sha256 : nist[0].sha512,
			      want, dlen);
			assert_memory_equal(got, want, dlen);
			/* After final, too; the implementation is kept. */
			armcvm_hash_reset(&ctx);
			assert_int_equal(algo == 0 ? ctx.u.sha256.impl :
					 ctx.u.sha512.impl, impl);
			assert_int_equal(armcvm_hash_final(&ctx, got),
					 (int)dlen);
			unhex(algo == 0 ? nist[1].sha256 : nist[1].sha512,
			      want, dlen);
			assert_memory_equal(got, want, dlen);
		}
	}
}

static void test_generic_errors(void **state)
{
	struct armcvm_hash_ctx ctx;
	uint8_t out[64], digest[64];
	uint64_t algo;

	(void)state;
	assert_int_equal(armcvm_hash_digest_size(ARMCVM_HASH_SHA256), 32);
	assert_int_equal(armcvm_hash_digest_size(ARMCVM_HASH_SHA512), 64);
	/* 2 is SHA-384 in RMI 2.0 only (rmi.md 3.5). */
	assert_int_equal(armcvm_hash_digest_size(2), -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_hash_digest_size(UINT64_MAX),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_hash_digest_size(0x100000000ULL),
			 -ARMCVM_ERR_INVAL);

	assert_int_equal(armcvm_hash_init(&ctx, 2), -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_hash_init(&ctx, 0x100000000ULL),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_hash_init_impl(&ctx, 0, 9), -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_hash_init_impl(&ctx, 1,
			 ARMCVM_SHA2_IMPL_X86_SHANI), -ARMCVM_ERR_NOTSUPP);

	memset(out, 0xA5, sizeof(out));
	assert_int_equal(armcvm_hash(2, "abc", 3, out), -ARMCVM_ERR_INVAL);
	assert_int_equal(out[0], 0xA5);

	/* A context no init accepted: update does nothing, final refuses. */
	memset(&ctx, 0, sizeof(ctx));
	ctx.algo = 7;
	armcvm_hash_update(&ctx, "abc", 3);
	armcvm_hash_reset(&ctx);
	assert_int_equal(armcvm_hash_final(&ctx, out), -ARMCVM_ERR_INVAL);
	assert_int_equal(out[0], 0xA5);

	/* armcvm_hash_many(): NULLs where needed, contexts no init took */
	assert_int_equal(armcvm_hash_many(NULL, NULL, 0, 0, out),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_hash_many(&ctx, NULL, 0, 0, out),
			 -ARMCVM_ERR_INVAL);
	ctx.algo = ARMCVM_HASH_SHA512;
	ctx.u.sha512.impl = ARMCVM_SHA2_IMPL_AUTO;
	assert_int_equal(armcvm_hash_many(&ctx, NULL, 0, 0, out),
			 -ARMCVM_ERR_INVAL);
	ctx.u.sha512.impl = ARMCVM_SHA2_IMPL_COUNT;
	assert_int_equal(armcvm_hash_many(&ctx, NULL, 0, 0, out),
			 -ARMCVM_ERR_INVAL);
	for (algo = 0; algo < 2; algo++) {
		const void *one[2] = { "abc", NULL };

		assert_int_equal(armcvm_hash_init(&ctx, algo), 0);
		assert_int_equal(armcvm_hash_many(&ctx, NULL, 3, 1, out),
				 -ARMCVM_ERR_INVAL);
		assert_int_equal(armcvm_hash_many(&ctx, one, 3, 1, NULL),
				 -ARMCVM_ERR_INVAL);
		assert_int_equal(armcvm_hash_many(&ctx, one, 3, 2, out),
				 -ARMCVM_ERR_INVAL);
		assert_int_equal(out[0], 0xA5);
		/* n = 0 needs no pointers; NULL messages of length 0 hash */
		assert_int_equal(armcvm_hash_many(&ctx, NULL, 3, 0, NULL), 0);
		assert_int_equal(armcvm_hash_many(&ctx, &one[1], 0, 1, out),
				 0);
		unhex(algo == 0 ? nist[1].sha256 : nist[1].sha512, digest,
		      algo == 0 ? 32 : 64);
		assert_memory_equal(out, digest, algo == 0 ? 32 : 64);
		memset(out, 0xA5, sizeof(out));
	}

	/* NULL data with zero length is allowed everywhere. */
	assert_int_equal(armcvm_hash(0, NULL, 0, out), 32);
	unhex(nist[1].sha256, out + 32, 32);
	assert_memory_equal(out, out + 32, 32);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_nist_vectors),
		cmocka_unit_test(test_every_split),
		cmocka_unit_test(test_block_counts),
		cmocka_unit_test(test_random_vs_reference),
		cmocka_unit_test(test_impl_selection),
		cmocka_unit_test(test_x86_probe),
		cmocka_unit_test(test_many),
		cmocka_unit_test(test_reset),
		cmocka_unit_test(test_generic_errors),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
