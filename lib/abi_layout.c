/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
/*
 * armcvm - compile-time checks of every ABI constant and layout
 * (TF-RMM smc-rmi-offsets.c). Modules add their asserts to the section
 * that covers their header. Nothing here emits code.
 */
#include <armcvm/armcvm.h>

/* SMCCC (Linux include/linux/arm-smccc.h; pkvm.md 1.1) */
ARMCVM_STATIC_ASSERT(ARMCVM_SMC64_STD_FID(0x158) == 0xC4000158U,
		     "standard-service SMC64 FID composition");
ARMCVM_STATIC_ASSERT(ARMCVM_SMC64_VENDOR_HYP_FID(2) == 0xC6000002U,
		     "vendor-hyp SMC64 FID composition");
ARMCVM_STATIC_ASSERT(ARMCVM_SMC32_VENDOR_HYP_FID(ARMCVM_SMCCC_FUNC_CALL_UID) ==
		     0x8600FF01U, "vendor-hyp Call UID FID");
ARMCVM_STATIC_ASSERT(sizeof(struct armcvm_smccc_regs) == 18 * 8,
		     "x0-x17 register image");

/* RMI 1.0 (include/armcvm/rmi.h, rmi_abi.h; rmi.md 1.2, 3) */
ARMCVM_STATIC_ASSERT(ARMCVM_SMC_RMI_VERSION == 0xC4000150U, "RMI_VERSION FID");
ARMCVM_STATIC_ASSERT(ARMCVM_SMC_RMI_GRANULE_DELEGATE == 0xC4000151U, "RMI_GRANULE_DELEGATE FID");
ARMCVM_STATIC_ASSERT(ARMCVM_SMC_RMI_GRANULE_UNDELEGATE == 0xC4000152U, "RMI_GRANULE_UNDELEGATE FID");
ARMCVM_STATIC_ASSERT(ARMCVM_SMC_RMI_DATA_CREATE == 0xC4000153U, "RMI_DATA_CREATE FID");
ARMCVM_STATIC_ASSERT(ARMCVM_SMC_RMI_DATA_CREATE_UNKNOWN == 0xC4000154U, "RMI_DATA_CREATE_UNKNOWN FID");
ARMCVM_STATIC_ASSERT(ARMCVM_SMC_RMI_DATA_DESTROY == 0xC4000155U, "RMI_DATA_DESTROY FID");
ARMCVM_STATIC_ASSERT(ARMCVM_SMC_RMI_REALM_ACTIVATE == 0xC4000157U, "RMI_REALM_ACTIVATE FID");
ARMCVM_STATIC_ASSERT(ARMCVM_SMC_RMI_REALM_CREATE == 0xC4000158U, "RMI_REALM_CREATE FID");
ARMCVM_STATIC_ASSERT(ARMCVM_SMC_RMI_REALM_DESTROY == 0xC4000159U, "RMI_REALM_DESTROY FID");
ARMCVM_STATIC_ASSERT(ARMCVM_SMC_RMI_REC_CREATE == 0xC400015AU, "RMI_REC_CREATE FID");
ARMCVM_STATIC_ASSERT(ARMCVM_SMC_RMI_REC_DESTROY == 0xC400015BU, "RMI_REC_DESTROY FID");
ARMCVM_STATIC_ASSERT(ARMCVM_SMC_RMI_REC_ENTER == 0xC400015CU, "RMI_REC_ENTER FID");
ARMCVM_STATIC_ASSERT(ARMCVM_SMC_RMI_RTT_CREATE == 0xC400015DU, "RMI_RTT_CREATE FID");
ARMCVM_STATIC_ASSERT(ARMCVM_SMC_RMI_RTT_DESTROY == 0xC400015EU, "RMI_RTT_DESTROY FID");
ARMCVM_STATIC_ASSERT(ARMCVM_SMC_RMI_RTT_MAP_UNPROTECTED == 0xC400015FU, "RMI_RTT_MAP_UNPROTECTED FID");
ARMCVM_STATIC_ASSERT(ARMCVM_SMC_RMI_RTT_READ_ENTRY == 0xC4000161U, "RMI_RTT_READ_ENTRY FID");
ARMCVM_STATIC_ASSERT(ARMCVM_SMC_RMI_RTT_UNMAP_UNPROTECTED == 0xC4000162U, "RMI_RTT_UNMAP_UNPROTECTED FID");
ARMCVM_STATIC_ASSERT(ARMCVM_SMC_RMI_PSCI_COMPLETE == 0xC4000164U, "RMI_PSCI_COMPLETE FID");
ARMCVM_STATIC_ASSERT(ARMCVM_SMC_RMI_FEATURES == 0xC4000165U, "RMI_FEATURES FID");
ARMCVM_STATIC_ASSERT(ARMCVM_SMC_RMI_RTT_FOLD == 0xC4000166U, "RMI_RTT_FOLD FID");
ARMCVM_STATIC_ASSERT(ARMCVM_SMC_RMI_REC_AUX_COUNT == 0xC4000167U, "RMI_REC_AUX_COUNT FID");
ARMCVM_STATIC_ASSERT(ARMCVM_SMC_RMI_RTT_INIT_RIPAS == 0xC4000168U, "RMI_RTT_INIT_RIPAS FID");
ARMCVM_STATIC_ASSERT(ARMCVM_SMC_RMI_RTT_SET_RIPAS == 0xC4000169U, "RMI_RTT_SET_RIPAS FID");
ARMCVM_STATIC_ASSERT(ARMCVM_RMI_VERSION_1_0 == ARMCVM_RMI_MAKE_VERSION(1, 0),
		     "RMI v1.0 = 0x10000");

