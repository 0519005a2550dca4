/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
/*
 * fuzz_pkvm_seq: byte-driven sequences of pKVM host hypercalls (through
 * the software hypervisor's host ports, pkvm_own_hyp.h), protected-guest
 * hypercalls (guest ports), EL2-internal transitions and vCPU bookkeeping
 * on the page-ownership model (pkvm_own.h).
 *
 * Input (docs/fuzzing.md, "pkvm_seq"):
 *   h0  bits 1:0 memory map (48 pages; 24 + 16 NOMAP; all 64), bit 2
 *       erratum 4193714 flag, bit 3 start finalised
 *   h1  VM slots 1 + h1 % 3, CPUs 1 + (h1 >> 2) % 3
 *   h2  per host struct kvm (two): bit 0/1 protected, bit 2/3 two vCPUs,
 *       bits 5:4 ia_bits of kvm 0 {40, 24, 48, 36}
 * then steps, an opcode byte each (op % 8): 0-2 host hypercall, 3-4
 * guest hypercall, 5-6 EL2-internal transition or bookkeeping, 7 set a
 * host struct kvm's handle / flip finalisation / PTE codecs.
 *
 * After every step (abort on violation):
 *  - armcvm_pkvm_own_check() finds no violated invariant;
 *  - an error answer (negative errno in x1, a refused guest call, a call
 *    not served, a library error) left every byte of the model's storage
 *    unchanged (pkvm_own.h: "A transition whose answer is an error leaves
 *    the whole model byte-identical");
 *  - the host-lost hook reported exactly the pages the host lost access
 *    to, with the new owner (pkvm_own.h armcvm_pkvm_host_lost_fn);
 *  - host and guest stage-2 PTE codecs round-trip.
 */
#include <stdbool.h>
#include <string.h>

#include <armcvm/armcvm.h>

#include "fuzz_stream.h"

#define PFN_BASE	0x80000ULL
#define NR_PAGES	64U
#define PA(pfn)		((uint64_t)(pfn) << 12)
#define GFN_BASE	0x400ULL
#define NR_GFNS		1024U
#define MAX_VMS		3U
#define MAX_CPUS	3U
#define NR_KVMS		2U

#define NOT_SUPPORTED	((uint64_t)(int64_t)ARMCVM_SMCCC_RET_NOT_SUPPORTED)
#define INVALID_PARAM	((uint64_t)(int64_t)ARMCVM_SMCCC_RET_INVALID_PARAMETER)

/* Everything the model points into: snapshotted as one block. */
struct store {
	struct armcvm_pkvm_page pages[NR_PAGES];
	struct armcvm_pkvm_vm vms[MAX_VMS];
	struct armcvm_pkvm_cpu cpus[MAX_CPUS];
	uint64_t s2[MAX_VMS][NR_GFNS];
	struct armcvm_pkvm_vcpu vcpus[MAX_VMS][2];
};

struct ctx {
	struct armcvm_pkvm_own m;
	struct armcvm_pkvm_mem_range mem[2];
	struct store st;
	struct store snap;
	uint64_t host_vcpus[NR_KVMS][2];
	struct armcvm_pkvm_hyp_kvm kvms[NR_KVMS];
	struct armcvm_pkvm_hyp hyp;
	struct armcvm_pkvm_hyp_port hp[MAX_CPUS], gp;
	struct armcvm_conduit hc[MAX_CPUS], gc;
	uint32_t scratch[NR_PAGES];
	/* host-lost hook reports of the current step */
	uint8_t lost[NR_PAGES];
	uint8_t lost_to[NR_PAGES];
	bool acc[NR_PAGES];	/* host access before the step */
	bool trace;
};

static struct ctx C;

