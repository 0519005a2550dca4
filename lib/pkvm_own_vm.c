/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
/*
 * armcvm - pKVM ownership model: the VM table and VM lifecycle (reserve,
 * init, vCPUs, load / put, two-phase teardown, reclaim of a dying VM) and
 * the host-hypercall entry points with their handler-level filters
 * (pkvm.md 2.1, 2.2; Linux arch/arm64/kvm/hyp/nvhe/pkvm.c [S4],
 * hyp-main.c [S3], mem_protect.c reclaim_pgtable_pages() [S1] = T19).
 */
#include <armcvm/pkvm_own.h>
#include "pkvm_own_internal.h"

/* get_vm_by_handle(): only published (not RESERVED) slots [S4]. */
struct armcvm_pkvm_vm *armcvm_pkvm_own_vm_(const struct armcvm_pkvm_own *m,
					   uint32_t handle)
{
	uint32_t idx = handle - ARMCVM_PKVM_HANDLE_OFFSET;

	if (handle < ARMCVM_PKVM_HANDLE_OFFSET || idx >= m->cfg.nr_vms ||
	    m->cfg.vms[idx].slot != ARMCVM_PKVM_SLOT_LIVE) {
		return NULL;
	}
	return &m->cfg.vms[idx];
}

struct armcvm_pkvm_vcpu *armcvm_pkvm_own_vcpu_(const struct armcvm_pkvm_vm *vm,
					       uint32_t idx)
{
	if (idx >= vm->nr_vcpus || !vm->vcpus[idx].initialised) {
		return NULL;
	}
	return &vm->vcpus[idx];
}

int armcvm_pkvm_own_guest_info(const struct armcvm_pkvm_own *m,
			       uint32_t handle, uint64_t gfn,
			       struct armcvm_pkvm_guest_leaf *leaf)
{
	const struct armcvm_pkvm_vm *vm;
	uint64_t pte = 0;
	int r;

	if (!armcvm_pkvm_own_ok_(m) || leaf == NULL) {
		return -ARMCVM_ERR_INVAL;
	}
	vm = armcvm_pkvm_own_vm_(m, handle);
	if (vm == NULL) {
		return -ARMCVM_ERR_NOENT;
	}
	r = armcvm_pkvm_own_guest_pte_(vm, gfn, 1, &pte);
	if (r != 0) {
		return -ARMCVM_ERR_RANGE;
	}
	r = armcvm_pkvm_guest_pte_decode(pte, leaf);
	if (r == 0) {
		leaf->pfn = (pte & ARMCVM_PKVM_S2_VALID) != 0 ?
			    armcvm_pkvm_own_guest_pfn_(pte, gfn) : 0;
	}
	return r;
}

int armcvm_pkvm_own_reserve_vm(struct armcvm_pkvm_own *m, int *ret)
{
	unsigned int i;

	if (!armcvm_pkvm_own_ok_(m) || ret == NULL) {
		return -ARMCVM_ERR_INVAL;
	}
	/* find_free_vm_table_entry(): linear scan, -ENOMEM when full [S4] */
	for (i = 0; i < m->cfg.nr_vms; i++) {
		if (m->cfg.vms[i].slot == ARMCVM_PKVM_SLOT_FREE) {
			m->cfg.vms[i].slot = ARMCVM_PKVM_SLOT_RESERVED;
			*ret = (int)(ARMCVM_PKVM_HANDLE_OFFSET + i);
			return 0;
		}
	}
	*ret = -ARMCVM_PKVM_ENOMEM;
	return 0;
}

int armcvm_pkvm_own_unreserve_vm(struct armcvm_pkvm_own *m, uint32_t handle)
{
	uint32_t idx = handle - ARMCVM_PKVM_HANDLE_OFFSET;

	if (!armcvm_pkvm_own_ok_(m)) {
		return -ARMCVM_ERR_INVAL;
	}
	if (handle >= ARMCVM_PKVM_HANDLE_OFFSET && idx < m->cfg.nr_vms &&
	    m->cfg.vms[idx].slot == ARMCVM_PKVM_SLOT_RESERVED) {
		m->cfg.vms[idx].slot = ARMCVM_PKVM_SLOT_FREE;
	}
	return 0;
}