ARMCVM_STATIC_ASSERT(offsetof(struct armcvm_rmi_realm_params, flags) == 0x0,
		     "rmi_realm_params.flags");
ARMCVM_STATIC_ASSERT(offsetof(struct armcvm_rmi_realm_params, s2sz) == 0x8,
		     "rmi_realm_params.s2sz");
ARMCVM_STATIC_ASSERT(offsetof(struct armcvm_rmi_realm_params, sve_vl) == 0x10,
		     "rmi_realm_params.sve_vl");
ARMCVM_STATIC_ASSERT(offsetof(struct armcvm_rmi_realm_params, num_bps) == 0x18,
		     "rmi_realm_params.num_bps");
ARMCVM_STATIC_ASSERT(offsetof(struct armcvm_rmi_realm_params, num_wps) == 0x20,
		     "rmi_realm_params.num_wps");
ARMCVM_STATIC_ASSERT(offsetof(struct armcvm_rmi_realm_params, pmu_num_ctrs) == 0x28,
		     "rmi_realm_params.pmu_num_ctrs");
ARMCVM_STATIC_ASSERT(offsetof(struct armcvm_rmi_realm_params, hash_algo) == 0x30,
		     "rmi_realm_params.hash_algo");
ARMCVM_STATIC_ASSERT(offsetof(struct armcvm_rmi_realm_params, rpv) == 0x400,
		     "rmi_realm_params.rpv");
ARMCVM_STATIC_ASSERT(offsetof(struct armcvm_rmi_realm_params, vmid) == 0x800,
		     "rmi_realm_params.vmid");
ARMCVM_STATIC_ASSERT(offsetof(struct armcvm_rmi_realm_params, rtt_base) == 0x808,
		     "rmi_realm_params.rtt_base");
ARMCVM_STATIC_ASSERT(offsetof(struct armcvm_rmi_realm_params, rtt_level_start) == 0x810,
		     "rmi_realm_params.rtt_level_start");
ARMCVM_STATIC_ASSERT(offsetof(struct armcvm_rmi_realm_params, rtt_num_start) == 0x818,
		     "rmi_realm_params.rtt_num_start");
ARMCVM_STATIC_ASSERT(sizeof(struct armcvm_rmi_realm_params) == 0x1000,
		     "rmi_realm_params size");

ARMCVM_STATIC_ASSERT(offsetof(struct armcvm_rmi_rec_params, flags) == 0x0,
		     "rmi_rec_params.flags");
ARMCVM_STATIC_ASSERT(offsetof(struct armcvm_rmi_rec_params, mpidr) == 0x100,
		     "rmi_rec_params.mpidr");
ARMCVM_STATIC_ASSERT(offsetof(struct armcvm_rmi_rec_params, pc) == 0x200,
		     "rmi_rec_params.pc");
ARMCVM_STATIC_ASSERT(offsetof(struct armcvm_rmi_rec_params, gprs) == 0x300,
		     "rmi_rec_params.gprs");
ARMCVM_STATIC_ASSERT(offsetof(struct armcvm_rmi_rec_params, num_aux) == 0x800,
		     "rmi_rec_params.num_aux");
ARMCVM_STATIC_ASSERT(offsetof(struct armcvm_rmi_rec_params, aux) == 0x808,
		     "rmi_rec_params.aux");
ARMCVM_STATIC_ASSERT(sizeof(struct armcvm_rmi_rec_params) == 0x1000,
		     "rmi_rec_params size");