static void host_lost(void *ctx, uint64_t pfn, uint64_t nr, unsigned int to)
{
	struct ctx *c = ctx;
	uint64_t i;

	for (i = 0; i < nr; i++) {
		FUZZ_CHECK(pfn + i >= PFN_BASE && pfn + i < PFN_BASE + NR_PAGES,
			   "host_lost pfn 0x%llx outside the metadata",
			   (unsigned long long)(pfn + i));
		c->lost[pfn + i - PFN_BASE]++;
		c->lost_to[pfn + i - PFN_BASE] = (uint8_t)to;
	}
}

static bool host_access(const struct ctx *c, unsigned int i)
{
	struct armcvm_pkvm_page_info pi;

	FUZZ_CHECK(armcvm_pkvm_own_page_info(&c->m, PFN_BASE + i, &pi) == 0,
		   "page_info");
	return pi.host != ARMCVM_PKVM_NOPAGE;
}

static void begin(struct ctx *c)
{
	unsigned int i;

	memcpy(&c->snap, &c->st, sizeof(c->st));
	for (i = 0; i < NR_PAGES; i++) {
		c->acc[i] = host_access(c, i);
	}
	memset(c->lost, 0, sizeof(c->lost));
}

static void end(struct ctx *c, bool error, const char *what)
{
	struct armcvm_pkvm_violation v;
	struct armcvm_pkvm_page_info pi;
	unsigned int i;
	int rc;

	if (c->trace) {
		fprintf(stderr, "%s%s\n", what, error ? " (error)" : "");
	}
	if (error) {
		FUZZ_CHECK(memcmp(&c->snap, &c->st, sizeof(c->st)) == 0,
			   "%s: an error answer changed the model", what);
	}
	rc = armcvm_pkvm_own_check(&c->m, c->scratch, NR_PAGES, &v);
	FUZZ_CHECK(rc == 0 && v.inv == ARMCVM_PKVM_INV_OK,
		   "%s: invariant %u broken (pfn 0x%llx handle 0x%x gfn 0x%llx)",
		   what, v.inv, (unsigned long long)v.pfn, v.handle,
		   (unsigned long long)v.gfn);
	for (i = 0; i < NR_PAGES; i++) {
		bool now = host_access(c, i);

		FUZZ_CHECK(c->lost[i] == ((c->acc[i] && !now) ? 1U : 0U),
			   "%s: pfn 0x%llx access %d -> %d, reported lost %u "
			   "times", what, (unsigned long long)(PFN_BASE + i),
			   c->acc[i], now, c->lost[i]);
		if (c->lost[i] != 0) {
			FUZZ_CHECK(armcvm_pkvm_own_page_info(&c->m, PFN_BASE + i,
							     &pi) == 0 &&
				   c->lost_to[i] == (pi.hyp ==
				   ARMCVM_PKVM_PAGE_OWNED ? ARMCVM_PKVM_ID_HYP :
				   ARMCVM_PKVM_ID_GUEST),
				   "%s: pfn 0x%llx lost to %u, hyp state %u",
				   what, (unsigned long long)(PFN_BASE + i),
				   c->lost_to[i], pi.hyp);
		}
	}
}

/*
 * An argument, biased toward what the model distinguishes: pfns and PAs
 * around the metadata range, handles, gfns around the storage window,
 * IPAs, small integers (nr, prot, indices) and raw values.
 */
static uint64_t val(struct fuzz_stream *s)
{
	static const uint64_t nrs[8] = { 1, 2, 512, 0, 513, 3, 1024, 0x10000 };
	uint8_t t = fs_u8(s);
	unsigned int p = t >> 3;
	uint64_t gfn;

	switch (t & 7U) {
	case 0:
		return PFN_BASE + fs_u8(s) % (NR_PAGES + 4U) - 2U;
	case 1:
		return PA(PFN_BASE + fs_u8(s) % (NR_PAGES + 4U) - 2U) +
		       ((p & 1U) != 0 ? 8U : 0U);
	case 2:
		return p < 28U ? ARMCVM_PKVM_HANDLE_OFFSET + p % 4U :
		       p == 28U ? 0xFFFU : 0x10FFU + (p & 3U);
	case 3:
	case 6:
		gfn = GFN_BASE + fs_u8(s) + ((p & 1U) != 0 ? 256U : 0U) +
		      ((p & 2U) != 0 ? 512U : 0U);
		if ((p & 4U) != 0) {
			gfn = (p & 8U) != 0 ? GFN_BASE - 1U - (p >> 4) :
			      GFN_BASE + NR_GFNS + (p >> 4);
		}
		return (t & 7U) == 3U ? gfn :
		       PA(gfn) + ((p & 16U) != 0 ? 8U : 0U);
	case 4:
		return p;
	case 5:
		return fs_u64(s);
	default:
		return (p & 16U) != 0 ? nrs[p & 7U] :
		       (uint64_t)(p & 7U) | ((p & 8U) != 0 ? 1ULL << 32 : 0);
	}
}

