/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
/*
 * RIM / REM: the published RimInit vectors (rmi.md 5.6, from CRM
 * src/realm_config.rs test_rim), and every descriptor recomputed here from
 * a byte array laid out by hand from the tables of rmi.md 5.2-5.5 and
 * hashed by the reference (OpenSSL when available, ref_hash.h), so that the
 * layout is checked independently of lib/measure.c. Every error path.
 */
#include <stdio.h>
#include <string.h>

#include "armcvm_test.h"
#include "ref_hash.h"

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

static void le64(uint8_t *p, uint64_t v)
{
	unsigned int i;

	for (i = 0; i < 8; i++) {
		p[i] = (uint8_t)(v >> (8 * i));
	}
}

/*
 * A fresh context for @algo; for an unsupported @algo, a context whose algo
 * field holds that value (truncated as the field is), as an uninitialised
 * or corrupted one would.
 */
static struct armcvm_hash_ctx *hctx(struct armcvm_hash_ctx *c, uint64_t algo)
{
	if (armcvm_hash_init(c, algo) != 0) {
		memset(c, 0, sizeof(*c));
		c->algo = (uint32_t)algo;
	}
	return c;
}

static size_t dsize(uint64_t algo)
{
	return algo == 0 ? 32 : 64;
}

/* Expected measurement: reference hash of @buf, zero-extended to 64. */
static void ref_measure(uint64_t algo, const uint8_t *buf, size_t len,
			struct armcvm_measurement *m)
{
	memset(m->bytes, 0, sizeof(m->bytes));
	assert_int_equal(ref_hash(algo, buf, len, m->bytes), (int)dsize(algo));
}

/* Common descriptor header: desc_type @0x00, len @0x08, rim @0x10. */
static void ref_desc_header(uint8_t desc[256], uint8_t type, uint64_t algo,
			    const struct armcvm_measurement *rim)
{
	memset(desc, 0, 256);
	desc[0x00] = type;
	le64(desc + 0x08, 0x100);
	memcpy(desc + 0x10, rim->bytes, dsize(algo));
}

static void assert_rim_equal(const struct armcvm_measurement *a,
			     const struct armcvm_measurement *b)
{
	assert_memory_equal(a->bytes, b->bytes, 64);
}

/* rmi.md 5.6: flags 0, s2sz 48, sve_vl 0, num_bps = num_wps = 1, pmu 0. */
static void test_rim_init_published(void **state)
{
	static const char *const want[2] = {
		"6739dfb22b75ee1268d08dfa8369f501bc0b066243553f069f560d1fa1172973"
		"0000000000000000000000000000000000000000000000000000000000000000",
		"799e434048fb57eb9d4f0e2a2b98158720377252deab2bdfcd69b5a8f82237f4"
		"34bd6bb1c75bf160a2d49382f733b3439a3ff769e4ea5dd9a6f72239d44bbbab",
	};
	struct armcvm_rim_realm_params p = {
		.flags = 0, .s2sz = 48, .sve_vl = 0, .num_bps = 1,
		.num_wps = 1, .pmu_num_ctrs = 0,
	};
	struct armcvm_measurement rim, exp;
	uint64_t algo;

	(void)state;
	for (algo = 0; algo < 2; algo++) {
		p.hash_algo = algo;
		unhex(want[algo], exp.bytes, 64);
		memset(&rim, 0xA5, sizeof(rim));
		assert_int_equal(armcvm_rim_init(&rim, &p), 0);
		assert_rim_equal(&rim, &exp);
	}
}

/* Every measured slot non-zero and distinct: checks each offset. */
static void test_rim_init_layout(void **state)
{
	struct armcvm_rim_realm_params p = {
		.flags = 0x7, .s2sz = 0x2C, .sve_vl = 0xF,
		.num_bps = 0x0F0E0D0C0B0A0908ULL, .num_wps = 0x15,
		.pmu_num_ctrs = 0x1F,
	};
	static uint8_t img[4096];
	struct armcvm_measurement rim, exp;
	uint64_t algo;

	(void)state;
	for (algo = 0; algo < 2; algo++) {
		p.hash_algo = algo;
		memset(img, 0, sizeof(img));
		le64(img + 0x00, p.flags);
		le64(img + 0x08, p.s2sz);
		le64(img + 0x10, p.sve_vl);
		le64(img + 0x18, p.num_bps);
		le64(img + 0x20, p.num_wps);
		le64(img + 0x28, p.pmu_num_ctrs);
		le64(img + 0x30, p.hash_algo);
		ref_measure(algo, img, sizeof(img), &exp);
		assert_int_equal(armcvm_rim_init(&rim, &p), 0);
		assert_rim_equal(&rim, &exp);
	}
}

