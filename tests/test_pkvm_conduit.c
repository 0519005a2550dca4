/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
/*
 * The pKVM host hypercall wrappers (pkvm_host.h) and the guest vendor
 * hypercall wrappers (kvm_guest.h) run end to end against the software
 * hypervisor conduits of pkvm_own_hyp.h. Expected answers: dispatcher
 * rules pkvm.md 1.4, VM lifecycle 2.2, guest calls 3.2, transition table
 * 4.4 (errors in the kernel's check order). The model's invariant checker
 * runs after every step. On aarch64 the same life runs once more with the
 * real hvc #0, trapped (tests/trap_firmware.h) and routed to the ports.
 */
#include "armcvm_test.h"
#include "trap_firmware.h"
#include <string.h>

#define PFN_BASE	0x80000ULL
#define NR_PAGES	64U
#define MEM_PAGES	48U		/* pfns 48..63: metadata, not memory */
#define PA(pfn)		((uint64_t)(pfn) << 12)
#define NR_GFNS		512U
#define GFN_BASE	0x400ULL
#define MC_MIN		2U

/* Pages the VMM uses. */
#define KVM_PFN		(PFN_BASE + 0)	/* host struct kvm */
#define VM_PFN		(PFN_BASE + 1)	/* donated: struct pkvm_hyp_vm */
#define PGD_PFN		(PFN_BASE + 2)	/* donated: stage-2 PGD */
#define HVCPU_PFN	(PFN_BASE + 3)	/* host struct kvm_vcpu */
#define YVCPU_PFN	(PFN_BASE + 4)	/* donated: struct pkvm_hyp_vcpu */
#define YVCPU2_PFN	(PFN_BASE + 5)
#define G0_PFN		(PFN_BASE + 16)	/* guest memory */
#define G1_PFN		(PFN_BASE + 17)
#define MMIO_PFN	(PFN_BASE + MEM_PAGES)

#define GFN0		(GFN_BASE + 0)
#define GFN1		(GFN_BASE + 1)

#define EPERM		(-ARMCVM_PKVM_EPERM)
#define EINVAL		(-ARMCVM_PKVM_EINVAL)
#define EBUSY		(-ARMCVM_PKVM_EBUSY)
#define ENOMEM		(-ARMCVM_PKVM_ENOMEM)
#define EAGAIN		(-ARMCVM_PKVM_EAGAIN)
#define EFAULT		(-ARMCVM_PKVM_EFAULT)

#define NOT_SUPPORTED	((int64_t)ARMCVM_SMCCC_RET_NOT_SUPPORTED)
#define INVALID_PARAM	((int64_t)ARMCVM_SMCCC_RET_INVALID_PARAMETER)

static const struct armcvm_pkvm_mem_range mem[] = {
	{ PFN_BASE, MEM_PAGES, 0 },
};

static struct fx {
	struct armcvm_pkvm_own m;
	struct armcvm_pkvm_page pages[NR_PAGES];
	struct armcvm_pkvm_vm vms[2];
	struct armcvm_pkvm_cpu cpus[2];
	uint64_t s2[NR_GFNS];
	struct armcvm_pkvm_vcpu vcpus[1];
	uint64_t host_vcpus[1];
	struct armcvm_pkvm_hyp_kvm kvm;
	struct armcvm_pkvm_hyp hyp;
	struct armcvm_pkvm_hyp_port hp, gp;
	struct armcvm_conduit hc, gc;
	struct armcvm_pkvm_target t;
	uint32_t scratch[NR_PAGES];
	bool trapped;		/* route through hvc #0 */
	struct armcvm_pkvm_hyp_port *cur;	/* port the trap goes to */
	unsigned long calls;	/* conduit fetches = calls issued */
} F;

static const struct armcvm_conduit hvc = ARMCVM_CONDUIT_INIT_HVC;

/* The conduit to use for the host / the guest in the current mode. */
static const struct armcvm_conduit *host(void)
{
	F.cur = &F.hp;
	F.calls++;
	return F.trapped ? &hvc : &F.hc;
}

static const struct armcvm_conduit *guest(void)
{
	F.cur = &F.gp;
	F.calls++;
	return F.trapped ? &hvc : &F.gc;
}

static void inv_clean(void)
{
	struct armcvm_pkvm_violation v;

	assert_int_equal(armcvm_pkvm_own_check(&F.m, F.scratch, NR_PAGES, &v),
			 0);
	assert_int_equal(v.inv, ARMCVM_PKVM_INV_OK);
}

