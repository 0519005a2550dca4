/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
/*
 * RSI 1.0 wrappers (FIDs and registers from DEN0137 1.0-rel0 B5.3 as
 * tabulated in shared/reference/rmi.md 7, written as literals), the
 * attestation-token loop and the IPA-state-set loop.
 */
#include "rmi_cases.h"

static const struct armcvm_conduit nocall =
	ARMCVM_CONDUIT_INIT_CALLBACK(never_called, NULL);

static uint8_t bytes64[64];

static void fill_bytes(void)
{
	unsigned int i;

	for (i = 0; i < 64; i++) {
		bytes64[i] = (uint8_t)(i + 1);
	}
}

/* Little-endian packing of bytes 1..64, computed independently. */
static uint64_t le_word(unsigned int w)
{
	uint64_t v = 0;
	unsigned int b;

	for (b = 0; b < 8; b++) {
		v |= (uint64_t)(w * 8 + b + 1) << (8 * b);
	}
	return v;
}

static void c_version(const struct armcvm_conduit *c)
{
	struct armcvm_rsi_version_result r;

	assert_int_equal(armcvm_rsi_version(c, 0x10000, &r), 0);
	assert_uint_equal(r.status, 0);
	assert_uint_equal(r.lower, 0x10000);
	assert_uint_equal(r.higher, 0x10000);
}

static void c_features(const struct armcvm_conduit *c)
{
	struct armcvm_rsi_value_result r;

	assert_int_equal(armcvm_rsi_features(c, 0, &r), 0);
	assert_uint_equal(r.value, 0);
}

static void c_meas_read(const struct armcvm_conduit *c)
{
	struct armcvm_rsi_measurement r;

	assert_int_equal(armcvm_rsi_measurement_read(c, 4, &r), 0);
	assert_uint_equal(r.status, 0);
	assert_memory_equal(r.value, bytes64, 64);
}

static void c_meas_extend(const struct armcvm_conduit *c)
{
	struct armcvm_rsi_status st;

	assert_int_equal(armcvm_rsi_measurement_extend(c, 1, bytes64, 64, &st),
			 0);
	assert_uint_equal(st.status, 0);
}

static void c_meas_extend_short(const struct armcvm_conduit *c)
{
	struct armcvm_rsi_status st;

	assert_int_equal(armcvm_rsi_measurement_extend(c, 2, bytes64, 3, &st),
			 0);
}

static void c_token_init(const struct armcvm_conduit *c)
{
	struct armcvm_rsi_value_result r;

	assert_int_equal(armcvm_rsi_attestation_token_init(c, bytes64, &r), 0);
	assert_uint_equal(r.value, 0x1200);
}

static void c_token_continue(const struct armcvm_conduit *c)
{
	struct armcvm_rsi_value_result r;

	assert_int_equal(armcvm_rsi_attestation_token_continue(c, 0x81000000,
							       0x100, 0xF00,
							       &r), 0);
	assert_uint_equal(r.status, ARMCVM_RSI_INCOMPLETE);
	assert_uint_equal(r.value, 0xF00);
}

static void c_realm_config(const struct armcvm_conduit *c)
{
	struct armcvm_rsi_status st;

	assert_int_equal(armcvm_rsi_realm_config(c, 0x82000000, &st), 0);
}

static void c_state_set(const struct armcvm_conduit *c)
{
	struct armcvm_rsi_ipa_state_set_result r;

	assert_int_equal(armcvm_rsi_ipa_state_set(c, 0x40000000, 0x40200000,
						  ARMCVM_RSI_RAM,
						  ARMCVM_RSI_CHANGE_DESTROYED,
						  &r), 0);
	assert_uint_equal(r.new_base, 0x40100000);
	assert_uint_equal(r.response, ARMCVM_RSI_ACCEPT);
}

static void c_state_get(const struct armcvm_conduit *c)
{
	struct armcvm_rsi_ipa_state_get_result r;

	assert_int_equal(armcvm_rsi_ipa_state_get(c, 0x40000000, 0x40200000,
						  &r), 0);
	assert_uint_equal(r.out_top, 0x40200000);
	assert_uint_equal(r.ripas, ARMCVM_RSI_DESTROYED);
}

static void c_host_call(const struct armcvm_conduit *c)
{
	struct armcvm_rsi_status st;

	assert_int_equal(armcvm_rsi_host_call(c, 0x83000100, &st), 0);
}