ARMCVM_STATIC_ASSERT(offsetof(struct armcvm_rmi_rec_enter, flags) == 0x0,
		     "rmi_rec_enter.flags");
ARMCVM_STATIC_ASSERT(offsetof(struct armcvm_rmi_rec_enter, gprs) == 0x200,
		     "rmi_rec_enter.gprs");
ARMCVM_STATIC_ASSERT(offsetof(struct armcvm_rmi_rec_enter, gicv3_hcr) == 0x300,
		     "rmi_rec_enter.gicv3_hcr");
ARMCVM_STATIC_ASSERT(offsetof(struct armcvm_rmi_rec_enter, gicv3_lrs) == 0x308,
		     "rmi_rec_enter.gicv3_lrs");
ARMCVM_STATIC_ASSERT(sizeof(struct armcvm_rmi_rec_enter) == 0x800,
		     "rmi_rec_enter size");

ARMCVM_STATIC_ASSERT(offsetof(struct armcvm_rmi_rec_exit, exit_reason) == 0x0,
		     "rmi_rec_exit.exit_reason");
ARMCVM_STATIC_ASSERT(offsetof(struct armcvm_rmi_rec_exit, esr) == 0x100,
		     "rmi_rec_exit.esr");
ARMCVM_STATIC_ASSERT(offsetof(struct armcvm_rmi_rec_exit, far) == 0x108,
		     "rmi_rec_exit.far");
ARMCVM_STATIC_ASSERT(offsetof(struct armcvm_rmi_rec_exit, hpfar) == 0x110,
		     "rmi_rec_exit.hpfar");
ARMCVM_STATIC_ASSERT(offsetof(struct armcvm_rmi_rec_exit, gprs) == 0x200,
		     "rmi_rec_exit.gprs");
ARMCVM_STATIC_ASSERT(offsetof(struct armcvm_rmi_rec_exit, gicv3_hcr) == 0x300,
		     "rmi_rec_exit.gicv3_hcr");
ARMCVM_STATIC_ASSERT(offsetof(struct armcvm_rmi_rec_exit, gicv3_lrs) == 0x308,
		     "rmi_rec_exit.gicv3_lrs");
ARMCVM_STATIC_ASSERT(offsetof(struct armcvm_rmi_rec_exit, gicv3_misr) == 0x388,
		     "rmi_rec_exit.gicv3_misr");
ARMCVM_STATIC_ASSERT(offsetof(struct armcvm_rmi_rec_exit, gicv3_vmcr) == 0x390,
		     "rmi_rec_exit.gicv3_vmcr");
ARMCVM_STATIC_ASSERT(offsetof(struct armcvm_rmi_rec_exit, cntp_ctl) == 0x400,
		     "rmi_rec_exit.cntp_ctl");
ARMCVM_STATIC_ASSERT(offsetof(struct armcvm_rmi_rec_exit, cntp_cval) == 0x408,
		     "rmi_rec_exit.cntp_cval");
ARMCVM_STATIC_ASSERT(offsetof(struct armcvm_rmi_rec_exit, cntv_ctl) == 0x410,
		     "rmi_rec_exit.cntv_ctl");
ARMCVM_STATIC_ASSERT(offsetof(struct armcvm_rmi_rec_exit, cntv_cval) == 0x418,
		     "rmi_rec_exit.cntv_cval");
ARMCVM_STATIC_ASSERT(offsetof(struct armcvm_rmi_rec_exit, ripas_base) == 0x500,
		     "rmi_rec_exit.ripas_base");
ARMCVM_STATIC_ASSERT(offsetof(struct armcvm_rmi_rec_exit, ripas_top) == 0x508,
		     "rmi_rec_exit.ripas_top");
ARMCVM_STATIC_ASSERT(offsetof(struct armcvm_rmi_rec_exit, ripas_value) == 0x510,
		     "rmi_rec_exit.ripas_value");
ARMCVM_STATIC_ASSERT(offsetof(struct armcvm_rmi_rec_exit, imm) == 0x600,
		     "rmi_rec_exit.imm");
ARMCVM_STATIC_ASSERT(offsetof(struct armcvm_rmi_rec_exit, pmu_ovf_status) == 0x700,
		     "rmi_rec_exit.pmu_ovf_status");
ARMCVM_STATIC_ASSERT(sizeof(struct armcvm_rmi_rec_exit) == 0x800,
		     "rmi_rec_exit size");

ARMCVM_STATIC_ASSERT(offsetof(struct armcvm_rmi_rec_run, enter) == 0x0,
		     "rmi_rec_run.enter");