static void setup(bool finalised)
{
	struct armcvm_pkvm_own_config c = {
		.pages = F.pages, .pfn_base = PFN_BASE, .nr_pages = NR_PAGES,
		.mem = mem, .nr_mem = 1, .pa_bits = 40, .vms = F.vms,
		.nr_vms = 2, .cpus = F.cpus, .nr_cpus = 2,
	};

	memset(&F, 0, sizeof(F));
	assert_int_equal(armcvm_pkvm_own_init(&F.m, &c), 0);
	F.host_vcpus[0] = PA(HVCPU_PFN);
	F.kvm = (struct armcvm_pkvm_hyp_kvm){
		.host_kvm = PA(KVM_PFN),
		.host_vcpus = F.host_vcpus,
		.params = {
			.nr_vcpus = 1, .is_protected = true, .ia_bits = 40,
			.memcache_min = MC_MIN, .vm_nr = 1, .pgd_nr = 1,
			.gfn_base = GFN_BASE, .nr_gfns = NR_GFNS, .s2 = F.s2,
			.vcpus = F.vcpus,
		},
	};
	assert_int_equal(armcvm_pkvm_hyp_init(&F.hyp, &F.m, &F.kvm, 1,
					      finalised), 0);
	assert_int_equal(armcvm_pkvm_hyp_host_port(&F.hp, &F.hyp, 0, &F.hc),
			 0);
	assert_int_equal(armcvm_pkvm_target_get(ARMCVM_PKVM_TARGET_V7_1, 0,
						&F.t), 0);
	inv_clean();
}

/* Expect x0 = SUCCESS and x1 = @err written by the handler. */
static void ok_err(int ret, const struct armcvm_pkvm_result *r, int64_t err)
{
	assert_int_equal(ret, 0);
	assert_int_equal(r->smccc, 0);
	assert_true(r->x1_written);
	assert_int_equal(r->err, err);
	assert_int_equal(F.hp.error, 0);
	inv_clean();
}

/* Expect x0 = SUCCESS from a void handler: x1 keeps the caller's @x1. */
static void ok_void(int ret, const struct armcvm_pkvm_result *r, uint64_t x1)
{
	assert_int_equal(ret, 0);
	assert_int_equal(r->smccc, 0);
	assert_false(r->x1_written);
	assert_int_equal(r->x1, x1);
	assert_int_equal(F.hp.error, 0);
	inv_clean();
}

static void page_is(uint64_t pfn, unsigned int h, unsigned int y)
{
	struct armcvm_pkvm_page_info i;

	assert_int_equal(armcvm_pkvm_own_page_info(&F.m, pfn, &i), 0);
	assert_int_equal(i.host, h);
	assert_int_equal(i.hyp, y);
}

static unsigned int gstate(uint64_t gfn)
{
	struct armcvm_pkvm_guest_leaf l;

	assert_int_equal(armcvm_pkvm_own_guest_info(&F.m, 0x1000, gfn, &l), 0);
	return l.state;
}

/* A raw register-level call through @c (for inputs the wrappers refuse). */
static void raw(const struct armcvm_conduit *c, uint64_t x0, uint64_t x1,
		uint64_t x2, uint64_t x3, struct armcvm_smccc_regs *r)
{
	*r = (struct armcvm_smccc_regs){ .x = { x0, x1, x2, x3 } };
	armcvm_conduit_invoke(c, r, r, 4, 4);
}

/* Guest MEM_SHARE, the exit it may take, and the host's donation. */
static void guest_share_fault_donate_retry(uint64_t pfn, uint64_t gfn)
{
	struct armcvm_kvm_mem_result mr;
	struct armcvm_pkvm_hyp_exit e;
	struct armcvm_pkvm_result r;

	/* Unmapped IPA: -ENOENT -> stage-2 DABT exit, HVC re-executed. */
	assert_int_equal(armcvm_kvm_mem_share(guest(), PA(gfn), 4096, &mr), 0);
	assert_int_equal(F.gp.error, 0);
	assert_int_equal((uint64_t)mr.smccc, ARMCVM_SMC_KVM_MEM_SHARE);
	assert_int_equal(armcvm_pkvm_hyp_take_exit(&F.gp, &e), 1);
	assert_int_equal(e.kind, ARMCVM_PKVM_HYP_EXIT_DABT);
	assert_int_equal(e.ipa, PA(gfn));
	assert_int_equal(e.fid, ARMCVM_SMC_KVM_MEM_SHARE);
	assert_int_equal(armcvm_pkvm_hyp_take_exit(&F.gp, &e), 0);
	assert_int_equal(gstate(gfn), ARMCVM_PKVM_NOPAGE);
	inv_clean();
	/* The host resolves the fault by donating [T13]. */
	ok_err(armcvm_pkvm_host_donate_guest(host(), &F.t, pfn, gfn, &r), &r,
	       0);
	page_is(pfn, ARMCVM_PKVM_NOPAGE, ARMCVM_PKVM_NOPAGE);
	/* The fault was a level-3 translation DABT on an OWNED page [T18]. */
	ok_err(armcvm_pkvm_host_vcpu_in_poison_fault(host(), &F.t, &r), &r, 0);
	/* ok_err() asserted success; the analyzer does not follow it here */
	/* NOLINTNEXTLINE(clang-analyzer-core.UndefinedBinaryOperatorResult) */
	assert_int_equal(r.value, 0);
	/* Retry: [T14] succeeds. */
	assert_int_equal(armcvm_kvm_mem_share(guest(), PA(gfn), 4096, &mr), 0);
	assert_int_equal(mr.smccc, 0);
	assert_int_equal(mr.done, 1);
	assert_int_equal(armcvm_pkvm_hyp_take_exit(&F.gp, &e), 0);
	assert_int_equal(gstate(gfn), ARMCVM_PKVM_PAGE_SHARED_OWNED);
	page_is(pfn, ARMCVM_PKVM_PAGE_SHARED_BORROWED, ARMCVM_PKVM_NOPAGE);
	inv_clean();
}

