/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
/*
 * REC exit classification and REC entry preparation. ESR values are
 * composed here from the Arm ARM ESR_EL2 data-abort ISS layout (EC 31:26,
 * IL 25, ISV 24, SAS 23:22, SSE 21, SRT 20:16, SF 15, AR 14, WnR 6,
 * DFSC 5:0); exit reasons from DEN0137 1.0-rel0 B4.4.17.
 */
#include <string.h>

#include "armcvm_test.h"

#define S2SZ	40	/* unprotected IPAs start at 2^39 */
#define UNPROT	0x8000000000ULL

static uint64_t dabt_esr(unsigned int isv, unsigned int sas, unsigned int sse,
			 unsigned int srt, unsigned int sf, unsigned int wnr)
{
	return (0x24ULL << 26) | (1ULL << 25) | ((uint64_t)isv << 24) |
	       ((uint64_t)sas << 22) | ((uint64_t)sse << 21) |
	       ((uint64_t)srt << 16) | ((uint64_t)sf << 15) |
	       ((uint64_t)wnr << 6) | 0x07ULL; /* DFSC translation L3 */
}

static void mmio_exit(struct armcvm_rmi_rec_exit *e, uint64_t ipa,
		      uint64_t esr)
{
	memset(e, 0, sizeof(*e));
	e->exit_reason = ARMCVM_RMI_EXIT_SYNC;
	e->esr = esr;
	e->hpfar = (ipa >> 12) << 4;
	e->far = ipa & 0xFFF;
}

static void test_esr_fields(void **state)
{
	struct armcvm_esr_dabt d;

	(void)state;
	armcvm_esr_dabt_decode(dabt_esr(1, 2, 1, 17, 0, 1) | (1ULL << 14) |
			       (1ULL << 10) | (1ULL << 9) | (1ULL << 7), &d);
	assert_uint_equal(d.ec, 0x24);
	assert_true(d.isv);
	assert_uint_equal(d.sas, 2);
	assert_true(d.sse);
	assert_uint_equal(d.srt, 17);
	assert_false(d.sf);
	assert_true(d.ar);
	assert_true(d.fnv);
	assert_true(d.ea);
	assert_true(d.s1ptw);
	assert_true(d.wnr);
	assert_uint_equal(d.dfsc, 7);
}

static void test_mmio_write(void **state)
{
	struct armcvm_rmi_rec_run run;
	struct armcvm_rmi_exit_info info;

	(void)state;
	memset(&run, 0, sizeof(run));
	/* 16-bit store of W3 to UNPROT + 0x1234. */
	mmio_exit(&run.exit, UNPROT + 0x1234, dabt_esr(1, 1, 0, 3, 0, 1));
	run.exit.gprs[0] = 0xAAAABBBBCCCCDDDDULL;
	assert_int_equal(armcvm_rmi_exit_decode(&run.exit, S2SZ, &info), 0);
	assert_true(info.is_dabt);
	assert_true(info.mmio);
	assert_false(info.protected_ipa);
	assert_uint_equal(info.ipa, UNPROT + 0x1234);
	assert_uint_equal(info.access_size, 2);
	assert_uint_equal(info.write_value, 0xDDDD);
	assert_int_equal(armcvm_rmi_enter_mmio_write(&run.enter, &info), 0);
	assert_uint_equal(run.enter.flags, ARMCVM_RMI_REC_ENTER_EMUL_MMIO);
	/* A store cannot be completed as a load. */
	assert_int_equal(armcvm_rmi_enter_mmio_read(&run.enter, &info, 1),
			 -ARMCVM_ERR_STATE);
}

static void test_mmio_read(void **state)
{
	struct armcvm_rmi_rec_run run;
	struct armcvm_rmi_exit_info info;

	(void)state;
	memset(&run, 0, sizeof(run));
	run.enter.flags = ARMCVM_RMI_REC_ENTER_INJECT_SEA;
	mmio_exit(&run.exit, UNPROT + 0x10, dabt_esr(1, 0, 1, 5, 1, 0));
	assert_int_equal(armcvm_rmi_exit_decode(&run.exit, S2SZ, &info), 0);
	assert_true(info.mmio);
	assert_false(info.dabt.wnr);
	assert_uint_equal(info.access_size, 1);
	assert_int_equal(armcvm_rmi_enter_mmio_read(&run.enter, &info,
						    0x1234567890ABCDF0ULL), 0);
	/* The value goes to enter.gprs[0], masked; the RMM writes Xt. */
	assert_uint_equal(run.enter.gprs[0], 0xF0);
	assert_uint_equal(run.enter.gprs[5], 0);
	assert_uint_equal(run.enter.flags, ARMCVM_RMI_REC_ENTER_EMUL_MMIO);
	assert_int_equal(armcvm_rmi_enter_mmio_write(&run.enter, &info),
			 -ARMCVM_ERR_STATE);
}