static int vm_params_ok(const struct armcvm_pkvm_vm_params *p)
{
	uint64_t limit;

	if (p->s2 == NULL || (p->nr_vcpus != 0 && p->vcpus == NULL) ||
	    p->nr_vcpus > UINT16_MAX || p->ia_bits < 24 || p->ia_bits > 48 ||
	    p->nr_gfns == 0) {
		return -ARMCVM_ERR_INVAL;
	}
	if (((p->gfn_base | p->nr_gfns) & OWN_BLOCK_MASK) != 0) {
		return -ARMCVM_ERR_ALIGN;
	}
	limit = ARMCVM_ULL(1) << (p->ia_bits - ARMCVM_PKVM_PAGE_SHIFT);
	if (p->gfn_base >= limit || p->nr_gfns > limit - p->gfn_base) {
		return -ARMCVM_ERR_RANGE;
	}
	return 0;
}

static bool overlap(uint64_t a, uint64_t an, uint64_t b, uint64_t bn)
{
	return a < b + bn && b < a + an;
}

/* __pkvm_init_vm() checks, in order [S4]. */
static int init_vm_check(const struct armcvm_pkvm_own *m,
			 const struct armcvm_pkvm_vm_params *p)
{
	uint32_t idx = p->handle - ARMCVM_PKVM_HANDLE_OFFSET;
	int r = armcvm_pkvm_own_pin_check_(m, p->kvm_pfn, 1);

	if (r != 0) {
		return r;
	}
	if (p->nr_vcpus < 1 || p->handle < ARMCVM_PKVM_HANDLE_OFFSET) {
		return -ARMCVM_PKVM_EINVAL;
	}
	/* map_donated_memory(): any donation failure is -ENOMEM */
	if (p->vm_nr == 0 || p->pgd_nr == 0 ||
	    armcvm_pkvm_own_donate_hyp_check_(m, p->vm_pfn, p->vm_nr) != 0 ||
	    armcvm_pkvm_own_donate_hyp_check_(m, p->pgd_pfn, p->pgd_nr) != 0 ||
	    overlap(p->vm_pfn, p->vm_nr, p->pgd_pfn, p->pgd_nr)) {
		return -ARMCVM_PKVM_ENOMEM;
	}
	/* insert_vm_table_entry(): the slot must still be RESERVED */
	if (idx >= m->cfg.nr_vms ||
	    m->cfg.vms[idx].slot != ARMCVM_PKVM_SLOT_RESERVED) {
		return -ARMCVM_PKVM_EINVAL;
	}
	return 0;
}

int armcvm_pkvm_own_init_vm(struct armcvm_pkvm_own *m,
			    const struct armcvm_pkvm_vm_params *p, int *ret)
{
	struct armcvm_pkvm_vm *vm;
	uint32_t i;
	int r;

	if (!armcvm_pkvm_own_ok_(m) || p == NULL || ret == NULL) {
		return -ARMCVM_ERR_INVAL;
	}
	r = vm_params_ok(p);
	if (r != 0) {
		return r;
	}
	r = init_vm_check(m, p);
	if (r != 0) {
		return armcvm_pkvm_own_finish_(r, ret);
	}
	armcvm_pkvm_own_pin_commit_(m, p->kvm_pfn, 1);
	armcvm_pkvm_own_donate_hyp_commit_(m, p->vm_pfn, p->vm_nr);
	armcvm_pkvm_own_donate_hyp_commit_(m, p->pgd_pfn, p->pgd_nr);
	vm = &m->cfg.vms[p->handle - ARMCVM_PKVM_HANDLE_OFFSET];
	ARMCVM_MEMSET(vm, 0, sizeof(*vm));
	vm->slot = ARMCVM_PKVM_SLOT_LIVE;
	vm->is_protected = p->is_protected;
	vm->ia_bits = p->ia_bits;
	vm->nr_vcpus = p->nr_vcpus;
	vm->memcache_min = p->memcache_min;
	vm->kvm_pfn = p->kvm_pfn;
	vm->vm_pfn = p->vm_pfn;
	vm->vm_nr = p->vm_nr;
	vm->pgd_pfn = p->pgd_pfn;
	vm->pgd_nr = p->pgd_nr;
	vm->gfn_base = p->gfn_base;
	vm->nr_gfns = p->nr_gfns;
	vm->s2 = p->s2;
	vm->vcpus = p->vcpus;
	ARMCVM_MEMSET(p->s2, 0, (size_t)p->nr_gfns * sizeof(*p->s2));
	ARMCVM_MEMSET(p->vcpus, 0, (size_t)p->nr_vcpus * sizeof(*p->vcpus));
	for (i = 0; i < p->nr_vcpus; i++) {
		p->vcpus[i].loaded_cpu = ARMCVM_PKVM_NO_CPU;
	}
	*ret = 0;
	return 0;
}

