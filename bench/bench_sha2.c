/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
/*
 * SHA-256 / SHA-512 throughput of every armcvm implementation usable here
 * against OpenSSL EVP on the same buffer in the same run. Prints MB/s
 * (10^6 bytes per second) and the ratio armcvm / OpenSSL. Not a test.
 *
 *	bench_sha2 [message bytes (default 16384)] [milliseconds per run]
 */
#define _POSIX_C_SOURCE 200809L
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <openssl/evp.h>

#include <armcvm/sha2.h>

static const char *const impl_name[ARMCVM_SHA2_IMPL_COUNT] = {
	"auto", "portable", "x86-shani", "armv8-ce", "x86-avx2",
};

static double now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static unsigned char sink;

/* impl < 0: OpenSSL. Returns MB/s over at least @ms milliseconds. */
static double run(uint64_t algo, int impl, const unsigned char *buf,
		  size_t len, double ms)
{
	unsigned char out[64];
	struct armcvm_hash_ctx ctx;
	double t0 = now(), t;
	size_t n = 0;

	/* One init (CPU probe) per run; reset() per message. */
	if (impl >= 0 && armcvm_hash_init_impl(&ctx, algo, (uint32_t)impl)) {
		abort();
	}

	do {
		unsigned int k;

		for (k = 0; k < 16; k++) {
			if (impl < 0) {
				EVP_Digest(buf, len, out, NULL, algo == 0 ?
					   EVP_sha256() : EVP_sha512(), NULL);
			} else {
				armcvm_hash_reset(&ctx);
				armcvm_hash_update(&ctx, buf, len);
				(void)armcvm_hash_final(&ctx, out);
			}
			sink ^= out[0];
			n++;
		}
		t = now() - t0;
	} while (t * 1000.0 < ms);
	return (double)n * (double)len / t / 1e6;
}

int main(int argc, char **argv)
{
	size_t len = argc > 1 ? (size_t)strtoull(argv[1], NULL, 0) : 16384;
	double ms = argc > 2 ? strtod(argv[2], NULL) : 300.0;
	unsigned char *buf = malloc(len ? len : 1);
	uint64_t algo;
	size_t i;

	if (buf == NULL) {
		return 1;
	}
	for (i = 0; i < len; i++) {
		buf[i] = (unsigned char)(i * 131 + 7);
	}
	printf("message %zu bytes, best of 5 runs of %.0f ms each\n", len, ms);
	printf("%-8s %-10s %10s %10s %7s\n", "algo", "impl", "armcvm",
	       "openssl", "ratio");
	for (algo = 0; algo < 2; algo++) {
		int impl;

		for (impl = 1; impl < ARMCVM_SHA2_IMPL_COUNT; impl++) {
			double best = 0, ref = 0;
			int r;
			bool ok = algo == 0 ?
				armcvm_sha256_impl_supported((uint32_t)impl) :
				armcvm_sha512_impl_supported((uint32_t)impl);

			if (!ok) {
				continue;
			}
			/* Interleave so both see the same machine state. */
			for (r = 0; r < 5; r++) {
				double a = run(algo, impl, buf, len, ms);
				double o = run(algo, -1, buf, len, ms);

				best = a > best ? a : best;
				ref = o > ref ? o : ref;
			}
			printf("%-8s %-10s %10.1f %10.1f %7.2f\n",
			       algo == 0 ? "sha256" : "sha512",
			       impl_name[impl], best, ref, best / ref);
		}
	}
	{
		/* Cost of one context initialisation (includes any CPUID). */
		struct armcvm_hash_ctx ctx;
		double t0 = now();
		int k, e = 0;

		for (k = 0; k < 10000; k++) {
			e |= armcvm_hash_init(&ctx, 0);
		}
		printf("armcvm_hash_init(SHA-256, AUTO): %.3f us each\n",
		       (now() - t0) / 10000 * 1e6);
		if (e != 0) {
			return 1;
		}
	}
	free(buf);
	return sink == 0xFF ? 0 : 0;
}