/* Storage of a VM slot goes with the handle a kvm names (no aliasing). */
static void bind_storage(struct ctx *c, struct armcvm_pkvm_hyp_kvm *k)
{
	uint32_t slot = k->params.handle - ARMCVM_PKVM_HANDLE_OFFSET;

	if (slot >= c->m.cfg.nr_vms) {
		slot = 0;
	}
	k->params.s2 = c->st.s2[slot];
	k->params.vcpus = c->st.vcpus[slot];
}

/*
 * The harness host follows the teardown protocol (pkvm.md 2.2 step 2): it
 * reclaims every guest page before __pkvm_finalize_teardown_vm. A finalize
 * that would succeed while the VM still maps pages leaks them (S4
 * reclaim_pgtable_pages() destroys the stage 2 without returning data
 * pages), which the invariant checker reports by design
 * (test_pkvm_own.c test_force_reclaim_and_poison): such a call is skipped.
 */
static bool would_leak(const struct ctx *c, uint64_t handle)
{
	uint32_t slot = (uint32_t)(uint16_t)handle - ARMCVM_PKVM_HANDLE_OFFSET;
	const struct armcvm_pkvm_vm *vm;
	uint64_t k;

	if (slot >= c->m.cfg.nr_vms) {
		return false;
	}
	vm = &c->st.vms[slot];
	if (vm->slot != ARMCVM_PKVM_SLOT_LIVE || !vm->is_dying ||
	    vm->refs != 0) {
		return false;
	}
	for (k = 0; k < vm->nr_gfns; k++) {
		if ((vm->s2[k] & ARMCVM_PKVM_S2_VALID) != 0) {
			return true;
		}
	}
	return false;
}

/* v7.1 host calls whose handler writes x1 (pkvm_host_tables.h). */
static bool writes_x1(uint64_t id)
{
	return id >= 29U && id <= 46U && id != 39U;
}

static void host_hcall(struct ctx *c, struct fuzz_stream *s)
{
	struct armcvm_smccc_regs r, in;
	uint8_t b = fs_u8(s), f = fs_u8(s);
	unsigned int cpu = (f >> 1) % c->m.cfg.nr_cpus, i;
	uint64_t id = b % 52U;
	bool err;

	memset(&r, 0, sizeof(r));
	r.x[0] = id == 51U ? fs_u32(s) : ARMCVM_PKVM_HOST_FID(id);
	if ((f & 1U) != 0) {
		r.x[0] |= ARMCVM_SMCCC_SVE_HINT;
	}
	for (i = 1; i <= 4U; i++) {
		r.x[i] = val(s);
	}
	for (i = 0; i < NR_KVMS; i++) {
		bind_storage(c, &c->kvms[i]);
	}
	/* The dispatcher's id (pkvm_own_hyp.c host_call()): 46 = finalize. */
	if ((r.x[0] & ~(uint64_t)ARMCVM_SMCCC_SVE_HINT) -
	    ARMCVM_PKVM_HOST_FID(0) == 46U && would_leak(c, r.x[1])) {
		return;
	}
	in = r;
	begin(c);
	armcvm_conduit_invoke(&c->hc[cpu], &r, &r, 5, 2);
	/* Not served, or an errno / -ENOMEM / negative value in x1. */
	err = r.x[0] == NOT_SUPPORTED ||
	      (r.x[0] == 0 && writes_x1(id) && (int64_t)r.x[1] < 0);
	FUZZ_CHECK(r.x[0] == 0 || r.x[0] == NOT_SUPPORTED,
		   "host call x0 0x%llx", (unsigned long long)r.x[0]);
	if (c->trace) {
		fprintf(stderr, "host cpu %u id %llu (0x%llx 0x%llx 0x%llx "
			"0x%llx) -> 0x%llx 0x%llx err %d: ", cpu,
			(unsigned long long)id, (unsigned long long)in.x[1],
			(unsigned long long)in.x[2], (unsigned long long)in.x[3],
			(unsigned long long)in.x[4], (unsigned long long)r.x[0],
			(unsigned long long)r.x[1], c->hp[cpu].error);
	}
	end(c, err, "host hypercall");
}

