/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
/*
 * Realm plan executor and the "create the missing RTT and retry" recovery
 * (rmi.md 6.1, 6.4). Register use per command: rmi.md 1.2 / rmi.h.
 */
#include <armcvm/realm_plan.h>
#include <armcvm/rmi.h>

struct call {
	struct armcvm_smccc_regs in;
	unsigned int nin;
	unsigned int nout;
	bool check_x1;
	uint64_t expect_x1;
};

static int rec_params_write(const struct armcvm_realm_layout *l,
			    const struct armcvm_realm_op *op,
			    const struct armcvm_realm_exec_host *host)
{
	struct armcvm_rmi_rec_params rp;
	const struct armcvm_realm_vcpu *v = &l->vcpus[op->index];
	uint32_t k;

	ARMCVM_MEMSET(&rp, 0, sizeof(rp));
	rp.flags = v->runnable ? ARMCVM_RMI_REC_FLAG_RUNNABLE : 0U;
	rp.mpidr = v->mpidr;
	rp.pc = v->pc;
	ARMCVM_MEMCPY(rp.gprs, v->gprs, sizeof(rp.gprs));
	rp.num_aux = l->rec_aux_count;
	for (k = 0; k < l->rec_aux_count; k++) {
		rp.aux[k] = op->arg + (uint64_t)k * ARMCVM_RMI_GRANULE_SIZE;
	}
	return host->write_ns(host->ctx, l->ns_params_pa, &rp, sizeof(rp));
}

