/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
/*
 * Guest shared bounce-buffer pool: pKVM and realm backends against the
 * stateful fakes, exhaustion, checked frees, metadata placement, a host
 * scribbling over the whole shared region between operations, hypervisor
 * refusals with rollback reports, and real hvc / smc trapped on aarch64.
 */
#include <string.h>

#include "armcvm_test.h"
#include "fake_guest_hyp.h"
#include "trap_firmware.h"

#define REGION_SIZE	(4 * FAKE_GRANULE)
#define SLOT		0x400ULL
#define NSLOTS		(REGION_SIZE / SLOT)
#define REALM_WIDTH	40U
#define ALIAS		(1ULL << (REALM_WIDTH - 1U))

static _Alignas(4096) uint8_t region[REGION_SIZE];

static struct armcvm_shpool_config pkvm_cfg(const struct armcvm_conduit *c,
					    bool ranged)
{
	struct armcvm_shpool_config cfg = {
		.backend = ARMCVM_SHPOOL_PKVM,
		.conduit = c,
		.va = (uint64_t)(uintptr_t)region,
		.ipa = FAKE_BASE,
		.size = REGION_SIZE,
		.slot_size = SLOT,
		.meminfo = { 0, FAKE_GRANULE, ranged ? 1U : 0U, ranged },
	};
	return cfg;
}

static struct armcvm_shpool_config realm_cfg(const struct armcvm_conduit *c)
{
	struct armcvm_shpool_config cfg = pkvm_cfg(c, false);

	cfg.backend = ARMCVM_SHPOOL_REALM;
	cfg.meminfo.granule = 0;
	cfg.ipa_width = REALM_WIDTH;
	return cfg;
}

static void test_meta_count(void **state)
{
	(void)state;
	assert_int_equal(armcvm_shpool_meta_count(REGION_SIZE, SLOT), NSLOTS);
	assert_int_equal(armcvm_shpool_meta_count(REGION_SIZE, 0x300),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_shpool_meta_count(REGION_SIZE, 32),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_shpool_meta_count(0, SLOT), -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_shpool_meta_count(SLOT + 64, SLOT),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_shpool_meta_count(1ULL << 40, 64),
			 -ARMCVM_ERR_INVAL);
}

/* Share at init, every slot once, exhaustion, unshare at teardown. */
static void run_lifecycle(bool ranged)
{
	struct fake_hyp h = { .ranged = ranged, .fail_code = -3 };
	const struct armcvm_conduit c =
		ARMCVM_CONDUIT_INIT_CALLBACK(fake_pkvm_call, &h);
	struct armcvm_shpool_config cfg = pkvm_cfg(&c, ranged);
	struct armcvm_shpool pool;
	struct armcvm_shpool_report rep;
	struct armcvm_shpool_buf b[NSLOTS], extra;
	uint32_t meta[NSLOTS];
	bool seen[NSLOTS] = { false };
	unsigned int i;

	assert_int_equal(armcvm_shpool_init(&pool, &cfg, meta, NSLOTS, &rep),
			 0);
	assert_uint_equal(fake_shared_count(&h), 4);
	assert_uint_equal(h.calls, ranged ? 1 : 4);
	assert_uint_equal(rep.shared_lo, FAKE_BASE);
	assert_uint_equal(rep.shared_hi, FAKE_BASE + REGION_SIZE);
	for (i = 0; i < NSLOTS; i++) {
		uint64_t off;

		assert_int_equal(armcvm_shpool_alloc(&pool, &b[i]), 0);
		off = b[i].va - cfg.va;
		assert_true(off < REGION_SIZE && off % SLOT == 0);
		assert_false(seen[off / SLOT]);
		seen[off / SLOT] = true;
		assert_uint_equal(b[i].ipa, FAKE_BASE + off);
		assert_uint_equal(b[i].size, SLOT);
	}
	assert_int_equal(armcvm_shpool_alloc(&pool, &extra),
			 -ARMCVM_ERR_NOSPACE);
	/* Teardown refuses while buffers are out. */
	assert_int_equal(armcvm_shpool_teardown(&pool, &rep),
			 -ARMCVM_ERR_STATE);
	for (i = 0; i < NSLOTS; i++) {
		assert_int_equal(armcvm_shpool_free(&pool, b[i].va), 0);
	}
	assert_int_equal(armcvm_shpool_teardown(&pool, &rep), 0);
	assert_uint_equal(fake_shared_count(&h), 0);
	assert_uint_equal(h.bad_regs, 0);
	/* A torn-down pool hands out nothing. */
	assert_int_equal(armcvm_shpool_alloc(&pool, &extra),
			 -ARMCVM_ERR_STATE);
	assert_int_equal(armcvm_shpool_free(&pool, b[0].va),
			 -ARMCVM_ERR_STATE);
	assert_int_equal(armcvm_shpool_teardown(&pool, &rep),
			 -ARMCVM_ERR_STATE);
}