static void guest_hcall(struct ctx *c, struct fuzz_stream *s)
{
	static const uint64_t fids[8] = {
		ARMCVM_SMC_KVM_FEATURES, ARMCVM_SMC_KVM_HYP_MEMINFO,
		ARMCVM_SMC_KVM_MEM_SHARE, ARMCVM_SMC_KVM_MEM_UNSHARE,
		ARMCVM_SMC_KVM_MEM_SHARE, ARMCVM_SMC_KVM_MEM_UNSHARE,
		ARMCVM_SMC_KVM_PTP, ARMCVM_SMC_KVM_MMIO_GUARD,
	};
	struct armcvm_smccc_regs r, in;
	struct armcvm_pkvm_hyp_exit e;
	uint8_t b = fs_u8(s), f = fs_u8(s);
	unsigned int i;
	bool err;
	int rc;

	FUZZ_CHECK(armcvm_pkvm_hyp_guest_port(&c->gp, &c->hyp,
					      (uint16_t)(ARMCVM_PKVM_HANDLE_OFFSET +
							 b % 4U),
					      (b >> 2) % 3U, &c->gc) == 0,
		   "guest port");
	memset(&r, 0, sizeof(r));
	r.x[0] = (f & 0x80U) != 0 ? fs_u64(s) : fids[f & 7U];
	r.x[1] = val(s);
	if ((f & 0x40U) != 0) {
		r.x[2] = val(s);
		r.x[3] = val(s);
	}
	in = r;
	begin(c);
	armcvm_conduit_invoke(&c->gc, &r, &r, 4, 4);
	rc = armcvm_pkvm_hyp_take_exit(&c->gp, &e);
	FUZZ_CHECK(rc == 0 || rc == 1, "take_exit %d", rc);
	if (rc == 1 && e.kind == ARMCVM_PKVM_HYP_EXIT_DABT) {
		/* The guest re-executes the HVC: registers untouched. */
		FUZZ_CHECK(memcmp(&r, &in, sizeof(r)) == 0 &&
			   e.ipa == in.x[1] && e.fid == in.x[0],
			   "DABT exit changed the registers");
	}
	err = (rc == 0 || e.kind != ARMCVM_PKVM_HYP_EXIT_DABT) &&
	      (r.x[0] == NOT_SUPPORTED || r.x[0] == INVALID_PARAM ||
	       (uint32_t)in.x[0] == ARMCVM_SMC_KVM_FEATURES ||
	       (uint32_t)in.x[0] == ARMCVM_SMC_KVM_HYP_MEMINFO);
	if (c->trace) {
		fprintf(stderr, "guest 0x%x/%u fid 0x%llx (0x%llx) -> 0x%llx "
			"exit %d err %d: ", c->gp.handle, c->gp.vcpu_idx,
			(unsigned long long)in.x[0], (unsigned long long)in.x[1],
			(unsigned long long)r.x[0], rc == 1 ? e.kind : 0,
			c->gp.error);
	}
	for (i = 1; i <= 3U && rc == 0; i++) {
		/* kvm_handle_pvm_hvc64() answers {x0, 0, 0, 0} [S4]. */
		FUZZ_CHECK(r.x[0] == NOT_SUPPORTED || r.x[i] == 0,
			   "guest answer x%u = 0x%llx", i,
			   (unsigned long long)r.x[i]);
	}
	end(c, err, "guest hypercall");
}

