/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
/*
 * armcvm - software pKVM hypervisor conduits over the ownership model
 * (pkvm_own_hyp.h). Host side: handle_host_hcall() and the handle___*()
 * functions of arch/arm64/kvm/hyp/nvhe/hyp-main.c [S3] (pkvm.md 1.4, 2.1);
 * guest side: kvm_handle_pvm_hvc64() of arch/arm64/kvm/hyp/nvhe/pkvm.c [S4]
 * (pkvm.md 3.2).
 */
#include <armcvm/pkvm_own_hyp.h>
#include <armcvm/kvm_guest.h>

#define PAGE_SHIFT	ARMCVM_PKVM_PAGE_SHIFT
#define PAGE_SIZE	(ARMCVM_ULL(1) << PAGE_SHIFT)

int armcvm_pkvm_hyp_init(struct armcvm_pkvm_hyp *h,
			 struct armcvm_pkvm_own *model,
			 struct armcvm_pkvm_hyp_kvm *kvms, size_t nr_kvms,
			 bool finalised)
{
	size_t i;
	int ret;

	if (h == NULL || model == NULL || (kvms == NULL && nr_kvms > 0)) {
		return -ARMCVM_ERR_INVAL;
	}
	for (i = 0; i < nr_kvms; i++) {
		if (kvms[i].host_vcpus == NULL &&
		    kvms[i].params.nr_vcpus > 0) {
			return -ARMCVM_ERR_INVAL;
		}
	}
	ret = armcvm_pkvm_target_get(ARMCVM_PKVM_TARGET_V7_1, 0, &h->target);
	if (ret != 0) {
		return ret;
	}
	h->model = model;
	h->kvms = kvms;
	h->nr_kvms = nr_kvms;
	h->finalised = finalised;
	return 0;
}

static void port_set(struct armcvm_pkvm_hyp_port *p, struct armcvm_pkvm_hyp *h,
		     struct armcvm_conduit *c)
{
	p->hyp = h;
	p->exit = (struct armcvm_pkvm_hyp_exit){ .kind = 0 };
	p->error = 0;
	*c = (struct armcvm_conduit)ARMCVM_CONDUIT_INIT_CALLBACK(
		armcvm_pkvm_hyp_call, p);
}

int armcvm_pkvm_hyp_host_port(struct armcvm_pkvm_hyp_port *p,
			      struct armcvm_pkvm_hyp *h, unsigned int cpu,
			      struct armcvm_conduit *c)
{
	if (p == NULL || h == NULL || c == NULL || h->model == NULL) {
		return -ARMCVM_ERR_INVAL;
	}
	if (cpu >= h->model->cfg.nr_cpus) {
		return -ARMCVM_ERR_RANGE;
	}
	*p = (struct armcvm_pkvm_hyp_port){
		.kind = ARMCVM_PKVM_HYP_PORT_HOST,
		.cpu = (uint16_t)cpu,
	};
	port_set(p, h, c);
	return 0;
}

int armcvm_pkvm_hyp_guest_port(struct armcvm_pkvm_hyp_port *p,
			       struct armcvm_pkvm_hyp *h, uint16_t handle,
			       uint32_t vcpu_idx, struct armcvm_conduit *c)
{
	if (p == NULL || h == NULL || c == NULL || h->model == NULL ||
	    !armcvm_pkvm_handle_valid(handle)) {
		return -ARMCVM_ERR_INVAL;
	}
	*p = (struct armcvm_pkvm_hyp_port){
		.kind = ARMCVM_PKVM_HYP_PORT_GUEST,
		.handle = handle,
		.vcpu_idx = vcpu_idx,
	};
	port_set(p, h, c);
	return 0;
}

int armcvm_pkvm_hyp_take_exit(struct armcvm_pkvm_hyp_port *p,
			      struct armcvm_pkvm_hyp_exit *e)
{
	if (p == NULL || e == NULL) {
		return -ARMCVM_ERR_INVAL;
	}
	*e = p->exit;
	p->exit = (struct armcvm_pkvm_hyp_exit){ .kind = 0 };
	return e->kind != ARMCVM_PKVM_HYP_EXIT_NONE ? 1 : 0;
}