static struct wrap_case rsi_cases[] = {
	{ "VERSION", 0xC4000190, 1, { 0x10000 }, 3, { 0, 0x10000, 0x10000 },
	  c_version },
	{ "FEATURES", 0xC4000191, 1, { 0 }, 2, { 0, 0 }, c_features },
	{ "MEASUREMENT_READ", 0xC4000192, 1, { 4 }, 9, { 0 }, c_meas_read },
	{ "MEASUREMENT_EXTEND", 0xC4000193, 10, { 1, 64 }, 1, { 0 },
	  c_meas_extend },
	{ "MEASUREMENT_EXTEND 3 bytes", 0xC4000193, 10,
	  { 2, 3, 0x030201 }, 1, { 0 }, c_meas_extend_short },
	{ "ATTESTATION_TOKEN_INIT", 0xC4000194, 8, { 0 }, 2, { 0, 0x1200 },
	  c_token_init },
	{ "ATTESTATION_TOKEN_CONTINUE", 0xC4000195, 3,
	  { 0x81000000, 0x100, 0xF00 }, 2, { 3, 0xF00 }, c_token_continue },
	{ "REALM_CONFIG", 0xC4000196, 1, { 0x82000000 }, 1, { 0 },
	  c_realm_config },
	{ "IPA_STATE_SET", 0xC4000197, 4, { 0x40000000, 0x40200000, 1, 1 }, 3,
	  { 0, 0x40100000, 0 }, c_state_set },
	{ "IPA_STATE_GET", 0xC4000198, 2, { 0x40000000, 0x40200000 }, 3,
	  { 0, 0x40200000, 2 }, c_state_get },
	{ "HOST_CALL", 0xC4000199, 1, { 0x83000100 }, 1, { 0 }, c_host_call },
};

static void test_every_command(void **state)
{
	unsigned int i;

	(void)state;
	fill_bytes();
	for (i = 0; i < 8; i++) {
		rsi_cases[2].res[i + 1] = le_word(i);
		rsi_cases[3].args[i + 2] = le_word(i);
		rsi_cases[5].args[i] = le_word(i);
	}
	run_cases(rsi_cases, ARRAY_SIZE(rsi_cases));
}

static void test_bad_input(void **state)
{
	struct armcvm_rsi_status st;
	struct armcvm_rsi_measurement m;
	struct armcvm_rsi_value_result v;
	struct armcvm_rsi_ipa_state_set_result s;
	struct armcvm_rsi_ipa_state_get_result g;
	struct armcvm_rsi_version_result ver;

	(void)state;
	assert_int_equal(armcvm_rsi_version(&nocall, 1ULL << 40, &ver),
			 -ARMCVM_ERR_RESERVED);
	assert_int_equal(armcvm_rsi_measurement_read(&nocall, 5, &m),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_rsi_measurement_extend(&nocall, 0, bytes64, 8,
						       &st),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_rsi_measurement_extend(&nocall, 5, bytes64, 8,
						       &st),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_rsi_measurement_extend(&nocall, 1, bytes64, 65,
						       &st),
			 -ARMCVM_ERR_RANGE);
	assert_int_equal(armcvm_rsi_measurement_extend(&nocall, 1, NULL, 1,
						       &st),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_rsi_attestation_token_init(&nocall, NULL, &v),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_rsi_attestation_token_continue(&nocall, 0x1008,
							       0, 8, &v),
			 -ARMCVM_ERR_ALIGN);
	assert_int_equal(armcvm_rsi_attestation_token_continue(&nocall, 0x1000,
							       0x800, 0x801,
							       &v),
			 -ARMCVM_ERR_RANGE);
	assert_int_equal(armcvm_rsi_realm_config(&nocall, 0x1800, &st),
			 -ARMCVM_ERR_ALIGN);
	assert_int_equal(armcvm_rsi_ipa_state_set(&nocall, 0x1000, 0x1000, 1,
						  0, &s), -ARMCVM_ERR_RANGE);
	assert_int_equal(armcvm_rsi_ipa_state_set(&nocall, 0x1000, 0x2000, 2,
						  0, &s), -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_rsi_ipa_state_set(&nocall, 0x1000, 0x2000, 1,
						  2, &s), -ARMCVM_ERR_RESERVED);
	assert_int_equal(armcvm_rsi_ipa_state_set(&nocall, 0x1001, 0x2000, 1,
						  0, &s), -ARMCVM_ERR_ALIGN);
	assert_int_equal(armcvm_rsi_ipa_state_get(&nocall, 0x2000, 0x1000, &g),
			 -ARMCVM_ERR_RANGE);
	assert_int_equal(armcvm_rsi_host_call(&nocall, 0x1080, &st),
			 -ARMCVM_ERR_ALIGN);
}