/*
 * T7's only caller, the hyp's FF-A proxy, names only pages of a descriptor
 * it retrieved from the SPMC, i.e. pages T6 shared. The kernel checks just
 * the host state, so on a page the hyp or a guest borrows it answers 0 and
 * orphans the borrower; the model answers the same and the checker reports
 * it (test_pkvm_own test_matrix). Such calls are outside the contract and
 * are not made here.
 */
static bool ffa_unshare_in_contract(const struct armcvm_pkvm_own *m,
				    uint64_t pfn, uint64_t nr)
{
	struct armcvm_pkvm_page_info info;
	uint64_t p;

	for (p = PFN_BASE; p < PFN_BASE + NR_PAGES; p++) {
		if (p < pfn || p - pfn >= nr ||
		    armcvm_pkvm_own_page_info(m, p, &info) != 0) {
			continue;
		}
		if (info.host == ARMCVM_PKVM_PAGE_SHARED_OWNED &&
		    (info.hyp != ARMCVM_PKVM_NOPAGE || info.share_count != 0)) {
			return false;
		}
	}
	return true;
}

/* An EL2-internal transition or vCPU bookkeeping, called directly. */
static void direct(struct ctx *c, struct fuzz_stream *s)
{
	struct armcvm_pkvm_own *m = &c->m;
	uint8_t sel = fs_u8(s);
	uint32_t handle = (uint32_t)val(s);
	uint32_t idx = fs_u8(s) % 3U;
	uint64_t a = val(s), b = val(s), n = val(s);
	int ret = 0, lib;

	begin(c);
	switch (sel % 18U) {
	case 0:
		lib = armcvm_pkvm_own_vcpu_topup(m, handle, idx, (uint32_t)n);
		break;
	case 1:
		lib = armcvm_pkvm_own_vcpu_set_fault(m, handle, idx,
						     (unsigned int)(n % 5U),
						     (unsigned int)(n >> 3) % 5U,
						     a);
		break;
	case 2:
		lib = armcvm_pkvm_own_host_share_guest(m, handle, idx, a, b, n,
						       (uint32_t)val(s), &ret);
		break;
	case 3:
		lib = armcvm_pkvm_own_host_donate_guest(m, handle, idx, a, b,
							&ret);
		break;
	case 4:
		lib = armcvm_pkvm_own_guest_share_host(m, handle, b, &ret);
		break;
	case 5:
		lib = armcvm_pkvm_own_guest_unshare_host(m, handle, b, &ret);
		break;
	case 6:
		lib = armcvm_pkvm_own_host_reclaim_page_guest(m, handle, b,
							      &ret);
		break;
	case 7:
		lib = armcvm_pkvm_own_hyp_pin_shared(m, a, n, &ret);
		break;
	case 8:
		lib = armcvm_pkvm_own_hyp_unpin_shared(m, a, n);
		break;
	case 9:
		lib = armcvm_pkvm_own_host_donate_hyp(m, a, n, &ret);
		break;
	case 10:
		lib = armcvm_pkvm_own_hyp_donate_host(m, a, n, &ret);
		break;
	case 11:
		lib = armcvm_pkvm_own_host_share_ffa(m, a, n, &ret);
		break;
	case 12:
		lib = ffa_unshare_in_contract(m, a, n) ?
			armcvm_pkvm_own_host_unshare_ffa(m, a, n, &ret) : 0;
		break;
	case 13:
		lib = armcvm_pkvm_own_host_unshare_guest(m, handle, b, n, &ret);
		break;
	case 14:
		lib = armcvm_pkvm_own_host_relax_perms_guest(m, handle, b,
							     (uint32_t)n, &ret);
		break;
	case 15:
		lib = armcvm_pkvm_own_host_wrprotect_guest(m, handle, b, n,
							   &ret);
		break;
	case 16:
		lib = armcvm_pkvm_own_host_test_clear_young_guest(
			m, handle, b, n, (sel & 0x80U) != 0, &ret);
		break;
	default:
		lib = armcvm_pkvm_own_host_mkyoung_guest(m, handle, b, &ret);
		break;
	}
	FUZZ_CHECK(lib <= 0, "library rc %d", lib);
	if (c->trace) {
		fprintf(stderr, "direct %u h 0x%x idx %u (0x%llx 0x%llx 0x%llx) "
			"-> lib %d ret %d: ", sel % 18U, handle, idx,
			(unsigned long long)a, (unsigned long long)b,
			(unsigned long long)n, lib, ret);
	}
	end(c, lib != 0 || ret < 0, "direct transition");
}

