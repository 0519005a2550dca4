/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
#ifndef ARMCVM_PKVM_OWN_H
#define ARMCVM_PKVM_OWN_H
/*
 * armcvm - model of the pKVM (upstream Linux v7.1) page-ownership state
 * machine: who owns and who may access every physical page, every guest
 * stage-2 leaf and every VM-table slot, and the exact error the hypervisor
 * returns for every transition (pkvm.md 4-5; kernel sources [S1] mem_protect.c,
 * [S4] pkvm.c, [S5] memory.h, [S6] mem_protect.h, [S7] kvm_pgtable.h).
 *
 * Two error domains, never mixed:
 *  - The hypervisor's answer (what EL2 would put in x1) is written to the
 *    caller's "int *ret": 0, a non-negative datum, or -ARMCVM_PKVM_E*.
 *  - Misuse of the model itself (NULL, a pfn or gfn outside the storage the
 *    caller gave the model, an uninitialised model) is the function's
 *    return value -ARMCVM_ERR_*; *ret is then left untouched and the
 *    model is unchanged.
 *
 * Every transition checks everything first and then commits; a commit
 * cannot fail ([S23] design rule, pkvm.md 0.1). A transition whose answer
 * is an error leaves the whole model byte-identical.
 *
 * All storage is the caller's; nothing is allocated. Locking is the
 * caller's (docs/pkvm-ownership.md): every function that takes a
 * non-const model must be serialised against every other call on that
 * model; the const queries may run concurrently with each other.
 */

#include <armcvm/env.h>
#include <armcvm/err.h>
#include <armcvm/pkvm_host.h>