/* Encode one plan step (rmi.md 1.2 register table). */
static int encode(const struct armcvm_rmi_realm_params *p,
		  const struct armcvm_realm_layout *l, uint64_t rd,
		  const struct armcvm_realm_op *op,
		  const struct armcvm_realm_exec_host *host, struct call *c)
{
	struct armcvm_smccc_regs *r = &c->in;

	ARMCVM_MEMSET(c, 0, sizeof(*c));
	c->nout = 1;
	switch (op->cmd) {
	case ARMCVM_REALM_OP_DELEGATE:
	case ARMCVM_REALM_OP_UNDELEGATE:
		r->x[0] = op->cmd == ARMCVM_REALM_OP_DELEGATE ?
			  ARMCVM_SMC_RMI_GRANULE_DELEGATE :
			  ARMCVM_SMC_RMI_GRANULE_UNDELEGATE;
		r->x[1] = op->addr;
		c->nin = ARMCVM_RMI_GRANULE_DELEGATE_NIN;
		return 0;
	case ARMCVM_REALM_OP_REALM_CREATE:
		r->x[0] = ARMCVM_SMC_RMI_REALM_CREATE;
		r->x[1] = op->addr;
		r->x[2] = l->ns_params_pa;
		c->nin = ARMCVM_RMI_REALM_CREATE_NIN;
		return host->write_ns(host->ctx, l->ns_params_pa, p,
				      sizeof(*p));
	case ARMCVM_REALM_OP_RTT_CREATE:
		r->x[0] = ARMCVM_SMC_RMI_RTT_CREATE;
		r->x[1] = rd;
		r->x[2] = op->addr;
		r->x[3] = op->ipa;
		r->x[4] = (uint64_t)(int64_t)op->level;
		c->nin = ARMCVM_RMI_RTT_CREATE_NIN;
		return 0;
	case ARMCVM_REALM_OP_INIT_RIPAS:
		r->x[0] = ARMCVM_SMC_RMI_RTT_INIT_RIPAS;
		r->x[1] = rd;
		r->x[2] = op->ipa;
		r->x[3] = op->arg;
		c->nin = ARMCVM_RMI_RTT_INIT_RIPAS_NIN;
		c->nout = ARMCVM_RMI_RTT_INIT_RIPAS_NOUT;
		c->check_x1 = true;
		c->expect_x1 = op->arg;
		return 0;
	case ARMCVM_REALM_OP_DATA_CREATE:
		r->x[0] = ARMCVM_SMC_RMI_DATA_CREATE;
		r->x[1] = rd;
		r->x[2] = op->addr;
		r->x[3] = op->ipa;
		r->x[4] = l->images[op->index].src_pa + op->arg;
		r->x[5] = l->images[op->index].measured ?
			  ARMCVM_RMI_DATA_FLAG_MEASURE : 0U;
		c->nin = ARMCVM_RMI_DATA_CREATE_NIN;
		return 0;
	case ARMCVM_REALM_OP_REC_CREATE:
		r->x[0] = ARMCVM_SMC_RMI_REC_CREATE;
		r->x[1] = rd;
		r->x[2] = op->addr;
		r->x[3] = l->ns_params_pa;
		c->nin = ARMCVM_RMI_REC_CREATE_NIN;
		return rec_params_write(l, op, host);
	case ARMCVM_REALM_OP_REALM_ACTIVATE:
	case ARMCVM_REALM_OP_REALM_DESTROY:
		r->x[0] = op->cmd == ARMCVM_REALM_OP_REALM_ACTIVATE ?
			  ARMCVM_SMC_RMI_REALM_ACTIVATE :
			  ARMCVM_SMC_RMI_REALM_DESTROY;
		r->x[1] = op->addr;
		c->nin = ARMCVM_RMI_REALM_ACTIVATE_NIN;
		return 0;
	case ARMCVM_REALM_OP_DATA_DESTROY:
		r->x[0] = ARMCVM_SMC_RMI_DATA_DESTROY;
		r->x[1] = rd;
		r->x[2] = op->ipa;
		c->nin = ARMCVM_RMI_DATA_DESTROY_NIN;
		c->nout = ARMCVM_RMI_DATA_DESTROY_NOUT;
		c->check_x1 = true;
		c->expect_x1 = op->addr;
		return 0;
	case ARMCVM_REALM_OP_REC_DESTROY:
		r->x[0] = ARMCVM_SMC_RMI_REC_DESTROY;
		r->x[1] = op->addr;
		c->nin = ARMCVM_RMI_REC_DESTROY_NIN;
		return 0;
	case ARMCVM_REALM_OP_RTT_DESTROY:
		r->x[0] = ARMCVM_SMC_RMI_RTT_DESTROY;
		r->x[1] = rd;
		r->x[2] = op->ipa;
		r->x[3] = (uint64_t)(int64_t)op->level;
		c->nin = ARMCVM_RMI_RTT_DESTROY_NIN;
		c->nout = ARMCVM_RMI_RTT_DESTROY_NOUT;
		c->check_x1 = true;
		c->expect_x1 = op->addr;
		return 0;
	default:
		return -ARMCVM_ERR_INVAL;
	}
}

int armcvm_realm_exec(const struct armcvm_conduit *c,
		      const struct armcvm_rmi_realm_params *params,
		      const struct armcvm_realm_layout *layout,
		      const struct armcvm_realm_plan *plan, size_t first,
		      size_t last, const struct armcvm_realm_exec_host *host,
		      struct armcvm_realm_exec_report *rep)
{
	struct armcvm_smccc_regs out;
	struct armcvm_rmi_status st;
	struct call call;
	size_t i;