static void test_lifecycle_single(void **state)
{
	(void)state;
	run_lifecycle(false);
}

static void test_lifecycle_ranged(void **state)
{
	(void)state;
	run_lifecycle(true);
}

static void test_bad_frees(void **state)
{
	struct fake_hyp h = { .fail_code = -3 };
	const struct armcvm_conduit c =
		ARMCVM_CONDUIT_INIT_CALLBACK(fake_pkvm_call, &h);
	struct armcvm_shpool_config cfg = pkvm_cfg(&c, false);
	struct armcvm_shpool pool;
	struct armcvm_shpool_report rep;
	struct armcvm_shpool_buf b;
	uint32_t meta[NSLOTS];

	(void)state;
	assert_int_equal(armcvm_shpool_init(&pool, &cfg, meta, NSLOTS, &rep),
			 0);
	assert_int_equal(armcvm_shpool_alloc(&pool, &b), 0);
	assert_int_equal(armcvm_shpool_free(&pool, b.va + 8),
			 -ARMCVM_ERR_ALIGN);
	assert_int_equal(armcvm_shpool_free(&pool, cfg.va - SLOT),
			 -ARMCVM_ERR_RANGE);
	assert_int_equal(armcvm_shpool_free(&pool, cfg.va + REGION_SIZE),
			 -ARMCVM_ERR_RANGE);
	assert_int_equal(armcvm_shpool_free(&pool, 0), -ARMCVM_ERR_RANGE);
	/* A slot that was never handed out. */
	assert_int_equal(armcvm_shpool_free(&pool,
			 b.va == cfg.va ? cfg.va + SLOT : cfg.va),
			 -ARMCVM_ERR_STATE);
	assert_int_equal(armcvm_shpool_free(&pool, b.va), 0);
	assert_int_equal(armcvm_shpool_free(&pool, b.va), -ARMCVM_ERR_STATE);
	assert_int_equal(armcvm_shpool_free(NULL, b.va), -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_shpool_alloc(NULL, &b), -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_shpool_alloc(&pool, NULL), -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_shpool_teardown(NULL, &rep), -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_shpool_teardown(&pool, &rep), 0);
}

/* Simple LCG: the host's garbage, different every round. */
static uint64_t lcg(uint64_t *s)
{
	*s = *s * 6364136223846793005ULL + 1442695040888963407ULL;
	return *s >> 33;
}

static void scribble(uint64_t *seed)
{
	size_t i;

	for (i = 0; i < sizeof(region); i++) {
		region[i] = (uint8_t)lcg(seed);
	}
}

/* The host owns the shared bytes: the pool must not depend on them. */
static void test_host_scribbles(void **state)
{
	struct fake_hyp h = { .fail_code = -3 };
	const struct armcvm_conduit c =
		ARMCVM_CONDUIT_INIT_CALLBACK(fake_pkvm_call, &h);
	struct armcvm_shpool_config cfg = pkvm_cfg(&c, false);
	struct armcvm_shpool pool;
	struct armcvm_shpool_report rep;
	struct armcvm_shpool_buf b[NSLOTS];
	uint32_t meta[NSLOTS];
	bool out[NSLOTS] = { false };
	uint64_t seed = 1;
	unsigned int round, i, n_out = 0;

	(void)state;
	assert_int_equal(armcvm_shpool_init(&pool, &cfg, meta, NSLOTS, &rep),
			 0);
	for (round = 0; round < 2000; round++) {
		scribble(&seed);
		i = (unsigned int)(lcg(&seed) % NSLOTS);
		if (out[i]) {
			assert_int_equal(armcvm_shpool_free(&pool, b[i].va), 0);
			assert_int_equal(armcvm_shpool_free(&pool, b[i].va),
					 -ARMCVM_ERR_STATE);
			out[i] = false;
			n_out--;
		} else if (n_out < NSLOTS) {
			unsigned int j;

			assert_int_equal(armcvm_shpool_alloc(&pool, &b[i]), 0);
			out[i] = true;
			n_out++;
			/* Never a buffer that is already out. */
			for (j = 0; j < NSLOTS; j++) {
				if (j != i && out[j]) {
					assert_true(b[j].va != b[i].va);
				}
			}
		}
		assert_uint_equal(pool.nfree, NSLOTS - n_out);
	}
	for (i = 0; i < NSLOTS; i++) {
		if (out[i]) {
			scribble(&seed);
			assert_int_equal(armcvm_shpool_free(&pool, b[i].va), 0);
		}
	}
	assert_int_equal(armcvm_shpool_teardown(&pool, &rep), 0);
	assert_uint_equal(fake_shared_count(&h), 0);
}

