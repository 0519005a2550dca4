/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
/*
 * RMI calls per second on the software RMM for building (measured
 * DATA_CREATE of every 4 KiB page) and tearing down a realm with 1 GiB of
 * protected memory, the Linux v12 call pattern of rmi.md 6.4. Reference in
 * the same run: OpenSSL SHA-256 of the same number of 4 KiB pages (each
 * measured DATA_CREATE hashes one page plus two 256-byte descriptors).
 * Reports ratios; asserts nothing about time.
 */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <openssl/evp.h>

#include <armcvm/armcvm.h>

#define G	0x1000ULL
#define BASE	0x40000000ULL

static struct armcvm_rmm_model m;
static uint64_t calls;

static double now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static uint64_t smc(uint64_t fid, uint64_t a1, uint64_t a2, uint64_t a3,
		    uint64_t a4, uint64_t a5)
{
	struct armcvm_smccc_regs r = { .x = { fid, a1, a2, a3, a4, a5 } };

	armcvm_rmm_model_smc(&m, &r);
	calls++;
	if (r.x[0] != 0) {
		fprintf(stderr, "fid %llx failed: %llx\n", (unsigned long long)fid,
			(unsigned long long)r.x[0]);
		exit(1);
	}
	return r.x[1];
}

static void put64(uint8_t *mem, uint64_t pa, uint64_t v)
{
	memcpy(mem + (pa - BASE), &v, 8);
}

int main(int argc, char **argv)
{
	uint64_t pages = argc > 1 ? strtoull(argv[1], NULL, 0) : 262144;
	uint64_t l3s = pages / 512, ngran = pages + l3s + 16, i, vm[1024];
	struct armcvm_rmm_platform plat = {
		.features0 = 40 | (5ULL << 14) | (5ULL << 20) | (1ULL << 32) |
			     (10ULL << 38),
		.rec_aux_count = 0, .vmid_bits = 16, .pa_bits = 48,
	};
	struct armcvm_rmm_mem_range r;
	uint64_t rd = BASE + G, root = BASE + 2 * G, l2 = BASE + 4 * G;
	uint64_t l3 = BASE + 8 * G, data = l3 + l3s * G;
	double t0, t1, t2, t3;
	unsigned char md[32];
	EVP_MD_CTX *ctx;

	if (pages % 512 != 0 || pages == 0 || pages > 262144) {
		fprintf(stderr, "pages must be a multiple of 512, <= 262144\n");
		return 2;
	}
	r.base = BASE;
	r.granules = ngran;
	r.bytes = calloc(ngran, G);
	r.gran = calloc(ngran, sizeof(*r.gran));
	/* Touch every page now: first-touch page faults are the kernel's
	 * cost, not the model's, and must not be timed. */
	for (i = 0; r.bytes != NULL && i < ngran * G; i += 4096) {
		((volatile unsigned char *)r.bytes)[i] = 0;
	}
	if (r.bytes == NULL || r.gran == NULL ||
	    armcvm_rmm_model_init(&m, &plat, &r, 1, vm, 1024) != 0) {
		fprintf(stderr, "cannot allocate %llu granules\n",
			(unsigned long long)ngran);
		free(r.bytes);
		free(r.gran);
		return 2;
	}
	put64(r.bytes, BASE + 0x008, 40);
	put64(r.bytes, BASE + 0x018, 1);
	put64(r.bytes, BASE + 0x020, 1);
	put64(r.bytes, BASE + 0x808, root);
	put64(r.bytes, BASE + 0x810, 1);
	put64(r.bytes, BASE + 0x818, 2);
	memset(r.bytes + 6 * G, 0xA5, G);	/* src page at BASE + 6G */
	t0 = now();
	smc(ARMCVM_SMC_RMI_GRANULE_DELEGATE, rd, 0, 0, 0, 0);
	smc(ARMCVM_SMC_RMI_GRANULE_DELEGATE, root, 0, 0, 0, 0);
	smc(ARMCVM_SMC_RMI_GRANULE_DELEGATE, root + G, 0, 0, 0, 0);
	smc(ARMCVM_SMC_RMI_REALM_CREATE, rd, BASE, 0, 0, 0);
	smc(ARMCVM_SMC_RMI_GRANULE_DELEGATE, l2, 0, 0, 0, 0);
	smc(ARMCVM_SMC_RMI_RTT_CREATE, rd, l2, 0, 2, 0);
	for (i = 0; i < l3s; i++) {
		smc(ARMCVM_SMC_RMI_GRANULE_DELEGATE, l3 + i * G, 0, 0, 0, 0);
		smc(ARMCVM_SMC_RMI_RTT_CREATE, rd, l3 + i * G, i << 21, 3, 0);
		smc(ARMCVM_SMC_RMI_RTT_INIT_RIPAS, rd, i << 21, (i + 1) << 21, 0, 0);
	}
	for (i = 0; i < pages; i++) {
		smc(ARMCVM_SMC_RMI_GRANULE_DELEGATE, data + i * G, 0, 0, 0, 0);
		smc(ARMCVM_SMC_RMI_DATA_CREATE, rd, data + i * G, i * G,
		    BASE + 6 * G, 1);
	}
	smc(ARMCVM_SMC_RMI_REALM_ACTIVATE, rd, 0, 0, 0, 0);
	t1 = now();
	for (i = 0; i < pages; i++) {
		smc(ARMCVM_SMC_RMI_DATA_DESTROY, rd, i * G, 0, 0, 0);
		smc(ARMCVM_SMC_RMI_GRANULE_UNDELEGATE, data + i * G, 0, 0, 0, 0);
	}
	for (i = 0; i < l3s; i++) {
		smc(ARMCVM_SMC_RMI_RTT_DESTROY, rd, i << 21, 3, 0, 0);
		smc(ARMCVM_SMC_RMI_GRANULE_UNDELEGATE, l3 + i * G, 0, 0, 0, 0);
	}
	smc(ARMCVM_SMC_RMI_RTT_DESTROY, rd, 0, 2, 0, 0);
	smc(ARMCVM_SMC_RMI_REALM_DESTROY, rd, 0, 0, 0, 0);
	t2 = now();
	ctx = EVP_MD_CTX_new();
	for (i = 0; i < pages; i++) {
		EVP_DigestInit_ex(ctx, EVP_sha256(), NULL);
		EVP_DigestUpdate(ctx, r.bytes + 6 * G, G);
		EVP_DigestFinal_ex(ctx, md, NULL);
	}
	t3 = now();
	EVP_MD_CTX_free(ctx);
	printf("realm of %llu MiB: %llu RMI calls\n",
	       (unsigned long long)(pages / 256), (unsigned long long)calls);
	printf("build:    %.3f s, %.0f calls/s\n", t1 - t0,
	       (double)(2 * pages + 3 * l3s + 7) / (t1 - t0));
	printf("teardown: %.3f s, %.0f calls/s\n", t2 - t1,
	       (double)(2 * pages + 2 * l3s + 2) / (t2 - t1));
	printf("reference: OpenSSL SHA-256 of %llu 4 KiB pages: %.3f s\n",
	       (unsigned long long)pages, t3 - t2);
	printf("ratio build time / OpenSSL page hashing time: %.2f\n",
	       (t1 - t0) / (t3 - t2));
	free(r.bytes);
	free(r.gran);
	return 0;
}