static void test_data(void **state)
{
	struct armcvm_hash_ctx hc;
	static uint8_t granule[4096];
	uint8_t desc[256];
	struct armcvm_measurement rim, exp, content, ref_content;
	uint64_t algo;
	size_t i;

	(void)state;
	for (i = 0; i < sizeof(granule); i++) {
		granule[i] = (uint8_t)(i * 7 + 3);
	}
	for (algo = 0; algo < 2; algo++) {
		/* A start value with bytes in every position of its digest. */
		memset(&rim, 0, sizeof(rim));
		for (i = 0; i < dsize(algo); i++) {
			rim.bytes[i] = (uint8_t)(0x80 + i);
		}

		/* content = H(granule), zero-extended (rmi.md 5.3). */
		ref_measure(algo, granule, sizeof(granule), &ref_content);
		memset(&content, 0xA5, sizeof(content));
		assert_int_equal(armcvm_rim_granule_digest(hctx(&hc, algo), granule,
							   &content), 0);
		assert_rim_equal(&content, &ref_content);

		/* Measured: flags 1, content at 0x60. */
		ref_desc_header(desc, 0x00, algo, &rim);
		le64(desc + 0x50, 0x0000ABCD12345000ULL);
		le64(desc + 0x58, 1);
		memcpy(desc + 0x60, ref_content.bytes, dsize(algo));
		ref_measure(algo, desc, sizeof(desc), &exp);
		assert_int_equal(armcvm_rim_extend_data(hctx(&hc, algo), &rim,
			0x0000ABCD12345000ULL, ARMCVM_RIM_DATA_FLAG_MEASURE,
			&content), 0);
		assert_rim_equal(&rim, &exp);

		/* Unmeasured: flags 0, content zero. */
		ref_desc_header(desc, 0x00, algo, &rim);
		le64(desc + 0x50, 0x80000000ULL);
		ref_measure(algo, desc, sizeof(desc), &exp);
		assert_int_equal(armcvm_rim_extend_data(hctx(&hc, algo), &rim,
			0x80000000ULL, 0, NULL), 0);
		assert_rim_equal(&rim, &exp);
	}
}

static void test_rec(void **state)
{
	struct armcvm_hash_ctx hc;
	static const uint64_t gprs[8] = {
		0x1111111111111111ULL, 0x2222, 0x3333, 0x4444,
		0x5555, 0x6666, 0x7777, 0x8888888888888888ULL,
	};
	static uint8_t img[4096];
	uint8_t desc[256];
	struct armcvm_measurement rim, before, exp, content;
	uint64_t algo;
	unsigned int i;

	(void)state;
	for (algo = 0; algo < 2; algo++) {
		memset(&rim, 0, sizeof(rim));
		memset(rim.bytes, 0x3C, dsize(algo));

		/* RmiRecParams image: flags @0, pc @0x200, gprs @0x300. */
		memset(img, 0, sizeof(img));
		le64(img + 0x000, 1);
		le64(img + 0x200, 0x80080000ULL);
		for (i = 0; i < 8; i++) {
			le64(img + 0x300 + (size_t)i * 8U, gprs[i]);
		}
		ref_measure(algo, img, sizeof(img), &content);
		ref_desc_header(desc, 0x01, algo, &rim);
		memcpy(desc + 0x50, content.bytes, dsize(algo));
		ref_measure(algo, desc, sizeof(desc), &exp);
		assert_int_equal(armcvm_rim_extend_rec(hctx(&hc, algo), &rim,
			ARMCVM_RIM_REC_FLAG_RUNNABLE, 0x80080000ULL, gprs), 0);
		assert_rim_equal(&rim, &exp);

		/* A non-runnable REC leaves the RIM alone (rmi.md 5.4). */
		before = rim;
		assert_int_equal(armcvm_rim_extend_rec(hctx(&hc, algo), &rim, 0,
						       0x80080000ULL, gprs), 0);
		assert_rim_equal(&rim, &before);
	}
}