static void test_config_errors(void **state)
{
	struct fake_hyp h = { 0 };
	const struct armcvm_conduit c =
		ARMCVM_CONDUIT_INIT_CALLBACK(fake_pkvm_call, &h);
	struct armcvm_shpool_config cfg;
	struct armcvm_shpool pool;
	struct armcvm_shpool_report rep;
	uint32_t meta[NSLOTS];

	(void)state;
	cfg = pkvm_cfg(&c, false);
	assert_int_equal(armcvm_shpool_init(NULL, &cfg, meta, NSLOTS, &rep),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_shpool_init(&pool, NULL, meta, NSLOTS, &rep),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_shpool_init(&pool, &cfg, NULL, NSLOTS, &rep),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_shpool_init(&pool, &cfg, meta, NSLOTS, NULL),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_shpool_init(&pool, &cfg, meta, NSLOTS - 1,
			 &rep), -ARMCVM_ERR_NOSPACE);
	cfg.conduit = NULL;
	assert_int_equal(armcvm_shpool_init(&pool, &cfg, meta, NSLOTS, &rep),
			 -ARMCVM_ERR_INVAL);
	cfg = pkvm_cfg(&c, false);
	cfg.backend = (enum armcvm_shpool_backend)0;
	assert_int_equal(armcvm_shpool_init(&pool, &cfg, meta, NSLOTS, &rep),
			 -ARMCVM_ERR_INVAL);
	cfg = pkvm_cfg(&c, false);
	cfg.meminfo.smccc = -3;
	assert_int_equal(armcvm_shpool_init(&pool, &cfg, meta, NSLOTS, &rep),
			 -ARMCVM_ERR_INVAL);
	cfg = pkvm_cfg(&c, false);
	cfg.slot_size = 0x300;
	assert_int_equal(armcvm_shpool_init(&pool, &cfg, meta, NSLOTS, &rep),
			 -ARMCVM_ERR_INVAL);
	cfg = pkvm_cfg(&c, false);
	cfg.ipa += 0x800;
	assert_int_equal(armcvm_shpool_init(&pool, &cfg, meta, NSLOTS, &rep),
			 -ARMCVM_ERR_ALIGN);
	cfg = pkvm_cfg(&c, false);
	cfg.size = REGION_SIZE - SLOT;	/* not a granule multiple */
	assert_int_equal(armcvm_shpool_init(&pool, &cfg, meta, NSLOTS, &rep),
			 -ARMCVM_ERR_ALIGN);
	cfg = pkvm_cfg(&c, false);
	cfg.va += 64;
	assert_int_equal(armcvm_shpool_init(&pool, &cfg, meta, NSLOTS, &rep),
			 -ARMCVM_ERR_ALIGN);
	cfg = pkvm_cfg(&c, false);
	cfg.ipa = 0xFFFFFFFFFFFFF000ULL;
	assert_int_equal(armcvm_shpool_init(&pool, &cfg, meta, NSLOTS, &rep),
			 -ARMCVM_ERR_RANGE);
	cfg = realm_cfg(&c);
	cfg.ipa_width = 32;
	assert_int_equal(armcvm_shpool_init(&pool, &cfg, meta, NSLOTS, &rep),
			 -ARMCVM_ERR_INVAL);
	cfg = realm_cfg(&c);
	cfg.ipa = ALIAS - FAKE_GRANULE;	/* reaches the unprotected half */
	assert_int_equal(armcvm_shpool_init(&pool, &cfg, meta, NSLOTS, &rep),
			 -ARMCVM_ERR_RANGE);
	assert_uint_equal(h.calls, 0);
}

/* Metadata or pool state inside the shared region is refused. */
static void test_metadata_outside_region(void **state)
{
	struct fake_hyp h = { 0 };
	const struct armcvm_conduit c =
		ARMCVM_CONDUIT_INIT_CALLBACK(fake_pkvm_call, &h);
	struct armcvm_shpool_config cfg = pkvm_cfg(&c, false);
	struct armcvm_shpool pool;
	struct armcvm_shpool_report rep;
	uint32_t meta[NSLOTS];
	uint32_t *meta_in = (uint32_t *)(void *)(region + REGION_SIZE -
						 8 * sizeof(uint32_t));
	struct armcvm_shpool *pool_in = (struct armcvm_shpool *)(void *)region;

	(void)state;
	assert_int_equal(armcvm_shpool_init(&pool, &cfg, meta_in, NSLOTS, &rep),
			 -ARMCVM_ERR_RANGE);
	assert_int_equal(armcvm_shpool_init(pool_in, &cfg, meta, NSLOTS, &rep),
			 -ARMCVM_ERR_RANGE);
	assert_uint_equal(h.calls, 0);
}

