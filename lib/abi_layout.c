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
ARMCVM_STATIC_ASSERT(sizeof(struct armcvm_smccc_regs) ==
		     18 * sizeof(uint64_t), "x0-x17 register image");

/* pKVM host hypercalls (pkvm_host.h; pkvm.md 1.4, 2.1, 2.3) */
ARMCVM_STATIC_ASSERT(ARMCVM_PKVM_HOST_FID(0) == 0xC6000000U,
		     "KVM_HOST_SMCCC_ID(0)");
ARMCVM_STATIC_ASSERT(ARMCVM_PKVM_HOST_FID(ARMCVM_PKVM_V7_1_HOST_SHARE_HYP) ==
		     0xC600001DU, "v7.1 __pkvm_host_share_hyp = 29");
ARMCVM_STATIC_ASSERT(ARMCVM_PKVM_V7_1_TLB_FLUSH_VMID == 49,
		     "v7.1 __pkvm_tlb_flush_vmid = 49");
ARMCVM_STATIC_ASSERT(ARMCVM_PKVM_V7_1_PROT_FINALIZE ==
		     ARMCVM_PKVM_V7_1_MIN_PKVM, "v7.1 MIN_PKVM marker");
ARMCVM_STATIC_ASSERT(ARMCVM_PKVM_V7_1_HOST_SHARE_HYP ==
		     ARMCVM_PKVM_V7_1_PKVM_ONLY, "v7.1 PKVM_ONLY marker");
ARMCVM_STATIC_ASSERT(ARMCVM_PKVM_V6_2_PROT_FINALIZE == 8 &&
		     ARMCVM_PKVM_V6_2_TEARDOWN_VM == 26, "v6.2 enum");
ARMCVM_STATIC_ASSERT(ARMCVM_PKVM_V6_16_HOST_SHARE_HYP == 8 &&
		     ARMCVM_PKVM_V6_16_TLB_FLUSH_VMID == 32, "v6.16 enum");

/* KVM vendor-hyp guest calls (kvm_guest.h; pkvm.md 3.1, 3.3) */
ARMCVM_STATIC_ASSERT(ARMCVM_SMC_KVM_CALL_UID == 0x8600FF01U, "CALL_UID");
ARMCVM_STATIC_ASSERT(ARMCVM_SMC_KVM_FEATURES == 0x86000000U, "FEATURES");
ARMCVM_STATIC_ASSERT(ARMCVM_SMC_KVM_PTP == 0x86000001U, "PTP");
ARMCVM_STATIC_ASSERT(ARMCVM_SMC_KVM_HYP_MEMINFO == 0xC6000002U, "HYP_MEMINFO");
ARMCVM_STATIC_ASSERT(ARMCVM_SMC_KVM_MEM_SHARE == 0xC6000003U, "MEM_SHARE");
ARMCVM_STATIC_ASSERT(ARMCVM_SMC_KVM_MEM_UNSHARE == 0xC6000004U, "MEM_UNSHARE");
ARMCVM_STATIC_ASSERT(ARMCVM_SMC_KVM_MMIO_GUARD == 0xC6000007U, "MMIO_GUARD");
ARMCVM_STATIC_ASSERT(ARMCVM_SMC_KVM_DISCOVER_IMPL_VER == 0xC6000040U,
		     "DISCOVER_IMPL_VER");
ARMCVM_STATIC_ASSERT(ARMCVM_SMC_KVM_DISCOVER_IMPL_CPUS == 0xC6000041U,
		     "DISCOVER_IMPL_CPUS");
ARMCVM_STATIC_ASSERT(ARMCVM_SMC_KVM_MMIO_GUARD_INFO == 0xC6000005U,
		     "ACK MMIO_GUARD_INFO");
ARMCVM_STATIC_ASSERT(ARMCVM_SMC_KVM_MMIO_GUARD_ENROLL == 0xC6000006U,
		     "ACK MMIO_GUARD_ENROLL");
ARMCVM_STATIC_ASSERT(ARMCVM_SMC_KVM_MMIO_GUARD_MAP == 0xC6000007U,
		     "ACK MMIO_GUARD_MAP");
ARMCVM_STATIC_ASSERT(ARMCVM_SMC_KVM_MMIO_GUARD_UNMAP == 0xC6000008U,
		     "ACK MMIO_GUARD_UNMAP");
ARMCVM_STATIC_ASSERT(ARMCVM_SMC_KVM_MEM_RELINQUISH == 0xC6000009U,
		     "ACK MEM_RELINQUISH");
ARMCVM_STATIC_ASSERT(ARMCVM_SMC_KVM_MMIO_RGUARD_MAP == 0xC600000AU,
		     "ACK MMIO_RGUARD_MAP");
ARMCVM_STATIC_ASSERT(ARMCVM_SMC_KVM_MMIO_RGUARD_UNMAP == 0xC600000BU,
		     "ACK MMIO_RGUARD_UNMAP");
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
/* pKVM ownership model (pkvm_own.h; pkvm.md 4.2) */
ARMCVM_STATIC_ASSERT(sizeof(struct armcvm_pkvm_page) == 8,
		     "struct hyp_page is 8 bytes [S5]");
ARMCVM_STATIC_ASSERT(ARMCVM_PKVM_S2_STATE_MASK == ((1ULL << 55) | (1ULL << 56)),
		     "page state in SW0/SW1 = PTE bits 55/56 [S5, S7]");
ARMCVM_STATIC_ASSERT(ARMCVM_PKVM_HANDLE_OFFSET + ARMCVM_PKVM_MAX_VMS <= 0xFFFFU,
		     "handles fit pkvm_handle_t (u16) [S4]");
ARMCVM_STATIC_ASSERT(ARMCVM_PKVM_DONATION_META_SHIFT +
		     ARMCVM_PKVM_DONATION_META_BITS == 60,
		     "donation metadata is PTE bits 59:4 [S7]");