/* The guest's side: FEATURES, HYP_MEMINFO, MEM_SHARE, MEM_UNSHARE. */
static void guest_calls(void)
{
	struct armcvm_kvm_features f;
	struct armcvm_kvm_meminfo mi;
	struct armcvm_kvm_mem_result mr;
	struct armcvm_pkvm_hyp_exit e;
	struct armcvm_smccc_regs g;

	/* FEATURES: BIT(0) | BIT(2) | BIT(3) | BIT(4) = 0x1D (pkvm.md 3.2). */
	assert_int_equal(armcvm_kvm_features(guest(), &f), 0);
	assert_true(f.supported);
	assert_int_equal(f.bitmap[0], 0x1D);
	assert_int_equal(f.bitmap[1], 0);
	assert_int_equal(f.bitmap[2], 0);
	assert_int_equal(f.bitmap[3], 0);
	/* HYP_MEMINFO: PAGE_SIZE; any of R1-R3 set -> INVALID_PARAMETER. */
	assert_int_equal(armcvm_kvm_hyp_meminfo(guest(), &mi), 0);
	assert_int_equal(mi.smccc, 0);
	assert_int_equal(mi.granule, 4096);
	raw(guest(), ARMCVM_SMC_KVM_HYP_MEMINFO, 0, 0, 1, &g);
	assert_int_equal((int64_t)g.x[0], INVALID_PARAM);

	guest_share_fault_donate_retry(G1_PFN, GFN1);

	/* R2 != 0 (the ranged form), R3 != 0, unaligned: INVALID_PARAMETER. */
	assert_int_equal(armcvm_kvm_mem_share_range(guest(), PA(GFN0), 4096, 1,
						    &mr), 0);
	assert_int_equal(mr.smccc, INVALID_PARAM);
	raw(guest(), ARMCVM_SMC_KVM_MEM_SHARE, PA(GFN0), 0, 1, &g);
	assert_int_equal((int64_t)g.x[0], INVALID_PARAM);
	raw(guest(), ARMCVM_SMC_KVM_MEM_SHARE, PA(GFN0) + 8, 0, 0, &g);
	assert_int_equal((int64_t)g.x[0], INVALID_PARAM);
	raw(guest(), ARMCVM_SMC_KVM_MEM_UNSHARE, PA(GFN1), 1, 0, &g);
	assert_int_equal((int64_t)g.x[0], INVALID_PARAM);
	raw(guest(), ARMCVM_SMC_KVM_MEM_UNSHARE, PA(GFN1) + 1, 0, 0, &g);
	assert_int_equal((int64_t)g.x[0], INVALID_PARAM);
	/* Sharing a shared page: [T14] -EPERM -> INVALID_PARAMETER. */
	assert_int_equal(armcvm_kvm_mem_share(guest(), PA(GFN1), 4096, &mr), 0);
	assert_int_equal(mr.smccc, INVALID_PARAM);
	/* Unsharing an OWNED (never shared) page: [T15] -EPERM. */
	assert_int_equal(armcvm_kvm_mem_unshare(guest(), PA(GFN0), 4096, &mr),
			 0);
	assert_int_equal(mr.smccc, INVALID_PARAM);
	inv_clean();
	/* MEM_UNSHARE [T15]: back to guest-only. */
	assert_int_equal(armcvm_kvm_mem_unshare(guest(), PA(GFN1), 4096, &mr),
			 0);
	assert_int_equal(mr.smccc, 0);
	assert_int_equal(gstate(GFN1), ARMCVM_PKVM_PAGE_OWNED);
	page_is(G1_PFN, ARMCVM_PKVM_NOPAGE, ARMCVM_PKVM_NOPAGE);
	inv_clean();
	assert_int_equal(armcvm_kvm_mem_unshare(guest(), PA(GFN1), 4096, &mr),
			 0);
	assert_int_equal(mr.smccc, INVALID_PARAM);
	assert_int_equal(armcvm_pkvm_hyp_take_exit(&F.gp, &e), 0);
	/* A gfn outside the model's storage window: not served. */
	raw(guest(), ARMCVM_SMC_KVM_MEM_SHARE, PA(GFN_BASE + NR_GFNS), 0, 0,
	    &g);
	assert_int_equal((int64_t)g.x[0], NOT_SUPPORTED);
	assert_int_equal(F.gp.error, -ARMCVM_ERR_RANGE);
	/* PTP is not handled at EL2 for a protected guest: exit to host. */
	raw(guest(), ARMCVM_SMC_KVM_PTP, 0, 0, 0, &g);
	assert_int_equal((int64_t)g.x[0], NOT_SUPPORTED);
	assert_int_equal(armcvm_pkvm_hyp_take_exit(&F.gp, &e), 1);
	assert_int_equal(e.kind, ARMCVM_PKVM_HYP_EXIT_HVC);
	assert_int_equal(e.fid, ARMCVM_SMC_KVM_PTP);
	inv_clean();
}