/* The call was not served: x0 = NOT_SUPPORTED, the reason in the port. */
static void unserved(struct armcvm_pkvm_hyp_port *p,
		     struct armcvm_smccc_regs *out, int err)
{
	p->error = err;
	out->x[0] = (uint64_t)(int64_t)ARMCVM_SMCCC_RET_NOT_SUPPORTED;
}

/*
 * Finish a host call: a library error is "not served"; otherwise x0 =
 * SUCCESS and, unless the handler is void, x1 = its answer [S3].
 */
static void host_answer(struct armcvm_pkvm_hyp_port *p,
			struct armcvm_smccc_regs *out, int lib, int r,
			bool writes_x1)
{
	if (lib != 0) {
		unserved(p, out, lib);
		return;
	}
	out->x[0] = ARMCVM_SMCCC_RET_SUCCESS;
	if (writes_x1) {
		out->x[1] = (uint64_t)(int64_t)r;
	}
}

static struct armcvm_pkvm_hyp_kvm *kvm_by_addr(struct armcvm_pkvm_hyp *h,
					       uint64_t host_kvm)
{
	size_t i;

	for (i = 0; i < h->nr_kvms; i++) {
		if (h->kvms[i].host_kvm == host_kvm) {
			return &h->kvms[i];
		}
	}
	return NULL;
}

/* host_vcpu->vcpu_idx, as EL2 reads it; -1 for an unknown address. */
static int64_t vcpu_idx_by_addr(const struct armcvm_pkvm_hyp *h,
				uint64_t host_vcpu)
{
	size_t i;
	uint32_t j;

	for (i = 0; i < h->nr_kvms; i++) {
		for (j = 0; j < h->kvms[i].params.nr_vcpus; j++) {
			if (h->kvms[i].host_vcpus[j] == host_vcpu) {
				return (int64_t)j;
			}
		}
	}
	return -1;
}

/* handle___pkvm_init_vm(host_kvm, vm_hva, pgd_hva) [S3]. */
static void host_init_vm(struct armcvm_pkvm_hyp_port *p,
			 const struct armcvm_smccc_regs *in,
			 struct armcvm_smccc_regs *out)
{
	struct armcvm_pkvm_hyp_kvm *k = kvm_by_addr(p->hyp, in->x[1]);
	struct armcvm_pkvm_vm_params prm;
	int r = 0;
	int lib;

	if (k == NULL) {
		unserved(p, out, -ARMCVM_ERR_NOENT);
		return;
	}
	prm = k->params;
	prm.kvm_pfn = in->x[1] >> PAGE_SHIFT;
	prm.vm_pfn = in->x[2] >> PAGE_SHIFT;
	prm.pgd_pfn = in->x[3] >> PAGE_SHIFT;
	lib = armcvm_pkvm_own_init_vm(p->hyp->model, &prm, &r);
	host_answer(p, out, lib, r, true);
}

/* handle___pkvm_init_vcpu(handle, host_vcpu, vcpu_hva) [S3]. */
static void host_init_vcpu(struct armcvm_pkvm_hyp_port *p,
			   const struct armcvm_smccc_regs *in,
			   struct armcvm_smccc_regs *out)
{
	int64_t idx = vcpu_idx_by_addr(p->hyp, in->x[2]);
	int r = 0;
	int lib;

	if (idx < 0) {
		unserved(p, out, -ARMCVM_ERR_NOENT);
		return;
	}
	lib = armcvm_pkvm_own_init_vcpu(p->hyp->model, (uint16_t)in->x[1],
					(uint32_t)idx, in->x[2] >> PAGE_SHIFT,
					in->x[3] >> PAGE_SHIFT, &r);
	host_answer(p, out, lib, r, true);
}

/*
 * enum kvm_pgtable_prot is 64 bits wide [S7]; the model takes 32. Any bit
 * above 31 is outside RWX, so saturating keeps the -EINVAL check exact.
 */
static uint32_t prot32(uint64_t prot)
{
	return prot > UINT32_MAX ? UINT32_MAX : (uint32_t)prot;
}

/*
 * The handlers of the v7.1 calls the model implements. Arguments are
 * DECLARE_REG(type, ...) casts of x1.. [S3]: pkvm_handle_t is u16,
 * vcpu_idx unsigned int. Returns false for a call the model lacks.
 */