	if (rep == NULL) {
		return -ARMCVM_ERR_INVAL;
	}
	ARMCVM_MEMSET(rep, 0, sizeof(*rep));
	if (params == NULL || layout == NULL || plan == NULL ||
	    host == NULL || host->write_ns == NULL || plan->ops == NULL ||
	    plan->count > plan->capacity || first > last ||
	    last > plan->count) {
		return -ARMCVM_ERR_INVAL;
	}
	for (i = first; i < last; i++) {
		const struct armcvm_realm_op *op = &plan->ops[i];
		int ret;

		rep->step = i;
		rep->cmd = op->cmd;
		ret = encode(params, layout, plan->rd, op, host, &call);
		if (ret != 0) {
			return ret;
		}
		rep->fid = call.in.x[0];
		ARMCVM_MEMSET(&out, 0, sizeof(out));
		armcvm_conduit_invoke(c, &call.in, &out, call.nin, call.nout);
		rep->x0 = out.x[0];
		rep->x1 = call.nout > 1 ? out.x[1] : 0U;
		ret = armcvm_rmi_status_decode(out.x[0], &st);
		rep->status = st.status;
		rep->index = st.index;
		if (host->step != NULL) {
			host->step(host->ctx, i, op, out.x[0]);
		}
		if (ret != 0) {
			return ret;
		}
		if (!armcvm_rmi_status_ok(&st)) {
			rep->stop = ARMCVM_REALM_EXEC_STOP_STATUS;
			return ARMCVM_REALM_EXEC_STOPPED;
		}
		if (call.check_x1 && out.x[1] != call.expect_x1) {
			rep->stop = ARMCVM_REALM_EXEC_STOP_OUTPUT;
			rep->expected = call.expect_x1;
			return ARMCVM_REALM_EXEC_STOPPED;
		}
		rep->done++;
	}
	rep->step = last;
	return 0;
}

int armcvm_realm_rtt_retry(const struct armcvm_conduit *c, uint64_t rd,
			   uint64_t ipa, int max_level,
			   const struct armcvm_smccc_regs *in,
			   unsigned int nin, unsigned int nout,
			   int (*alloc)(void *ctx, uint64_t *pa), void *ctx,
			   struct armcvm_smccc_regs *out, unsigned int *created)
{
	struct armcvm_rmi_status st;
	unsigned int attempt;

	if (c == NULL || in == NULL || out == NULL || alloc == NULL) {
		return -ARMCVM_ERR_INVAL;
	}
	/* Levels -1..3: at most 4 RTTs below a starting level. */
	for (attempt = 0;; attempt++) {
		struct armcvm_smccc_regs r;
		uint64_t rtt;
		int level, ret;

		armcvm_conduit_invoke(c, in, out, nin, nout);
		if (armcvm_rmi_status_decode(out->x[0], &st) != 0 ||
		    st.status != ARMCVM_RMI_ERROR_RTT || attempt == 5) {
			return 0;
		}
		/* T10 reports the walk level in 8 bits: 0xFF is -1. */
		level = (int)(int8_t)st.index;
		if (level >= max_level) {
			return 0;
		}
		ret = alloc(ctx, &rtt);
		if (ret != 0) {
			return ret;
		}
		ARMCVM_MEMSET(&r, 0, sizeof(r));
		r.x[0] = ARMCVM_SMC_RMI_GRANULE_DELEGATE;
		r.x[1] = rtt;
		armcvm_conduit_invoke(c, &r, out,
				      ARMCVM_RMI_GRANULE_DELEGATE_NIN,
				      ARMCVM_RMI_GRANULE_DELEGATE_NOUT);
		if (out->x[0] != ARMCVM_RMI_SUCCESS) {
			return -ARMCVM_ERR_STATE;
		}
		/* RTT_CREATE ipa: aligned to the parent (level L) entry. */
		r.x[0] = ARMCVM_SMC_RMI_RTT_CREATE;
		r.x[1] = rd;
		r.x[2] = rtt;
		r.x[3] = ipa & ~((ARMCVM_ULL(1) <<
				  (12U + 9U * (unsigned int)(3 - level))) - 1U);
		r.x[4] = (uint64_t)(int64_t)(level + 1);
		armcvm_conduit_invoke(c, &r, out, ARMCVM_RMI_RTT_CREATE_NIN,
				      ARMCVM_RMI_RTT_CREATE_NOUT);
		if (out->x[0] != ARMCVM_RMI_SUCCESS) {
			return -ARMCVM_ERR_STATE;
		}
		if (created != NULL) {
			(*created)++;
		}
	}
}
