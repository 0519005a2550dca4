/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
/*
 * armcvm - REC exit decoding and entry preparation. Field sources are in
 * include/armcvm/rmi_exit.h.
 */
#include <armcvm/rmi_exit.h>

void armcvm_esr_dabt_decode(uint64_t esr, struct armcvm_esr_dabt *out)
{
	out->ec = (uint8_t)((esr >> ARMCVM_ESR_EC_SHIFT) & ARMCVM_ESR_EC_MASK);
	out->isv = (esr & ARMCVM_ESR_ISV) != 0;
	out->sas = (uint8_t)((esr >> ARMCVM_ESR_SAS_SHIFT) & 3U);
	out->sse = (esr & ARMCVM_ESR_SSE) != 0;
	out->srt = (uint8_t)((esr >> ARMCVM_ESR_SRT_SHIFT) & 0x1FU);
	out->sf = (esr & ARMCVM_ESR_SF) != 0;
	out->ar = (esr & ARMCVM_ESR_AR) != 0;
	out->fnv = (esr & ARMCVM_ESR_FNV) != 0;
	out->ea = (esr & ARMCVM_ESR_EA) != 0;
	out->s1ptw = (esr & ARMCVM_ESR_S1PTW) != 0;
	out->wnr = (esr & ARMCVM_ESR_WNR) != 0;
	out->dfsc = (uint8_t)(esr & ARMCVM_ESR_DFSC_MASK);
}

static uint64_t size_mask(unsigned int sas)
{
	return sas >= 3U ? ~ARMCVM_ULL(0) :
	       (ARMCVM_ULL(1) << (8U << sas)) - 1U;
}

uint64_t armcvm_rmi_mmio_load_value(const struct armcvm_esr_dabt *d,
				    uint64_t raw)
{
	uint64_t val = raw & size_mask(d->sas);

	if (d->sse && d->sas < 3U) {
		uint64_t sign = ARMCVM_ULL(1) << ((8U << d->sas) - 1U);

		val = (val ^ sign) - sign;
		if (!d->sf) {
			val &= ARMCVM_ULL(0xFFFFFFFF);
		}
	}
	return val;
}

static void decode_sync(const struct armcvm_rmi_rec_exit *exit,
			unsigned int ipa_bits,
			struct armcvm_rmi_exit_info *info)
{
	info->esr = exit->esr;
	armcvm_esr_dabt_decode(info->esr, &info->dabt);
	info->is_dabt = info->dabt.ec == ARMCVM_ESR_EC_DABT_LOW;
	info->is_iabt = info->dabt.ec == ARMCVM_ESR_EC_IABT_LOW;
	if (!info->is_dabt && !info->is_iabt) {
		return;
	}
	info->ipa = (((exit->hpfar >> ARMCVM_HPFAR_FIPA_SHIFT) &
		      ARMCVM_HPFAR_FIPA_MASK) << ARMCVM_RMI_GRANULE_SHIFT) |
		    (exit->far & (ARMCVM_RMI_GRANULE_SIZE - 1U));
	info->protected_ipa = info->ipa < (ARMCVM_ULL(1) << (ipa_bits - 1U));
	info->mmio = info->is_dabt && info->dabt.isv && !info->protected_ipa;
	if (info->mmio) {
		info->access_size = 1U << info->dabt.sas;
		if (info->dabt.wnr) {
			info->write_value = exit->gprs[0] &
					    size_mask(info->dabt.sas);
		}
	}
}

/*
 * The exit record lives in a page the host shares with the RMM: each field
 * is read once here and what is checked is what is stored in @info. The
 * fields are not volatile, so a caller with a concurrent writer of the
 * page copies the record first.
 */
int armcvm_rmi_exit_decode(const struct armcvm_rmi_rec_exit *exit,
			   unsigned int ipa_bits,
			   struct armcvm_rmi_exit_info *info)
{
	uint64_t reason, v, base, top;