/* A realm region ending exactly at 2^64 is in the unprotected half too. */
static void test_region_at_top(void **state)
{
	struct fake_hyp h = { 0 };
	const struct armcvm_conduit c =
		ARMCVM_CONDUIT_INIT_CALLBACK(fake_rmm_call, &h);
	struct armcvm_shpool_config cfg = realm_cfg(&c);
	struct armcvm_shpool pool;
	struct armcvm_shpool_report rep;
	uint32_t meta[NSLOTS];

	(void)state;
	cfg.ipa = 0 - (uint64_t)REGION_SIZE;
	assert_int_equal(armcvm_shpool_init(&pool, &cfg, meta, NSLOTS, &rep),
			 -ARMCVM_ERR_RANGE);
	assert_uint_equal(h.calls, 0);
}

static void test_init_refused_rolls_back(void **state)
{
	struct fake_hyp h = { .fail_code = -3,
			      .fail_ipa = FAKE_BASE + 2 * FAKE_GRANULE };
	const struct armcvm_conduit c =
		ARMCVM_CONDUIT_INIT_CALLBACK(fake_pkvm_call, &h);
	struct armcvm_shpool_config cfg = pkvm_cfg(&c, false);
	struct armcvm_shpool pool;
	struct armcvm_shpool_report rep;
	struct armcvm_shpool_buf b;
	uint32_t meta[NSLOTS];

	(void)state;
	assert_int_equal(armcvm_shpool_init(&pool, &cfg, meta, NSLOTS, &rep),
			 -ARMCVM_ERR_STATE);
	assert_int_equal(rep.status, -3);
	assert_uint_equal(rep.failed_ipa, FAKE_BASE + 2 * FAKE_GRANULE);
	/* The two granules it had shared were unshared again. */
	assert_uint_equal(fake_shared_count(&h), 0);
	assert_uint_equal(rep.shared_lo, rep.shared_hi);
	assert_int_equal(armcvm_shpool_alloc(&pool, &b), -ARMCVM_ERR_STATE);
}

static void test_teardown_refused_reports(void **state)
{
	struct fake_hyp h = { .fail_code = -3 };
	const struct armcvm_conduit c =
		ARMCVM_CONDUIT_INIT_CALLBACK(fake_pkvm_call, &h);
	struct armcvm_shpool_config cfg = pkvm_cfg(&c, false);
	struct armcvm_shpool pool;
	struct armcvm_shpool_report rep;
	struct armcvm_shpool_buf b;
	uint32_t meta[NSLOTS];

	(void)state;
	assert_int_equal(armcvm_shpool_init(&pool, &cfg, meta, NSLOTS, &rep),
			 0);
	h.fail_ipa = FAKE_BASE + 3 * FAKE_GRANULE;
	assert_int_equal(armcvm_shpool_teardown(&pool, &rep),
			 -ARMCVM_ERR_STATE);
	assert_int_equal(rep.status, -3);
	assert_uint_equal(rep.shared_lo, FAKE_BASE + 3 * FAKE_GRANULE);
	assert_uint_equal(rep.shared_hi, FAKE_BASE + REGION_SIZE);
	assert_uint_equal(fake_shared_count(&h), 1);
	assert_int_equal(armcvm_shpool_alloc(&pool, &b), -ARMCVM_ERR_STATE);
}

static void test_realm_backend(void **state)
{
	struct fake_hyp h = { .budget = 3, .fail_code = 2 };
	const struct armcvm_conduit c =
		ARMCVM_CONDUIT_INIT_CALLBACK(fake_rmm_call, &h);
	struct armcvm_shpool_config cfg = realm_cfg(&c);
	struct armcvm_shpool pool;
	struct armcvm_shpool_report rep;
	struct armcvm_shpool_buf b;
	uint32_t meta[NSLOTS];

	(void)state;
	assert_int_equal(armcvm_shpool_init(&pool, &cfg, meta, NSLOTS, &rep),
			 0);
	assert_uint_equal(fake_shared_count(&h), 4);
	assert_uint_equal(h.calls, 2);	/* 3 granules, then 1 */
	assert_int_equal(armcvm_shpool_alloc(&pool, &b), 0);
	/* The host-visible address is the unprotected alias. */
	assert_uint_equal(b.ipa, (FAKE_BASE + (b.va - cfg.va)) | ALIAS);
	assert_int_equal(armcvm_shpool_free(&pool, b.va), 0);
	assert_int_equal(armcvm_shpool_teardown(&pool, &rep), 0);
	assert_uint_equal(fake_shared_count(&h), 0);
	assert_uint_equal(h.bad_regs, 0);
}