/* __pkvm_init_vcpu() checks, in order [S4]. */
static int init_vcpu_check(const struct armcvm_pkvm_own *m, uint32_t handle,
			   uint32_t idx, uint64_t host_pfn, uint64_t hyp_pfn,
			   struct armcvm_pkvm_vm **out)
{
	struct armcvm_pkvm_vm *vm;
	int r;

	if (armcvm_pkvm_own_donate_hyp_check_(m, hyp_pfn, 1) != 0) {
		return -ARMCVM_PKVM_ENOMEM;
	}
	vm = armcvm_pkvm_own_vm_(m, handle);
	if (vm == NULL) {
		return -ARMCVM_PKVM_ENOENT;
	}
	r = armcvm_pkvm_own_pin_check_(m, host_pfn, 1);
	if (OWN_IS_LIB(r)) {
		return r;
	}
	if (r != 0 || host_pfn == hyp_pfn) {
		return -ARMCVM_PKVM_EBUSY;
	}
	/* register_hyp_vcpu() */
	if (idx >= vm->nr_vcpus || vm->vcpus[idx].initialised) {
		return -ARMCVM_PKVM_EINVAL;
	}
	*out = vm;
	return 0;
}

int armcvm_pkvm_own_init_vcpu(struct armcvm_pkvm_own *m, uint32_t handle,
			      uint32_t vcpu_idx, uint64_t host_vcpu_pfn,
			      uint64_t hyp_vcpu_pfn, int *ret)
{
	struct armcvm_pkvm_vm *vm = NULL;
	int r;

	if (!armcvm_pkvm_own_ok_(m) || ret == NULL) {
		return -ARMCVM_ERR_INVAL;
	}
	r = init_vcpu_check(m, handle, vcpu_idx, host_vcpu_pfn, hyp_vcpu_pfn,
			    &vm);
	if (r == 0) {
		struct armcvm_pkvm_vcpu *v = &vm->vcpus[vcpu_idx];

		armcvm_pkvm_own_donate_hyp_commit_(m, hyp_vcpu_pfn, 1);
		armcvm_pkvm_own_pin_commit_(m, host_vcpu_pfn, 1);
		ARMCVM_MEMSET(v, 0, sizeof(*v));
		v->initialised = 1;
		v->loaded_cpu = ARMCVM_PKVM_NO_CPU;
		v->host_vcpu_pfn = host_vcpu_pfn;
		v->hyp_vcpu_pfn = hyp_vcpu_pfn;
	}
	return armcvm_pkvm_own_finish_(r, ret);
}

int armcvm_pkvm_own_vcpu_load(struct armcvm_pkvm_own *m, unsigned int cpu,
			      uint32_t handle, uint32_t vcpu_idx)
{
	struct armcvm_pkvm_vcpu *v;
	struct armcvm_pkvm_vm *vm;

	if (!armcvm_pkvm_own_ok_(m)) {
		return -ARMCVM_ERR_INVAL;
	}
	if (cpu >= m->cfg.nr_cpus) {
		return -ARMCVM_ERR_RANGE;
	}
	/* pkvm_load_hyp_vcpu() [S4]: every refusal is silent */
	vm = armcvm_pkvm_own_vm_(m, handle);
	if (m->cfg.cpus[cpu].handle != 0 || vm == NULL || vm->is_dying) {
		return 0;
	}
	v = armcvm_pkvm_own_vcpu_(vm, vcpu_idx);
	if (v == NULL || v->loaded_cpu != ARMCVM_PKVM_NO_CPU) {
		return 0;
	}
	v->loaded_cpu = (uint16_t)cpu;
	vm->refs++;
	m->cfg.cpus[cpu].handle = (uint16_t)handle;
	m->cfg.cpus[cpu].vcpu_idx = (uint16_t)vcpu_idx;
	return 0;
}