	if (exit == NULL || info == NULL) {
		return -ARMCVM_ERR_INVAL;
	}
	ARMCVM_MEMSET(info, 0, sizeof(*info));
	reason = exit->exit_reason;
	info->reason = (unsigned int)(reason & 0xFFU);
	if (ipa_bits < 32U || ipa_bits > 52U) {
		return -ARMCVM_ERR_INVAL;
	}
	if ((reason >> 8) != 0) {
		return -ARMCVM_ERR_PROTOCOL;
	}
	switch (info->reason) {
	case ARMCVM_RMI_EXIT_SYNC:
		decode_sync(exit, ipa_bits, info);
		return 0;
	case ARMCVM_RMI_EXIT_IRQ:
	case ARMCVM_RMI_EXIT_FIQ:
		return 0;
	case ARMCVM_RMI_EXIT_SERROR:
		info->esr = exit->esr;
		return 0;
	case ARMCVM_RMI_EXIT_PSCI:
		info->psci_fid = (uint32_t)exit->gprs[0];
		info->psci_args[0] = exit->gprs[1];
		info->psci_args[1] = exit->gprs[2];
		info->psci_args[2] = exit->gprs[3];
		return 0;
	case ARMCVM_RMI_EXIT_RIPAS_CHANGE:
		base = exit->ripas_base;
		top = exit->ripas_top;
		v = exit->ripas_value;
		info->ripas_base = base;
		info->ripas_top = top;
		info->ripas_value = (uint8_t)(v & 0xFFU);
		if (v > ARMCVM_RMI_DESTROYED || top <= base) {
			return -ARMCVM_ERR_PROTOCOL;
		}
		return 0;
	case ARMCVM_RMI_EXIT_HOST_CALL:
		v = exit->imm;
		info->imm = (uint16_t)(v & 0xFFFFU);
		return (v >> 16) != 0 ? -ARMCVM_ERR_PROTOCOL : 0;
	default:
		return -ARMCVM_ERR_PROTOCOL;
	}
}

static void set_flag(struct armcvm_rmi_rec_enter *enter, uint64_t set,
		     uint64_t clear)
{
	enter->flags = (enter->flags & ~clear) | set;
}

int armcvm_rmi_enter_mmio_read(struct armcvm_rmi_rec_enter *enter,
			       const struct armcvm_rmi_exit_info *info,
			       uint64_t value)
{
	if (enter == NULL || info == NULL) {
		return -ARMCVM_ERR_INVAL;
	}
	if (!info->mmio || info->dabt.wnr) {
		return -ARMCVM_ERR_STATE;
	}
	enter->gprs[0] = value & size_mask(info->dabt.sas);
	set_flag(enter, ARMCVM_RMI_REC_ENTER_EMUL_MMIO,
		 ARMCVM_RMI_REC_ENTER_INJECT_SEA);
	return 0;
}

int armcvm_rmi_enter_mmio_write(struct armcvm_rmi_rec_enter *enter,
				const struct armcvm_rmi_exit_info *info)
{
	if (enter == NULL || info == NULL) {
		return -ARMCVM_ERR_INVAL;
	}
	if (!info->mmio || !info->dabt.wnr) {
		return -ARMCVM_ERR_STATE;
	}
	set_flag(enter, ARMCVM_RMI_REC_ENTER_EMUL_MMIO,
		 ARMCVM_RMI_REC_ENTER_INJECT_SEA);
	return 0;
}

int armcvm_rmi_enter_inject_sea(struct armcvm_rmi_rec_enter *enter,
				const struct armcvm_rmi_exit_info *info)
{
	if (enter == NULL || info == NULL) {
		return -ARMCVM_ERR_INVAL;
	}
	if (info->reason != ARMCVM_RMI_EXIT_SYNC || !info->is_dabt ||
	    info->protected_ipa) {
		return -ARMCVM_ERR_STATE;
	}
	set_flag(enter, ARMCVM_RMI_REC_ENTER_INJECT_SEA,
		 ARMCVM_RMI_REC_ENTER_EMUL_MMIO);
	return 0;
}

int armcvm_rmi_enter_ripas_response(struct armcvm_rmi_rec_enter *enter,
				    const struct armcvm_rmi_exit_info *info,
				    bool reject)
{
	if (enter == NULL || info == NULL) {
		return -ARMCVM_ERR_INVAL;
	}
	if (info->reason != ARMCVM_RMI_EXIT_RIPAS_CHANGE) {
		return -ARMCVM_ERR_STATE;
	}
	set_flag(enter, reject ? ARMCVM_RMI_REC_ENTER_RIPAS_RESPONSE : 0,
		 reject ? 0 : ARMCVM_RMI_REC_ENTER_RIPAS_RESPONSE);
	return 0;
}
