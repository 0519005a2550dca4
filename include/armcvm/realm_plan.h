/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
#ifndef ARMCVM_REALM_PLAN_H
#define ARMCVM_REALM_PLAN_H
/*
 * armcvm - realm creation planner, executor and RIM predictor.
 *
 * From RmiRealmParams (realm.h) and a layout (RAM, images, vCPUs, where
 * granules come from) the planner writes the ordered RMI operations that
 * build the realm with the fewest calls RMM 1.0 allows, followed by the
 * matching teardown. The executor runs a plan on any conduit; the predictor
 * computes the Realm Initial Measurement of a plan offline.
 *
 * Sources: DEN0137 1.0-rel0 D1.2 (host sequence), B4.3 (commands), A5
 * (RTT), A7.1 (RIM); shared/reference/rmi.md 4.5, 5, 6; docs/realm.md
 * gives the call-count formula and the ordering profiles.
 */

#include <armcvm/env.h>
#include <armcvm/err.h>
#include <armcvm/conduit.h>
#include <armcvm/rmi_abi.h>
#include <armcvm/realm.h>

#ifdef __cplusplus
extern "C" {
#endif

/**
 * enum armcvm_realm_profile - order of the RIM-extending operations
 * @ARMCVM_REALM_PROFILE_CRM: cca-realm-measurements / kvmtool / QEMU:
 *	RTT_INIT_RIPAS over all RAM, measured DATA in ascending IPA, RECs,
 *	unmeasured DATA last (rmi.md 5.7)
 * @ARMCVM_REALM_PROFILE_LINUX_V12: Linux KVM v12: all DATA in ascending
 *	IPA, all RECs, then RTT_INIT_RIPAS over the RAM left (rmi.md 5.7, 6.3)
 */
enum armcvm_realm_profile {
	ARMCVM_REALM_PROFILE_CRM = 0,
	ARMCVM_REALM_PROFILE_LINUX_V12 = 1,
};

/**
 * struct armcvm_realm_ram - a range of guest RAM (RIPAS RAM at activation)
 * @base: IPA, 4 KiB aligned
 * @size: bytes, 4 KiB multiple, > 0
 */
struct armcvm_realm_ram {
	uint64_t base;
	uint64_t size;
};

/**
 * struct armcvm_realm_image - bytes loaded into the realm before activation
 * @ipa: load IPA, 4 KiB aligned
 * @size: bytes (> 0); the last granule is zero-padded
 * @src_pa: NS PA where the host staged the image (4 KiB aligned); DATA_CREATE
 *	    copies granule n from @src_pa + n * 4 KiB
 * @measured: DATA_CREATE with RMI_MEASURE_CONTENT
 */
struct armcvm_realm_image {
	uint64_t ipa;
	uint64_t size;
	uint64_t src_pa;
	bool measured;
};

/**
 * struct armcvm_realm_vcpu - one REC
 * @mpidr: RmiRecMpidr (aff3 in bits 31:24); vCPU n must have REC index n
 * @pc: entry point
 * @gprs: X0-X7 at first entry
 * @runnable: RmiRecCreateFlags.runnable (usually only vCPU 0)
 */
struct armcvm_realm_vcpu {
	uint64_t mpidr;
	uint64_t pc;
	uint64_t gprs[ARMCVM_RMI_REC_CREATE_NR_GPRS];
	bool runnable;
};

/**
 * struct armcvm_realm_layout - what goes into the realm and from where
 * @ram: RAM ranges, sorted by base, not overlapping (adjacent ranges are
 *	 treated as one)
 * @num_ram: entries in @ram
 * @images: images sorted by IPA, not sharing a granule
 * @num_images: entries in @images
 * @vcpus: vCPUs in REC index order
 * @num_vcpus: entries in @vcpus (>= 1)
 * @rec_aux_count: RMI_REC_AUX_COUNT of the RMM (0..16; TF-RMM: 16)
 * @pool_base: first PA of the delegable memory the plan takes the RD, RTT,
 *	       DATA, REC and REC_AUX granules from (4 KiB aligned); must not
 *	       overlap the starting-level RTTs at rtt_base
 * @pool_size: bytes in the pool
 * @ns_params_pa: NS granule the executor fills with RmiRealmParams /
 *		  RmiRecParams before REALM_CREATE / REC_CREATE
 * @profile: enum armcvm_realm_profile
 */
struct armcvm_realm_layout {
	const struct armcvm_realm_ram *ram;
	uint32_t num_ram;
	const struct armcvm_realm_image *images;
	uint32_t num_images;
	const struct armcvm_realm_vcpu *vcpus;
	uint32_t num_vcpus;
	uint32_t rec_aux_count;
	uint64_t pool_base;
	uint64_t pool_size;
	uint64_t ns_params_pa;
	uint32_t profile;
};

/**
 * enum armcvm_realm_cmd - RMI command of a plan step
 * @ARMCVM_REALM_OP_DELEGATE: GRANULE_DELEGATE(addr)
 * @ARMCVM_REALM_OP_UNDELEGATE: GRANULE_UNDELEGATE(addr)
 * @ARMCVM_REALM_OP_REALM_CREATE: REALM_CREATE(rd = addr, params)
 * @ARMCVM_REALM_OP_RTT_CREATE: RTT_CREATE(rd, rtt = addr, ipa, level)
 * @ARMCVM_REALM_OP_INIT_RIPAS: RTT_INIT_RIPAS(rd, base = ipa, top = arg);
 *	level = level of the RTT entries it covers
 * @ARMCVM_REALM_OP_DATA_CREATE: DATA_CREATE(rd, data = addr, ipa, src,
 *	flags) of image @index at byte offset arg
 * @ARMCVM_REALM_OP_REC_CREATE: REC_CREATE(rd, rec = addr, params) of vCPU
 *	@index, aux granules from arg
 * @ARMCVM_REALM_OP_REALM_ACTIVATE: REALM_ACTIVATE(rd = addr)
 * @ARMCVM_REALM_OP_DATA_DESTROY: DATA_DESTROY(rd, ipa) returning addr
 * @ARMCVM_REALM_OP_REC_DESTROY: REC_DESTROY(rec = addr)
 * @ARMCVM_REALM_OP_RTT_DESTROY: RTT_DESTROY(rd, ipa, level) returning addr
 * @ARMCVM_REALM_OP_REALM_DESTROY: REALM_DESTROY(rd = addr)
 */
enum armcvm_realm_cmd {
	ARMCVM_REALM_OP_DELEGATE = 1,
	ARMCVM_REALM_OP_UNDELEGATE,
	ARMCVM_REALM_OP_REALM_CREATE,
	ARMCVM_REALM_OP_RTT_CREATE,
	ARMCVM_REALM_OP_INIT_RIPAS,
	ARMCVM_REALM_OP_DATA_CREATE,
	ARMCVM_REALM_OP_REC_CREATE,
	ARMCVM_REALM_OP_REALM_ACTIVATE,
	ARMCVM_REALM_OP_DATA_DESTROY,
	ARMCVM_REALM_OP_REC_DESTROY,
	ARMCVM_REALM_OP_RTT_DESTROY,
	ARMCVM_REALM_OP_REALM_DESTROY,
	ARMCVM_REALM_OP_COUNT
};

/**
 * struct armcvm_realm_op - one RMI call of a plan
 * @cmd: enum armcvm_realm_cmd
 * @level: RTT level (RTT_CREATE, RTT_DESTROY, INIT_RIPAS), else 0
 * @reserved: zero
 * @index: image (DATA_CREATE) or vCPU (REC_CREATE, REC_DESTROY) number
 * @addr: granule PA (see enum armcvm_realm_cmd)
 * @ipa: IPA or range base
 * @arg: INIT_RIPAS top, DATA_CREATE offset in the image, REC_CREATE first
 *	 aux granule (the others follow at 4 KiB steps)
 */
struct armcvm_realm_op {
	uint8_t cmd;
	int8_t level;
	uint16_t reserved;
	uint32_t index;
	uint64_t addr;
	uint64_t ipa;
	uint64_t arg;
};

/**
 * struct armcvm_realm_plan_stats - what a plan does, by command
 * @delegate: GRANULE_DELEGATE calls
 * @undelegate: GRANULE_UNDELEGATE calls
 * @rtt_create: RTT_CREATE calls (= RTT_DESTROY calls)
 * @init_ripas: RTT_INIT_RIPAS calls
 * @ripas_entries: RTT entries those calls cover (RIM extensions)
 * @data_create: DATA_CREATE calls (= DATA_DESTROY calls)
 * @rec_create: REC_CREATE calls (= REC_DESTROY calls)
 * @root_rtts: starting-level RTTs (rtt_num_start)
 * @create_calls: RMI calls that build the realm
 * @teardown_calls: RMI calls that tear it down
 * @granules: granules taken from the pool
 */
struct armcvm_realm_plan_stats {
	uint64_t delegate;
	uint64_t undelegate;
	uint64_t rtt_create;
	uint64_t init_ripas;
	uint64_t ripas_entries;
	uint64_t data_create;
	uint64_t rec_create;
	uint64_t root_rtts;
	uint64_t create_calls;
	uint64_t teardown_calls;
	uint64_t granules;
};

/**
 * struct armcvm_realm_plan - a plan and where it is stored
 * @ops: caller buffer, or NULL to only count
 * @capacity: entries in @ops
 * @count: total steps (creation then teardown), set even when @ops is NULL
 *	   or too small
 * @create_count: @ops[0 .. @create_count) build the realm, the rest
 *		  tears it down
 * @rd: PA of the RD granule
 * @stats: per-command counts
 */
struct armcvm_realm_plan {
	struct armcvm_realm_op *ops;
	size_t capacity;
	size_t count;
	size_t create_count;
	uint64_t rd;
	struct armcvm_realm_plan_stats stats;
};

/**
 * armcvm_realm_plan_build() - Plan the creation and teardown of a realm
 * @params: RmiRealmParams (from armcvm_realm_params_build())
 * @layout: the realm's contents and granule sources
 * @plan: @plan->ops / @plan->capacity set by the caller; everything else is
 *	  written. With @plan->ops NULL only the counts are computed.
 * @err: optional error detail (field, element index, allowed range)
 *
 * Return: 0 on success;
 *	   -ARMCVM_ERR_INVAL for a bad profile, vCPU count, aux count, MPIDR
 *	   index, or RTT geometry in @params;
 *	   -ARMCVM_ERR_ALIGN for an unaligned RAM range, image, src_pa, pool or
 *	   NS page;
 *	   -ARMCVM_ERR_RANGE for an empty, wrapping, unsorted or overlapping
 *	   RAM range or image, one outside the protected IPA space, an image
 *	   whose staged copy (src_pa + size) wraps, starting-level RTTs
 *	   (rtt_base + rtt_num_start granules) that wrap, or a pool that wraps
 *	   or overlaps the starting-level RTTs;
 *	   -ARMCVM_ERR_RESERVED for SBZ bits set in an MPIDR;
 *	   -ARMCVM_ERR_NOSPACE when the pool is too small (err: value =
 *	   granules needed, max = granules available) or @plan->ops cannot
 *	   hold @plan->count steps (the counts are still valid).
 */
ARMCVM_API ARMCVM_MUST_CHECK int
armcvm_realm_plan_build(const struct armcvm_rmi_realm_params *params,
			const struct armcvm_realm_layout *layout,
			struct armcvm_realm_plan *plan,
			struct armcvm_realm_error *err);

/**
 * armcvm_realm_op_name() - Name of a plan command
 * @cmd: enum armcvm_realm_cmd
 *
 * Return: "RMI_GRANULE_DELEGATE" etc., "<unknown>" otherwise. Never NULL.
 */
ARMCVM_API const char *armcvm_realm_op_name(uint32_t cmd);

/* ------------------------------------------------------------------ */
/* Executor                                                            */
/* ------------------------------------------------------------------ */

/**
 * struct armcvm_realm_exec_host - what the executor needs from the host
 * @write_ns: copy @len bytes to the NS granule at @pa (params pages);
 *	      returns 0 or a negative armcvm error
 * @step: optional; called after every call with the step number, the step
 *	  and the RMI status X0 (progress display, logging)
 * @ctx: passed to both
 */
struct armcvm_realm_exec_host {
	int (*write_ns)(void *ctx, uint64_t pa, const void *data, size_t len);
	void (*step)(void *ctx, size_t index, const struct armcvm_realm_op *op,
		     uint64_t x0);
	void *ctx;
};

/**
 * enum armcvm_realm_exec_stop - why the executor stopped early
 * @ARMCVM_REALM_EXEC_STOP_NONE: it did not
 * @ARMCVM_REALM_EXEC_STOP_STATUS: a call returned a status other than
 *	RMI_SUCCESS
 * @ARMCVM_REALM_EXEC_STOP_OUTPUT: a call succeeded but returned another
 *	value than planned (INIT_RIPAS out_top, the PA from DATA_DESTROY or
 *	RTT_DESTROY)
 */
enum armcvm_realm_exec_stop {
	ARMCVM_REALM_EXEC_STOP_NONE = 0,
	ARMCVM_REALM_EXEC_STOP_STATUS = 1,
	ARMCVM_REALM_EXEC_STOP_OUTPUT = 2,
};

/**
 * struct armcvm_realm_exec_report - where and why a run stopped
 * @stop: enum armcvm_realm_exec_stop
 * @step: index in the plan of the failing step (or the end of the run)
 * @cmd: its enum armcvm_realm_cmd
 * @fid: its function identifier
 * @x0: raw RmiCommandReturnCode
 * @status: X0 bits 7:0
 * @index: X0 bits 15:8 (RTT level for RMI_ERROR_RTT)
 * @x1: X1 returned (out_top, PA)
 * @expected: the X1 the plan expected (STOP_OUTPUT)
 * @done: steps completed successfully
 */
struct armcvm_realm_exec_report {
	uint32_t stop;
	size_t step;
	uint32_t cmd;
	uint64_t fid;
	uint64_t x0;
	uint8_t status;
	uint8_t index;
	uint64_t x1;
	uint64_t expected;
	size_t done;
};

/* Returned by armcvm_realm_exec() when it stopped at an RMI error. */
#define ARMCVM_REALM_EXEC_STOPPED	1

/**
 * armcvm_realm_exec() - Run plan steps [@first, @last) on a conduit
 * @c: conduit (real RMM, software model, mock)
 * @params: RmiRealmParams written to the NS page before REALM_CREATE
 * @layout: the layout the plan was built from
 * @plan: the plan (its ops fully stored)
 * @first: first step
 * @last: one past the last step (<= @plan->count)
 * @host: NS page writer and optional progress callback
 * @rep: report (always written)
 *
 * Return: 0 when every step succeeded;
 *	   ARMCVM_REALM_EXEC_STOPPED (1) when a call returned an unexpected
 *	   status or output (@rep says which, where and what);
 *	   -ARMCVM_ERR_INVAL for NULL arguments, a range outside the plan, an
 *	   unstored plan or an unknown step;
 *	   -ARMCVM_ERR_PROTOCOL if the RMM set MBZ bits of X0;
 *	   -ARMCVM_ERR_NOTSUPP if the conduit answered SMC_UNKNOWN;
 *	   any error returned by @host->write_ns.
 */
ARMCVM_API ARMCVM_MUST_CHECK int
armcvm_realm_exec(const struct armcvm_conduit *c,
		  const struct armcvm_rmi_realm_params *params,
		  const struct armcvm_realm_layout *layout,
		  const struct armcvm_realm_plan *plan, size_t first,
		  size_t last, const struct armcvm_realm_exec_host *host,
		  struct armcvm_realm_exec_report *rep);

/**
 * armcvm_realm_rtt_retry() - Issue a call, creating missing RTTs on demand
 * @c: conduit
 * @rd: PA of the RD
 * @ipa: IPA the call maps (used for the RTT_CREATE addresses)
 * @max_level: deepest level to create (3 for DATA_CREATE)
 * @in: the call's argument registers
 * @nin: argument registers, X0 included
 * @nout: result registers, X0 included
 * @alloc: returns a free (undelegated) granule PA for a new RTT
 * @ctx: passed to @alloc
 * @out: results of the last attempt
 * @created: incremented per RTT created (may be NULL)
 *
 * The "create the missing level and retry" recovery for hosts that do not
 * plan ahead (rmi.md 6.1 item 5, 6.4): while the call returns
 * (RMI_ERROR_RTT, L) with L < @max_level, delegate a granule, RTT_CREATE
 * it at level L + 1 for @ipa, and retry. At most 5 levels are added.
 *
 * Return: 0 when the last attempt's status is in @out (success or not);
 *	   -ARMCVM_ERR_INVAL if @c, @in, @out or @alloc is NULL (no call);
 *	   -ARMCVM_ERR_STATE if GRANULE_DELEGATE or RTT_CREATE failed (its X0
 *	   is in @out->x[0]);
 *	   any error returned by @alloc.
 */
ARMCVM_API ARMCVM_MUST_CHECK int
armcvm_realm_rtt_retry(const struct armcvm_conduit *c, uint64_t rd,
		       uint64_t ipa, int max_level,
		       const struct armcvm_smccc_regs *in, unsigned int nin,
		       unsigned int nout,
		       int (*alloc)(void *ctx, uint64_t *pa), void *ctx,
		       struct armcvm_smccc_regs *out, unsigned int *created);

#ifdef __cplusplus
}
#endif
#endif /* ARMCVM_REALM_PLAN_H */
