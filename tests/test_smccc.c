/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
/*
 * SMCCC function-identifier encoding and decoding, return-code names,
 * library error strings.
 */
#include <string.h>

#include "armcvm_test.h"

/* Values from Linux include/linux/arm-smccc.h and pkvm.md 1.1 / 3.1. */
static void test_fid_compose(void **state)
{
	(void)state;
	assert_uint_equal(ARMCVM_SMC64_STD_FID(0x150), 0xC4000150U);
	assert_uint_equal(ARMCVM_SMC64_VENDOR_HYP_FID(0), 0xC6000000U);
	assert_uint_equal(ARMCVM_SMC32_VENDOR_HYP_FID(0), 0x86000000U);
	assert_uint_equal(ARMCVM_SMC32_VENDOR_HYP_FID(0xFF01), 0x8600FF01U);
	/* PSCI CPU_ON SMC64 is 0xC4000003 (rmi.md 7). */
	assert_uint_equal(ARMCVM_SMC64_STD_FID(3), 0xC4000003U);
	/* Owner and number are masked to their fields. */
	assert_uint_equal(ARMCVM_SMCCC_CALL_VAL(1U, 1U, 0x46U, 0x1FFFFU),
			  0xC600FFFFU);
}

/* PSCI IDs and codes: Linux include/uapi/linux/psci.h (PSCI_0_2_FN*,
 * PSCI_RET_*, PSCI_0_2_AFFINITY_LEVEL_*), DEN0022 5. */
static void test_psci_ids(void **state)
{
	(void)state;
	assert_uint_equal(ARMCVM_PSCI_VERSION_FID, 0x84000000U);
	assert_uint_equal(ARMCVM_PSCI_CPU_OFF_FID, 0x84000002U);
	assert_uint_equal(ARMCVM_PSCI_SYSTEM_OFF_FID, 0x84000008U);
	assert_uint_equal(ARMCVM_PSCI_SYSTEM_RESET_FID, 0x84000009U);
	assert_uint_equal(ARMCVM_PSCI_CPU_ON_FID, 0xC4000003U);
	assert_uint_equal(ARMCVM_PSCI_AFFINITY_INFO_FID, 0xC4000004U);
	assert_uint_equal(ARMCVM_PSCI_CPU_SUSPEND32_FID, 0x84000001U);
	assert_uint_equal(ARMCVM_PSCI_CPU_SUSPEND_FID, 0xC4000001U);
	assert_uint_equal(ARMCVM_PSCI_CPU_ON32_FID, 0x84000003U);
	assert_uint_equal(ARMCVM_PSCI_AFFINITY_INFO32_FID, 0x84000004U);
	assert_uint_equal(ARMCVM_PSCI_FEATURES_FID, 0x8400000AU);
	assert_int_equal(ARMCVM_PSCI_SUCCESS, 0);
	assert_int_equal(ARMCVM_PSCI_NOT_SUPPORTED, -1);
	assert_int_equal(ARMCVM_PSCI_INVALID_PARAMETERS, -2);
	assert_int_equal(ARMCVM_PSCI_DENIED, -3);
	assert_int_equal(ARMCVM_PSCI_ALREADY_ON, -4);
	assert_int_equal(ARMCVM_PSCI_INVALID_ADDRESS, -9);
	assert_int_equal(ARMCVM_PSCI_AFFINITY_ON, 0);
	assert_int_equal(ARMCVM_PSCI_AFFINITY_OFF, 1);
	assert_uint_equal(ARMCVM_PSCI_VERSION_1_1, 0x10001U);
}

