/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
/*
 * Planner + executor + predictor against the software RMM model: on
 * random layouts in both profiles every planned call succeeds, the model's
 * RIM equals the offline prediction, and the teardown returns every granule
 * to UNDELEGATED.
 */
#include <stdlib.h>
#include <string.h>

#include "armcvm_test.h"

#define MEM_BASE	0x80000000ULL
#define MEM_GRANULES	4096ULL			/* 16 MiB */
#define NS_PARAMS	MEM_BASE
#define STAGE_BASE	(MEM_BASE + 0x1000)	/* images, up to 1 MiB */
#define RTT_BASE	(MEM_BASE + 0x100000)	/* 64 KiB aligned */
#define POOL_BASE	(MEM_BASE + 0x200000)

static uint8_t mem[MEM_GRANULES * 4096] __attribute__((aligned(8)));
static struct armcvm_rmm_granule gran[MEM_GRANULES];
static uint64_t vmid_map[1024];

static int write_ns(void *ctx, uint64_t pa, const void *data, size_t len)
{
	return armcvm_rmm_model_host_write(ctx, pa, data, len);
}

struct img_ctx { struct armcvm_rmm_model *m;
		 const struct armcvm_realm_image *im; };

static int read_img(void *ctx, uint32_t image, uint64_t off, uint8_t *buf,
		    size_t len)
{
	struct img_ctx *ic = ctx;

	return armcvm_rmm_model_host_read(ic->m, ic->im[image].src_pa + off,
					  buf, len);
}