/* A protected VM's whole life through the wrappers. */
static void vm_life(void)
{
	struct armcvm_kvm_mem_result mr;
	struct armcvm_pkvm_result r;
	uint16_t h;

	/* __pkvm_reserve_vm: first slot, handle 0x1000 (pkvm.md 2.2). */
	ok_err(armcvm_pkvm_host_reserve_vm(host(), &F.t, &r), &r, 0);
	/* ok_err() asserted success; the analyzer does not follow it here */
	/* NOLINTNEXTLINE(clang-analyzer-core.UndefinedBinaryOperatorResult) */
	assert_int_equal(r.value, 0x1000);
	h = (uint16_t)r.value;
	ok_err(armcvm_pkvm_host_reserve_vm(host(), &F.t, &r), &r, 0);
	assert_int_equal(r.value, 0x1001);
	/* Table full (2 slots): -ENOMEM. */
	ok_err(armcvm_pkvm_host_reserve_vm(host(), &F.t, &r), &r, ENOMEM);
	/* __pkvm_unreserve_vm is void: x1 keeps the handle. */
	ok_void(armcvm_pkvm_host_unreserve_vm(host(), &F.t, 0x1001, &r), &r,
		0x1001);
	F.kvm.params.handle = h;

	/* __pkvm_init_vm pins struct kvm first: not shared -> -EPERM. */
	ok_err(armcvm_pkvm_host_init_vm(host(), &F.t, PA(KVM_PFN), PA(VM_PFN),
					PA(PGD_PFN), &r), &r, EPERM);
	ok_err(armcvm_pkvm_host_share_hyp(host(), &F.t, KVM_PFN, &r), &r, 0);
	page_is(KVM_PFN, ARMCVM_PKVM_PAGE_SHARED_OWNED,
		ARMCVM_PKVM_PAGE_SHARED_BORROWED);
	/* [T1] again: host state SHARED_OWNED -> -EPERM. */
	ok_err(armcvm_pkvm_host_share_hyp(host(), &F.t, KVM_PFN, &r), &r,
	       EPERM);
	ok_err(armcvm_pkvm_host_init_vm(host(), &F.t, PA(KVM_PFN), PA(VM_PFN),
					PA(PGD_PFN), &r), &r, 0);
	page_is(VM_PFN, ARMCVM_PKVM_NOPAGE, ARMCVM_PKVM_PAGE_OWNED);
	page_is(PGD_PFN, ARMCVM_PKVM_NOPAGE, ARMCVM_PKVM_PAGE_OWNED);

	/* __pkvm_init_vcpu: host vCPU not shared -> pin fails, -EBUSY. */
	ok_err(armcvm_pkvm_host_init_vcpu(host(), &F.t, h, PA(HVCPU_PFN),
					  PA(YVCPU_PFN), &r), &r, EBUSY);
	page_is(YVCPU_PFN, ARMCVM_PKVM_PAGE_OWNED, ARMCVM_PKVM_NOPAGE);
	ok_err(armcvm_pkvm_host_share_hyp(host(), &F.t, HVCPU_PFN, &r), &r, 0);
	ok_err(armcvm_pkvm_host_init_vcpu(host(), &F.t, h, PA(HVCPU_PFN),
					  PA(YVCPU_PFN), &r), &r, 0);
	/* Index already registered -> -EINVAL. */
	ok_err(armcvm_pkvm_host_init_vcpu(host(), &F.t, h, PA(HVCPU_PFN),
					  PA(YVCPU2_PFN), &r), &r, EINVAL);

	/* The guest cannot run before its vCPU is loaded: not served. */
	assert_int_equal(armcvm_kvm_mem_share(guest(), PA(GFN0), 4096, &mr), 0);
	assert_int_equal(mr.smccc, NOT_SUPPORTED);
	assert_int_equal(F.gp.error, -ARMCVM_ERR_STATE);

	/* __pkvm_vcpu_load is void. */
	ok_void(armcvm_pkvm_host_vcpu_load(host(), &F.t, h, 0, 0, &r), &r, h);
	/* [T13] with an empty memcache -> -ENOMEM; topped up -> 0. */
	ok_err(armcvm_pkvm_host_donate_guest(host(), &F.t, G0_PFN, GFN0, &r),
	       &r, ENOMEM);
	assert_int_equal(armcvm_pkvm_own_vcpu_topup(&F.m, h, 0, MC_MIN), 0);
	ok_err(armcvm_pkvm_host_donate_guest(host(), &F.t, G0_PFN, GFN0, &r),
	       &r, 0);
	assert_int_equal(gstate(GFN0), ARMCVM_PKVM_PAGE_OWNED);
	/* Same gfn again: G != NOPAGE -> -EPERM. */
	ok_err(armcvm_pkvm_host_donate_guest(host(), &F.t, G1_PFN, GFN0, &r),
	       &r, EPERM);
	/* [T2] on the pinned struct kvm -> -EBUSY. */
	ok_err(armcvm_pkvm_host_unshare_hyp(host(), &F.t, KVM_PFN, &r), &r,
	       EBUSY);

	guest_calls();

	/* [T16] force reclaim: poisons gfn0, the host has the page back. */
	ok_err(armcvm_pkvm_host_force_reclaim_guest_page(host(), &F.t,
							 PA(G0_PFN), &r), &r, 0);
	assert_int_equal(gstate(GFN0), ARMCVM_PKVM_POISON);
	page_is(G0_PFN, ARMCVM_PKVM_PAGE_OWNED, ARMCVM_PKVM_NOPAGE);
	/* Again: host has access -> -EAGAIN; not memory -> -EFAULT. */
	ok_err(armcvm_pkvm_host_force_reclaim_guest_page(host(), &F.t,
							 PA(G0_PFN), &r), &r,
	       EAGAIN);
	ok_err(armcvm_pkvm_host_force_reclaim_guest_page(host(), &F.t,
							 PA(MMIO_PFN), &r), &r,
	       EFAULT);

	/* Teardown: refused while the vCPU is loaded (a reference). */
	ok_err(armcvm_pkvm_host_start_teardown_vm(host(), &F.t, h, &r), &r,
	       EINVAL);
	ok_err(armcvm_pkvm_host_reclaim_dying_guest_page(host(), &F.t, h, GFN1,
							 &r), &r, EINVAL);
	/*
	 * __pkvm_vcpu_put takes no argument: with a real hvc only x0 is
	 * bound, so x1 comes back as whatever the register held.
	 */
	assert_int_equal(armcvm_pkvm_host_vcpu_put(host(), &F.t, &r), 0);
	assert_int_equal(r.smccc, 0);
	assert_false(r.x1_written);
	assert_int_equal(F.hp.error, 0);
	inv_clean();
	ok_err(armcvm_pkvm_host_start_teardown_vm(host(), &F.t, h, &r), &r, 0);
	ok_err(armcvm_pkvm_host_start_teardown_vm(host(), &F.t, h, &r), &r,
	       EINVAL);
	/* [T17]: gfn1 back to the host; poisoned gfn0 -EHWPOISON -> 0. */
	ok_err(armcvm_pkvm_host_reclaim_dying_guest_page(host(), &F.t, h, GFN1,
							 &r), &r, 0);
	page_is(G1_PFN, ARMCVM_PKVM_PAGE_OWNED, ARMCVM_PKVM_NOPAGE);
	ok_err(armcvm_pkvm_host_reclaim_dying_guest_page(host(), &F.t, h, GFN0,
							 &r), &r, 0);
	ok_err(armcvm_pkvm_host_finalize_teardown_vm(host(), &F.t, h, &r), &r,
	       0);
	ok_err(armcvm_pkvm_host_finalize_teardown_vm(host(), &F.t, h, &r), &r,
	       EINVAL);
	ok_err(armcvm_pkvm_host_unshare_hyp(host(), &F.t, KVM_PFN, &r), &r, 0);
	ok_err(armcvm_pkvm_host_unshare_hyp(host(), &F.t, HVCPU_PFN, &r), &r,
	       0);
	/* Every page the VM used is the host's again. */
	page_is(KVM_PFN, ARMCVM_PKVM_PAGE_OWNED, ARMCVM_PKVM_NOPAGE);
	page_is(VM_PFN, ARMCVM_PKVM_PAGE_OWNED, ARMCVM_PKVM_NOPAGE);
	page_is(PGD_PFN, ARMCVM_PKVM_PAGE_OWNED, ARMCVM_PKVM_NOPAGE);
	page_is(YVCPU_PFN, ARMCVM_PKVM_PAGE_OWNED, ARMCVM_PKVM_NOPAGE);
	page_is(G0_PFN, ARMCVM_PKVM_PAGE_OWNED, ARMCVM_PKVM_NOPAGE);
	page_is(G1_PFN, ARMCVM_PKVM_PAGE_OWNED, ARMCVM_PKVM_NOPAGE);
}