static void test_fid_fields(void **state)
{
	(void)state;
	assert_true(armcvm_smccc_is_fast(0xC4000158U));
	assert_false(armcvm_smccc_is_fast(0x44000158U));
	assert_true(armcvm_smccc_is_64(0xC4000158U));
	assert_false(armcvm_smccc_is_64(0x84000000U));
	assert_uint_equal(armcvm_smccc_owner(0xC4000158U), 4);
	assert_uint_equal(armcvm_smccc_owner(0xC6000002U), 6);
	assert_uint_equal(armcvm_smccc_owner(0xF2000000U), 50);
	assert_uint_equal(armcvm_smccc_func_num(0xC4000158U), 0x158);
	assert_true(armcvm_smccc_has_sve_hint(0xC4010158U));
	assert_false(armcvm_smccc_has_sve_hint(0xC4000158U));
}

static void test_fid_decode(void **state)
{
	struct armcvm_smccc_fid f;

	(void)state;
	assert_int_equal(armcvm_smccc_fid_decode(0xC4010161U, &f), 0);
	assert_true(f.fast);
	assert_true(f.smc64);
	assert_int_equal(f.owner, 4);
	assert_true(f.sve_hint);
	assert_int_equal(f.func_num, 0x161);

	assert_int_equal(armcvm_smccc_fid_decode(0x0600FF01U, &f), 0);
	assert_false(f.fast);
	assert_false(f.smc64);
	assert_int_equal(f.func_num, 0xFF01);

	/* Upper 32 bits set: not a function identifier. */
	memset(&f, 0xA5, sizeof(f));
	assert_int_equal(armcvm_smccc_fid_decode(0x1C4000158ULL, &f),
			 -ARMCVM_ERR_RESERVED);
	assert_int_equal(f.func_num, 0xA5A5);
	/* Fast call with MBZ bits 23:17 set. */
	assert_int_equal(armcvm_smccc_fid_decode(0xC4020158U, &f),
			 -ARMCVM_ERR_RESERVED);
	assert_int_equal(armcvm_smccc_fid_decode(0xC4800158U, &f),
			 -ARMCVM_ERR_RESERVED);
	/* Yielding calls may use bits 23:16. */
	assert_int_equal(armcvm_smccc_fid_decode(0x04FF0001U, &f), 0);
}

static void test_ret_names(void **state)
{
	(void)state;
	assert_string_equal(armcvm_smccc_ret_name(0), "SUCCESS");
	assert_string_equal(armcvm_smccc_ret_name(0xFFFFFFFFFFFFFFFFULL),
			    "NOT_SUPPORTED");
	assert_string_equal(armcvm_smccc_ret_name(0xFFFFFFFFFFFFFFFEULL),
			    "NOT_REQUIRED");
	assert_string_equal(armcvm_smccc_ret_name(0xFFFFFFFFFFFFFFFDULL),
			    "INVALID_PARAMETER");
	assert_string_equal(armcvm_smccc_ret_name(0xFFFFFFFFULL),
			    "<not a standard SMCCC return code>");
	assert_string_equal(armcvm_smccc_ret_name(7),
			    "<not a standard SMCCC return code>");
}

static void test_strerror(void **state)
{
	int e;

	(void)state;
	assert_string_equal(armcvm_strerror(0), "<no error>");
	assert_string_equal(armcvm_strerror(42), "<valid value>");
	assert_string_equal(armcvm_strerror(-ARMCVM_ERR_MAX - 1),
			    "<unknown error>");
	assert_string_equal(armcvm_strerror(-2147483647 - 1),
			    "<unknown error>");
	assert_string_equal(armcvm_strerror(-ARMCVM_ERR_INVAL),
			    "ARMCVM_ERR_INVAL: invalid argument");
	for (e = 1; e <= ARMCVM_ERR_MAX; e++) {
		const char *s = armcvm_strerror(-e);

		assert_non_null(s);
		assert_memory_equal(s, "ARMCVM_ERR_", 11);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_fid_compose),
		cmocka_unit_test(test_psci_ids),
		cmocka_unit_test(test_fid_fields),
		cmocka_unit_test(test_fid_decode),
		cmocka_unit_test(test_ret_names),
		cmocka_unit_test(test_strerror),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
