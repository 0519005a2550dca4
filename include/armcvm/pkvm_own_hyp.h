/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
#ifndef ARMCVM_PKVM_OWN_HYP_H
#define ARMCVM_PKVM_OWN_HYP_H
/*
 * armcvm - a software pKVM hypervisor: CALLBACK conduits that answer the
 * upstream v7.1 host hypercalls and a protected guest's vendor hypercalls
 * from the page-ownership model (pkvm_own.h), so that the wrappers of
 * pkvm_host.h and kvm_guest.h run end to end without EL2.
 *
 * One struct armcvm_pkvm_hyp wraps a model. Each conduit is a "port": a
 * struct armcvm_pkvm_hyp_port naming who traps, either the host on a
 * physical CPU or a guest vCPU (handle, index); the port is the conduit's
 * ctx. Host and guest vendor calls share the 0xC6xxxxxx space and are told
 * apart by who traps, not by number (pkvm.md 1.4).
 *
 * Host port: the dispatcher of handle_host_hcall() (pkvm.md 1.4 [S3]):
 * id = (x0 & ~SVE hint) - 0xC6000000; outside the target's window (v7.1:
 * [0, PKVM_ONLY) before finalisation, [MIN_PKVM, MAX) after) or without a
 * handler (__kvm_hyp_init) -> x0 = NOT_SUPPORTED; otherwise x0 = SUCCESS
 * and x1 = the handler's answer, x1 untouched for void handlers. Numbers
 * come from the v7.1 table of pkvm_host.h only.
 *
 * Guest port: kvm_handle_pvm_hvc64() (pkvm.md 3.2 [S4]) for FEATURES,
 * HYP_MEMINFO, MEM_SHARE and MEM_UNSHARE of a protected VM. MEM_SHARE of
 * an IPA the guest does not map yet (-ENOENT) becomes a stage-2 data-abort
 * exit: the port records it (armcvm_pkvm_hyp_take_exit()), the registers
 * stay as they were (the guest re-executes the HVC) and the model records
 * the vCPU fault. Every other call, and every call of a non-protected VM,
 * exits to the host (recorded too) and is answered NOT_SUPPORTED, as host
 * KVM answers calls it does not implement.
 *
 * What the conduit cannot serve: a host call in the window that the model
 * does not implement (__kvm_vcpu_run, tracing, vGIC, TLB maintenance other
 * than __pkvm_tlb_flush_vmid, __pkvm_prot_finalize), an argument the model
 * has no storage for (a pfn without metadata, a gfn outside the VM's
 * window), an unknown host struct kvm / kvm_vcpu address. Then x0 =
 * NOT_SUPPORTED, the registers x1.. are untouched and port->error holds
 * the -ARMCVM_ERR_* reason; it is never disguised as a hypervisor errno.
 *
 * Addresses: the hypervisor sees host memory through its linear map; the
 * software hypervisor takes an address argument (host_kvm, vm_hva,
 * pgd_hva, host_vcpu, vcpu_hva, phys) as a physical address, pfn =
 * address >> 12. What EL2 reads from the host's struct kvm (handle,
 * created_vcpus, protection, IPA size, stage-2 sizes) comes from a
 * caller-owned struct armcvm_pkvm_hyp_kvm registered at init.
 *
 * Locking: the caller's. A port call runs a model transition: serialise
 * it with every other call on the same model (docs/pkvm-ownership.md).
 */

#include <armcvm/env.h>
#include <armcvm/err.h>
#include <armcvm/smccc.h>
#include <armcvm/conduit.h>
#include <armcvm/pkvm_host.h>
#include <armcvm/pkvm_own.h>