int armcvm_pkvm_own_vcpu_put(struct armcvm_pkvm_own *m, unsigned int cpu)
{
	struct armcvm_pkvm_cpu *c;
	struct armcvm_pkvm_vm *vm;

	if (!armcvm_pkvm_own_ok_(m)) {
		return -ARMCVM_ERR_INVAL;
	}
	if (cpu >= m->cfg.nr_cpus) {
		return -ARMCVM_ERR_RANGE;
	}
	c = &m->cfg.cpus[cpu];
	vm = c->handle != 0 ? armcvm_pkvm_own_vm_(m, c->handle) : NULL;
	if (vm != NULL) {
		vm->vcpus[c->vcpu_idx].loaded_cpu = ARMCVM_PKVM_NO_CPU;
		vm->refs--;
	}
	c->handle = 0;
	c->vcpu_idx = 0;
	return 0;
}

static struct armcvm_pkvm_vcpu *vcpu_of(struct armcvm_pkvm_own *m,
					uint32_t handle, uint32_t idx)
{
	struct armcvm_pkvm_vm *vm = armcvm_pkvm_own_vm_(m, handle);

	return vm != NULL ? armcvm_pkvm_own_vcpu_(vm, idx) : NULL;
}

int armcvm_pkvm_own_vcpu_topup(struct armcvm_pkvm_own *m, uint32_t handle,
			       uint32_t vcpu_idx, uint32_t nr)
{
	struct armcvm_pkvm_vcpu *v;

	if (!armcvm_pkvm_own_ok_(m)) {
		return -ARMCVM_ERR_INVAL;
	}
	v = vcpu_of(m, handle, vcpu_idx);
	if (v == NULL) {
		return -ARMCVM_ERR_NOENT;
	}
	if (nr > UINT32_MAX - v->memcache) {
		return -ARMCVM_ERR_RANGE;
	}
	v->memcache += nr;
	return 0;
}

int armcvm_pkvm_own_vcpu_set_fault(struct armcvm_pkvm_own *m, uint32_t handle,
				   uint32_t vcpu_idx, unsigned int fault,
				   unsigned int level, uint64_t ipa)
{
	struct armcvm_pkvm_vcpu *v;

	if (!armcvm_pkvm_own_ok_(m) || fault > ARMCVM_PKVM_FAULT_OTHER ||
	    level > 3U) {
		return -ARMCVM_ERR_INVAL;
	}
	v = vcpu_of(m, handle, vcpu_idx);
	if (v == NULL) {
		return -ARMCVM_ERR_NOENT;
	}
	v->fault = (uint8_t)fault;
	v->fault_level = (uint8_t)level;
	v->fault_ipa = ipa;
	return 0;
}

/* get_pkvm_unref_hyp_vm_locked(): live and no reference [S4] */
static struct armcvm_pkvm_vm *unref_vm(struct armcvm_pkvm_own *m,
				       uint32_t handle)
{
	struct armcvm_pkvm_vm *vm = armcvm_pkvm_own_vm_(m, handle);

	return vm != NULL && vm->refs == 0 ? vm : NULL;
}

int armcvm_pkvm_own_start_teardown_vm(struct armcvm_pkvm_own *m,
				      uint32_t handle, int *ret)
{
	struct armcvm_pkvm_vm *vm;

	if (!armcvm_pkvm_own_ok_(m) || ret == NULL) {
		return -ARMCVM_ERR_INVAL;
	}
	vm = unref_vm(m, handle);
	if (vm == NULL || vm->is_dying) {
		*ret = -ARMCVM_PKVM_EINVAL;
		return 0;
	}
	vm->is_dying = true;
	*ret = 0;
	return 0;
}

