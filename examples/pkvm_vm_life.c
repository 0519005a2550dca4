/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
/*
 * armcvm-pkvm-vm-life: a protected VM's life, VMM style, against armcvm's
 * software pKVM hypervisor (pkvm_own_hyp.h) instead of EL2. The "VMM"
 * only issues the real v7.1 host hypercall wrappers (pkvm_host.h); the
 * "guest" only issues the vendor hypercall wrappers (kvm_guest.h). The
 * host faults guest memory in by donation when the guest's MEM_SHARE
 * exits with a stage-2 fault, as KVM's run loop does (pkvm.md 3.2).
 *
 * Steps: create the VM (share struct kvm, reserve, init VM, init vCPU,
 * load), fault pages in by donation, the guest shares a virtio buffer,
 * the guest unshares it, teardown with reclaim, invariant check. Exits 0
 * only if every answer is the one the v7.1 hypervisor gives.
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>

#include <armcvm/armcvm.h>

#define PFN_BASE	0x80000ULL	/* 2 GiB */
#define NR_PAGES	64U
#define PA(pfn)		((uint64_t)(pfn) << 12)
#define GFN_BASE	0x400ULL	/* guest RAM at IPA 4 MiB */
#define NR_GFNS		512U
#define GUEST_PAGES	4U
#define VIRTIO_GFN	(GFN_BASE + 3)	/* the guest's virtio ring */
#define MC_MIN		2U

enum { KVM, VM, PGD, HVCPU, YVCPU, RAM0 };	/* page roles, + PFN_BASE */

static struct armcvm_pkvm_own model;
static struct armcvm_pkvm_page pages[NR_PAGES];
static struct armcvm_pkvm_vm vms[1];
static struct armcvm_pkvm_cpu cpus[1];
static uint64_t s2[NR_GFNS];
static struct armcvm_pkvm_vcpu vcpus[1];
static uint32_t scratch[NR_PAGES];
static unsigned int steps;

static void die(const char *what)
{
	fprintf(stderr, "FAILED: %s\n", what);
	exit(1);
}

/* Check the model's invariants; report the step. */
static void step(const char *what)
{
	struct armcvm_pkvm_violation v;

	if (armcvm_pkvm_own_check(&model, scratch, NR_PAGES, &v) != 0) {
		fprintf(stderr, "invariant %u broken at pfn 0x%" PRIx64 "\n",
			v.inv, v.pfn);
		die(what);
	}
	printf("[%2u] %s (invariants hold)\n", ++steps, what);
}

/* A host hypercall must reach EL2 and answer @want in x1. */
static void expect(int ret, const struct armcvm_pkvm_result *r, int64_t want,
		   const char *what)
{
	if (ret != 0) {
		/* The call did not reach EL2: *r was not written. */
		fprintf(stderr, "%s: ret %d\n", what, ret);
		die(what);
	}
	if (r->smccc != ARMCVM_SMCCC_RET_SUCCESS ||
	    (r->x1_written && r->err != want)) {
		fprintf(stderr, "%s: smccc %" PRId64 " err %" PRId64 "\n",
			what, r->smccc, r->err);
		die(what);
	}
}

/*
 * The guest's set_memory_decrypted() for one page: MEM_SHARE, and while
 * it exits with a stage-2 fault, let the VMM donate the page and re-run.
 */
static void guest_share(const struct armcvm_conduit *g,
			struct armcvm_pkvm_hyp_port *gp,
			const struct armcvm_conduit *h,
			const struct armcvm_pkvm_target *t, uint64_t gfn,
			uint64_t backing_pfn)
{
	struct armcvm_kvm_mem_result mr;
	struct armcvm_pkvm_hyp_exit e;
	struct armcvm_pkvm_result r;

	for (;;) {
		if (armcvm_kvm_mem_share(g, PA(gfn), 4096, &mr) != 0) {
			die("MEM_SHARE encode");
		}
		if (armcvm_pkvm_hyp_take_exit(gp, &e) != 1) {
			break;
		}
		if (e.kind != ARMCVM_PKVM_HYP_EXIT_DABT) {
			die("unexpected exit");
		}
		printf("     guest MEM_SHARE(IPA 0x%" PRIx64 ") -> stage-2 fault "
		       "exit; VMM donates pfn 0x%" PRIx64 "\n", e.ipa,
		       backing_pfn);
		expect(armcvm_pkvm_host_donate_guest(h, t, backing_pfn,
						     e.ipa >> 12, &r),
		       &r, 0, "donate on fault");
	}
	if (mr.smccc != ARMCVM_SMCCC_RET_SUCCESS) {
		die("MEM_SHARE");
	}
}