#ifdef __cplusplus
extern "C" {
#endif

/**
 * struct armcvm_pkvm_hyp_kvm - what EL2 reads from one host struct kvm
 * @host_kvm: its physical address (x1 of __pkvm_init_vm)
 * @host_vcpus: @params.nr_vcpus physical addresses of the host struct
 *	kvm_vcpu, by vcpu_idx (x2 of __pkvm_init_vcpu)
 * @params: the VM's parameters and the model storage for it. The VMM sets
 *	@params.handle to the handle __pkvm_reserve_vm returned (as KVM sets
 *	kvm->arch.pkvm.handle). kvm_pfn, vm_pfn and pgd_pfn are ignored: they
 *	come from the hypercall's arguments.
 */
struct armcvm_pkvm_hyp_kvm {
	uint64_t host_kvm;
	const uint64_t *host_vcpus;
	struct armcvm_pkvm_vm_params params;
};

/**
 * struct armcvm_pkvm_hyp - the software hypervisor (caller storage)
 * @model: the ownership model it serves from (initialised)
 * @target: the upstream v7.1 host hypercall layout
 * @kvms: @nr_kvms host struct kvm descriptions
 * @nr_kvms: entries in @kvms
 * @finalised: pKVM finalised (kvm_protected_mode_initialized): selects the
 *	dispatcher window
 */
struct armcvm_pkvm_hyp {
	struct armcvm_pkvm_own *model;
	struct armcvm_pkvm_target target;
	struct armcvm_pkvm_hyp_kvm *kvms;
	size_t nr_kvms;
	bool finalised;
};

/* Who traps into a port. */
#define ARMCVM_PKVM_HYP_PORT_HOST	1	/* the host, on one CPU */
#define ARMCVM_PKVM_HYP_PORT_GUEST	2	/* a guest vCPU */

/* Exits a guest port records (what the host's run loop would see). */
#define ARMCVM_PKVM_HYP_EXIT_NONE	0
#define ARMCVM_PKVM_HYP_EXIT_DABT	1	/* MEM_SHARE, IPA unmapped */
#define ARMCVM_PKVM_HYP_EXIT_HVC	2	/* call EL2 leaves to host */

/**
 * struct armcvm_pkvm_hyp_exit - one guest exit to the host
 * @kind: ARMCVM_PKVM_HYP_EXIT_*
 * @ipa: DABT: the faulting IPA (HPFAR_EL2; FAR_EL2 is 0, pkvm.md 3.2)
 * @fid: the guest's x0 at the exit
 */
struct armcvm_pkvm_hyp_exit {
	uint8_t kind;
	uint64_t ipa;
	uint64_t fid;
};

/**
 * struct armcvm_pkvm_hyp_port - one conduit identity (the conduit's ctx)
 * @hyp: the hypervisor
 * @kind: ARMCVM_PKVM_HYP_PORT_*
 * @cpu: HOST: the physical CPU the host runs on
 * @handle: GUEST: the VM handle
 * @vcpu_idx: GUEST: the vCPU index
 * @exit: GUEST: the pending exit (kind NONE when there is none)
 * @error: 0, or the -ARMCVM_ERR_* reason the last call was not served
 *	(x0 was then NOT_SUPPORTED); cleared at the start of every call
 */
struct armcvm_pkvm_hyp_port {
	struct armcvm_pkvm_hyp *hyp;
	uint8_t kind;
	uint16_t cpu;
	uint16_t handle;
	uint32_t vcpu_idx;
	struct armcvm_pkvm_hyp_exit exit;
	int error;
};

/**
 * armcvm_pkvm_hyp_init() - Set up a software hypervisor over a model
 * @h: hypervisor storage
 * @model: an initialised model (armcvm_pkvm_own_init())
 * @kvms: host struct kvm descriptions (may be NULL when @nr_kvms is 0)
 * @nr_kvms: entries in @kvms
 * @finalised: start finalised (the usual state once the host runs VMs)
 *
 * Return: 0; -ARMCVM_ERR_INVAL for NULL @h / @model, NULL @kvms with
 *	   @nr_kvms > 0, or an entry with NULL @host_vcpus and nr_vcpus > 0;
 *	   the errors of armcvm_pkvm_target_get() for the v7.1 target.
 */
ARMCVM_API ARMCVM_MUST_CHECK int
armcvm_pkvm_hyp_init(struct armcvm_pkvm_hyp *h, struct armcvm_pkvm_own *model,
		     struct armcvm_pkvm_hyp_kvm *kvms, size_t nr_kvms,
		     bool finalised);

/**
 * armcvm_pkvm_hyp_host_port() - A conduit for the host on one CPU
 * @p: port storage (becomes the conduit's ctx; must outlive it)
 * @h: hypervisor
 * @cpu: physical CPU index, below the model's CPU count
 * @c: receives a CALLBACK conduit
 *
 * Return: 0; -ARMCVM_ERR_INVAL for NULL pointers; -ARMCVM_ERR_RANGE for
 *	   @cpu beyond the model's CPUs.
 */
ARMCVM_API ARMCVM_MUST_CHECK int
armcvm_pkvm_hyp_host_port(struct armcvm_pkvm_hyp_port *p,
			  struct armcvm_pkvm_hyp *h, unsigned int cpu,
			  struct armcvm_conduit *c);

/**
 * armcvm_pkvm_hyp_guest_port() - A conduit for guest vCPU @handle/@vcpu_idx
 * @p: port storage (becomes the conduit's ctx; must outlive it)
 * @h: hypervisor
 * @handle: VM handle (the VM need not exist yet: it is looked up per call)
 * @vcpu_idx: vCPU index
 * @c: receives a CALLBACK conduit
 *
 * A call arriving while the vCPU is not loaded on a CPU is not served
 * (error -ARMCVM_ERR_STATE): a guest only runs loaded.
 *
 * Return: 0; -ARMCVM_ERR_INVAL for NULL pointers or a handle outside
 *	   [0x1000, 0x10FF).
 */
ARMCVM_API ARMCVM_MUST_CHECK int
armcvm_pkvm_hyp_guest_port(struct armcvm_pkvm_hyp_port *p,
			   struct armcvm_pkvm_hyp *h, uint16_t handle,
			   uint32_t vcpu_idx, struct armcvm_conduit *c);

/**
 * armcvm_pkvm_hyp_call() - The conduit callback (ctx = a port)
 * @ctx: struct armcvm_pkvm_hyp_port
 * @in: the trapping caller's x0-x17
 * @out: arrives as a copy of @in; the answer is written here
 *
 * Usable directly as a trap handler's body (tests/trap_firmware.h). A
 * NULL or unset port answers NOT_SUPPORTED.
 */
ARMCVM_API void armcvm_pkvm_hyp_call(void *ctx,
				     const struct armcvm_smccc_regs *in,
				     struct armcvm_smccc_regs *out);

/**
 * armcvm_pkvm_hyp_take_exit() - Take a guest port's pending exit
 * @p: guest port
 * @e: receives the exit (kind NONE when none is pending)
 *
 * Return: 1 when an exit was pending (it is now cleared), 0 when none;
 *	   -ARMCVM_ERR_INVAL for NULL pointers.
 */
ARMCVM_API ARMCVM_MUST_CHECK int
armcvm_pkvm_hyp_take_exit(struct armcvm_pkvm_hyp_port *p,
			  struct armcvm_pkvm_hyp_exit *e);

#ifdef __cplusplus
}
#endif
#endif /* ARMCVM_PKVM_OWN_HYP_H */