static void test_vm_life(void **state)
{
	(void)state;
	setup(true);
	assert_int_equal(armcvm_pkvm_hyp_guest_port(&F.gp, &F.hyp, 0x1000, 0,
						    &F.gc), 0);
	vm_life();
}

/* handle_host_hcall(): windows, NULL handler, hints (pkvm.md 1.4). */
static void test_dispatcher(void **state)
{
	struct armcvm_smccc_regs g;
	struct armcvm_pkvm_result r;

	(void)state;
	setup(false);
	/* Before finalisation: [0, PKVM_ONLY): share_hyp (29) is outside. */
	assert_int_equal(armcvm_pkvm_host_share_hyp(host(), &F.t, KVM_PFN, &r),
			 0);
	assert_int_equal(r.smccc, NOT_SUPPORTED);
	assert_int_equal(F.hp.error, 0);
	page_is(KVM_PFN, ARMCVM_PKVM_PAGE_OWNED, ARMCVM_PKVM_NOPAGE);
	/* __pkvm_init (1) is in the window but not modelled. */
	raw(host(), ARMCVM_PKVM_HOST_FID(ARMCVM_PKVM_V7_1_INIT), 0, 0, 0, &g);
	assert_int_equal((int64_t)g.x[0], NOT_SUPPORTED);
	assert_int_equal(F.hp.error, -ARMCVM_ERR_NOTSUPP);
	/* __kvm_hyp_init (0): no handler. */
	raw(host(), ARMCVM_PKVM_HOST_FID(ARMCVM_PKVM_V7_1_KVM_HYP_INIT), 5, 0,
	    0, &g);
	assert_int_equal((int64_t)g.x[0], NOT_SUPPORTED);
	assert_int_equal(g.x[1], 5);
	assert_int_equal(F.hp.error, 0);

	F.hyp.finalised = true;
	/* After: [MIN_PKVM, MAX): __pkvm_init (1) and MAX (50) are out. */
	raw(host(), ARMCVM_PKVM_HOST_FID(ARMCVM_PKVM_V7_1_INIT), 0, 0, 0, &g);
	assert_int_equal((int64_t)g.x[0], NOT_SUPPORTED);
	assert_int_equal(F.hp.error, 0);
	raw(host(), ARMCVM_PKVM_HOST_FID(ARMCVM_PKVM_V7_1_MAX), 0, 0, 0, &g);
	assert_int_equal((int64_t)g.x[0], NOT_SUPPORTED);
	/* Below the base (id wraps) and with bits 63:32 set: out of window. */
	raw(host(), ARMCVM_PKVM_HOST_FID(0) - 1, 0, 0, 0, &g);
	assert_int_equal((int64_t)g.x[0], NOT_SUPPORTED);
	raw(host(), (1ULL << 32) |
		    ARMCVM_PKVM_HOST_FID(ARMCVM_PKVM_V7_1_RESERVE_VM),
	    0, 0, 0, &g);
	assert_int_equal((int64_t)g.x[0], NOT_SUPPORTED);
	/* The SVE hint bit is masked off: reserve_vm runs. */
	raw(host(), ARMCVM_SMCCC_SVE_HINT |
		    ARMCVM_PKVM_HOST_FID(ARMCVM_PKVM_V7_1_RESERVE_VM),
	    0, 0, 0, &g);
	assert_int_equal(g.x[0], 0);
	assert_int_equal(g.x[1], 0x1000);
	/* __kvm_vcpu_run: in the window, not modelled. */
	raw(host(), ARMCVM_PKVM_HOST_FID(ARMCVM_PKVM_V7_1_KVM_VCPU_RUN), 7, 0,
	    0, &g);
	assert_int_equal((int64_t)g.x[0], NOT_SUPPORTED);
	assert_int_equal(g.x[1], 7);
	assert_int_equal(F.hp.error, -ARMCVM_ERR_NOTSUPP);
	/* __pkvm_tlb_flush_vmid: void, served. */
	ok_void(armcvm_pkvm_host_tlb_flush_vmid(host(), &F.t, 0x1000, &r), &r,
		0x1000);
	/*
	 * Not memory (with or without metadata): check_range_allowed_memory
	 * -> -EPERM (pkvm.md 4.2, 4.3).
	 */
	ok_err(armcvm_pkvm_host_share_hyp(host(), &F.t, MMIO_PFN, &r), &r,
	       EPERM);
	ok_err(armcvm_pkvm_host_share_hyp(host(), &F.t, PFN_BASE + NR_PAGES,
					  &r), &r, EPERM);
	/* An unknown host struct kvm / kvm_vcpu address: not served. */
	raw(host(), ARMCVM_PKVM_HOST_FID(ARMCVM_PKVM_V7_1_INIT_VM),
	    PA(VM_PFN), PA(VM_PFN), PA(PGD_PFN), &g);
	assert_int_equal((int64_t)g.x[0], NOT_SUPPORTED);
	assert_int_equal(F.hp.error, -ARMCVM_ERR_NOENT);
	raw(host(), ARMCVM_PKVM_HOST_FID(ARMCVM_PKVM_V7_1_INIT_VCPU), 0x1000,
	    PA(KVM_PFN), PA(YVCPU_PFN), &g);
	assert_int_equal((int64_t)g.x[0], NOT_SUPPORTED);
	assert_int_equal(F.hp.error, -ARMCVM_ERR_NOENT);
	inv_clean();
}