static void test_ripas(void **state)
{
	struct armcvm_hash_ctx hc;
	uint8_t desc[256];
	struct armcvm_measurement rim, exp;
	uint64_t algo;

	(void)state;
	for (algo = 0; algo < 2; algo++) {
		memset(&rim, 0, sizeof(rim));
		memset(rim.bytes, 0xC3, dsize(algo));
		ref_desc_header(desc, 0x02, algo, &rim);
		le64(desc + 0x50, 0x40000000ULL);
		le64(desc + 0x58, 0x80000000ULL);
		ref_measure(algo, desc, sizeof(desc), &exp);
		assert_int_equal(armcvm_rim_extend_ripas(hctx(&hc, algo), &rim,
			0x40000000ULL, 0x80000000ULL), 0);
		assert_rim_equal(&rim, &exp);
	}
}

/*
 * A SHA-256 RIM is 32 bytes + 32 zero bytes; only the digest prefix of an
 * input measurement enters a descriptor (T10 copies measurement_get_size()
 * bytes), so junk above it changes nothing and is cleared.
 */
static void test_sha256_prefix_only(void **state)
{
	struct armcvm_hash_ctx hc;
	struct armcvm_measurement a, b, ca, cb;
	unsigned int i;

	(void)state;
	memset(&a, 0, sizeof(a));
	memset(a.bytes, 0x11, 32);
	b = a;
	memset(b.bytes + 32, 0xEE, 32);
	memset(&ca, 0, sizeof(ca));
	memset(ca.bytes, 0x22, 32);
	cb = ca;
	memset(cb.bytes + 32, 0x77, 32);
	assert_int_equal(armcvm_rim_extend_data(hctx(&hc, 0), &a, 0x1000, 1, &ca), 0);
	assert_int_equal(armcvm_rim_extend_data(hctx(&hc, 0), &b, 0x1000, 1, &cb), 0);
	assert_rim_equal(&a, &b);
	for (i = 32; i < 64; i++) {
		assert_int_equal(a.bytes[i], 0);
	}
	assert_int_equal(armcvm_rim_extend_ripas(hctx(&hc, 0), &b, 0, 0x1000), 0);
	for (i = 32; i < 64; i++) {
		assert_int_equal(b.bytes[i], 0);
	}
}

/* init -> RIPAS -> DATA -> REC, chained by hand (CRM order, rmi.md 5.7). */
static void test_chain(void **state)
{
	struct armcvm_hash_ctx hc;
	static const uint64_t gprs[8] = { 0x48000000ULL };
	static uint8_t img[4096], granule[4096];
	struct armcvm_rim_realm_params p = {
		.s2sz = 40, .num_bps = 1, .num_wps = 1,
	};
	struct armcvm_measurement rim, exp, tmp;
	uint8_t desc[256];
	uint64_t algo;

	(void)state;
	memset(granule, 0x5A, sizeof(granule));
	for (algo = 0; algo < 2; algo++) {
		p.hash_algo = algo;
		memset(img, 0, sizeof(img));
		le64(img + 0x08, 40);
		le64(img + 0x18, 1);
		le64(img + 0x20, 1);
		le64(img + 0x30, algo);
		ref_measure(algo, img, sizeof(img), &exp);

		ref_desc_header(desc, 0x02, algo, &exp);
		le64(desc + 0x50, 0x40000000ULL);
		le64(desc + 0x58, 0x40200000ULL);
		ref_measure(algo, desc, sizeof(desc), &exp);

		ref_measure(algo, granule, sizeof(granule), &tmp);
		ref_desc_header(desc, 0x00, algo, &exp);
		le64(desc + 0x50, 0x40000000ULL);
		le64(desc + 0x58, 1);
		memcpy(desc + 0x60, tmp.bytes, dsize(algo));
		ref_measure(algo, desc, sizeof(desc), &exp);

		memset(img, 0, sizeof(img));
		le64(img + 0x000, 1);
		le64(img + 0x200, 0x40000000ULL);
		le64(img + 0x300, 0x48000000ULL);
		ref_measure(algo, img, sizeof(img), &tmp);
		ref_desc_header(desc, 0x01, algo, &exp);
		memcpy(desc + 0x50, tmp.bytes, dsize(algo));
		ref_measure(algo, desc, sizeof(desc), &exp);

		/* One context for the whole chain, as a VMM keeps it. */
		hctx(&hc, algo);
		assert_int_equal(armcvm_rim_init(&rim, &p), 0);
		assert_int_equal(armcvm_rim_extend_ripas(&hc, &rim,
			0x40000000ULL, 0x40200000ULL), 0);
		assert_int_equal(armcvm_rim_granule_digest(&hc, granule,
							   &tmp), 0);
		assert_int_equal(armcvm_rim_extend_data(&hc, &rim,
			0x40000000ULL, 1, &tmp), 0);
		assert_int_equal(armcvm_rim_extend_rec(&hc, &rim, 1,
			0x40000000ULL, gprs), 0);
		assert_rim_equal(&rim, &exp);
	}
}