static void test_status_str(void **state)
{
	(void)state;
	assert_string_equal(armcvm_rsi_status_str(0), "RSI_SUCCESS");
	assert_string_equal(armcvm_rsi_status_str(3), "RSI_INCOMPLETE");
	assert_string_equal(armcvm_rsi_status_str(4), "RSI_ERROR_UNKNOWN");
	assert_string_equal(armcvm_rsi_status_str(6), "<unknown RSI status>");
}

/* ---- NULL pointers and limits of the three layers ---- */

static void test_null_and_limits(void **state)
{
	struct armcvm_smccc_regs r = { { 0 } };
	struct armcvm_rsi_value_result v;
	struct armcvm_rsi_status st;

	(void)state;
	fill_bytes();
	/* Encode: @in NULL. */
	assert_int_equal(armcvm_rsi_version_encode(NULL, 0x10000),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_rsi_features_encode(NULL, 0),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_rsi_measurement_read_encode(NULL, 0),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_rsi_measurement_extend_encode(NULL, 1, bytes64,
							      8),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_rsi_attestation_token_init_encode(NULL,
								  bytes64),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_rsi_attestation_token_continue_encode(NULL,
					0x1000, 0, 0x1000),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_rsi_realm_config_encode(NULL, 0x1000),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_rsi_ipa_state_set_encode(NULL, 0x1000, 0x2000,
							 1, 0),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_rsi_ipa_state_get_encode(NULL, 0x1000,
							 0x2000),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_rsi_host_call_encode(NULL, 0x1000),
			 -ARMCVM_ERR_INVAL);
	/* Decode: registers or result NULL. */
	assert_int_equal(armcvm_rsi_version_decode(&r, NULL),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_rsi_features_decode(NULL, &v),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_rsi_measurement_read_decode(&r, NULL),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_rsi_measurement_extend_decode(&r, NULL),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_rsi_attestation_token_init_decode(&r, NULL),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_rsi_attestation_token_continue_decode(NULL,
								      &v),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_rsi_realm_config_decode(NULL, &st),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_rsi_ipa_state_set_decode(&r, NULL),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_rsi_ipa_state_get_decode(&r, NULL),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_rsi_host_call_decode(&r, NULL),
			 -ARMCVM_ERR_INVAL);
	/* Wrappers: NULL result, nothing issued. */
	assert_int_equal(armcvm_rsi_version(&nocall, 0x10000, NULL),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_rsi_features(&nocall, 0, NULL),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_rsi_measurement_read(&nocall, 0, NULL),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_rsi_measurement_extend(&nocall, 1, bytes64, 8,
						       NULL),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_rsi_attestation_token_init(&nocall, bytes64,
							   NULL),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_rsi_attestation_token_continue(&nocall, 0x1000,
							       0, 8, NULL),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_rsi_realm_config(&nocall, 0x1000, NULL),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_rsi_ipa_state_set(&nocall, 0x1000, 0x2000, 1,
						  0, NULL),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_rsi_ipa_state_get(&nocall, 0x1000, 0x2000,
						  NULL),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_rsi_host_call(&nocall, 0x1000, NULL),
			 -ARMCVM_ERR_INVAL);

	/* Limits: value size 0 (NULL allowed) and 64 fine, 65 refused. */
	assert_int_equal(armcvm_rsi_measurement_extend_encode(&r, 4, NULL, 0),
			 0);
	assert_uint_equal(r.x[2], 0);
	assert_int_equal(armcvm_rsi_measurement_extend_encode(&r, 1, bytes64,
							      64), 0);
	assert_uint_equal(r.x[10], le_word(7));
	/* CONTINUE: offset 4096 with size 0 fits; offset 4097 does not. */
	assert_int_equal(armcvm_rsi_attestation_token_continue_encode(&r,
					0x1000, 0x1000, 0), 0);
	assert_int_equal(armcvm_rsi_attestation_token_continue_encode(&r,
					0x1000, 0x1001, 0),
			 -ARMCVM_ERR_RANGE);
	/* A size that would wrap offset + size is refused, not wrapped. */
	assert_int_equal(armcvm_rsi_attestation_token_continue_encode(&r,
					0x1000, 0x10, UINT64_MAX),
			 -ARMCVM_ERR_RANGE);
	/* HOST_CALL: 256-byte aligned. */
	assert_int_equal(armcvm_rsi_host_call_encode(&r, 0x1100), 0);
}