/* A non-protected VM's guest calls all exit to the host. */
static void test_guest_np(void **state)
{
	struct armcvm_pkvm_result r;
	struct armcvm_pkvm_hyp_exit e;
	struct armcvm_smccc_regs g;

	(void)state;
	setup(true);
	F.kvm.params.is_protected = false;
	F.kvm.params.handle = 0x1000;
	ok_err(armcvm_pkvm_host_reserve_vm(host(), &F.t, &r), &r, 0);
	ok_err(armcvm_pkvm_host_share_hyp(host(), &F.t, KVM_PFN, &r), &r, 0);
	ok_err(armcvm_pkvm_host_init_vm(host(), &F.t, PA(KVM_PFN), PA(VM_PFN),
					PA(PGD_PFN), &r), &r, 0);
	ok_err(armcvm_pkvm_host_share_hyp(host(), &F.t, HVCPU_PFN, &r), &r, 0);
	ok_err(armcvm_pkvm_host_init_vcpu(host(), &F.t, 0x1000, PA(HVCPU_PFN),
					  PA(YVCPU_PFN), &r), &r, 0);
	ok_void(armcvm_pkvm_host_vcpu_load(host(), &F.t, 0x1000, 0, 0, &r), &r,
		0x1000);
	assert_int_equal(armcvm_pkvm_hyp_guest_port(&F.gp, &F.hyp, 0x1000, 0,
						    &F.gc), 0);
	raw(guest(), ARMCVM_SMC_KVM_MEM_SHARE, PA(GFN0), 0, 0, &g);
	assert_int_equal((int64_t)g.x[0], NOT_SUPPORTED);
	assert_int_equal(armcvm_pkvm_hyp_take_exit(&F.gp, &e), 1);
	assert_int_equal(e.kind, ARMCVM_PKVM_HYP_EXIT_HVC);
	inv_clean();

	/* The non-protected memory calls [T8]-[T12], [T9]. */
	ok_err(armcvm_pkvm_host_share_guest(host(), &F.t, G0_PFN, GFN0, 1,
					    ARMCVM_PKVM_PROT_RWX, &r), &r,
	       ENOMEM);
	assert_int_equal(armcvm_pkvm_own_vcpu_topup(&F.m, 0x1000, 0, MC_MIN),
			 0);
	/* enum kvm_pgtable_prot is 64-bit: bit 32 is outside RWX. */
	ok_err(armcvm_pkvm_host_share_guest(host(), &F.t, G0_PFN, GFN0, 1,
					    1ULL << 32, &r), &r, EINVAL);
	ok_err(armcvm_pkvm_host_share_guest(host(), &F.t, G0_PFN, GFN0, 1,
					    ARMCVM_PKVM_PROT_R, &r), &r, 0);
	page_is(G0_PFN, ARMCVM_PKVM_PAGE_SHARED_OWNED, ARMCVM_PKVM_NOPAGE);
	assert_int_equal(gstate(GFN0), ARMCVM_PKVM_PAGE_SHARED_BORROWED);
	ok_err(armcvm_pkvm_host_relax_perms_guest(host(), &F.t, GFN0,
						  ARMCVM_PKVM_PROT_RWX, &r),
	       &r, 0);
	ok_err(armcvm_pkvm_host_relax_perms_guest(host(), &F.t, GFN0, 8, &r),
	       &r, EINVAL);
	ok_err(armcvm_pkvm_host_wrprotect_guest(host(), &F.t, 0x1000, GFN0, 1,
						&r), &r, 0);
	ok_err(armcvm_pkvm_host_mkyoung_guest(host(), &F.t, GFN0, &r), &r, 0);
	/* Young after mkyoung; mkold clears it. */
	ok_err(armcvm_pkvm_host_test_clear_young_guest(host(), &F.t, 0x1000,
						       GFN0, 1, true, &r),
	       &r, 0);
	assert_int_equal(r.value, 1);
	ok_err(armcvm_pkvm_host_test_clear_young_guest(host(), &F.t, 0x1000,
						       GFN0, 1, false, &r),
	       &r, 0);
	assert_int_equal(r.value, 0);
	ok_err(armcvm_pkvm_host_unshare_guest(host(), &F.t, 0x1000, GFN0, 1,
					      &r), &r, 0);
	page_is(G0_PFN, ARMCVM_PKVM_PAGE_OWNED, ARMCVM_PKVM_NOPAGE);
	/* Invalid leaf -> -ENOENT [T9]. */
	ok_err(armcvm_pkvm_host_unshare_guest(host(), &F.t, 0x1000, GFN0, 1,
					      &r), &r, -ARMCVM_PKVM_ENOENT);
	/* Donating to a non-protected vCPU: -EINVAL (pkvm.md 2.1, n 31). */
	ok_err(armcvm_pkvm_host_donate_guest(host(), &F.t, G1_PFN, GFN1, &r),
	       &r, EINVAL);
}

