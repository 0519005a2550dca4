/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
/*
 * Benchmark of the pKVM ownership model: transitions per second for single
 * pages (T1+T2 pairs, T3+T4 pairs) and for 2 MiB blocks (T8+T9 pairs)
 * over a 4 GiB and a 64 GiB physical space, bytes of metadata per page,
 * and, as a reference measured in the same run, a plain memset of the
 * same metadata (reported as a ratio). Prints figures; asserts nothing.
 */
#define _POSIX_C_SOURCE 199309L
#include <armcvm/armcvm.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define BLOCK_GFNS	(UINT64_C(512) * 64U)

static double now(void)
{
	struct timespec t;

	clock_gettime(CLOCK_MONOTONIC, &t);
	return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

static void die(const char *what, int err, int ret)
{
	fprintf(stderr, "bench_pkvm_own: %s failed: %d / answer %d\n", what,
		err, ret);
	exit(1);
}

static void run(unsigned int gib)
{
	uint64_t nr = (uint64_t)gib << (30 - 12), i, n, blocks;
	struct armcvm_pkvm_page *pages = calloc(nr, sizeof(*pages));
	uint64_t *s2 = calloc(BLOCK_GFNS, sizeof(*s2));
	struct armcvm_pkvm_mem_range mem = { 0x80000, nr - 0x80000, 0 };
	struct armcvm_pkvm_vm vms[1];
	struct armcvm_pkvm_vcpu vcpu[1];
	struct armcvm_pkvm_cpu cpus[1];
	struct armcvm_pkvm_own m;
	struct armcvm_pkvm_own_config c = {
		.pages = pages, .pfn_base = 0, .nr_pages = nr, .mem = &mem,
		.nr_mem = 1, .pa_bits = 40, .vms = vms, .nr_vms = 1,
		.cpus = cpus, .nr_cpus = 1,
	};
	struct armcvm_pkvm_vm_params p;
	double t0, t_set, t_pair, t_don, t_blk;
	int ret = 0, h = 0, err;

	if (pages == NULL || s2 == NULL) {
		die("calloc", 0, 0);
	}
	err = armcvm_pkvm_own_init(&m, &c);
	if (err != 0) {
		die("init", err, 0);
	}
	n = nr - 0x80000 - 0x100;	/* pages used by the loops */

	/* reference: memset of the same metadata */
	t0 = now();
	memset(pages, 0, nr * sizeof(*pages));
	t_set = (now() - t0) / (double)nr;

	/* T1 + T2 over every page */
	t0 = now();
	for (i = 0; i < n; i++) {
		err = armcvm_pkvm_own_host_share_hyp(&m, 0x80100 + i, &ret);
		err |= armcvm_pkvm_own_host_unshare_hyp(&m, 0x80100 + i, &ret);
		if (err != 0 || ret != 0) {
			die("share/unshare_hyp", err, ret);
		}
	}
	t_pair = (now() - t0) / (double)(2 * n);

	/* T3 + T4 over every page */
	t0 = now();
	for (i = 0; i < n; i++) {
		err = armcvm_pkvm_own_host_donate_hyp(&m, 0x80100 + i, 1, &ret);
		err |= armcvm_pkvm_own_hyp_donate_host(&m, 0x80100 + i, 1, &ret);
		if (err != 0 || ret != 0) {
			die("donate_hyp/hyp_donate_host", err, ret);
		}
	}
	t_don = (now() - t0) / (double)(2 * n);

	/* a non-protected VM to share 2 MiB blocks with */
	if (armcvm_pkvm_own_host_share_hyp(&m, 0x80000, &ret) != 0 ||
	    armcvm_pkvm_own_reserve_vm(&m, &h) != 0) {
		die("vm setup", 0, ret);
	}
	p = (struct armcvm_pkvm_vm_params){
		.handle = (uint32_t)h, .nr_vcpus = 1, .ia_bits = 40,
		.memcache_min = 1, .kvm_pfn = 0x80000, .vm_pfn = 0x80001,
		.vm_nr = 1, .pgd_pfn = 0x80002, .pgd_nr = 1, .gfn_base = 0,
		.nr_gfns = BLOCK_GFNS, .s2 = s2, .vcpus = vcpu,
	};
	err = armcvm_pkvm_own_init_vm(&m, &p, &ret);
	if (err != 0 || ret != 0 ||
	    armcvm_pkvm_own_host_share_hyp(&m, 0x80003, &ret) != 0 ||
	    armcvm_pkvm_own_init_vcpu(&m, (uint32_t)h, 0, 0x80003, 0x80004,
				      &ret) != 0 ||
	    armcvm_pkvm_own_vcpu_topup(&m, (uint32_t)h, 0, 1) != 0) {
		die("init_vm", err, ret);
	}
	t0 = now();
	for (i = 0; i + 512 <= n - 0x100; i += 512) {
		uint64_t pfn = 0x80200 + i, gfn = i % BLOCK_GFNS;

		err = armcvm_pkvm_own_host_share_guest(&m, (uint32_t)h, 0, pfn,
						       gfn, 512, 7, &ret);
		err |= armcvm_pkvm_own_host_unshare_guest(&m, (uint32_t)h, gfn,
							  512, &ret);
		if (err != 0 || ret != 0) {
			die("share/unshare_guest block", err, ret);
		}
	}
	blocks = i / 512;	/* whole blocks: i steps by 512 */
	t_blk = (now() - t0) / (double)(2 * blocks);

	printf("%2u GiB: %llu pages, metadata %zu B/page (%llu MiB total)\n",
	       gib, (unsigned long long)nr, sizeof(*pages),
	       (unsigned long long)(nr * sizeof(*pages) >> 20));
	printf("  reference memset of metadata:  %8.2f ns/page\n", t_set * 1e9);
	printf("  share_hyp/unshare_hyp (T1/T2): %8.2f ns, %6.1f M/s, "
	       "%6.1f x memset/page\n", t_pair * 1e9, 1e-6 / t_pair,
	       t_pair / t_set);
	printf("  donate_hyp/hyp_donate_host:    %8.2f ns, %6.1f M/s, "
	       "%6.1f x memset/page\n", t_don * 1e9, 1e-6 / t_don,
	       t_don / t_set);
	printf("  2 MiB share/unshare_guest:     %8.2f ns, %6.3f M/s "
	       "(%.2f ns/page), guest stage 2 %zu B/gfn\n", t_blk * 1e9,
	       1e-6 / t_blk, t_blk * 1e9 / 512, sizeof(*s2));
	free(s2);
	free(pages);
}

int main(void)
{
	run(4);
	run(64);
	return 0;
}