static bool host_serve(struct armcvm_pkvm_hyp_port *p,
		       enum armcvm_pkvm_hcall call,
		       const struct armcvm_smccc_regs *in,
		       struct armcvm_smccc_regs *out)
{
	struct armcvm_pkvm_own *m = p->hyp->model;
	const uint64_t *x = in->x;
	uint16_t handle = (uint16_t)x[1];
	int r = 0;
	int lib;
	bool wx1 = true;

	switch (call) {
	case ARMCVM_PKVM_HCALL_HOST_SHARE_HYP:
		lib = armcvm_pkvm_own_host_share_hyp(m, x[1], &r);
		break;
	case ARMCVM_PKVM_HCALL_HOST_UNSHARE_HYP:
		lib = armcvm_pkvm_own_host_unshare_hyp(m, x[1], &r);
		break;
	case ARMCVM_PKVM_HCALL_HOST_DONATE_GUEST:
		lib = armcvm_pkvm_own_hc_host_donate_guest(m, p->cpu, x[1],
							   x[2], &r);
		break;
	case ARMCVM_PKVM_HCALL_HOST_SHARE_GUEST:
		lib = armcvm_pkvm_own_hc_host_share_guest(m, p->cpu, x[1], x[2],
							  x[3], prot32(x[4]),
							  &r);
		break;
	case ARMCVM_PKVM_HCALL_HOST_UNSHARE_GUEST:
		lib = armcvm_pkvm_own_hc_host_unshare_guest(m, handle, x[2],
							    x[3], &r);
		break;
	case ARMCVM_PKVM_HCALL_HOST_RELAX_PERMS_GUEST:
		lib = armcvm_pkvm_own_hc_host_relax_perms_guest(
			m, p->cpu, x[1], prot32(x[2]), &r);
		break;
	case ARMCVM_PKVM_HCALL_HOST_WRPROTECT_GUEST:
		lib = armcvm_pkvm_own_hc_host_wrprotect_guest(m, handle, x[2],
							      x[3], &r);
		break;
	case ARMCVM_PKVM_HCALL_HOST_TEST_CLEAR_YOUNG_GUEST:
		lib = armcvm_pkvm_own_hc_host_test_clear_young_guest(
			m, handle, x[2], x[3], x[4] != 0, &r);
		break;
	case ARMCVM_PKVM_HCALL_HOST_MKYOUNG_GUEST:
		lib = armcvm_pkvm_own_hc_host_mkyoung_guest(m, p->cpu, x[1],
							    &r);
		break;
	case ARMCVM_PKVM_HCALL_RESERVE_VM:
		lib = armcvm_pkvm_own_reserve_vm(m, &r);
		break;
	case ARMCVM_PKVM_HCALL_UNRESERVE_VM:
		lib = armcvm_pkvm_own_unreserve_vm(m, handle);
		wx1 = false;
		break;
	case ARMCVM_PKVM_HCALL_INIT_VM:
		host_init_vm(p, in, out);
		return true;
	case ARMCVM_PKVM_HCALL_INIT_VCPU:
		host_init_vcpu(p, in, out);
		return true;
	case ARMCVM_PKVM_HCALL_VCPU_IN_POISON_FAULT:
		lib = armcvm_pkvm_own_vcpu_in_poison_fault(m, p->cpu, &r);
		break;
	case ARMCVM_PKVM_HCALL_FORCE_RECLAIM_GUEST_PAGE:
		lib = armcvm_pkvm_own_force_reclaim_guest_page(m, x[1], &r);
		break;
	case ARMCVM_PKVM_HCALL_RECLAIM_DYING_GUEST_PAGE:
		lib = armcvm_pkvm_own_reclaim_dying_guest_page(m, handle, x[2],
							       &r);
		break;
	case ARMCVM_PKVM_HCALL_START_TEARDOWN_VM:
		lib = armcvm_pkvm_own_start_teardown_vm(m, handle, &r);
		break;
	case ARMCVM_PKVM_HCALL_FINALIZE_TEARDOWN_VM:
		lib = armcvm_pkvm_own_finalize_teardown_vm(m, handle, &r);
		break;
	case ARMCVM_PKVM_HCALL_VCPU_LOAD:
		/* hcr_el2 (x3) only affects WFx traps: nothing to model. */
		lib = armcvm_pkvm_own_vcpu_load(m, p->cpu, handle,
						(uint32_t)x[2]);
		wx1 = false;
		break;
	case ARMCVM_PKVM_HCALL_VCPU_PUT:
		lib = armcvm_pkvm_own_vcpu_put(m, p->cpu);
		wx1 = false;
		break;
	case ARMCVM_PKVM_HCALL_TLB_FLUSH_VMID:
		/* void; a TLB flush changes no ownership state. */
		lib = 0;
		wx1 = false;
		break;
	default:
		return false;
	}
	host_answer(p, out, lib, r, wx1);
	return true;
}