static void test_load_value_extension(void **state)
{
	struct armcvm_esr_dabt d;

	(void)state;
	/* LDRSB X: 0xF0 -> 0xFFFFFFFFFFFFFFF0 */
	armcvm_esr_dabt_decode(dabt_esr(1, 0, 1, 1, 1, 0), &d);
	assert_uint_equal(armcvm_rmi_mmio_load_value(&d, 0x12F0),
			  0xFFFFFFFFFFFFFFF0ULL);
	/* LDRSH W: 0x8001 -> 0xFFFF8001 (upper half zero) */
	armcvm_esr_dabt_decode(dabt_esr(1, 1, 1, 1, 0, 0), &d);
	assert_uint_equal(armcvm_rmi_mmio_load_value(&d, 0x8001),
			  0xFFFF8001ULL);
	/* LDRSW X: 0x7FFFFFFF stays positive */
	armcvm_esr_dabt_decode(dabt_esr(1, 2, 1, 1, 1, 0), &d);
	assert_uint_equal(armcvm_rmi_mmio_load_value(&d, 0x17FFFFFFFULL),
			  0x7FFFFFFFULL);
	/* LDR W zero-extends */
	armcvm_esr_dabt_decode(dabt_esr(1, 2, 0, 1, 0, 0), &d);
	assert_uint_equal(armcvm_rmi_mmio_load_value(&d, 0xFFFFFFFF80000000ULL),
			  0x80000000ULL);
	/* LDR X keeps all 64 bits */
	armcvm_esr_dabt_decode(dabt_esr(1, 3, 0, 1, 1, 0), &d);
	assert_uint_equal(armcvm_rmi_mmio_load_value(&d, ~0ULL), ~0ULL);
}

static void test_not_emulatable(void **state)
{
	struct armcvm_rmi_rec_run run;
	struct armcvm_rmi_exit_info info;

	(void)state;
	memset(&run, 0, sizeof(run));
	/* ISV clear at an unprotected IPA: not MMIO, SEA may be injected. */
	mmio_exit(&run.exit, UNPROT, dabt_esr(0, 0, 0, 0, 0, 0));
	assert_int_equal(armcvm_rmi_exit_decode(&run.exit, S2SZ, &info), 0);
	assert_true(info.is_dabt);
	assert_false(info.mmio);
	assert_int_equal(armcvm_rmi_enter_mmio_read(&run.enter, &info, 0),
			 -ARMCVM_ERR_STATE);
	run.enter.flags = ARMCVM_RMI_REC_ENTER_EMUL_MMIO;
	assert_int_equal(armcvm_rmi_enter_inject_sea(&run.enter, &info), 0);
	assert_uint_equal(run.enter.flags, ARMCVM_RMI_REC_ENTER_INJECT_SEA);
	/* ISV set at a protected IPA (RIPAS RAM, unassigned): not MMIO. */
	mmio_exit(&run.exit, 0x40000000, dabt_esr(1, 3, 0, 0, 1, 0));
	assert_int_equal(armcvm_rmi_exit_decode(&run.exit, S2SZ, &info), 0);
	assert_true(info.protected_ipa);
	assert_false(info.mmio);
	assert_int_equal(armcvm_rmi_enter_inject_sea(&run.enter, &info),
			 -ARMCVM_ERR_STATE);
	/* Instruction abort. */
	mmio_exit(&run.exit, 0x40001000, 0x20ULL << 26);
	assert_int_equal(armcvm_rmi_exit_decode(&run.exit, S2SZ, &info), 0);
	assert_true(info.is_iabt);
	assert_false(info.is_dabt);
	assert_uint_equal(info.ipa, 0x40001000);
	/* WFI trap: SYNC with EC 0x01, no IPA. */
	mmio_exit(&run.exit, 0, 0x01ULL << 26);
	assert_int_equal(armcvm_rmi_exit_decode(&run.exit, S2SZ, &info), 0);
	assert_uint_equal(info.dabt.ec, ARMCVM_ESR_EC_WFX);
	assert_false(info.is_dabt || info.is_iabt);
}