/*
 * Several granules at once: each result is the reference digest of its
 * granule, zero-extended, for counts around ARMCVM_RIM_BATCH; bad input
 * writes nothing.
 */
static void test_granule_digests(void **state)
{
	enum { N = 9 };
	static uint8_t pages[N][4096];
	const void *g[N];
	struct armcvm_measurement out[N + 1], exp;
	struct armcvm_hash_ctx hc;
	uint64_t algo;
	size_t n, i, j;

	(void)state;
	for (i = 0; i < N; i++) {
		for (j = 0; j < 4096; j++) {
			pages[i][j] = (uint8_t)(i * 31 + j * 7 + (j >> 8));
		}
		g[i] = pages[i];
	}
	for (algo = 0; algo < 2; algo++) {
		for (n = 0; n <= N; n++) {
			memset(out, 0xA5, sizeof(out));
			assert_int_equal(armcvm_rim_granule_digests(
				hctx(&hc, algo), g, n, out), 0);
			for (i = 0; i < n; i++) {
				ref_measure(algo, pages[i], 4096, &exp);
				assert_rim_equal(&out[i], &exp);
			}
			assert_int_equal(out[n].bytes[0], 0xA5);
		}
		memset(out, 0xA5, sizeof(out));
		assert_int_equal(armcvm_rim_granule_digests(&hc, NULL, 1, out),
				 -ARMCVM_ERR_INVAL);
		assert_int_equal(armcvm_rim_granule_digests(&hc, g, 1, NULL),
				 -ARMCVM_ERR_INVAL);
		g[5] = NULL;
		assert_int_equal(armcvm_rim_granule_digests(&hc, g, N, out),
				 -ARMCVM_ERR_INVAL);
		g[5] = pages[5];
		assert_int_equal(armcvm_rim_granule_digests(NULL, g, 1, out),
				 -ARMCVM_ERR_INVAL);
		hc.algo = 2;
		assert_int_equal(armcvm_rim_granule_digests(&hc, g, 1, out),
				 -ARMCVM_ERR_INVAL);
		assert_int_equal(out[0].bytes[0], 0xA5);
		/* n = 0 needs no pointers */
		assert_int_equal(armcvm_rim_granule_digests(hctx(&hc, algo),
				 NULL, 0, NULL), 0);
	}
}

/* TF-RMM form: H(old[0:dlen] || value[0:size]) (rmi.md 5.8). */
static void test_rem_extend_tfrmm(void **state)
{
	struct armcvm_hash_ctx hc;
	static const size_t sizes[] = { 0, 1, 32, 63, 64 };
	uint8_t value[64], buf[128];
	struct armcvm_measurement rem, exp;
	uint64_t algo;
	size_t s, i;

	(void)state;
	for (i = 0; i < sizeof(value); i++) {
		value[i] = (uint8_t)(0xF0 - i);
	}
	for (algo = 0; algo < 2; algo++) {
		memset(&rem, 0, sizeof(rem));
		for (s = 0; s < ARRAY_SIZE(sizes); s++) {
			size_t d = dsize(algo);

			memcpy(buf, rem.bytes, d);
			memcpy(buf + d, value, sizes[s]);
			ref_measure(algo, buf, d + sizes[s], &exp);
			assert_int_equal(armcvm_rem_extend_tfrmm(hctx(&hc, algo), &rem,
						value, sizes[s]), 0);
			assert_rim_equal(&rem, &exp);
		}
	}
}