int armcvm_pkvm_own_finalize_teardown_vm(struct armcvm_pkvm_own *m,
					 uint32_t handle, int *ret)
{
	struct armcvm_pkvm_vm *vm;
	uint32_t i;

	if (!armcvm_pkvm_own_ok_(m) || ret == NULL) {
		return -ARMCVM_ERR_INVAL;
	}
	vm = unref_vm(m, handle);
	if (vm == NULL || !vm->is_dying) {
		*ret = -ARMCVM_PKVM_EINVAL;
		return 0;
	}
	/* T19 reclaim_pgtable_pages(): the PGD pool goes back to the host;
	 * then the vCPU and VM metadata pages; then the pins are dropped. */
	armcvm_pkvm_own_hyp_donate_host_commit_(m, vm->pgd_pfn, vm->pgd_nr);
	for (i = 0; i < vm->nr_vcpus; i++) {
		const struct armcvm_pkvm_vcpu *v = &vm->vcpus[i];

		if (v->initialised) {
			armcvm_pkvm_own_unpin_commit_(m, v->host_vcpu_pfn, 1);
			armcvm_pkvm_own_hyp_donate_host_commit_(m,
							v->hyp_vcpu_pfn, 1);
		}
	}
	armcvm_pkvm_own_hyp_donate_host_commit_(m, vm->vm_pfn, vm->vm_nr);
	armcvm_pkvm_own_unpin_commit_(m, vm->kvm_pfn, 1);
	vm->slot = ARMCVM_PKVM_SLOT_FREE;
	vm->is_dying = false;
	*ret = 0;
	return 0;
}

int armcvm_pkvm_own_reclaim_dying_guest_page(struct armcvm_pkvm_own *m,
					     uint32_t handle, uint64_t gfn,
					     int *ret)
{
	const struct armcvm_pkvm_vm *vm;

	if (!armcvm_pkvm_own_ok_(m) || ret == NULL) {
		return -ARMCVM_ERR_INVAL;
	}
	vm = armcvm_pkvm_own_vm_(m, handle);
	if (vm == NULL || !vm->is_dying) {
		*ret = -ARMCVM_PKVM_EINVAL;
		return 0;
	}
	return armcvm_pkvm_own_host_reclaim_page_guest(m, handle, gfn, ret);
}

/* ---------------- host hypercall handler filters [S3] ---------------- */

/*
 * The vCPU loaded on @cpu, if its VM's protection is @prot; else NULL
 * (the handler answers -EINVAL). *vcpu_idx receives its index.
 */
static const struct armcvm_pkvm_cpu *loaded(const struct armcvm_pkvm_own *m,
					    unsigned int cpu, bool prot)
{
	const struct armcvm_pkvm_cpu *c = &m->cfg.cpus[cpu];
	const struct armcvm_pkvm_vm *vm;

	if (c->handle == 0) {
		return NULL;
	}
	vm = armcvm_pkvm_own_vm_(m, c->handle);
	return vm != NULL && vm->is_protected == prot ? c : NULL;
}

static int hc_entry(const struct armcvm_pkvm_own *m, unsigned int cpu,
		    const int *ret)
{
	if (!armcvm_pkvm_own_ok_(m) || ret == NULL) {
		return -ARMCVM_ERR_INVAL;
	}
	return cpu >= m->cfg.nr_cpus ? -ARMCVM_ERR_RANGE : 0;
}

/*
 * Entry of a handler acting on the vCPU loaded on @cpu: a bad argument is
 * the returned error; no suitable loaded vCPU is the handler's -EINVAL in
 * *ret with *c NULL; otherwise *c is the loaded vCPU.
 */
static int hc_loaded(const struct armcvm_pkvm_own *m, unsigned int cpu,
		     bool prot, int *ret, const struct armcvm_pkvm_cpu **c)
{
	int err = hc_entry(m, cpu, ret);

	*c = NULL;
	if (err != 0) {
		return err;
	}
	*c = loaded(m, cpu, prot);
	if (*c == NULL) {
		*ret = -ARMCVM_PKVM_EINVAL;
	}
	return 0;
}