static void test_other_reasons(void **state)
{
	struct armcvm_rmi_rec_run run;
	struct armcvm_rmi_exit_info info;

	(void)state;
	memset(&run, 0, sizeof(run));
	run.exit.exit_reason = ARMCVM_RMI_EXIT_IRQ;
	assert_int_equal(armcvm_rmi_exit_decode(&run.exit, S2SZ, &info), 0);
	assert_uint_equal(info.reason, 1);
	run.exit.exit_reason = ARMCVM_RMI_EXIT_FIQ;
	assert_int_equal(armcvm_rmi_exit_decode(&run.exit, S2SZ, &info), 0);
	assert_uint_equal(info.reason, 2);
	run.exit.exit_reason = ARMCVM_RMI_EXIT_SERROR;
	run.exit.esr = 0xBE000000ULL;
	assert_int_equal(armcvm_rmi_exit_decode(&run.exit, S2SZ, &info), 0);
	assert_uint_equal(info.reason, 6);
	assert_uint_equal(info.esr, 0xBE000000ULL);
	/* PSCI CPU_ON (SMC64 0xC4000003): target, entry, context. */
	run.exit.exit_reason = ARMCVM_RMI_EXIT_PSCI;
	run.exit.gprs[0] = 0xC4000003;
	run.exit.gprs[1] = 1;
	run.exit.gprs[2] = 0x80000;
	run.exit.gprs[3] = 42;
	assert_int_equal(armcvm_rmi_exit_decode(&run.exit, S2SZ, &info), 0);
	assert_uint_equal(info.psci_fid, 0xC4000003);
	assert_uint_equal(info.psci_args[0], 1);
	assert_uint_equal(info.psci_args[1], 0x80000);
	assert_uint_equal(info.psci_args[2], 42);
	/* HOST_CALL */
	run.exit.exit_reason = ARMCVM_RMI_EXIT_HOST_CALL;
	run.exit.imm = 0xBEEF;
	assert_int_equal(armcvm_rmi_exit_decode(&run.exit, S2SZ, &info), 0);
	assert_uint_equal(info.imm, 0xBEEF);
	run.exit.imm = 0x1BEEF;
	assert_int_equal(armcvm_rmi_exit_decode(&run.exit, S2SZ, &info),
			 -ARMCVM_ERR_PROTOCOL);
}

static void test_ripas_change(void **state)
{
	struct armcvm_rmi_rec_run run;
	struct armcvm_rmi_exit_info info;

	(void)state;
	memset(&run, 0, sizeof(run));
	run.exit.exit_reason = ARMCVM_RMI_EXIT_RIPAS_CHANGE;
	run.exit.ripas_base = 0x40000000;
	run.exit.ripas_top = 0x40200000;
	run.exit.ripas_value = ARMCVM_RMI_RAM;
	assert_int_equal(armcvm_rmi_exit_decode(&run.exit, S2SZ, &info), 0);
	assert_uint_equal(info.ripas_base, 0x40000000);
	assert_uint_equal(info.ripas_top, 0x40200000);
	assert_uint_equal(info.ripas_value, 1);
	assert_int_equal(armcvm_rmi_enter_ripas_response(&run.enter, &info,
							 true), 0);
	assert_uint_equal(run.enter.flags, 1U << 4);
	assert_int_equal(armcvm_rmi_enter_ripas_response(&run.enter, &info,
							 false), 0);
	assert_uint_equal(run.enter.flags, 0);
	run.exit.ripas_value = 3;
	assert_int_equal(armcvm_rmi_exit_decode(&run.exit, S2SZ, &info),
			 -ARMCVM_ERR_PROTOCOL);
	run.exit.ripas_value = 0;
	run.exit.ripas_top = run.exit.ripas_base;
	assert_int_equal(armcvm_rmi_exit_decode(&run.exit, S2SZ, &info),
			 -ARMCVM_ERR_PROTOCOL);
	run.exit.exit_reason = ARMCVM_RMI_EXIT_IRQ;
	assert_int_equal(armcvm_rmi_exit_decode(&run.exit, S2SZ, &info), 0);
	assert_int_equal(armcvm_rmi_enter_ripas_response(&run.enter, &info,
							 true),
			 -ARMCVM_ERR_STATE);
}

static void test_bad_exits(void **state)
{
	struct armcvm_rmi_rec_exit e;
	struct armcvm_rmi_exit_info info;

	(void)state;
	memset(&e, 0, sizeof(e));
	e.exit_reason = 7;	/* S2AP_CHANGE is 1.1, not 1.0 */
	assert_int_equal(armcvm_rmi_exit_decode(&e, S2SZ, &info),
			 -ARMCVM_ERR_PROTOCOL);
	assert_uint_equal(info.reason, 7);
	e.exit_reason = 0x100;	/* MBZ bits of the 8-bit field */
	assert_int_equal(armcvm_rmi_exit_decode(&e, S2SZ, &info),
			 -ARMCVM_ERR_PROTOCOL);
	e.exit_reason = 0;
	assert_int_equal(armcvm_rmi_exit_decode(&e, 31, &info),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_rmi_exit_decode(&e, 53, &info),
			 -ARMCVM_ERR_INVAL);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_esr_fields),
		cmocka_unit_test(test_mmio_write),
		cmocka_unit_test(test_mmio_read),
		cmocka_unit_test(test_load_value_extension),
		cmocka_unit_test(test_not_emulatable),
		cmocka_unit_test(test_other_reasons),
		cmocka_unit_test(test_ripas_change),
		cmocka_unit_test(test_bad_exits),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
