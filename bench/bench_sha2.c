/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
/*
 * SHA-256 / SHA-512 throughput of every armcvm implementation usable here
 * against OpenSSL EVP on the same buffer in the same run. Prints MB/s
 * (10^6 bytes per second) and the ratio armcvm / OpenSSL. Rows "x8" hash
 * eight messages with armcvm_hash_many() against eight OpenSSL calls: the
 * RIM predictor's granule digests. Not a test.
 *
 *	bench_sha2 [message bytes (default 16384)] [milliseconds per line]
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
	"auto", "portable", "x86-shani", "armv8-ce", "x86-avx2", "x86-avx512",
};

static double now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static volatile unsigned char sink;	/* keeps the digests live */

/*
 * Hashes @buf alternately with armcvm (@impl) and OpenSSL EVP, @lanes
 * messages each (armcvm_hash_many() when @lanes > 1), for @ms milliseconds (at least 11 messages each), timing every
 * message: both see the same machine state. Returns the MB/s of the
 * fastest message of each in *mine and *ref: on a shared machine a
 * message that was preempted or shared its core says nothing about the
 * code, and the longer a message takes the likelier that is.
 */
static void run(uint64_t algo, uint32_t impl, unsigned int lanes,
		const unsigned char *buf, size_t len, double ms, double *mine,
		double *ref)
{
	const EVP_MD *md = algo == 0 ? EVP_sha256() : EVP_sha512();
	const void *msgs[8] = { buf, buf, buf, buf, buf, buf, buf, buf };
	unsigned char out[8 * 64];
	struct armcvm_hash_ctx ctx;
	double end = now() + ms / 1000, ta = 1e9, to = 1e9;
	unsigned int n = 0;

	/* One init (CPU probe) per run; reset() per message. */
	if (armcvm_hash_init_impl(&ctx, algo, impl)) {
		abort();
	}
	for (n = 0; n < 11 || now() < end; n++) {
		unsigned int k;

		for (k = 0; k < 2; k++) {
			double t0 = now(), t;

			if ((k ^ n) & 1) {
				unsigned int l;

				for (l = 0; l < lanes; l++) {
					EVP_Digest(buf, len, out + (size_t)64 * l, NULL,
						   md, NULL);
				}
				t = now() - t0;
				to = t < to ? t : to;
			} else if (lanes > 1) {
				if (armcvm_hash_many(&ctx, msgs, len, lanes,
						     out) != 0) {
					abort();
				}
				t = now() - t0;
				ta = t < ta ? t : ta;
			} else {
				armcvm_hash_reset(&ctx);
				armcvm_hash_update(&ctx, buf, len);
				(void)armcvm_hash_final(&ctx, out);
				t = now() - t0;
				ta = t < ta ? t : ta;
			}
			sink ^= out[0];
		}
	}
	*mine = (double)len * lanes / ta / 1e6;
	*ref = (double)len * lanes / to / 1e6;
}

int main(int argc, char **argv)
{
	size_t len = argc > 1 ? (size_t)strtoull(argv[1], NULL, 0) : 16384;
	double ms = argc > 2 ? strtod(argv[2], NULL) : 1500.0;
	unsigned char *buf = malloc(len ? len : 1);
	uint64_t algo;
	size_t i;

	if (buf == NULL) {
		return 1;
	}
	for (i = 0; i < len; i++) {
		buf[i] = (unsigned char)(i * 131 + 7);
	}
	printf("message %zu bytes, fastest of the messages hashed alternately "
	       "for %.0f ms\n", len, ms);
	printf("%-8s %-13s %10s %10s %7s\n", "algo", "impl", "armcvm",
	       "openssl", "ratio");
	for (algo = 0; algo < 2; algo++) {
		uint32_t impl;

		for (impl = 1; impl < 2 * ARMCVM_SHA2_IMPL_COUNT; impl++) {
			uint32_t im = impl % ARMCVM_SHA2_IMPL_COUNT;
			unsigned int lanes = impl < ARMCVM_SHA2_IMPL_COUNT ? 1 : 8;
			double mine, ref;
			bool ok = algo == 0 ? armcvm_sha256_impl_supported(im)
					    : armcvm_sha512_impl_supported(im);

			if (!ok || im == 0) {
				continue;
			}
			run(algo, im, lanes, buf, len, ms, &mine, &ref);
			printf("%-8s %-10s%s %10.1f %10.1f %7.2f\n",
			       algo == 0 ? "sha256" : "sha512", impl_name[im],
			       lanes > 1 ? " x8" : "   ", mine, ref,
			       mine / ref);
		}
	}
	for (algo = 0; algo < 2; algo++) {
		/* Cost of one context initialisation (includes any CPUID). */
		struct armcvm_hash_ctx ctx;
		double t0 = now();
		int k, e = 0;

		for (k = 0; k < 10000; k++) {
			e |= armcvm_hash_init(&ctx, algo);
		}
		printf("armcvm_hash_init(%s, AUTO): %.3f us each\n",
		       algo == 0 ? "SHA-256" : "SHA-512",
		       (now() - t0) / 10000 * 1e6);
		if (e != 0) {
			return 1;
		}
	}
	free(buf);
	return 0;
}