int main(void)
{
	static const struct armcvm_pkvm_mem_range mem[] = {
		{ PFN_BASE, NR_PAGES, 0 },
	};
	const struct armcvm_pkvm_own_config cfg = {
		.pages = pages, .pfn_base = PFN_BASE, .nr_pages = NR_PAGES,
		.mem = mem, .nr_mem = 1, .pa_bits = 40, .vms = vms,
		.nr_vms = 1, .cpus = cpus, .nr_cpus = 1,
	};
	static const uint64_t host_vcpus[1] = { PA(PFN_BASE + HVCPU) };
	struct armcvm_pkvm_hyp_kvm kvm = {
		.host_kvm = PA(PFN_BASE + KVM),
		.host_vcpus = host_vcpus,
		.params = {
			.nr_vcpus = 1, .is_protected = true, .ia_bits = 40,
			.memcache_min = MC_MIN, .vm_nr = 1, .pgd_nr = 1,
			.gfn_base = GFN_BASE, .nr_gfns = NR_GFNS, .s2 = s2,
			.vcpus = vcpus,
		},
	};
	struct armcvm_pkvm_hyp hyp;
	struct armcvm_pkvm_hyp_port hp, gp;
	struct armcvm_conduit hc, gc;
	struct armcvm_pkvm_target t;
	struct armcvm_pkvm_result r;
	struct armcvm_kvm_features f;
	struct armcvm_kvm_mem_result mr;
	struct armcvm_pkvm_page_info pi;
	uint16_t h;
	unsigned int i;

	if (armcvm_pkvm_own_init(&model, &cfg) != 0 ||
	    armcvm_pkvm_hyp_init(&hyp, &model, &kvm, 1, true) != 0 ||
	    armcvm_pkvm_hyp_host_port(&hp, &hyp, 0, &hc) != 0 ||
	    armcvm_pkvm_target_get(ARMCVM_PKVM_TARGET_V7_1, 0, &t) != 0) {
		die("setup");
	}
	step("software hypervisor up: 64 pages, 1 CPU, v7.1 host ABI");

	/* Create: as KVM's pkvm_create_hyp_vm() / pkvm_create_hyp_vcpu(). */
	expect(armcvm_pkvm_host_reserve_vm(&hc, &t, &r), &r, 0, "reserve");
	h = (uint16_t)r.value;
	kvm.params.handle = h;
	printf("     __pkvm_reserve_vm -> handle 0x%x\n", h);
	expect(armcvm_pkvm_host_share_hyp(&hc, &t, PFN_BASE + KVM, &r), &r, 0,
	       "share struct kvm");
	expect(armcvm_pkvm_host_init_vm(&hc, &t, PA(PFN_BASE + KVM),
					PA(PFN_BASE + VM), PA(PFN_BASE + PGD),
					&r), &r, 0, "init_vm");
	expect(armcvm_pkvm_host_share_hyp(&hc, &t, PFN_BASE + HVCPU, &r), &r,
	       0, "share struct kvm_vcpu");
	expect(armcvm_pkvm_host_init_vcpu(&hc, &t, h, PA(PFN_BASE + HVCPU),
					  PA(PFN_BASE + YVCPU), &r), &r, 0,
	       "init_vcpu");
	step("protected VM created: struct kvm pinned, VM and PGD donated");

	if (armcvm_pkvm_own_vcpu_topup(&model, h, 0, MC_MIN) != 0) {
		die("memcache top-up");
	}
	expect(armcvm_pkvm_host_vcpu_load(&hc, &t, h, 0, 0, &r), &r, 0,
	       "vcpu_load");
	if (armcvm_pkvm_hyp_guest_port(&gp, &hyp, h, 0, &gc) != 0) {
		die("guest port");
	}
	step("vCPU 0 loaded on CPU 0, memcache topped up");

	/* Fault the guest's RAM in by donation, page by page. */
	for (i = 0; i < GUEST_PAGES - 1U; i++) {
		expect(armcvm_pkvm_host_donate_guest(&hc, &t,
						     PFN_BASE + RAM0 + i,
						     GFN_BASE + i, &r),
		       &r, 0, "donate");
	}
	step("3 guest pages faulted in by __pkvm_host_donate_guest");

	/* The guest probes the hypervisor and shares its virtio ring. */
	if (armcvm_kvm_features(&gc, &f) != 0 ||
	    !armcvm_kvm_features_has(&f, ARMCVM_KVM_FUNC_MEM_SHARE) ||
	    !armcvm_kvm_features_has(&f, ARMCVM_KVM_FUNC_MEM_UNSHARE)) {
		die("guest FEATURES");
	}
	printf("     guest FEATURES bitmap 0x%x\n", f.bitmap[0]);
	guest_share(&gc, &gp, &hc, &t, VIRTIO_GFN,
		    PFN_BASE + RAM0 + GUEST_PAGES - 1U);
	if (armcvm_pkvm_own_page_info(&model, PFN_BASE + RAM0 + 3, &pi) != 0 ||
	    pi.host != ARMCVM_PKVM_PAGE_SHARED_BORROWED) {
		die("virtio page not host-accessible");
	}
	step("guest shared its virtio buffer: host may access it");

	if (armcvm_kvm_mem_unshare(&gc, PA(VIRTIO_GFN), 4096, &mr) != 0 ||
	    mr.smccc != ARMCVM_SMCCC_RET_SUCCESS) {
		die("MEM_UNSHARE");
	}
	if (armcvm_pkvm_own_page_info(&model, PFN_BASE + RAM0 + 3, &pi) != 0 ||
	    pi.host != ARMCVM_PKVM_NOPAGE) {
		die("virtio page still host-accessible");
	}
	step("guest unshared the buffer: host access revoked");

	/* Teardown: put, start, reclaim every page, finalize, unshare. */
	expect(armcvm_pkvm_host_vcpu_put(&hc, &t, &r), &r, 0, "vcpu_put");
	expect(armcvm_pkvm_host_start_teardown_vm(&hc, &t, h, &r), &r, 0,
	       "start_teardown");
	for (i = 0; i < GUEST_PAGES; i++) {
		expect(armcvm_pkvm_host_reclaim_dying_guest_page(
			       &hc, &t, h, GFN_BASE + i, &r),
		       &r, 0, "reclaim");
	}
	expect(armcvm_pkvm_host_finalize_teardown_vm(&hc, &t, h, &r), &r, 0,
	       "finalize_teardown");
	expect(armcvm_pkvm_host_unshare_hyp(&hc, &t, PFN_BASE + HVCPU, &r), &r,
	       0, "unshare struct kvm_vcpu");
	expect(armcvm_pkvm_host_unshare_hyp(&hc, &t, PFN_BASE + KVM, &r), &r,
	       0, "unshare struct kvm");
	for (i = 0; i < NR_PAGES; i++) {
		if (armcvm_pkvm_own_page_info(&model, PFN_BASE + i, &pi) != 0 ||
		    pi.host != ARMCVM_PKVM_PAGE_OWNED ||
		    pi.hyp != ARMCVM_PKVM_NOPAGE) {
			die("a page was not returned to the host");
		}
	}
	step("teardown with reclaim: every page is the host's again");
	printf("OK: protected VM life completed in %u steps\n", steps);
	return 0;
}