/* Malformed successful replies the decoders refuse. */
static void test_decode_malformed(void **state)
{
	struct armcvm_smccc_regs r;
	struct armcvm_rsi_version_result ver;
	struct armcvm_rsi_ipa_state_get_result g;
	struct armcvm_rsi_ipa_state_set_result s;

	(void)state;
	memset(&r, 0, sizeof(r));
	/* RSI_VERSION: MBZ bits 63:31 of lower / higher, lower > higher. */
	r.x[1] = 0x10000;
	r.x[2] = 0x80010000ULL;
	assert_int_equal(armcvm_rsi_version_decode(&r, &ver),
			 -ARMCVM_ERR_PROTOCOL);
	r.x[1] = 0x10001;
	r.x[2] = 0x10000;
	assert_int_equal(armcvm_rsi_version_decode(&r, &ver),
			 -ARMCVM_ERR_PROTOCOL);
	/* IPA_STATE_GET: RsiRipas 0..2 only (EMPTY, RAM, DESTROYED). */
	r.x[1] = 0x2000;
	r.x[2] = 2;
	assert_int_equal(armcvm_rsi_ipa_state_get_decode(&r, &g), 0);
	r.x[2] = 3;
	assert_int_equal(armcvm_rsi_ipa_state_get_decode(&r, &g),
			 -ARMCVM_ERR_PROTOCOL);
	/* ... but not checked under an error status. */
	r.x[0] = ARMCVM_RSI_ERROR_INPUT;
	assert_int_equal(armcvm_rsi_ipa_state_get_decode(&r, &g), 0);
	assert_int_equal(armcvm_rsi_ipa_state_set_decode(&r, &s), 0);
	/* IPA_STATE_SET: response ACCEPT 0 / REJECT 1 only. */
	r.x[0] = 0;
	assert_int_equal(armcvm_rsi_ipa_state_set_decode(&r, &s),
			 -ARMCVM_ERR_PROTOCOL);
	/* SMC_UNKNOWN: no RMM. */
	r.x[0] = ~0ULL;
	assert_int_equal(armcvm_rsi_ipa_state_set_decode(&r, &s),
			 -ARMCVM_ERR_NOTSUPP);
	assert_int_equal(armcvm_rsi_version_decode(&r, &ver),
			 -ARMCVM_ERR_NOTSUPP);
}

/* ---- attestation token loop ---- */

static void expect(struct mock_conduit_state *m, uint64_t fid,
		   unsigned int nargs, const uint64_t *args, unsigned int nres,
		   const uint64_t *res)
{
	mock_conduit_reply(mock_conduit_expect(m, fid, nargs, args), nres, res);
}

static void expect_init(struct mock_conduit_state *m, uint64_t max)
{
	uint64_t args[8];
	const uint64_t res[] = { 0, max };
	unsigned int i;

	for (i = 0; i < 8; i++) {
		args[i] = le_word(i);
	}
	expect(m, 0xC4000194, 8, args, 2, res);
}

static void expect_cont(struct mock_conduit_state *m, uint64_t gran,
			uint64_t off, uint64_t size, uint64_t status,
			uint64_t len)
{
	const uint64_t args[] = { gran, off, size };
	const uint64_t res[] = { status, len };

	expect(m, 0xC4000195, 3, args, 2, res);
}

static void test_token_spanning_granules(void **state)
{
	struct mock_conduit_state m;
	const struct armcvm_conduit c =
		ARMCVM_CONDUIT_INIT_CALLBACK(mock_conduit_call, &m);
	struct armcvm_rsi_token_result r;

	(void)state;
	fill_bytes();
	mock_conduit_reset(&m);
	/* Buffer at 0x10000F00, 0x2000 bytes: 0x100 + 0x1000 + 0xF00. */
	expect_init(&m, 0x1800);
	expect_cont(&m, 0x10000000, 0xF00, 0x100, 3, 0x100);
	expect_cont(&m, 0x10001000, 0, 0x1000, 3, 0);	/* signing, idle */
	expect_cont(&m, 0x10001000, 0, 0x1000, 3, 0x1000);
	expect_cont(&m, 0x10002000, 0, 0xF00, 0, 0x234);
	assert_int_equal(armcvm_rsi_attestation_token(&c, bytes64, 0x10000F00,
						      0x2000, &r), 0);
	assert_uint_equal(r.status, 0);
	assert_uint_equal(r.max_size, 0x1800);
	assert_uint_equal(r.written, 0x1334);
	mock_conduit_assert_done(&m);
}