#ifdef __cplusplus
extern "C" {
#endif

/*
 * Linux errno values the hypervisor returns (negated) in x1:
 * include/uapi/asm-generic/errno-base.h (1-34) and errno.h (EHWPOISON 133).
 */
#define ARMCVM_PKVM_EPERM	1
#define ARMCVM_PKVM_ENOENT	2
#define ARMCVM_PKVM_E2BIG	7
#define ARMCVM_PKVM_EAGAIN	11
#define ARMCVM_PKVM_ENOMEM	12
#define ARMCVM_PKVM_EFAULT	14
#define ARMCVM_PKVM_EBUSY	16
#define ARMCVM_PKVM_EINVAL	22
#define ARMCVM_PKVM_ERANGE	34
#define ARMCVM_PKVM_EHWPOISON	133

/* 4 KiB granule (PAGE_SHIFT 12); a level-2 block is 512 pages (pkvm.md 4.3). */
#define ARMCVM_PKVM_PAGE_SHIFT		12
#define ARMCVM_PKVM_BLOCK_PAGES		ARMCVM_U(512)

/**
 * enum armcvm_pkvm_page_state - enum pkvm_page_state, v7.1 [S5] (pkvm.md 4.2)
 * @ARMCVM_PKVM_PAGE_OWNED: owned and accessible only to the component
 * @ARMCVM_PKVM_PAGE_SHARED_OWNED: owned, and shared with another component
 * @ARMCVM_PKVM_PAGE_SHARED_BORROWED: accessible but not owned
 * @ARMCVM_PKVM_NOPAGE: not accessible
 * @ARMCVM_PKVM_POISON: guests only: the host force-reclaimed the page
 */
enum armcvm_pkvm_page_state {
	ARMCVM_PKVM_PAGE_OWNED = 0,
	ARMCVM_PKVM_PAGE_SHARED_OWNED = 1,
	ARMCVM_PKVM_PAGE_SHARED_BORROWED = 2,
	ARMCVM_PKVM_NOPAGE = 3,
	ARMCVM_PKVM_POISON = 4,
};

/**
 * enum armcvm_pkvm_component - enum pkvm_component_id, v7.1 [S6] (pkvm.md 4.1)
 * @ARMCVM_PKVM_ID_HOST: the host kernel
 * @ARMCVM_PKVM_ID_HYP: the EL2 hypervisor
 * @ARMCVM_PKVM_ID_GUEST: a guest VM
 */
enum armcvm_pkvm_component {
	ARMCVM_PKVM_ID_HOST = 0,
	ARMCVM_PKVM_ID_HYP = 1,
	ARMCVM_PKVM_ID_GUEST = 2,
};

/* enum kvm_pgtable_prot permission bits [S7]: X BIT(0), W BIT(1), R BIT(2). */
#define ARMCVM_PKVM_PROT_X	ARMCVM_U(0x1)
#define ARMCVM_PKVM_PROT_W	ARMCVM_U(0x2)
#define ARMCVM_PKVM_PROT_R	ARMCVM_U(0x4)
#define ARMCVM_PKVM_PROT_RWX	ARMCVM_U(0x7)

/* ------------------------------------------------------------------ */
/* Descriptor encodings                                               */
/* ------------------------------------------------------------------ */

/*
 * Host stage-2 invalid-PTE annotation [S7, S1] (pkvm.md 4.2): bit 0 = 0,
 * type in bits 63:60 (KVM_INVALID_PTE_TYPE_MASK); for DONATION the owner
 * id in bits 3:1 (KVM_HOST_DONATION_PTE_OWNER_MASK) and metadata in bits
 * 59:4 (KVM_HOST_DONATION_PTE_EXTRA_MASK). A guest donation's metadata is
 * handle (meta 15:0) | gfn << 16 (meta 55:16), so
 * PTE = 2 << 60 | gfn << 20 | handle << 4 | owner << 1.
 */
#define ARMCVM_PKVM_INVALID_PTE_TYPE_SHIFT	60
#define ARMCVM_PKVM_INVALID_PTE_TYPE_LOCKED	ARMCVM_U(1)
#define ARMCVM_PKVM_INVALID_PTE_TYPE_DONATION	ARMCVM_U(2)
#define ARMCVM_PKVM_INVALID_PTE_TYPE_POISONED	ARMCVM_U(3)
#define ARMCVM_PKVM_DONATION_OWNER_SHIFT	1
#define ARMCVM_PKVM_DONATION_OWNER_MAX		ARMCVM_U(7)
#define ARMCVM_PKVM_DONATION_META_SHIFT		4
#define ARMCVM_PKVM_DONATION_META_BITS		56
#define ARMCVM_PKVM_META_GFN_SHIFT		16
#define ARMCVM_PKVM_META_GFN_BITS		40

/*
 * Guest stage-2 leaf (VMSAv8-64 stage-2 descriptor, as KVM writes it):
 * bit 0 valid; bit 1 = 1 page (level 3) / 0 block (level 2); S2AP read
 * bit 6, write bit 7; AF bit 10; output address bits 47:12; XN bit 54;
 * the pKVM page state in SW0/SW1 = bits 55/56 (KVM_PGTABLE_PROT_SW0/SW1,
 * PKVM_PAGE_STATE_PROT_MASK [S5, S7, S32]). An invalid entry is NOPAGE,
 * or POISON when its type (bits 63:60) is POISONED [S1].
 */
#define ARMCVM_PKVM_S2_VALID		ARMCVM_ULL(0x1)
#define ARMCVM_PKVM_S2_PAGE		ARMCVM_ULL(0x2)
#define ARMCVM_PKVM_S2_AP_R		(ARMCVM_ULL(1) << 6)
#define ARMCVM_PKVM_S2_AP_W		(ARMCVM_ULL(1) << 7)
#define ARMCVM_PKVM_S2_AF		(ARMCVM_ULL(1) << 10)
#define ARMCVM_PKVM_S2_OA_MASK		ARMCVM_ULL(0x0000FFFFFFFFF000)
#define ARMCVM_PKVM_S2_XN		(ARMCVM_ULL(1) << 54)
#define ARMCVM_PKVM_S2_STATE_SHIFT	55
#define ARMCVM_PKVM_S2_STATE_MASK	(ARMCVM_ULL(3) << 55)

/**
 * struct armcvm_pkvm_host_annot - decoded host stage-2 invalid PTE
 * @type: bits 63:60 (0 for an entry that carries no annotation)
 * @owner: DONATION only: owner id, bits 3:1
 * @meta: DONATION only: bits 59:4
 * @handle: guest donation: meta bits 15:0
 * @gfn: guest donation: meta bits 55:16
 */
struct armcvm_pkvm_host_annot {
	uint8_t type;
	uint8_t owner;
	uint16_t handle;
	uint64_t meta;
	uint64_t gfn;
};

/**
 * armcvm_pkvm_host_pte_encode() - Encode a DONATION annotation
 * @owner: owner id (1..7; the host is never the owner of an annotation,
 *	   host_stage2_set_owner_metadata_locked() [S1])
 * @meta: metadata, at most 56 bits
 * @pte: receives the invalid PTE
 *
 * Return: 0; -ARMCVM_ERR_INVAL if @pte is NULL, @owner is 0 or above 7, or
 *	   @meta is wider than 56 bits.
 */
ARMCVM_API ARMCVM_MUST_CHECK int
armcvm_pkvm_host_pte_encode(unsigned int owner, uint64_t meta, uint64_t *pte);

/**
 * armcvm_pkvm_host_pte_encode_guest() - Encode a guest-donation annotation
 * @handle: VM handle (u16 since 7.1)
 * @gfn: guest frame number, at most 40 bits
 * @pte: receives 2 << 60 | gfn << 20 | handle << 4 | 2 << 1
 *
 * Return: 0; -ARMCVM_ERR_INVAL if @pte is NULL, @handle does not fit in
 *	   16 bits or @gfn in 40 bits.
 */
ARMCVM_API ARMCVM_MUST_CHECK int
armcvm_pkvm_host_pte_encode_guest(uint32_t handle, uint64_t gfn,
				  uint64_t *pte);

/**
 * armcvm_pkvm_host_pte_decode() - Decode a host stage-2 invalid PTE
 * @pte: the descriptor
 * @a: receives the fields (handle and gfn are filled for owner GUEST only)
 *
 * Return: 0; -ARMCVM_ERR_INVAL if @a is NULL; -ARMCVM_ERR_BADFMT if @pte is
 *	   valid (bit 0 set) or has a type other than 0, LOCKED or DONATION,
 *	   or is a DONATION with owner 0 (host).
 */
ARMCVM_API ARMCVM_MUST_CHECK int
armcvm_pkvm_host_pte_decode(uint64_t pte, struct armcvm_pkvm_host_annot *a);

/**
 * struct armcvm_pkvm_guest_leaf - decoded guest stage-2 entry
 * @state: enum armcvm_pkvm_page_state (NOPAGE / POISON for invalid ones)
 * @block: true for a level-2 block leaf, false for a level-3 page
 * @prot: ARMCVM_PKVM_PROT_* bits
 * @young: access flag
 * @pfn: output page frame (block base for a block)
 */
struct armcvm_pkvm_guest_leaf {
	uint8_t state;
	bool block;
	uint8_t prot;
	bool young;
	uint64_t pfn;
};

/**
 * armcvm_pkvm_guest_pte_encode() - Encode a guest stage-2 entry
 * @leaf: NOPAGE and POISON encode an invalid entry (other fields must be
 *	  zero); OWNED / SHARED_OWNED / SHARED_BORROWED a valid leaf
 * @pte: receives the descriptor
 *
 * Return: 0; -ARMCVM_ERR_INVAL for NULL pointers, a state above POISON,
 *	   prot bits outside RWX, a pfn beyond 36 bits (48-bit PA), or
 *	   non-zero fields in an invalid entry; -ARMCVM_ERR_ALIGN for a block
 *	   whose pfn is not 512-page aligned.
 */
ARMCVM_API ARMCVM_MUST_CHECK int
armcvm_pkvm_guest_pte_encode(const struct armcvm_pkvm_guest_leaf *leaf,
			     uint64_t *pte);

/**
 * armcvm_pkvm_guest_pte_decode() - Decode a guest stage-2 entry
 * @pte: the descriptor
 * @leaf: receives the fields
 *
 * Return: 0; -ARMCVM_ERR_INVAL if @leaf is NULL; -ARMCVM_ERR_BADFMT for an
 *	   invalid entry with a type other than 0 / POISONED or other bits
 *	   set, a valid entry with state NOPAGE in SW0/SW1, or bits outside
 *	   the modelled fields.
 */
ARMCVM_API ARMCVM_MUST_CHECK int
armcvm_pkvm_guest_pte_decode(uint64_t pte, struct armcvm_pkvm_guest_leaf *leaf);

/* ------------------------------------------------------------------ */
/* State                                                              */
/* ------------------------------------------------------------------ */

/**
 * struct armcvm_pkvm_page - per-pfn metadata, 8 bytes (struct hyp_page [S5])
 * @ref: host-accessible pages: hyp pin count (hyp_page.refcount);
 *	 guest-owned pages (host and hyp NOPAGE): owner VM handle
 * @gfn_hi: guest-owned pages: gfn bits 39:32; 0 otherwise
 * @state: bits 3:0 host state, bits 7:4 hyp state XOR 3
 *	   (__hyp_state_comp), so that all-zero = host OWNED, hyp NOPAGE
 * @cnt: host SHARED_OWNED: number of non-protected-guest shares
 *	 (host_share_guest_count); guest-owned pages: gfn bits 31:0
 *
 * The host stage-2 annotation of a page the host lost is not stored in a
 * separate array: a guest-owned page has no pins and no guest shares, so
 * its (handle, gfn) lives in those fields; a hyp-owned page's annotation
 * is implied by hyp OWNED. armcvm_pkvm_own_host_pte() rebuilds the exact
 * descriptor. Treat the fields as private; read them with
 * armcvm_pkvm_own_page_info().
 */
struct armcvm_pkvm_page {
	uint16_t ref;
	uint8_t gfn_hi;
	uint8_t state;
	uint32_t cnt;
};

/* A caller-given range of page frames that the hypervisor tracks. */
#define ARMCVM_PKVM_MEM_NOMAP	ARMCVM_U(0x1)	/* MEMBLOCK_NOMAP */

/**
 * struct armcvm_pkvm_mem_range - one hyp_memory memblock [S1]
 * @base_pfn: first page frame
 * @nr_pages: number of pages (> 0)
 * @flags: ARMCVM_PKVM_MEM_NOMAP or 0
 *
 * The model's memory map is a sorted, non-overlapping array of these;
 * everything between them is MMIO / not memory.
 */
struct armcvm_pkvm_mem_range {
	uint64_t base_pfn;
	uint64_t nr_pages;
	uint32_t flags;
};

/* Fault recorded for a vCPU (what EL2 reads from ESR/HPFAR/FAR). */
#define ARMCVM_PKVM_FAULT_NONE		0	/* no fault */
#define ARMCVM_PKVM_FAULT_DABT		1	/* DABT_LOW translation fault */
#define ARMCVM_PKVM_FAULT_IABT		2	/* IABT_LOW translation fault */
#define ARMCVM_PKVM_FAULT_OTHER		3	/* any other exception */

#define ARMCVM_PKVM_NO_CPU		ARMCVM_U(0xFFFF)

/**
 * struct armcvm_pkvm_vcpu - hyp vCPU (caller storage, one per created vCPU)
 * @initialised: __pkvm_init_vcpu succeeded
 * @fault: ARMCVM_PKVM_FAULT_*
 * @fault_level: translation level of the recorded fault
 * @loaded_cpu: CPU it is loaded on, or ARMCVM_PKVM_NO_CPU
 * @memcache: pages in the vCPU memcache (pkvm_memcache.nr_pages)
 * @host_vcpu_pfn: page of the host struct kvm_vcpu (pinned)
 * @hyp_vcpu_pfn: page donated for struct pkvm_hyp_vcpu
 * @fault_ipa: faulting IPA (HPFAR_EL2 + FAR_EL2 page offset)
 */
struct armcvm_pkvm_vcpu {
	uint8_t initialised;
	uint8_t fault;
	uint8_t fault_level;
	uint16_t loaded_cpu;
	uint32_t memcache;
	uint64_t host_vcpu_pfn;
	uint64_t hyp_vcpu_pfn;
	uint64_t fault_ipa;
};

/* VM-table slot states (vm_table[] entry: NULL, RESERVED_ENTRY, VM [S4]). */
#define ARMCVM_PKVM_SLOT_FREE		0
#define ARMCVM_PKVM_SLOT_RESERVED	1
#define ARMCVM_PKVM_SLOT_LIVE		2

/**
 * struct armcvm_pkvm_vm - one VM-table slot (caller storage)
 * @slot: ARMCVM_PKVM_SLOT_*
 * @is_protected: protected VM (kvm.arch.pkvm.is_protected)
 * @is_dying: start_teardown done
 * @ia_bits: guest IPA size in bits
 * @refs: references from loaded vCPUs (hyp_page_count of the VM page)
 * @nr_vcpus: created_vcpus
 * @memcache_min: kvm_mmu_cache_min_pages() for this VM
 * @kvm_pfn: page of the host struct kvm (pinned)
 * @vm_pfn: first page donated for struct pkvm_hyp_vm
 * @vm_nr: number of those pages
 * @pgd_pfn: first page donated for the stage-2 PGD
 * @pgd_nr: number of those pages
 * @gfn_base: first gfn the caller stores stage-2 state for
 * @nr_gfns: number of gfns stored
 * @s2: nr_gfns guest stage-2 descriptors, one per gfn (a block leaf is
 *	replicated in each of its 512 entries: O(1) lookup)
 * @vcpus: nr_vcpus hyp vCPUs
 */
struct armcvm_pkvm_vm {
	uint8_t slot;
	bool is_protected;
	bool is_dying;
	uint8_t ia_bits;
	uint16_t refs;
	uint32_t nr_vcpus;
	uint32_t memcache_min;
	uint64_t kvm_pfn;
	uint64_t vm_pfn;
	uint64_t vm_nr;
	uint64_t pgd_pfn;
	uint64_t pgd_nr;
	uint64_t gfn_base;
	uint64_t nr_gfns;
	uint64_t *s2;
	struct armcvm_pkvm_vcpu *vcpus;
};

/*
 * At most ARMCVM_PKVM_MAX_VMS (255) VMs; handle = ARMCVM_PKVM_HANDLE_OFFSET
 * (0x1000) + slot index: both defined once, in pkvm_host.h.
 */

/**
 * struct armcvm_pkvm_cpu - what is loaded on one physical CPU
 * @handle: VM handle of the loaded vCPU, 0 if none
 * @vcpu_idx: its index
 */
struct armcvm_pkvm_cpu {
	uint16_t handle;
	uint16_t vcpu_idx;
};

/**
 * typedef armcvm_pkvm_host_lost_fn - a range leaves host access
 * @ctx: the hook context given at init
 * @pfn: first page frame
 * @nr_pages: number of pages
 * @to: ARMCVM_PKVM_ID_HYP (donation to hyp) or ARMCVM_PKVM_ID_GUEST
 *	(donation to a guest, or a guest's unshare back to guest-only)
 *
 * Called from a commit, after the model changed, exactly when pages become
 * inaccessible to the host. It cannot fail (it returns nothing).
 */
typedef void (*armcvm_pkvm_host_lost_fn)(void *ctx, uint64_t pfn,
					 uint64_t nr_pages, unsigned int to);

/* Config flag: this CPU needs the Arm C1-Pro erratum 4193714 workaround,
 * which the integrator performs in the host-lost hook. */
#define ARMCVM_PKVM_OWN_ERRATUM_4193714	ARMCVM_U(0x1)

/**
 * struct armcvm_pkvm_own_config - everything the model is given at init
 * @pages: nr_pages entries of metadata for pfns pfn_base..; zeroed by init
 * @pfn_base: first pfn with metadata
 * @nr_pages: number of pfns with metadata
 * @mem: sorted, non-overlapping memory ranges, each inside the pages
 * @nr_mem: number of ranges (>= 1)
 * @pa_bits: host IPA / PA size in bits (32..48)
 * @vms: nr_vms VM-table slots; zeroed by init
 * @nr_vms: 1..255
 * @cpus: nr_cpus per-CPU records; cleared by init
 * @nr_cpus: >= 1
 * @host_lost: hook, may be NULL unless the erratum flag is set
 * @hook_ctx: passed to @host_lost
 * @flags: ARMCVM_PKVM_OWN_*
 */
struct armcvm_pkvm_own_config {
	struct armcvm_pkvm_page *pages;
	uint64_t pfn_base;
	uint64_t nr_pages;
	const struct armcvm_pkvm_mem_range *mem;
	size_t nr_mem;
	struct armcvm_pkvm_vm *vms;
	struct armcvm_pkvm_cpu *cpus;
	armcvm_pkvm_host_lost_fn host_lost;
	void *hook_ctx;
	/* 32-bit fields together: the struct has no padding, so a copy of it
	 * in the model is fully defined (byte snapshots compare cleanly). */
	unsigned int pa_bits;
	unsigned int nr_vms;
	unsigned int nr_cpus;
	uint32_t flags;
};

/**
 * struct armcvm_pkvm_own - the model (treat as opaque; all pointers are the
 * caller's storage given in the config)
 * @cfg: copy of the configuration
 * @magic: set by a successful init
 */
struct armcvm_pkvm_own {
	struct armcvm_pkvm_own_config cfg;
	uint64_t magic;
};

/**
 * armcvm_pkvm_own_init() - Initialise a model: every page host OWNED /
 *	hyp NOPAGE, every VM slot free, no vCPU loaded
 * @m: model
 * @cfg: configuration (copied)
 *
 * Return: 0; -ARMCVM_ERR_INVAL for NULL pointers, zero counts, more than
 *	   255 VMs, more than 65535 CPUs or pa_bits outside 32..48;
 *	   -ARMCVM_ERR_RANGE if the metadata does not fit the PA space or a
 *	   memory range is empty, unsorted, overlapping or outside the
 *	   metadata; -ARMCVM_ERR_NOTSUPP if ARMCVM_PKVM_OWN_ERRATUM_4193714 is
 *	   set and no host-lost hook is given (the workaround could not run).
 */
ARMCVM_API ARMCVM_MUST_CHECK int
armcvm_pkvm_own_init(struct armcvm_pkvm_own *m,
		     const struct armcvm_pkvm_own_config *cfg);

/**
 * struct armcvm_pkvm_page_info - what the model knows about one pfn
 * @host: host state (enum armcvm_pkvm_page_state)
 * @hyp: hyp state
 * @refcount: hyp pins
 * @share_count: non-protected-guest shares
 * @host_pte: host stage-2 annotation (0 when the host has access)
 * @is_memory: the pfn is in a memory range (NOMAP included)
 */
struct armcvm_pkvm_page_info {
	uint8_t host;
	uint8_t hyp;
	uint16_t refcount;
	uint32_t share_count;
	uint64_t host_pte;
	bool is_memory;
};

/**
 * armcvm_pkvm_own_page_info() - Read one pfn's state. Locking: read only.
 * @m: model
 * @pfn: page frame with metadata
 * @info: receives the state
 *
 * Return: 0; -ARMCVM_ERR_INVAL for NULL or an uninitialised model;
 *	   -ARMCVM_ERR_RANGE if @pfn has no metadata.
 */
ARMCVM_API ARMCVM_MUST_CHECK int
armcvm_pkvm_own_page_info(const struct armcvm_pkvm_own *m, uint64_t pfn,
			  struct armcvm_pkvm_page_info *info);

/**
 * armcvm_pkvm_own_host_pte() - The host stage-2 invalid PTE of a pfn
 * @m: model
 * @pfn: page frame with metadata
 * @pte: receives the annotation ([S1]: 2 << 60 | 1 << 1 for hyp-owned,
 *	 2 << 60 | gfn << 20 | handle << 4 | 2 << 1 for guest-owned), or 0
 *	 when the host may access the page
 *
 * Return: as armcvm_pkvm_own_page_info().
 */
ARMCVM_API ARMCVM_MUST_CHECK int
armcvm_pkvm_own_host_pte(const struct armcvm_pkvm_own *m, uint64_t pfn,
			 uint64_t *pte);

/**
 * armcvm_pkvm_own_guest_info() - Read one gfn of a live VM
 * @m: model
 * @handle: VM handle
 * @gfn: gfn in the VM's storage window
 * @leaf: receives the leaf (pfn of this gfn, not the block base)
 *
 * Return: 0; -ARMCVM_ERR_INVAL for NULL or an uninitialised model;
 *	   -ARMCVM_ERR_NOENT if no VM is live with @handle;
 *	   -ARMCVM_ERR_RANGE if @gfn is outside its storage window.
 */
ARMCVM_API ARMCVM_MUST_CHECK int
armcvm_pkvm_own_guest_info(const struct armcvm_pkvm_own *m, uint32_t handle,
			   uint64_t gfn, struct armcvm_pkvm_guest_leaf *leaf);

/*
 * Transitions. Common contract, not repeated below:
 *	Return: 0 when the model produced an answer, written to *@ret
 *	(0 / datum / -ARMCVM_PKVM_E*); -ARMCVM_ERR_INVAL for a NULL @m or
 *	@ret or an uninitialised model; -ARMCVM_ERR_RANGE when the answer
 *	would need a pfn without metadata or a gfn outside the VM's storage
 *	window. A library error changes nothing and writes nothing.
 *	Locking: the caller serialises every transition on one model.
 * The [Tn] labels are pkvm.md 4.4; the checks run in the kernel's order.
 */

/** armcvm_pkvm_own_host_share_hyp() - [T1] __pkvm_host_share_hyp(pfn) */
ARMCVM_API ARMCVM_MUST_CHECK int
armcvm_pkvm_own_host_share_hyp(struct armcvm_pkvm_own *m, uint64_t pfn,
			       int *ret);
/** armcvm_pkvm_own_host_unshare_hyp() - [T2] __pkvm_host_unshare_hyp(pfn) */
ARMCVM_API ARMCVM_MUST_CHECK int
armcvm_pkvm_own_host_unshare_hyp(struct armcvm_pkvm_own *m, uint64_t pfn,
				 int *ret);
/** armcvm_pkvm_own_host_donate_hyp() - [T3] __pkvm_host_donate_hyp(pfn, nr) */
ARMCVM_API ARMCVM_MUST_CHECK int
armcvm_pkvm_own_host_donate_hyp(struct armcvm_pkvm_own *m, uint64_t pfn,
				uint64_t nr, int *ret);
/** armcvm_pkvm_own_hyp_donate_host() - [T4] __pkvm_hyp_donate_host(pfn, nr) */
ARMCVM_API ARMCVM_MUST_CHECK int
armcvm_pkvm_own_hyp_donate_host(struct armcvm_pkvm_own *m, uint64_t pfn,
				uint64_t nr, int *ret);
/** armcvm_pkvm_own_hyp_pin_shared() - [T5] hyp_pin_shared_mem() on pfns */
ARMCVM_API ARMCVM_MUST_CHECK int
armcvm_pkvm_own_hyp_pin_shared(struct armcvm_pkvm_own *m, uint64_t pfn,
			       uint64_t nr, int *ret);
/**
 * armcvm_pkvm_own_hyp_unpin_shared() - [T5] hyp_unpin_shared_mem() on pfns
 * @m: model
 * @pfn: first pfn
 * @nr: number of pages
 *
 * The kernel does no checks (and BUGs on an unpinned page); the model
 * refuses instead.
 *
 * Return: 0; -ARMCVM_ERR_INVAL for NULL / uninitialised / @nr 0;
 *	   -ARMCVM_ERR_RANGE for pfns without metadata; -ARMCVM_ERR_STATE if a
 *	   page is not pinned (nothing is changed).
 */
ARMCVM_API ARMCVM_MUST_CHECK int
armcvm_pkvm_own_hyp_unpin_shared(struct armcvm_pkvm_own *m, uint64_t pfn,
				 uint64_t nr);
/** armcvm_pkvm_own_host_share_ffa() - [T6] __pkvm_host_share_ffa(pfn, nr) */
ARMCVM_API ARMCVM_MUST_CHECK int
armcvm_pkvm_own_host_share_ffa(struct armcvm_pkvm_own *m, uint64_t pfn,
			       uint64_t nr, int *ret);
/** armcvm_pkvm_own_host_unshare_ffa() - [T7] __pkvm_host_unshare_ffa() */
ARMCVM_API ARMCVM_MUST_CHECK int
armcvm_pkvm_own_host_unshare_ffa(struct armcvm_pkvm_own *m, uint64_t pfn,
				 uint64_t nr, int *ret);

/*
 * Guest transitions at the level of the EL2-internal functions (what the
 * kernel selftest calls): the vCPU is named by (handle, vcpu_idx) and the
 * protected / non-protected filters of the hypercall handlers are not
 * applied (see the armcvm_pkvm_own_hc_*() entry points for those). An
 * unknown handle or vCPU index answers -ARMCVM_PKVM_EINVAL.
 */
/** armcvm_pkvm_own_host_share_guest() - [T8] __pkvm_host_share_guest() */
ARMCVM_API ARMCVM_MUST_CHECK int
armcvm_pkvm_own_host_share_guest(struct armcvm_pkvm_own *m, uint32_t handle,
				 uint32_t vcpu_idx, uint64_t pfn, uint64_t gfn,
				 uint64_t nr, uint32_t prot, int *ret);
/** armcvm_pkvm_own_host_unshare_guest() - [T9] __pkvm_host_unshare_guest() */
ARMCVM_API ARMCVM_MUST_CHECK int
armcvm_pkvm_own_host_unshare_guest(struct armcvm_pkvm_own *m, uint32_t handle,
				   uint64_t gfn, uint64_t nr, int *ret);
/** armcvm_pkvm_own_host_relax_perms_guest() - [T10] relax permissions */
ARMCVM_API ARMCVM_MUST_CHECK int
armcvm_pkvm_own_host_relax_perms_guest(struct armcvm_pkvm_own *m,
				       uint32_t handle, uint64_t gfn,
				       uint32_t prot, int *ret);
/** armcvm_pkvm_own_host_wrprotect_guest() - [T11] write-protect */
ARMCVM_API ARMCVM_MUST_CHECK int
armcvm_pkvm_own_host_wrprotect_guest(struct armcvm_pkvm_own *m,
				     uint32_t handle, uint64_t gfn,
				     uint64_t nr, int *ret);
/** armcvm_pkvm_own_host_test_clear_young_guest() - [T11]; *ret = young */
ARMCVM_API ARMCVM_MUST_CHECK int
armcvm_pkvm_own_host_test_clear_young_guest(struct armcvm_pkvm_own *m,
					    uint32_t handle, uint64_t gfn,
					    uint64_t nr, bool mkold, int *ret);
/** armcvm_pkvm_own_host_mkyoung_guest() - [T12] set the access flag */
ARMCVM_API ARMCVM_MUST_CHECK int
armcvm_pkvm_own_host_mkyoung_guest(struct armcvm_pkvm_own *m, uint32_t handle,
				   uint64_t gfn, int *ret);
/** armcvm_pkvm_own_host_donate_guest() - [T13] __pkvm_host_donate_guest() */
ARMCVM_API ARMCVM_MUST_CHECK int
armcvm_pkvm_own_host_donate_guest(struct armcvm_pkvm_own *m, uint32_t handle,
				  uint32_t vcpu_idx, uint64_t pfn, uint64_t gfn,
				  int *ret);
/** armcvm_pkvm_own_guest_share_host() - [T14] guest MEM_SHARE of one gfn */
ARMCVM_API ARMCVM_MUST_CHECK int
armcvm_pkvm_own_guest_share_host(struct armcvm_pkvm_own *m, uint32_t handle,
				 uint64_t gfn, int *ret);
/** armcvm_pkvm_own_guest_unshare_host() - [T15] guest MEM_UNSHARE */
ARMCVM_API ARMCVM_MUST_CHECK int
armcvm_pkvm_own_guest_unshare_host(struct armcvm_pkvm_own *m, uint32_t handle,
				   uint64_t gfn, int *ret);
/**
 * armcvm_pkvm_own_force_reclaim_guest_page() - [T16]
 *	__pkvm_host_force_reclaim_page_guest(phys): poison and take back
 * (@phys is a byte address; the page offset is ignored)
 */
ARMCVM_API ARMCVM_MUST_CHECK int
armcvm_pkvm_own_force_reclaim_guest_page(struct armcvm_pkvm_own *m,
					 uint64_t phys, int *ret);
/** armcvm_pkvm_own_host_reclaim_page_guest() - [T17] without dying check */
ARMCVM_API ARMCVM_MUST_CHECK int
armcvm_pkvm_own_host_reclaim_page_guest(struct armcvm_pkvm_own *m,
					uint32_t handle, uint64_t gfn, int *ret);

/* VM lifecycle [S3, S4] (pkvm.md 2.2). */

/** armcvm_pkvm_own_reserve_vm() - *ret = handle, or -ENOMEM when full */
ARMCVM_API ARMCVM_MUST_CHECK int
armcvm_pkvm_own_reserve_vm(struct armcvm_pkvm_own *m, int *ret);
/**
 * armcvm_pkvm_own_unreserve_vm() - __pkvm_unreserve_vm(): frees a slot only
 *	if it is still reserved; otherwise nothing (void hypercall)
 * @m: model
 * @handle: handle
 *
 * Return: 0; -ARMCVM_ERR_INVAL for NULL or an uninitialised model.
 */
ARMCVM_API ARMCVM_MUST_CHECK int
armcvm_pkvm_own_unreserve_vm(struct armcvm_pkvm_own *m, uint32_t handle);

/**
 * struct armcvm_pkvm_vm_params - inputs of __pkvm_init_vm
 * @handle: host_kvm->arch.pkvm.handle
 * @nr_vcpus: host_kvm->created_vcpus
 * @is_protected: protected VM
 * @ia_bits: guest IPA bits (24..48)
 * @memcache_min: kvm_mmu_cache_min_pages() for its stage 2
 * @kvm_pfn: page holding the host struct kvm (must be shared with hyp)
 * @vm_pfn: first page of vm_hva (donated)
 * @vm_nr: pages of vm_hva (>= 1)
 * @pgd_pfn: first page of pgd_hva (donated)
 * @pgd_nr: pages of the PGD (>= 1)
 * @gfn_base: first gfn of the storage window (512-aligned)
 * @nr_gfns: gfns in the window (multiple of 512)
 * @s2: nr_gfns descriptors (zeroed on success)
 * @vcpus: nr_vcpus vCPU records (zeroed on success)
 */
struct armcvm_pkvm_vm_params {
	uint32_t handle;
	uint32_t nr_vcpus;
	bool is_protected;
	uint8_t ia_bits;
	uint32_t memcache_min;
	uint64_t kvm_pfn;
	uint64_t vm_pfn;
	uint64_t vm_nr;
	uint64_t pgd_pfn;
	uint64_t pgd_nr;
	uint64_t gfn_base;
	uint64_t nr_gfns;
	uint64_t *s2;
	struct armcvm_pkvm_vcpu *vcpus;
};

/**
 * armcvm_pkvm_own_init_vm() - __pkvm_init_vm(): pin kvm [T5], check the
 *	vCPU count and handle, donate vm and pgd pages [T3], publish
 * @m: model
 * @p: parameters (storage validated as a library error first:
 *     -ARMCVM_ERR_INVAL for NULL storage, nr_vcpus above 65535, ia_bits
 *     outside 24..48; -ARMCVM_ERR_ALIGN for a window not 512-aligned;
 *     -ARMCVM_ERR_RANGE for a window beyond the IPA space or vm/pgd/kvm
 *     pfns without metadata)
 * @ret: answer
 *
 * Return: the common transition contract plus the @p errors.
 */
ARMCVM_API ARMCVM_MUST_CHECK int
armcvm_pkvm_own_init_vm(struct armcvm_pkvm_own *m,
			const struct armcvm_pkvm_vm_params *p, int *ret);

/**
 * armcvm_pkvm_own_init_vcpu() - __pkvm_init_vcpu(): donate the hyp vCPU
 *	page [T3] (-ENOMEM), find the VM (-ENOENT), pin the host vCPU page
 *	[T5] (-EBUSY), register index @vcpu_idx (-EINVAL)
 * @m: model
 * @handle: VM handle
 * @vcpu_idx: host_vcpu->vcpu_idx
 * @host_vcpu_pfn: page of the host struct kvm_vcpu
 * @hyp_vcpu_pfn: page of vcpu_hva
 * @ret: answer
 *
 * Return: the common transition contract.
 */
ARMCVM_API ARMCVM_MUST_CHECK int
armcvm_pkvm_own_init_vcpu(struct armcvm_pkvm_own *m, uint32_t handle,
			  uint32_t vcpu_idx, uint64_t host_vcpu_pfn,
			  uint64_t hyp_vcpu_pfn, int *ret);

/**
 * armcvm_pkvm_own_vcpu_load() - __pkvm_vcpu_load(): silently nothing if a
 *	vCPU is loaded on @cpu, the VM is unknown or dying, the index is out
 *	of range, the vCPU is uninitialised or loaded elsewhere
 * @m: model
 * @cpu: physical CPU index
 * @handle: VM handle
 * @vcpu_idx: vCPU index
 *
 * Return: 0; -ARMCVM_ERR_INVAL for NULL / uninitialised; -ARMCVM_ERR_RANGE
 *	   for @cpu beyond the configured CPUs.
 */
ARMCVM_API ARMCVM_MUST_CHECK int
armcvm_pkvm_own_vcpu_load(struct armcvm_pkvm_own *m, unsigned int cpu,
			  uint32_t handle, uint32_t vcpu_idx);
/**
 * armcvm_pkvm_own_vcpu_put() - __pkvm_vcpu_put(): unload @cpu's vCPU
 * @m: model
 * @cpu: physical CPU index
 *
 * Return: as armcvm_pkvm_own_vcpu_load().
 */
ARMCVM_API ARMCVM_MUST_CHECK int
armcvm_pkvm_own_vcpu_put(struct armcvm_pkvm_own *m, unsigned int cpu);

/**
 * armcvm_pkvm_own_vcpu_topup() - Add pages to a vCPU memcache (the model
 *	counts them; pkvm_refill_memcache() [S3])
 * @m: model
 * @handle: VM handle
 * @vcpu_idx: vCPU index
 * @nr: pages to add
 *
 * Return: 0; -ARMCVM_ERR_INVAL for NULL / uninitialised; -ARMCVM_ERR_NOENT
 *	   for an unknown VM or uninitialised vCPU; -ARMCVM_ERR_RANGE if the
 *	   count would overflow 32 bits.
 */
ARMCVM_API ARMCVM_MUST_CHECK int
armcvm_pkvm_own_vcpu_topup(struct armcvm_pkvm_own *m, uint32_t handle,
			   uint32_t vcpu_idx, uint32_t nr);

/**
 * armcvm_pkvm_own_vcpu_set_fault() - Record the exit the vCPU took
 * @m: model
 * @handle: VM handle
 * @vcpu_idx: vCPU index
 * @fault: ARMCVM_PKVM_FAULT_*
 * @level: translation level (0..3)
 * @ipa: faulting IPA
 *
 * Return: 0; -ARMCVM_ERR_INVAL for NULL / uninitialised / bad @fault or
 *	   @level; -ARMCVM_ERR_NOENT for an unknown VM or uninitialised vCPU.
 */
ARMCVM_API ARMCVM_MUST_CHECK int
armcvm_pkvm_own_vcpu_set_fault(struct armcvm_pkvm_own *m, uint32_t handle,
			       uint32_t vcpu_idx, unsigned int fault,
			       unsigned int level, uint64_t ipa);

/** armcvm_pkvm_own_vcpu_in_poison_fault() - [T18] on @cpu's loaded vCPU */
ARMCVM_API ARMCVM_MUST_CHECK int
armcvm_pkvm_own_vcpu_in_poison_fault(struct armcvm_pkvm_own *m,
				     unsigned int cpu, int *ret);
/** armcvm_pkvm_own_start_teardown_vm() - phase 1: -EINVAL unless live,
 * unreferenced and not yet dying; sets dying */
ARMCVM_API ARMCVM_MUST_CHECK int
armcvm_pkvm_own_start_teardown_vm(struct armcvm_pkvm_own *m, uint32_t handle,
				  int *ret);
/** armcvm_pkvm_own_finalize_teardown_vm() - phase 2 [T19]: -EINVAL unless
 * unreferenced and dying; returns pgd, vm and vCPU pages to the host [T4]
 * and unpins kvm and vCPU pages. Guest pages still mapped stay lost. */
ARMCVM_API ARMCVM_MUST_CHECK int
armcvm_pkvm_own_finalize_teardown_vm(struct armcvm_pkvm_own *m,
				     uint32_t handle, int *ret);
/** armcvm_pkvm_own_reclaim_dying_guest_page() - __pkvm_reclaim_dying_guest_page:
 * -EINVAL for an unknown or non-dying VM, then [T17] */
ARMCVM_API ARMCVM_MUST_CHECK int
armcvm_pkvm_own_reclaim_dying_guest_page(struct armcvm_pkvm_own *m,
					 uint32_t handle, uint64_t gfn,
					 int *ret);

/*
 * Host hypercall entry points: the handler-level filters of hyp-main.c
 * [S3] (pkvm.md 2.1) in front of the transitions. "Loaded" means the vCPU
 * loaded on @cpu; none, or the wrong kind of VM, answers -EINVAL.
 */
/** armcvm_pkvm_own_hc_host_donate_guest() - loaded protected vCPU, [T13] */
ARMCVM_API ARMCVM_MUST_CHECK int
armcvm_pkvm_own_hc_host_donate_guest(struct armcvm_pkvm_own *m,
				     unsigned int cpu, uint64_t pfn,
				     uint64_t gfn, int *ret);
/** armcvm_pkvm_own_hc_host_share_guest() - loaded non-protected vCPU, [T8] */
ARMCVM_API ARMCVM_MUST_CHECK int
armcvm_pkvm_own_hc_host_share_guest(struct armcvm_pkvm_own *m,
				    unsigned int cpu, uint64_t pfn,
				    uint64_t gfn, uint64_t nr, uint32_t prot,
				    int *ret);
/** armcvm_pkvm_own_hc_host_unshare_guest() - non-protected VM, [T9] */
ARMCVM_API ARMCVM_MUST_CHECK int
armcvm_pkvm_own_hc_host_unshare_guest(struct armcvm_pkvm_own *m,
				      uint32_t handle, uint64_t gfn,
				      uint64_t nr, int *ret);
/** armcvm_pkvm_own_hc_host_relax_perms_guest() - loaded np vCPU, [T10] */
ARMCVM_API ARMCVM_MUST_CHECK int
armcvm_pkvm_own_hc_host_relax_perms_guest(struct armcvm_pkvm_own *m,
					  unsigned int cpu, uint64_t gfn,
					  uint32_t prot, int *ret);
/** armcvm_pkvm_own_hc_host_wrprotect_guest() - non-protected VM, [T11] */
ARMCVM_API ARMCVM_MUST_CHECK int
armcvm_pkvm_own_hc_host_wrprotect_guest(struct armcvm_pkvm_own *m,
					uint32_t handle, uint64_t gfn,
					uint64_t nr, int *ret);
/** armcvm_pkvm_own_hc_host_test_clear_young_guest() - np VM, [T11] */
ARMCVM_API ARMCVM_MUST_CHECK int
armcvm_pkvm_own_hc_host_test_clear_young_guest(struct armcvm_pkvm_own *m,
					       uint32_t handle, uint64_t gfn,
					       uint64_t nr, bool mkold,
					       int *ret);
/** armcvm_pkvm_own_hc_host_mkyoung_guest() - loaded np vCPU, [T12] */
ARMCVM_API ARMCVM_MUST_CHECK int
armcvm_pkvm_own_hc_host_mkyoung_guest(struct armcvm_pkvm_own *m,
				      unsigned int cpu, uint64_t gfn,
				      int *ret);

/* ------------------------------------------------------------------ */
/* Invariants (pkvm.md 4.4 "Composite invariants")                    */
/* ------------------------------------------------------------------ */

/**
 * enum armcvm_pkvm_inv - which invariant failed
 * @ARMCVM_PKVM_INV_OK: all hold
 * @ARMCVM_PKVM_INV_PAIR: host/hyp state pair not allowed
 * @ARMCVM_PKVM_INV_COUNT_STATE: share count > 0 but host not SHARED_OWNED
 * @ARMCVM_PKVM_INV_COUNT: share count differs from the borrowing guest
 *	mappings of the page
 * @ARMCVM_PKVM_INV_PIN: pins on a page not shared host->hyp
 * @ARMCVM_PKVM_INV_ANNOT: a guest-owned page's (handle, gfn) does not
 *	name a live VM leaf OWNED and mapping this page
 * @ARMCVM_PKVM_INV_GUEST: a guest leaf's page has the wrong host state
 *	(OWNED needs host NOPAGE + annotation, SHARED_OWNED host
 *	SHARED_BORROWED, SHARED_BORROWED host SHARED_OWNED) or is not memory
 * @ARMCVM_PKVM_INV_VM: VM table inconsistent (refs vs loaded vCPUs, a CPU
 *	naming a missing vCPU)
 */
enum armcvm_pkvm_inv {
	ARMCVM_PKVM_INV_OK = 0,
	ARMCVM_PKVM_INV_PAIR = 1,
	ARMCVM_PKVM_INV_COUNT_STATE = 2,
	ARMCVM_PKVM_INV_COUNT = 3,
	ARMCVM_PKVM_INV_PIN = 4,
	ARMCVM_PKVM_INV_ANNOT = 5,
	ARMCVM_PKVM_INV_GUEST = 6,
	ARMCVM_PKVM_INV_VM = 7,
};

/**
 * struct armcvm_pkvm_violation - where an invariant failed
 * @inv: enum armcvm_pkvm_inv
 * @pfn: page concerned (page invariants)
 * @handle: VM concerned (guest / VM invariants), else 0
 * @gfn: gfn concerned (guest invariants)
 */
struct armcvm_pkvm_violation {
	unsigned int inv;
	uint64_t pfn;
	uint32_t handle;
	uint64_t gfn;
};

/**
 * armcvm_pkvm_own_check() - Check every composite invariant
 * @m: model (read only)
 * @scratch: nr_pages u32 of caller scratch (used to count borrowers)
 * @scratch_len: entries in @scratch
 * @v: receives the first violation found (inv OK when none)
 *
 * Cost: O(pages + sum of stored gfns + VMs x vCPUs). Locking: read only,
 * but no transition may run concurrently.
 *
 * Return: 0 when every invariant holds; 1 when one fails (see @v);
 *	   -ARMCVM_ERR_INVAL for NULL or an uninitialised model;
 *	   -ARMCVM_ERR_NOSPACE if @scratch_len is below the page count.
 */
ARMCVM_API ARMCVM_MUST_CHECK int
armcvm_pkvm_own_check(const struct armcvm_pkvm_own *m, uint32_t *scratch,
		      size_t scratch_len, struct armcvm_pkvm_violation *v);

#ifdef __cplusplus
}
#endif
#endif /* ARMCVM_PKVM_OWN_H */