int armcvm_pkvm_own_hc_host_donate_guest(struct armcvm_pkvm_own *m,
					 unsigned int cpu, uint64_t pfn,
					 uint64_t gfn, int *ret)
{
	const struct armcvm_pkvm_cpu *c;
	int err = hc_loaded(m, cpu, true, ret, &c);

	if (err != 0 || c == NULL) {
		return err;
	}
	return armcvm_pkvm_own_host_donate_guest(m, c->handle, c->vcpu_idx, pfn,
						 gfn, ret);
}

int armcvm_pkvm_own_hc_host_share_guest(struct armcvm_pkvm_own *m,
					unsigned int cpu, uint64_t pfn,
					uint64_t gfn, uint64_t nr,
					uint32_t prot, int *ret)
{
	const struct armcvm_pkvm_cpu *c;
	int err = hc_loaded(m, cpu, false, ret, &c);

	if (err != 0 || c == NULL) {
		return err;
	}
	return armcvm_pkvm_own_host_share_guest(m, c->handle, c->vcpu_idx, pfn,
						gfn, nr, prot, ret);
}

int armcvm_pkvm_own_hc_host_relax_perms_guest(struct armcvm_pkvm_own *m,
					      unsigned int cpu, uint64_t gfn,
					      uint32_t prot, int *ret)
{
	const struct armcvm_pkvm_cpu *c;
	int err = hc_loaded(m, cpu, false, ret, &c);

	if (err != 0 || c == NULL) {
		return err;
	}
	return armcvm_pkvm_own_host_relax_perms_guest(m, c->handle, gfn, prot,
						      ret);
}

int armcvm_pkvm_own_hc_host_mkyoung_guest(struct armcvm_pkvm_own *m,
					  unsigned int cpu, uint64_t gfn,
					  int *ret)
{
	const struct armcvm_pkvm_cpu *c;
	int err = hc_loaded(m, cpu, false, ret, &c);

	if (err != 0 || c == NULL) {
		return err;
	}
	return armcvm_pkvm_own_host_mkyoung_guest(m, c->handle, gfn, ret);
}

/*
 * Entry of a handler acting on a non-protected VM by handle: a bad argument
 * is the returned error; get_np_pkvm_hyp_vm() finding no such VM (unknown
 * or protected) is -EINVAL in *ret with *go false [S4].
 */
static int hc_np(const struct armcvm_pkvm_own *m, uint32_t handle, int *ret,
		 bool *go)
{
	const struct armcvm_pkvm_vm *vm;
	int err = hc_entry(m, 0, ret);

	*go = false;
	if (err != 0) {
		return err;
	}
	vm = armcvm_pkvm_own_vm_(m, handle);
	*go = vm != NULL && !vm->is_protected;
	if (!*go) {
		*ret = -ARMCVM_PKVM_EINVAL;
	}
	return 0;
}

int armcvm_pkvm_own_hc_host_unshare_guest(struct armcvm_pkvm_own *m,
					  uint32_t handle, uint64_t gfn,
					  uint64_t nr, int *ret)
{
	bool go;
	int err = hc_np(m, handle, ret, &go);

	if (err != 0 || !go) {
		return err;
	}
	return armcvm_pkvm_own_host_unshare_guest(m, handle, gfn, nr, ret);
}

int armcvm_pkvm_own_hc_host_wrprotect_guest(struct armcvm_pkvm_own *m,
					    uint32_t handle, uint64_t gfn,
					    uint64_t nr, int *ret)
{
	bool go;
	int err = hc_np(m, handle, ret, &go);

	if (err != 0 || !go) {
		return err;
	}
	return armcvm_pkvm_own_host_wrprotect_guest(m, handle, gfn, nr, ret);
}

int armcvm_pkvm_own_hc_host_test_clear_young_guest(struct armcvm_pkvm_own *m,
						   uint32_t handle,
						   uint64_t gfn, uint64_t nr,
						   bool mkold, int *ret)
{
	bool go;
	int err = hc_np(m, handle, ret, &go);

	if (err != 0 || !go) {
		return err;
	}
	return armcvm_pkvm_own_host_test_clear_young_guest(m, handle, gfn, nr,
							   mkold, ret);
}
