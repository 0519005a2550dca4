/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
/*
 * Predict the RIM of a 4 GiB realm with a 256 MiB measured image and
 * compare with OpenSSL hashing the same bytes (the 65,536 granules) with
 * the same algorithm, both measured in this run. Prints the ratio; asserts
 * nothing about time.
 */
#define _POSIX_C_SOURCE 200809L
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <openssl/evp.h>

#include <armcvm/armcvm.h>

#define IMAGE_SIZE	(256ULL << 20)
#define RAM_SIZE	(4ULL << 30)

static uint8_t *image;

static double now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static int read_image(void *ctx, uint32_t i, uint64_t off, uint8_t *buf,
		      size_t len)
{
	(void)ctx;
	(void)i;
	memcpy(buf, image + off, len);
	return 0;
}

int main(void)
{
	/* cppcheck-suppress unassignedVariable ; written through src.buf */
	static uint8_t buf[ARMCVM_RIM_BATCH * 4096];
	struct armcvm_realm_rim_source src = { read_image, NULL, buf,
					       ARMCVM_RIM_BATCH };
	struct armcvm_realm_ram ram = { 0x80000000ULL, RAM_SIZE };
	struct armcvm_realm_image im = { 0x80000000ULL, IMAGE_SIZE, 0, true };
	struct armcvm_realm_vcpu vcpu = { .mpidr = 0, .pc = 0x80000000ULL,
					  .runnable = true };
	struct armcvm_realm_layout l = {
		.ram = &ram, .num_ram = 1, .images = &im, .num_images = 1,
		.vcpus = &vcpu, .num_vcpus = 1, .rec_aux_count = 16,
		.pool_base = 1ULL << 40, .pool_size = 1ULL << 32,
	};
	struct armcvm_realm_plan pl = { 0 };
	struct armcvm_realm_desc d;
	struct armcvm_rmi_realm_params p;
	struct armcvm_measurement rim;
	const uint64_t f0 = 48 | (15ULL << 14) | (15ULL << 20) |
			    (1ULL << 32) | (1ULL << 33);
	uint64_t i, x = 0x9E3779B97F4A7C15ULL;
	unsigned int algo;

	image = malloc(IMAGE_SIZE);
	if (image == NULL) {
		return 1;
	}
	for (i = 0; i < IMAGE_SIZE / 8; i++) {
		x ^= x << 13;
		x ^= x >> 7;
		x ^= x << 17;
		memcpy(image + 8 * i, &x, 8);
	}
	printf("RIM prediction: 4 GiB RAM, 256 MiB measured image (65536 "
	       "granules), 1 REC\n");
	for (algo = 0; algo < 2; algo++) {
		double best_pred = 1e9, best_ssl = 1e9;
		uint8_t md[64];
		int rep;

		armcvm_realm_desc_init(&d);
		d.hash_algo = algo;
		if (armcvm_realm_params_build(&d, f0, &p, NULL) != 0) {
			return 1;
		}
		pl.ops = NULL;
		if (armcvm_realm_plan_build(&p, &l, &pl, NULL) != 0) {
			return 1;
		}
		pl.ops = calloc(pl.count, sizeof(*pl.ops));
		pl.capacity = pl.count;
		if (pl.ops == NULL ||
		    armcvm_realm_plan_build(&p, &l, &pl, NULL) != 0) {
			return 1;
		}
		for (rep = 0; rep < 5; rep++) {
			const EVP_MD *mdt = algo ? EVP_sha512() : EVP_sha256();
			double t0 = now(), t_pred, t_ssl;
			unsigned int n;

			if (armcvm_realm_rim_predict(&p, &l, &pl, &src,
						     &rim) != 0) {
				return 1;
			}
			t_pred = now() - t0;
			t0 = now();
			for (i = 0; i < IMAGE_SIZE; i += 4096) {
				EVP_Digest(image + i, 4096, md, &n, mdt, NULL);
			}
			t_ssl = now() - t0;
			best_pred = t_pred < best_pred ? t_pred : best_pred;
			best_ssl = t_ssl < best_ssl ? t_ssl : best_ssl;
		}
		printf("%s: predictor %.3f s (%.0f MiB/s of image), OpenSSL "
		       "%.3f s (%.0f MiB/s), ratio %.2fx (target >= 0.9x); "
		       "plan %zu steps, %" PRIu64 " RIPAS entries\n",
		       algo ? "SHA-512" : "SHA-256", best_pred,
		       256.0 / best_pred, best_ssl, 256.0 / best_ssl,
		       best_ssl / best_pred, pl.create_count,
		       pl.stats.ripas_entries);
		free(pl.ops);
	}
	free(image);
	return 0;
}