static void test_token_buffer_too_small(void **state)
{
	struct mock_conduit_state m;
	const struct armcvm_conduit c =
		ARMCVM_CONDUIT_INIT_CALLBACK(mock_conduit_call, &m);
	struct armcvm_rsi_token_result r;

	(void)state;
	mock_conduit_reset(&m);
	expect_init(&m, 0x1000);
	expect_cont(&m, 0x20000000, 0, 0x200, 3, 0x200);
	assert_int_equal(armcvm_rsi_attestation_token(&c, bytes64, 0x20000000,
						      0x200, &r),
			 -ARMCVM_ERR_NOSPACE);
	assert_uint_equal(r.written, 0x200);
	assert_uint_equal(r.max_size, 0x1000);
	assert_uint_equal(r.status, ARMCVM_RSI_INCOMPLETE);
	mock_conduit_assert_done(&m);
}

static void test_token_errors(void **state)
{
	struct mock_conduit_state m;
	const struct armcvm_conduit c =
		ARMCVM_CONDUIT_INIT_CALLBACK(mock_conduit_call, &m);
	struct armcvm_rsi_token_result r;
	const uint64_t fail_init[] = { ARMCVM_RSI_ERROR_STATE, 0 };
	uint64_t args[8];
	unsigned int i;

	(void)state;
	for (i = 0; i < 8; i++) {
		args[i] = le_word(i);
	}
	mock_conduit_reset(&m);
	/* INIT fails: reported in res, no CONTINUE. */
	expect(&m, 0xC4000194, 8, args, 2, fail_init);
	assert_int_equal(armcvm_rsi_attestation_token(&c, bytes64, 0x1000,
						      0x1000, &r), 0);
	assert_uint_equal(r.status, ARMCVM_RSI_ERROR_STATE);
	/* CONTINUE claims to write more than offered. */
	expect_init(&m, 0x100);
	expect_cont(&m, 0x1000, 0, 0x100, 0, 0x101);
	assert_int_equal(armcvm_rsi_attestation_token(&c, bytes64, 0x1000,
						      0x100, &r),
			 -ARMCVM_ERR_PROTOCOL);
	/* CONTINUE returns an error status. */
	expect_init(&m, 0x100);
	expect_cont(&m, 0x1000, 0, 0x100, ARMCVM_RSI_ERROR_INPUT, 0);
	assert_int_equal(armcvm_rsi_attestation_token(&c, bytes64, 0x1000,
						      0x100, &r), 0);
	assert_uint_equal(r.status, ARMCVM_RSI_ERROR_INPUT);
	mock_conduit_assert_done(&m);
	/* Buffer that wraps the address space. */
	assert_int_equal(armcvm_rsi_attestation_token(&nocall, bytes64,
						      ~0ULL - 10, 100, &r),
			 -ARMCVM_ERR_RANGE);
	assert_int_equal(armcvm_rsi_attestation_token(&nocall, NULL, 0x1000,
						      0x100, &r),
			 -ARMCVM_ERR_INVAL);
}

/* An RMM that never makes progress: the loop must stop by itself. */
static void stuck_rmm(void *ctx, const struct armcvm_smccc_regs *in,
		      struct armcvm_smccc_regs *out)
{
	unsigned int *calls = ctx;

	(*calls)++;
	out->x[0] = in->x[0] == 0xC4000194 ? 0 : ARMCVM_RSI_INCOMPLETE;
	out->x[1] = in->x[0] == 0xC4000194 ? 0x100 : 0;
}

static void test_token_no_progress(void **state)
{
	unsigned int calls = 0;
	const struct armcvm_conduit c =
		ARMCVM_CONDUIT_INIT_CALLBACK(stuck_rmm, &calls);
	struct armcvm_rsi_token_result r;

	(void)state;
	assert_int_equal(armcvm_rsi_attestation_token(&c, bytes64, 0x1000,
						      0x100, &r),
			 -ARMCVM_ERR_PROTOCOL);
	assert_uint_equal(calls, 1 + ARMCVM_RSI_TOKEN_MAX_IDLE);
}