/* handle_host_hcall() [S3] (pkvm.md 1.4). */
static void host_call(struct armcvm_pkvm_hyp_port *p,
		      const struct armcvm_smccc_regs *in,
		      struct armcvm_smccc_regs *out)
{
	const struct armcvm_pkvm_target *t = &p->hyp->target;
	uint64_t id;
	unsigned int lo, hi;
	size_t i;

	/* id = x0 & ~ARM_SMCCC_CALL_HINTS; id -= KVM_HOST_SMCCC_ID(0). */
	id = (in->x[0] & ~(uint64_t)ARMCVM_SMCCC_SVE_HINT) -
	     ARMCVM_PKVM_HOST_FID(0);
	lo = p->hyp->finalised ? t->window.post_lo : t->window.pre_lo;
	hi = p->hyp->finalised ? t->window.post_hi : t->window.pre_hi;
	if (id < lo || id >= hi) {
		unserved(p, out, 0);
		return;
	}
	for (i = 0; i < t->count; i++) {
		if (t->table[i].num != id) {
			continue;
		}
		/* __kvm_hyp_init: no HANDLE_FUNC, a NULL handler [S2, S3]. */
		if (t->table[i].call == ARMCVM_PKVM_HCALL_KVM_HYP_INIT) {
			break;
		}
		if (!host_serve(p, t->table[i].call, in, out)) {
			unserved(p, out, -ARMCVM_ERR_NOTSUPP);
		}
		return;
	}
	unserved(p, out, 0);
}

/* The guest's VM, if live, and its vCPU loaded (a guest runs loaded). */
static const struct armcvm_pkvm_vm *guest_vm(struct armcvm_pkvm_hyp_port *p)
{
	const struct armcvm_pkvm_own_config *cfg = &p->hyp->model->cfg;
	uint32_t idx = (uint32_t)p->handle - ARMCVM_PKVM_HANDLE_OFFSET;
	const struct armcvm_pkvm_vm *vm;

	if (idx >= cfg->nr_vms) {
		return NULL;
	}
	vm = &cfg->vms[idx];
	if (vm->slot != ARMCVM_PKVM_SLOT_LIVE || p->vcpu_idx >= vm->nr_vcpus ||
	    vm->vcpus[p->vcpu_idx].loaded_cpu == ARMCVM_PKVM_NO_CPU) {
		return NULL;
	}
	return vm;
}

/* kvm_handle_pvm_hvc64(): the four-register answer {x0, 0, 0, 0} [S4]. */
static void guest_answer(struct armcvm_smccc_regs *out, int64_t x0)
{
	out->x[0] = (uint64_t)x0;
	out->x[1] = 0;
	out->x[2] = 0;
	out->x[3] = 0;
}

/* MEM_SHARE / MEM_UNSHARE of one page (pkvm.md 3.2 [S4]). */
static void guest_mem(struct armcvm_pkvm_hyp_port *p, bool share,
		      const struct armcvm_smccc_regs *in,
		      struct armcvm_smccc_regs *out)
{
	struct armcvm_pkvm_own *m = p->hyp->model;
	uint64_t ipa = in->x[1];
	int r = 0;
	int lib;