/* Host and guest stage-2 descriptors round-trip (pkvm_own.h codecs). */
static void pte_codecs(struct fuzz_stream *s)
{
	struct armcvm_pkvm_guest_leaf leaf, back;
	struct armcvm_pkvm_host_annot a;
	uint64_t raw = fs_u64(s), pte;
	uint8_t b = fs_u8(s);

	if (armcvm_pkvm_guest_pte_decode(raw, &leaf) == 0) {
		FUZZ_CHECK(armcvm_pkvm_guest_pte_encode(&leaf, &pte) == 0 &&
			   pte == raw, "guest PTE 0x%llx re-encodes as 0x%llx",
			   (unsigned long long)raw, (unsigned long long)pte);
	}
	memset(&leaf, 0, sizeof(leaf));
	leaf.state = b % 6U;
	leaf.block = (b & 8U) != 0;
	leaf.prot = (b >> 4) & 7U;
	leaf.young = (b & 0x80U) != 0;
	leaf.pfn = raw >> 28;
	if (armcvm_pkvm_guest_pte_encode(&leaf, &pte) == 0) {
		FUZZ_CHECK(armcvm_pkvm_guest_pte_decode(pte, &back) == 0 &&
			   memcmp(&back, &leaf, sizeof(leaf)) == 0,
			   "guest leaf does not round-trip via 0x%llx",
			   (unsigned long long)pte);
	}
	if (armcvm_pkvm_host_pte_decode(raw, &a) == 0 &&
	    a.type == ARMCVM_PKVM_INVALID_PTE_TYPE_DONATION) {
		FUZZ_CHECK(armcvm_pkvm_host_pte_encode(a.owner, a.meta, &pte) ==
			   0 && pte == raw, "host PTE 0x%llx re-encodes as "
			   "0x%llx", (unsigned long long)raw,
			   (unsigned long long)pte);
		if (a.owner == ARMCVM_PKVM_ID_GUEST) {
			FUZZ_CHECK(armcvm_pkvm_host_pte_encode_guest(a.handle,
								     a.gfn,
								     &pte) ==
				   0 && pte == raw, "guest annotation");
		}
	}
}

static void misc(struct ctx *c, struct fuzz_stream *s)
{
	uint8_t b = fs_u8(s);

	switch (b % 4U) {
	case 0:
	case 1:
		/* The VMM stores the handle __pkvm_reserve_vm returned. */
		c->kvms[(b >> 2) & 1U].params.handle =
			(b & 0x80U) != 0 ? (uint32_t)val(s) :
			ARMCVM_PKVM_HANDLE_OFFSET + ((b >> 3) & 3U);
		break;
	case 2:
		c->hyp.finalised = !c->hyp.finalised;
		break;
	default:
		pte_codecs(s);
		break;
	}
}