/* ---- IPA state set loop ---- */

static void expect_set(struct mock_conduit_state *m, uint64_t base,
		       uint64_t top, uint64_t status, uint64_t new_base,
		       uint64_t response)
{
	const uint64_t args[] = { base, top, 1, 0 };
	const uint64_t res[] = { status, new_base, response };

	expect(m, 0xC4000197, 4, args, 3, res);
}

static void test_state_set_range(void **state)
{
	struct mock_conduit_state m;
	const struct armcvm_conduit c =
		ARMCVM_CONDUIT_INIT_CALLBACK(mock_conduit_call, &m);
	struct armcvm_rsi_range_result r;

	(void)state;
	mock_conduit_reset(&m);
	expect_set(&m, 0x40000000, 0x40400000, 0, 0x40200000, 0);
	expect_set(&m, 0x40200000, 0x40400000, 0, 0x40400000, 0);
	assert_int_equal(armcvm_rsi_ipa_state_set_range(&c, 0x40000000,
							0x40400000, 1, 0, &r),
			 0);
	assert_uint_equal(r.new_base, 0x40400000);
	assert_false(r.rejected);
	assert_uint_equal(r.calls, 2);
	/* Host rejects after partial progress. */
	expect_set(&m, 0x40000000, 0x40400000, 0, 0x40100000, 0);
	expect_set(&m, 0x40100000, 0x40400000, 0, 0x40100000, 1);
	assert_int_equal(armcvm_rsi_ipa_state_set_range(&c, 0x40000000,
							0x40400000, 1, 0, &r),
			 0);
	assert_true(r.rejected);
	assert_uint_equal(r.new_base, 0x40100000);
	/* No progress, and a new_base past top: errors, no endless loop. */
	expect_set(&m, 0x40000000, 0x40400000, 0, 0x40000000, 0);
	assert_int_equal(armcvm_rsi_ipa_state_set_range(&c, 0x40000000,
							0x40400000, 1, 0, &r),
			 -ARMCVM_ERR_PROTOCOL);
	expect_set(&m, 0x40000000, 0x40400000, 0, 0x40500000, 0);
	assert_int_equal(armcvm_rsi_ipa_state_set_range(&c, 0x40000000,
							0x40400000, 1, 0, &r),
			 -ARMCVM_ERR_PROTOCOL);
	/* RSI error status stops the loop. */
	expect_set(&m, 0x40000000, 0x40400000, ARMCVM_RSI_ERROR_INPUT, 0, 0);
	assert_int_equal(armcvm_rsi_ipa_state_set_range(&c, 0x40000000,
							0x40400000, 1, 0, &r),
			 0);
	assert_uint_equal(r.status, ARMCVM_RSI_ERROR_INPUT);
	/* A malformed response value. */
	expect_set(&m, 0x40000000, 0x40400000, 0, 0x40400000, 2);
	assert_int_equal(armcvm_rsi_ipa_state_set_range(&c, 0x40000000,
							0x40400000, 1, 0, &r),
			 -ARMCVM_ERR_PROTOCOL);
	mock_conduit_assert_done(&m);
	assert_int_equal(armcvm_rsi_ipa_state_set_range(&nocall, 0x2000,
							0x1000, 1, 0, &r),
			 -ARMCVM_ERR_RANGE);
}

static void test_no_rmm(void **state)
{
	const struct armcvm_conduit none = { ARMCVM_CONDUIT_NONE, NULL, NULL };
	struct armcvm_rsi_version_result v;

	(void)state;
	assert_int_equal(armcvm_rsi_version(&none, 0x10000, &v),
			 -ARMCVM_ERR_NOTSUPP);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_every_command),
		cmocka_unit_test(test_bad_input),
		cmocka_unit_test(test_status_str),
		cmocka_unit_test(test_null_and_limits),
		cmocka_unit_test(test_decode_malformed),
		cmocka_unit_test(test_token_spanning_granules),
		cmocka_unit_test(test_token_buffer_too_small),
		cmocka_unit_test(test_token_errors),
		cmocka_unit_test(test_token_no_progress),
		cmocka_unit_test(test_state_set_range),
		cmocka_unit_test(test_no_rmm),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