	if ((in->x[2] | in->x[3]) != 0 || (ipa & (PAGE_SIZE - 1U)) != 0) {
		guest_answer(out, ARMCVM_SMCCC_RET_INVALID_PARAMETER);
		return;
	}
	if (share) {
		lib = armcvm_pkvm_own_guest_share_host(m, p->handle,
						       ipa >> PAGE_SHIFT, &r);
	} else {
		lib = armcvm_pkvm_own_guest_unshare_host(m, p->handle,
							 ipa >> PAGE_SHIFT, &r);
	}
	if (lib != 0) {
		unserved(p, out, lib);
		return;
	}
	if (share && r == -ARMCVM_PKVM_ENOENT) {
		/*
		 * Fake level-3 translation DABT with the IPA in HPFAR_EL2 and
		 * ELR_EL2 rewound: the guest re-executes the HVC, so its
		 * registers are left as they were.
		 */
		lib = armcvm_pkvm_own_vcpu_set_fault(m, p->handle, p->vcpu_idx,
						     ARMCVM_PKVM_FAULT_DABT, 3,
						     ipa);
		if (lib != 0) {
			unserved(p, out, lib);
			return;
		}
		p->exit = (struct armcvm_pkvm_hyp_exit){
			.kind = ARMCVM_PKVM_HYP_EXIT_DABT,
			.ipa = ipa,
			.fid = in->x[0],
		};
		return;
	}
	guest_answer(out, r == 0 ? ARMCVM_SMCCC_RET_SUCCESS :
				   ARMCVM_SMCCC_RET_INVALID_PARAMETER);
}

/* kvm_handle_pvm_hvc64() [S4] (pkvm.md 3.2). */
static void guest_call(struct armcvm_pkvm_hyp_port *p,
		       const struct armcvm_smccc_regs *in,
		       struct armcvm_smccc_regs *out)
{
	const struct armcvm_pkvm_vm *vm = guest_vm(p);
	/* smccc_get_function(): the low 32 bits of x0. */
	uint32_t fn = (uint32_t)in->x[0];

	if (vm == NULL) {
		unserved(p, out, -ARMCVM_ERR_STATE);
		return;
	}
	if (vm->is_protected) {
		switch (fn) {
		case ARMCVM_SMC_KVM_FEATURES:
			/* BIT(FEATURES|HYP_MEMINFO|MEM_SHARE|MEM_UNSHARE). */
			guest_answer(out,
				     (1 << ARMCVM_KVM_FUNC_FEATURES) |
				     (1 << ARMCVM_KVM_FUNC_HYP_MEMINFO) |
				     (1 << ARMCVM_KVM_FUNC_MEM_SHARE) |
				     (1 << ARMCVM_KVM_FUNC_MEM_UNSHARE));
			return;
		case ARMCVM_SMC_KVM_HYP_MEMINFO:
			/* Any of R1-R3 set -> -3, else PAGE_SIZE. */
			guest_answer(out,
				     (in->x[1] | in->x[2] | in->x[3]) != 0 ?
				     ARMCVM_SMCCC_RET_INVALID_PARAMETER :
				     (int64_t)PAGE_SIZE);
			return;
		case ARMCVM_SMC_KVM_MEM_SHARE:
			guest_mem(p, true, in, out);
			return;
		case ARMCVM_SMC_KVM_MEM_UNSHARE:
			guest_mem(p, false, in, out);
			return;
		default:
			break;
		}
	}
	/* Not handled at EL2: an exit; host KVM answers unknown calls so. */
	p->exit = (struct armcvm_pkvm_hyp_exit){
		.kind = ARMCVM_PKVM_HYP_EXIT_HVC,
		.fid = in->x[0],
	};
	out->x[0] = (uint64_t)(int64_t)ARMCVM_SMCCC_RET_NOT_SUPPORTED;
}

void armcvm_pkvm_hyp_call(void *ctx, const struct armcvm_smccc_regs *in,
			  struct armcvm_smccc_regs *out)
{
	struct armcvm_pkvm_hyp_port *p = ctx;

	if (p == NULL || in == NULL || out == NULL) {
		if (out != NULL) {
			out->x[0] = (uint64_t)(int64_t)
				ARMCVM_SMCCC_RET_NOT_SUPPORTED;
		}
		return;
	}
	p->error = 0;
	if (p->hyp == NULL || p->hyp->model == NULL) {
		unserved(p, out, -ARMCVM_ERR_INVAL);
		return;
	}
	if (p->kind == ARMCVM_PKVM_HYP_PORT_HOST) {
		host_call(p, in, out);
	} else if (p->kind == ARMCVM_PKVM_HYP_PORT_GUEST) {
		guest_call(p, in, out);
	} else {
		unserved(p, out, -ARMCVM_ERR_INVAL);
	}
}