static void test_api_errors(void **state)
{
	struct armcvm_pkvm_hyp h;
	struct armcvm_pkvm_hyp_port p = { 0 };
	struct armcvm_pkvm_hyp_exit e;
	struct armcvm_conduit c;
	struct armcvm_pkvm_hyp_kvm bad = { 0 };
	struct armcvm_smccc_regs g = { { 0 } };

	(void)state;
	setup(true);
	assert_int_equal(armcvm_pkvm_hyp_init(NULL, &F.m, NULL, 0, true),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_pkvm_hyp_init(&h, NULL, NULL, 0, true),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_pkvm_hyp_init(&h, &F.m, NULL, 1, true),
			 -ARMCVM_ERR_INVAL);
	bad.params.nr_vcpus = 1;
	assert_int_equal(armcvm_pkvm_hyp_init(&h, &F.m, &bad, 1, true),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_pkvm_hyp_init(&h, &F.m, NULL, 0, true), 0);

	assert_int_equal(armcvm_pkvm_hyp_host_port(NULL, &h, 0, &c),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_pkvm_hyp_host_port(&p, NULL, 0, &c),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_pkvm_hyp_host_port(&p, &h, 0, NULL),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_pkvm_hyp_host_port(&p, &h, 2, &c),
			 -ARMCVM_ERR_RANGE);
	assert_int_equal(armcvm_pkvm_hyp_guest_port(NULL, &h, 0x1000, 0, &c),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_pkvm_hyp_guest_port(&p, NULL, 0x1000, 0, &c),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_pkvm_hyp_guest_port(&p, &h, 0x1000, 0, NULL),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_pkvm_hyp_guest_port(&p, &h, 0xFFF, 0, &c),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_pkvm_hyp_guest_port(&p, &h, 0x10FF, 0, &c),
			 -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_pkvm_hyp_guest_port(&p, &h, 0x10FE, 0, &c), 0);
	assert_ptr_equal(c.ctx, &p);
	assert_int_equal(c.kind, ARMCVM_CONDUIT_CALLBACK);

	assert_int_equal(armcvm_pkvm_hyp_take_exit(NULL, &e), -ARMCVM_ERR_INVAL);
	assert_int_equal(armcvm_pkvm_hyp_take_exit(&p, NULL), -ARMCVM_ERR_INVAL);

	/* Callback misuse: NULL ctx, unset port, unknown kind. */
	armcvm_pkvm_hyp_call(NULL, &g, &g);
	assert_int_equal((int64_t)g.x[0], NOT_SUPPORTED);
	p = (struct armcvm_pkvm_hyp_port){ .kind = ARMCVM_PKVM_HYP_PORT_HOST };
	armcvm_pkvm_hyp_call(&p, &g, &g);
	assert_int_equal((int64_t)g.x[0], NOT_SUPPORTED);
	assert_int_equal(p.error, -ARMCVM_ERR_INVAL);
	p = (struct armcvm_pkvm_hyp_port){ .hyp = &h, .kind = 7 };
	armcvm_pkvm_hyp_call(&p, &g, &g);
	assert_int_equal((int64_t)g.x[0], NOT_SUPPORTED);
	assert_int_equal(p.error, -ARMCVM_ERR_INVAL);
}

#if defined(__aarch64__)
/* The trap handler: route the trapped hvc to the current port. */
static void to_port(void *ctx, bool is_hvc, struct armcvm_smccc_regs *regs)
{
	struct armcvm_smccc_regs in = *regs;

	(void)ctx;
	assert_true(is_hvc);
	armcvm_pkvm_hyp_call(F.cur, &in, regs);
}

static void test_vm_life_hvc(void **state)
{
	unsigned long n;

	(void)state;
	setup(true);
	assert_int_equal(armcvm_pkvm_hyp_guest_port(&F.gp, &F.hyp, 0x1000, 0,
						    &F.gc), 0);
	F.trapped = true;
	assert_int_equal(trap_firmware_install(to_port, NULL), 0);
	vm_life();
	n = trap_firmware_count();
	trap_firmware_remove();
	/* Every call went through the real instruction. */
	print_message("%lu calls trapped\n", n);
	assert_int_equal(n, F.calls);
	assert_true(n > 0);
}
#endif

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_vm_life),
		cmocka_unit_test(test_dispatcher),
		cmocka_unit_test(test_guest_np),
		cmocka_unit_test(test_api_errors),
#if defined(__aarch64__)
		cmocka_unit_test(test_vm_life_hvc),
#endif
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