static void test_errors(void **state)
{
	static const uint64_t gprs[8];
	static const uint8_t granule[4096];
	struct armcvm_rim_realm_params p = { .hash_algo = 2 };
	struct armcvm_measurement rim, keep, c;
	uint64_t bad[] = { 2, 3, 0x100000000ULL, UINT64_MAX };
	uint64_t bad_ctx[] = { 2, 3, UINT32_MAX };
	struct armcvm_hash_ctx hc;
	size_t i;

	(void)state;
	memset(&rim, 0x5C, sizeof(rim));
	keep = rim;
	memset(&c, 0, sizeof(c));

	/* Unsupported RmiHashAlgorithm (2 = SHA-384 is 2.0 only). */
	for (i = 0; i < ARRAY_SIZE(bad); i++) {
		p.hash_algo = bad[i];
		assert_int_equal(armcvm_rim_init(&rim, &p), -ARMCVM_ERR_INVAL);
	}
	/* A context not initialised for a supported algorithm, or none. */
	for (i = 0; i <= ARRAY_SIZE(bad_ctx); i++) {
		struct armcvm_hash_ctx *h = i < ARRAY_SIZE(bad_ctx) ?
					    hctx(&hc, bad_ctx[i]) : NULL;

		assert_int_equal(armcvm_rim_granule_digest(h, granule, &rim),
				 -ARMCVM_ERR_INVAL);
		assert_int_equal(armcvm_rim_extend_data(h, &rim, 0, 1, &c),
				 -ARMCVM_ERR_INVAL);
		assert_int_equal(armcvm_rim_extend_rec(h, &rim, 1, 0, gprs),
				 -ARMCVM_ERR_INVAL);
		assert_int_equal(armcvm_rim_extend_ripas(h, &rim, 0, 0x1000),
				 -ARMCVM_ERR_INVAL);
		assert_int_equal(armcvm_rem_extend_tfrmm(h, &rim, "x", 1),
				 -ARMCVM_ERR_INVAL);
		assert_rim_equal(&rim, &keep);
	}

	/* DATA: content presence must match flags.measure. */
	assert_int_equal(armcvm_rim_extend_data(hctx(&hc, 0), &rim, 0x1000, 1, NULL),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_rim_extend_data(hctx(&hc, 0), &rim, 0x1000, 0, &c),
			 -ARMCVM_ERR_INVAL);
	/* RmiDataFlags bits 63:1 SBZ. */
	assert_int_equal(armcvm_rim_extend_data(hctx(&hc, 0), &rim, 0x1000, 2, NULL),
			 -ARMCVM_ERR_RESERVED);
	assert_int_equal(armcvm_rim_extend_data(hctx(&hc, 1), &rim, 0x1000,
			 (1ULL << 63) | 1, &c), -ARMCVM_ERR_RESERVED);
	/* Granule-aligned IPA. */
	assert_int_equal(armcvm_rim_extend_data(hctx(&hc, 0), &rim, 0x1800, 0, NULL),
			 -ARMCVM_ERR_ALIGN);
	assert_int_equal(armcvm_rim_extend_data(hctx(&hc, 1), &rim, 0x1001, 1, &c),
			 -ARMCVM_ERR_ALIGN);
	assert_rim_equal(&rim, &keep);

	/* REC: RmiRecCreateFlags bits 63:1 SBZ, runnable or not. */
	assert_int_equal(armcvm_rim_extend_rec(hctx(&hc, 0), &rim, 2, 0, gprs),
			 -ARMCVM_ERR_RESERVED);
	assert_int_equal(armcvm_rim_extend_rec(hctx(&hc, 1), &rim, 3, 0, gprs),
			 -ARMCVM_ERR_RESERVED);
	assert_rim_equal(&rim, &keep);

	/* RIPAS: aligned, non-empty range. */
	assert_int_equal(armcvm_rim_extend_ripas(hctx(&hc, 0), &rim, 0x800, 0x2000),
			 -ARMCVM_ERR_ALIGN);
	assert_int_equal(armcvm_rim_extend_ripas(hctx(&hc, 0), &rim, 0x1000, 0x2001),
			 -ARMCVM_ERR_ALIGN);
	assert_int_equal(armcvm_rim_extend_ripas(hctx(&hc, 1), &rim, 0x2000, 0x2000),
			 -ARMCVM_ERR_RANGE);
	assert_int_equal(armcvm_rim_extend_ripas(hctx(&hc, 1), &rim, 0x3000, 0x2000),
			 -ARMCVM_ERR_RANGE);
	assert_rim_equal(&rim, &keep);

	/* REM: at most 64 value bytes. */
	assert_int_equal(armcvm_rem_extend_tfrmm(hctx(&hc, 0), &rim, granule, 65),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_rem_extend_tfrmm(hctx(&hc, 1), &rim, granule, 4096),
			 -ARMCVM_ERR_INVAL);
	assert_rim_equal(&rim, &keep);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_rim_init_published),
		cmocka_unit_test(test_rim_init_layout),
		cmocka_unit_test(test_data),
		cmocka_unit_test(test_rec),
		cmocka_unit_test(test_ripas),
		cmocka_unit_test(test_sha256_prefix_only),
		cmocka_unit_test(test_chain),
		cmocka_unit_test(test_granule_digests),
		cmocka_unit_test(test_rem_extend_tfrmm),
		cmocka_unit_test(test_errors),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