static bool setup(struct ctx *c, struct fuzz_stream *s)
{
	static const uint8_t ia[4] = { 40, 24, 48, 36 };
	struct armcvm_pkvm_own_config cfg;
	uint8_t h0 = fs_u8(s), h1 = fs_u8(s), h2 = fs_u8(s);
	unsigned int i, k;

	memset(c, 0, sizeof(*c));
	memset(&cfg, 0, sizeof(cfg));
	c->trace = getenv("FUZZ_TRACE") != NULL;
	switch (h0 & 3U) {
	case 0:
	case 3:
		c->mem[0] = (struct armcvm_pkvm_mem_range){ PFN_BASE, 48, 0 };
		cfg.nr_mem = 1;
		break;
	case 1:
		c->mem[0] = (struct armcvm_pkvm_mem_range){ PFN_BASE, 24, 0 };
		c->mem[1] = (struct armcvm_pkvm_mem_range){
			PFN_BASE + 32, 16, ARMCVM_PKVM_MEM_NOMAP };
		cfg.nr_mem = 2;
		break;
	default:
		c->mem[0] = (struct armcvm_pkvm_mem_range){ PFN_BASE, NR_PAGES,
							    0 };
		cfg.nr_mem = 1;
		break;
	}
	cfg.pages = c->st.pages;
	cfg.pfn_base = PFN_BASE;
	cfg.nr_pages = NR_PAGES;
	cfg.mem = c->mem;
	cfg.vms = c->st.vms;
	cfg.cpus = c->st.cpus;
	cfg.host_lost = host_lost;
	cfg.hook_ctx = c;
	cfg.pa_bits = 40;
	cfg.nr_vms = 1U + h1 % MAX_VMS;
	cfg.nr_cpus = 1U + (h1 >> 2) % MAX_CPUS;
	cfg.flags = (h0 & 4U) != 0 ? ARMCVM_PKVM_OWN_ERRATUM_4193714 : 0;
	FUZZ_CHECK(armcvm_pkvm_own_init(&c->m, &cfg) == 0, "model init");
	/* Host struct kvm at pfn 0 / 8, its vCPUs at 3, 4 / 11, 12. */
	for (k = 0; k < NR_KVMS; k++) {
		struct armcvm_pkvm_hyp_kvm *kv = &c->kvms[k];

		c->host_vcpus[k][0] = PA(PFN_BASE + 8U * k + 3U);
		c->host_vcpus[k][1] = PA(PFN_BASE + 8U * k + 4U);
		kv->host_kvm = PA(PFN_BASE + 8U * k);
		kv->host_vcpus = c->host_vcpus[k];
		kv->params.nr_vcpus = (h2 & (4U << k)) != 0 ? 2U : 1U;
		kv->params.is_protected = (h2 & (1U << k)) != 0;
		kv->params.ia_bits = k == 0 ? ia[(h2 >> 4) & 3U] : 40U;
		kv->params.memcache_min = 2;
		kv->params.vm_nr = 1U + k;
		kv->params.pgd_nr = 1;
		kv->params.gfn_base = GFN_BASE;
		kv->params.nr_gfns = k == 0 ? NR_GFNS : 512U;
	}
	if (armcvm_pkvm_hyp_init(&c->hyp, &c->m, c->kvms, NR_KVMS,
				 (h0 & 8U) != 0) != 0) {
		return false;
	}
	for (i = 0; i < cfg.nr_cpus; i++) {
		FUZZ_CHECK(armcvm_pkvm_hyp_host_port(&c->hp[i], &c->hyp, i,
						     &c->hc[i]) == 0,
			   "host port");
	}
	return true;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct fuzz_stream s = { data, size };
	struct ctx *c = &C;

	if (!setup(c, &s)) {
		return 0;
	}
	while (fs_more(&s)) {
		uint8_t op = fs_u8(&s) % 8U;

		if (op <= 2U) {
			host_hcall(c, &s);
		} else if (op <= 4U) {
			guest_hcall(c, &s);
		} else if (op <= 6U) {
			direct(c, &s);
		} else {
			misc(c, &s);
		}
	}
	return 0;
}