static void test_realm_refusals(void **state)
{
	struct fake_hyp h = { .fail_code = 0, .fail_response = 1,
			      .fail_ipa = FAKE_BASE + FAKE_GRANULE };
	const struct armcvm_conduit c =
		ARMCVM_CONDUIT_INIT_CALLBACK(fake_rmm_call, &h);
	struct armcvm_shpool_config cfg = realm_cfg(&c);
	struct armcvm_shpool pool;
	struct armcvm_shpool_report rep;
	uint32_t meta[NSLOTS];

	(void)state;
	/* Host REJECTs the RIPAS change at the second granule. */
	assert_int_equal(armcvm_shpool_init(&pool, &cfg, meta, NSLOTS, &rep),
			 -ARMCVM_ERR_STATE);
	assert_int_equal(rep.status, 0);
	assert_uint_equal(rep.response, 1);
	assert_uint_equal(rep.failed_ipa, FAKE_BASE + FAKE_GRANULE);
	assert_uint_equal(fake_shared_count(&h), 0);
	/* RSI error status. */
	h.fail_code = 1;
	h.fail_response = 0;
	assert_int_equal(armcvm_shpool_init(&pool, &cfg, meta, NSLOTS, &rep),
			 -ARMCVM_ERR_STATE);
	assert_int_equal(rep.status, 1);
	/* new_base that does not move: protocol error, not a loop. */
	h.fail_ipa = 0;
	h.zero_progress = true;
	h.calls = 0;
	assert_int_equal(armcvm_shpool_init(&pool, &cfg, meta, NSLOTS, &rep),
			 -ARMCVM_ERR_PROTOCOL);
	assert_uint_equal(h.calls, 1);
}

#if defined(__aarch64__)
static void trap_both(void *ctx, bool hvc, struct armcvm_smccc_regs *regs)
{
	struct armcvm_smccc_regs in = *regs;

	if (hvc) {
		fake_pkvm_call(ctx, &in, regs);
	} else {
		fake_rmm_call(ctx, &in, regs);
	}
}

static void test_trap_real_instructions(void **state)
{
	static const struct armcvm_conduit hvc = ARMCVM_CONDUIT_INIT_HVC;
	static const struct armcvm_conduit smc = ARMCVM_CONDUIT_INIT_SMC;
	struct fake_hyp h = { .ranged = true, .budget = 2, .fail_code = -3 };
	struct armcvm_shpool_config cfg = pkvm_cfg(&hvc, true);
	struct armcvm_shpool pool;
	struct armcvm_shpool_report rep;
	uint32_t meta[NSLOTS];

	(void)state;
	assert_int_equal(trap_firmware_install(trap_both, &h), 0);
	assert_int_equal(armcvm_shpool_init(&pool, &cfg, meta, NSLOTS, &rep),
			 0);
	assert_uint_equal(fake_shared_count(&h), 4);
	assert_int_equal(armcvm_shpool_teardown(&pool, &rep), 0);
	cfg = realm_cfg(&smc);
	assert_int_equal(armcvm_shpool_init(&pool, &cfg, meta, NSLOTS, &rep),
			 0);
	assert_uint_equal(fake_shared_count(&h), 4);
	assert_int_equal(armcvm_shpool_teardown(&pool, &rep), 0);
	trap_firmware_remove();
	assert_uint_equal(fake_shared_count(&h), 0);
	assert_uint_equal(h.bad_regs, 0);
}
#endif

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_meta_count),
		cmocka_unit_test(test_lifecycle_single),
		cmocka_unit_test(test_lifecycle_ranged),
		cmocka_unit_test(test_bad_frees),
		cmocka_unit_test(test_host_scribbles),
		cmocka_unit_test(test_config_errors),
		cmocka_unit_test(test_metadata_outside_region),
		cmocka_unit_test(test_region_at_top),
		cmocka_unit_test(test_init_refused_rolls_back),
		cmocka_unit_test(test_teardown_refused_reports),
		cmocka_unit_test(test_realm_backend),
		cmocka_unit_test(test_realm_refusals),
#if defined(__aarch64__)
		cmocka_unit_test(test_trap_real_instructions),
#endif
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