ARMCVM_STATIC_ASSERT(offsetof(struct armcvm_rmi_rec_run, exit) == 0x800,
		     "rmi_rec_run.exit");
ARMCVM_STATIC_ASSERT(sizeof(struct armcvm_rmi_rec_run) == 0x1000,
		     "rmi_rec_run size");
ARMCVM_STATIC_ASSERT(offsetof(struct armcvm_rmi_rec_run, exit.ripas_base) ==
		     0xD00, "rmi_rec_run.exit.ripas_base");

/* RSI 1.0 (include/armcvm/rsi.h, rsi_abi.h; rmi.md 7) */
ARMCVM_STATIC_ASSERT(ARMCVM_SMC_RSI_VERSION ==
		     0xC4000190U, "RSI_VERSION FID");
ARMCVM_STATIC_ASSERT(ARMCVM_SMC_RSI_FEATURES ==
		     0xC4000191U, "RSI_FEATURES FID");
ARMCVM_STATIC_ASSERT(ARMCVM_SMC_RSI_MEASUREMENT_READ ==
		     0xC4000192U, "RSI_MEASUREMENT_READ FID");
ARMCVM_STATIC_ASSERT(ARMCVM_SMC_RSI_MEASUREMENT_EXTEND ==
		     0xC4000193U, "RSI_MEASUREMENT_EXTEND FID");
ARMCVM_STATIC_ASSERT(ARMCVM_SMC_RSI_ATTESTATION_TOKEN_INIT ==
		     0xC4000194U, "RSI_ATTESTATION_TOKEN_INIT FID");
ARMCVM_STATIC_ASSERT(ARMCVM_SMC_RSI_ATTESTATION_TOKEN_CONTINUE ==
		     0xC4000195U, "RSI_ATTESTATION_TOKEN_CONTINUE FID");
ARMCVM_STATIC_ASSERT(ARMCVM_SMC_RSI_REALM_CONFIG ==
		     0xC4000196U, "RSI_REALM_CONFIG FID");
ARMCVM_STATIC_ASSERT(ARMCVM_SMC_RSI_IPA_STATE_SET ==
		     0xC4000197U, "RSI_IPA_STATE_SET FID");
ARMCVM_STATIC_ASSERT(ARMCVM_SMC_RSI_IPA_STATE_GET ==
		     0xC4000198U, "RSI_IPA_STATE_GET FID");
ARMCVM_STATIC_ASSERT(ARMCVM_SMC_RSI_HOST_CALL ==
		     0xC4000199U, "RSI_HOST_CALL FID");

ARMCVM_STATIC_ASSERT(offsetof(struct armcvm_rsi_realm_config, ipa_width) == 0x0,
		     "rsi_realm_config.ipa_width");
ARMCVM_STATIC_ASSERT(offsetof(struct armcvm_rsi_realm_config, hash_algo) == 0x8,
		     "rsi_realm_config.hash_algo");
ARMCVM_STATIC_ASSERT(offsetof(struct armcvm_rsi_realm_config, rpv) == 0x200,
		     "rsi_realm_config.rpv");
ARMCVM_STATIC_ASSERT(sizeof(struct armcvm_rsi_realm_config) == 0x1000,
		     "rsi_realm_config size");

ARMCVM_STATIC_ASSERT(offsetof(struct armcvm_rsi_host_call, imm) == 0x0,
		     "rsi_host_call.imm");
ARMCVM_STATIC_ASSERT(offsetof(struct armcvm_rsi_host_call, gprs) == 0x8,
		     "rsi_host_call.gprs");
ARMCVM_STATIC_ASSERT(sizeof(struct armcvm_rsi_host_call) == 0x100,
		     "rsi_host_call size");
/* SHA-2 / measurement (FIPS 180-4; DEN0137 A7.1, B4.4; rmi.md 3.5, 5) */
ARMCVM_STATIC_ASSERT(ARMCVM_HASH_SHA256 == 0 && ARMCVM_HASH_SHA512 == 1,
		     "RmiHashAlgorithm encodings");
ARMCVM_STATIC_ASSERT(sizeof(struct armcvm_measurement) == 64,
		     "RmmRealmMeasurement is 512 bits");
ARMCVM_STATIC_ASSERT(ARMCVM_RIM_DESC_SIZE == 256,
		     "measurement descriptors are 256 bytes");
ARMCVM_STATIC_ASSERT(ARMCVM_HASH_MAX_DIGEST_SIZE == ARMCVM_MEASUREMENT_SIZE,
		     "a measurement holds the largest digest");