static void predictor_equals_model(void **state)
{
	static struct armcvm_realm_op ops[8192];
	unsigned iter;

	(void)state;
	srand(777);
	for (iter = 0; iter < 60; iter++) {
		struct armcvm_rmm_model m;
		struct armcvm_rmm_mem_range r = { MEM_BASE, MEM_GRANULES, mem,
						  gran };
		struct armcvm_rmm_platform plat = {
			/* rmi.md 3.4: MAX_RECS_ORDER 10 in bits 41:38. */
			.features0 = 48 | (15ULL << 14) | (15ULL << 20) |
				     (1ULL << 32) | (1ULL << 33) |
				     (10ULL << 38),
			.rec_aux_count = (uint32_t)rand() % 17,
			.vmid_bits = 16, .pa_bits = 48,
		};
		struct armcvm_conduit c;
		struct armcvm_realm_desc d;
		struct armcvm_rmi_realm_params p;
		struct armcvm_realm_ram ram[3];
		struct armcvm_realm_image im[3];
		struct armcvm_realm_vcpu v[3];
		struct armcvm_realm_layout l;
		struct armcvm_realm_plan pl = { .ops = ops,
						.capacity = ARRAY_SIZE(ops) };
		struct armcvm_realm_exec_host host;
		struct armcvm_realm_exec_report rep;
		struct armcvm_measurement pred;
		/* cppcheck-suppress unassignedVariable ; written via src.buf */
		uint8_t buf[ARMCVM_RIM_BATCH * 4096], got[64];
		struct img_ctx ic;
		/* one granule at a time or batches of 2..ARMCVM_RIM_BATCH */
		struct armcvm_realm_rim_source src = {
			read_img, &ic, buf,
			(uint32_t)rand() % (ARMCVM_RIM_BATCH + 1) };
		uint64_t cur = 0, stage = STAGE_BASE, g;
		unsigned i, nram = 1 + (unsigned)rand() % 3;
		unsigned nim = (unsigned)rand() % 4;
		int ret;

		memset(gran, 0, sizeof(gran));
		assert_int_equal(armcvm_rmm_model_init(&m, &plat, &r, 1,
						       vmid_map, 1024), 0);
		c = armcvm_rmm_model_conduit(&m);
		armcvm_realm_desc_init(&d);
		d.ipa_bits = 33 + (unsigned)rand() % 16;
		d.hash_algo = (uint32_t)rand() % 2;
		d.rtt_base = RTT_BASE;
		d.vmid = 1 + iter;
		assert_int_equal(armcvm_realm_params_build(&d, plat.features0,
							   &p, NULL), 0);
		memset(&l, 0, sizeof(l));
		for (i = 0; i < nram; i++) {
			cur += (uint64_t)(rand() % 2) *
			       ((uint64_t)1 << (12 + rand() % 19));
			ram[i].base = cur;
			ram[i].size = (1 + (uint64_t)(rand() % 600)) <<
				      (12 + 9 * (rand() % 2));
			if (cur + ram[i].size > (1ULL << (d.ipa_bits - 2))) {
				break;
			}
			cur += ram[i].size;
		}
		nram = i;
		/* Images inside the first RAM range or above the RAM. */
		cur = nram > 0 ? ram[0].base : 0;
		for (i = 0; i < nim; i++) {
			uint64_t sz = 1 + (uint64_t)rand() % (UINT64_C(24) * 4096);
			uint64_t k;

			cur += (uint64_t)(rand() % 40) * (uint64_t)4096;
			im[i].ipa = cur;
			im[i].size = sz;
			im[i].src_pa = stage;
			im[i].measured = rand() % 3 != 0;
			/* The last granule is staged zero-padded, as the
			 * predictor assumes (docs/realm.md). */
			for (k = 0; k < ((sz + 4095) & ~4095ULL); k++) {
				mem[stage - MEM_BASE + k] =
					k < sz ? (uint8_t)rand() : 0;
			}
			stage += (sz + 4095) & ~4095ULL;
			cur += (sz + 4095) & ~4095ULL;
		}
		if (nim > 0 && cur > ((uint64_t)1 << (d.ipa_bits - 1))) {
			nim = 0;
		}
		l.ram = ram;
		l.num_ram = nram;
		l.images = im;
		l.num_images = nim;
		l.num_vcpus = 1 + (unsigned)rand() % 3;
		memset(v, 0, sizeof(v));
		for (i = 0; i < l.num_vcpus; i++) {
			v[i].mpidr = i;
			v[i].pc = (uint64_t)rand() << 12;
			v[i].gprs[0] = (uint64_t)rand();
			v[i].gprs[7] = i;
			v[i].runnable = i == 0 || rand() % 4 == 0;
		}
		l.vcpus = v;
		l.rec_aux_count = plat.rec_aux_count;
		l.pool_base = POOL_BASE;
		l.pool_size = MEM_BASE + MEM_GRANULES * 4096 - POOL_BASE;
		l.ns_params_pa = NS_PARAMS;
		l.profile = (uint32_t)rand() % 2;
		assert_int_equal(armcvm_realm_plan_build(&p, &l, &pl, NULL), 0);

		host.write_ns = write_ns;
		host.step = NULL;
		host.ctx = &m;
		ret = armcvm_realm_exec(&c, &p, &l, &pl, 0, pl.create_count,
					&host, &rep);
		if (ret != 0) {
			print_message("# iter %u step %zu %s x0 %#llx x1 %#llx "
				      "want %#llx\n", iter, rep.step,
				      armcvm_realm_op_name(rep.cmd),
				      (unsigned long long)rep.x0,
				      (unsigned long long)rep.x1,
				      (unsigned long long)rep.expected);
		}
		assert_int_equal(ret, 0);
		assert_int_equal(armcvm_rmm_model_measurement(&m, pl.rd, 0,
							      got), 0);
		ic.m = &m;
		ic.im = im;
		assert_int_equal(armcvm_realm_rim_predict(&p, &l, &pl, &src,
							  &pred), 0);
		assert_memory_equal(got, pred.bytes, 64);

		ret = armcvm_realm_exec(&c, &p, &l, &pl, pl.create_count,
					pl.count, &host, &rep);
		if (ret != 0) {
			print_message("# teardown iter %u step %zu %s x0 %#llx\n",
				      iter, rep.step,
				      armcvm_realm_op_name(rep.cmd),
				      (unsigned long long)rep.x0);
		}
		assert_int_equal(ret, 0);
		for (g = 0; g < MEM_GRANULES; g++) {
			assert_int_equal(armcvm_rmm_model_granule_state(&m,
					 MEM_BASE + g * 4096),
					 ARMCVM_RMM_GRANULE_UNDELEGATED);
		}
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(predictor_equals_model),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
