/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
/*
 * fuzz_rec_exit: the host-side REC exit decoder and entry helpers
 * (rmi_exit.h) on raw RmiRecRun bytes, and the RMI / RSI result-register
 * decoders (rmi.h, rsi.h, rmi_abi.h) on raw register values.
 *
 * Input (docs/fuzzing.md, "rec_exit"):
 *   m     bit 0: the exit is 0x800 raw bytes (else compact fields:
 *         reason byte, esr, far, hpfar, gprs[0..3], ripas base / top /
 *         value, imm), bit 1: a junk byte in exit_reason 63:8
 *   ipa   ipa_bits = 32 + ipa % 21 below 0xE0, else the raw byte
 *   ...   the exit, then enter.flags, enter.gprs[0], an MMIO value and a
 *         reject flag; then register decoders until the input ends, each a
 *         selector byte and x0..x8.
 *
 * Every result is compared with the field definitions of S10 B4.4.17
 * (RmiRecExit), the ESR_EL2 / HPFAR_EL2 layouts (Arm ARM D24) and the
 * decoder contracts in the headers, recomputed here bit by bit.
 */
#include <stdbool.h>
#include <string.h>

#include <armcvm/armcvm.h>

#include "fuzz_stream.h"

static uint64_t bits(uint64_t v, unsigned int hi, unsigned int lo)
{
	return (v >> lo) & ((2ULL << (hi - lo)) - 1U);
}

static uint64_t mask_bytes(unsigned int bytes)
{
	return bytes >= 8U ? ~0ULL : (1ULL << (8U * bytes)) - 1U;
}

/* Sign-extend the low @nbits of @v to 64 bits. */
static uint64_t sext(uint64_t v, unsigned int nbits)
{
	return (uint64_t)((int64_t)(v << (64U - nbits)) >> (64U - nbits));
}

static void read_exit(struct fuzz_stream *s, uint8_t mode,
		      struct armcvm_rmi_rec_exit *ex)
{
	unsigned int i;

	memset(ex, 0, sizeof(*ex));
	if ((mode & 1U) != 0) {
		fs_bytes(s, ex, sizeof(*ex));
		return;
	}
	ex->exit_reason = fs_u8(s);
	if ((mode & 2U) != 0) {
		ex->exit_reason |= (uint64_t)fs_u8(s) << (8U + (mode >> 2) % 56U);
	}
	ex->esr = fs_u64(s);
	ex->far = fs_u64(s);
	ex->hpfar = fs_u64(s);
	for (i = 0; i < 4U; i++) {
		ex->gprs[i] = fs_u64(s);
	}
	ex->ripas_base = fs_u64(s);
	ex->ripas_top = fs_u64(s);
	ex->ripas_value = fs_u16(s);
	ex->imm = fs_u32(s);
}

static void check_dabt(uint64_t esr, const struct armcvm_esr_dabt *d)
{
	FUZZ_CHECK(d->ec == bits(esr, 31, 26) && d->isv == bits(esr, 24, 24) &&
		   d->sas == bits(esr, 23, 22) && d->sse == bits(esr, 21, 21) &&
		   d->srt == bits(esr, 20, 16) && d->sf == bits(esr, 15, 15) &&
		   d->ar == bits(esr, 14, 14) && d->fnv == bits(esr, 10, 10) &&
		   d->ea == bits(esr, 9, 9) && d->s1ptw == bits(esr, 7, 7) &&
		   d->wnr == bits(esr, 6, 6) && d->dfsc == bits(esr, 5, 0),
		   "ESR 0x%llx taken apart wrongly", (unsigned long long)esr);
}

static void check_load_value(const struct armcvm_esr_dabt *d, uint64_t raw)
{
	unsigned int n = 1U << d->sas;
	uint64_t want = raw & mask_bytes(n);
	uint64_t got = armcvm_rmi_mmio_load_value(d, raw);

	/* Arm ARM C6.2 LDRS*: sign-extend to the register width (SF). */
	if (d->sse && n < 8U) {
		want = sext(want, 8U * n);
		if (!d->sf) {
			want &= 0xFFFFFFFFULL;
		}
	}
	FUZZ_CHECK(got == want, "load value sas %u sse %d sf %d raw 0x%llx: "
		   "0x%llx, want 0x%llx", d->sas, d->sse, d->sf,
		   (unsigned long long)raw, (unsigned long long)got,
		   (unsigned long long)want);
}

static void check_exit(const struct armcvm_rmi_rec_exit *ex,
		       unsigned int ipa_bits, int rc,
		       const struct armcvm_rmi_exit_info *in)
{
	unsigned int reason = (unsigned int)(ex->exit_reason & 0xFFU);
	uint64_t ipa;
	bool ok_reason = reason <= ARMCVM_RMI_EXIT_SERROR;

	FUZZ_CHECK(in->reason == reason, "reason %u", in->reason);
	if (ipa_bits < 32U || ipa_bits > 52U) {
		FUZZ_CHECK(rc == -ARMCVM_ERR_INVAL, "ipa_bits %u rc %d",
			   ipa_bits, rc);
		return;
	}
	if ((ex->exit_reason >> 8) != 0 || !ok_reason) {
		FUZZ_CHECK(rc == -ARMCVM_ERR_PROTOCOL, "exit_reason 0x%llx rc %d",
			   (unsigned long long)ex->exit_reason, rc);
		return;
	}
	switch (reason) {
	case ARMCVM_RMI_EXIT_SYNC:
		FUZZ_CHECK(rc == 0 && in->esr == ex->esr, "SYNC rc %d", rc);
		check_dabt(ex->esr, &in->dabt);
		FUZZ_CHECK(in->is_dabt == (bits(ex->esr, 31, 26) == 0x24) &&
			   in->is_iabt == (bits(ex->esr, 31, 26) == 0x20),
			   "abort class");
		if (!in->is_dabt && !in->is_iabt) {
			FUZZ_CHECK(in->ipa == 0 && !in->mmio, "IPA of a non-abort");
			break;
		}
		/* HPFAR_EL2.FIPA 47:4 = IPA[55:12]; FAR gives IPA[11:0]. */
		ipa = (bits(ex->hpfar, 47, 4) << 12) | bits(ex->far, 11, 0);
		FUZZ_CHECK(in->ipa == ipa, "ipa 0x%llx want 0x%llx",
			   (unsigned long long)in->ipa,
			   (unsigned long long)ipa);
		FUZZ_CHECK(in->protected_ipa == (ipa < (1ULL << (ipa_bits - 1U))),
			   "protected half");
		FUZZ_CHECK(in->mmio == (in->is_dabt && in->dabt.isv &&
					!in->protected_ipa), "mmio");
		if (in->mmio) {
			FUZZ_CHECK(in->access_size == 1U << in->dabt.sas,
				   "access size");
			FUZZ_CHECK(in->write_value == (in->dabt.wnr ?
				   ex->gprs[0] & mask_bytes(in->access_size) : 0),
				   "write value");
		}
		break;
	case ARMCVM_RMI_EXIT_PSCI:
		FUZZ_CHECK(rc == 0 && in->psci_fid == (uint32_t)ex->gprs[0] &&
			   in->psci_args[0] == ex->gprs[1] &&
			   in->psci_args[1] == ex->gprs[2] &&
			   in->psci_args[2] == ex->gprs[3], "PSCI");
		break;
	case ARMCVM_RMI_EXIT_RIPAS_CHANGE:
		/* ripas_value is RmiRipas (EMPTY, RAM, DESTROYED), 63:8 MBZ. */
		FUZZ_CHECK((rc == 0) == (ex->ripas_value <= ARMCVM_RMI_DESTROYED &&
					 ex->ripas_top > ex->ripas_base),
			   "RIPAS_CHANGE rc %d", rc);
		FUZZ_CHECK(rc != 0 || (in->ripas_base == ex->ripas_base &&
				       in->ripas_top == ex->ripas_top &&
				       in->ripas_value == ex->ripas_value),
			   "RIPAS fields");
		break;
	case ARMCVM_RMI_EXIT_HOST_CALL:
		FUZZ_CHECK((rc == 0) == ((ex->imm >> 16) == 0) &&
			   in->imm == (uint16_t)ex->imm, "HOST_CALL rc %d", rc);
		break;
	case ARMCVM_RMI_EXIT_SERROR:
		FUZZ_CHECK(rc == 0 && in->esr == ex->esr, "SERROR");
		break;
	default:
		FUZZ_CHECK(rc == 0, "IRQ/FIQ rc %d", rc);
		break;
	}
}

/* The entry helpers change only the flags they own (S10 B4.4.15). */
static void check_enter(struct fuzz_stream *s,
			const struct armcvm_rmi_exit_info *info, int dec_rc)
{
	const uint64_t emul = ARMCVM_RMI_REC_ENTER_EMUL_MMIO;
	const uint64_t sea = ARMCVM_RMI_REC_ENTER_INJECT_SEA;
	const uint64_t resp = ARMCVM_RMI_REC_ENTER_RIPAS_RESPONSE;
	struct armcvm_rmi_rec_enter e0, e;
	uint64_t value, raw;
	bool reject;
	int rc;

	memset(&e0, 0, sizeof(e0));
	e0.flags = fs_u64(s);
	e0.gprs[0] = fs_u64(s);
	e0.gprs[1] = 0x1111;
	value = fs_u64(s);
	raw = fs_u64(s);
	reject = (fs_u8(s) & 1U) != 0;
	check_load_value(&info->dabt, raw);

	e = e0;
	rc = armcvm_rmi_enter_mmio_read(&e, info, value);
	if (!info->mmio || info->dabt.wnr) {
		FUZZ_CHECK(rc == -ARMCVM_ERR_STATE &&
			   memcmp(&e, &e0, sizeof(e)) == 0, "mmio_read refused");
	} else {
		FUZZ_CHECK(rc == 0 && dec_rc == 0 &&
			   e.flags == ((e0.flags | emul) & ~sea) &&
			   e.gprs[0] == (value & mask_bytes(info->access_size)) &&
			   e.gprs[1] == 0x1111, "mmio_read");
	}
	e = e0;
	rc = armcvm_rmi_enter_mmio_write(&e, info);
	if (!info->mmio || !info->dabt.wnr) {
		FUZZ_CHECK(rc == -ARMCVM_ERR_STATE &&
			   memcmp(&e, &e0, sizeof(e)) == 0, "mmio_write refused");
	} else {
		FUZZ_CHECK(rc == 0 && e.flags == ((e0.flags | emul) & ~sea) &&
			   e.gprs[0] == e0.gprs[0], "mmio_write");
	}
	e = e0;
	rc = armcvm_rmi_enter_inject_sea(&e, info);
	if (info->reason != ARMCVM_RMI_EXIT_SYNC || !info->is_dabt ||
	    info->protected_ipa) {
		FUZZ_CHECK(rc == -ARMCVM_ERR_STATE &&
			   memcmp(&e, &e0, sizeof(e)) == 0, "inject_sea refused");
	} else {
		FUZZ_CHECK(rc == 0 && e.flags == ((e0.flags | sea) & ~emul),
			   "inject_sea");
	}
	e = e0;
	rc = armcvm_rmi_enter_ripas_response(&e, info, reject);
	if (info->reason != ARMCVM_RMI_EXIT_RIPAS_CHANGE) {
		FUZZ_CHECK(rc == -ARMCVM_ERR_STATE &&
			   memcmp(&e, &e0, sizeof(e)) == 0, "ripas refused");
	} else {
		FUZZ_CHECK(rc == 0 && e.flags == (reject ? e0.flags | resp :
						  e0.flags & ~resp),
			   "ripas_response");
	}
}

/* X0 of an RMI reply: bits 7:0 status, 15:8 index, 63:16 MBZ (B4.4.1). */
static void check_rmi_status(uint64_t x0, int rc,
			     const struct armcvm_rmi_status *st)
{
	FUZZ_CHECK(st->raw == x0 && st->status == (x0 & 0xFFU) &&
		   st->index == ((x0 >> 8) & 0xFFU) &&
		   st->mbz_set == ((x0 >> 16) != 0), "status fields");
	FUZZ_CHECK(rc == (x0 == ~0ULL ? -ARMCVM_ERR_NOTSUPP :
			  (x0 >> 16) != 0 ? -ARMCVM_ERR_PROTOCOL : 0),
		   "status rc %d for 0x%llx", rc, (unsigned long long)x0);
	FUZZ_CHECK(armcvm_rmi_status_ok(st) == (x0 == 0), "status_ok");
	FUZZ_CHECK(armcvm_rmi_status_str(st->status) != NULL, "status_str");
}

/* rc of a decoder whose successful outputs must satisfy @outputs_ok. */
static int want_rc(uint64_t x0, bool outputs_ok)
{
	if (x0 == ~0ULL) {
		return -ARMCVM_ERR_NOTSUPP;
	}
	if ((x0 >> 16) != 0) {
		return -ARMCVM_ERR_PROTOCOL;
	}
	return (x0 & 0xFFU) == ARMCVM_RMI_SUCCESS && !outputs_ok ?
	       -ARMCVM_ERR_PROTOCOL : 0;
}

static uint64_t reg(struct fuzz_stream *s)
{
	uint8_t t = fs_u8(s);

	switch (t & 3U) {
	case 0:
		return t >> 2;
	case 1:
		return (uint64_t)(t >> 2) << 8 | fs_u8(s);
	case 2:
		return ~0ULL << (t >> 2);
	default:
		return fs_u64(s);
	}
}

static bool aligned(uint64_t v)
{
	return (v & 0xFFFU) == 0;
}

static void rmi_decoders(uint8_t sel, const struct armcvm_smccc_regs *r)
{
	union {
		struct armcvm_rmi_status st;
		struct armcvm_rmi_version_result ver;
		struct armcvm_rmi_data_destroy_result dd;
		struct armcvm_rmi_rtt_destroy_result rd;
		struct armcvm_rmi_rtt_fold_result fold;
		struct armcvm_rmi_rtt_entry ent;
		struct armcvm_rmi_rtt_unmap_result unmap;
		struct armcvm_rmi_features_result feat;
		struct armcvm_rmi_rec_aux_count_result aux;
		struct armcvm_rmi_ripas_result ripas;
	} u;
	const uint64_t *x = r->x;
	uint64_t mbz = ARMCVM_RMI_VERSION_MBZ_MASK;
	int rc;

	switch (sel % 10U) {
	case 0:
		rc = armcvm_rmi_rec_enter_decode(r, &u.st);
		check_rmi_status(x[0], rc, &u.st);
		break;
	case 1:
		/* RMI_VERSION: the revisions are checked on ERROR_INPUT too. */
		rc = armcvm_rmi_version_decode(r, &u.ver);
		check_rmi_status(x[0], x[0] == ~0ULL || (x[0] >> 16) != 0 ?
				 rc : 0, &u.ver.st);
		FUZZ_CHECK(u.ver.lower == x[1] && u.ver.higher == x[2] &&
			   rc == ((x[0] == ~0ULL) ? -ARMCVM_ERR_NOTSUPP :
				  (x[0] >> 16) != 0 ? -ARMCVM_ERR_PROTOCOL :
				  ((x[1] | x[2]) & mbz) != 0 || x[1] > x[2] ?
				  -ARMCVM_ERR_PROTOCOL : 0), "version rc %d", rc);
		break;
	case 2:
		rc = armcvm_rmi_data_destroy_decode(r, &u.dd);
		FUZZ_CHECK(rc == want_rc(x[0], aligned(x[1])) &&
			   u.dd.data == x[1] && u.dd.top == x[2], "data_destroy");
		break;
	case 3:
		rc = armcvm_rmi_rtt_destroy_decode(r, &u.rd);
		FUZZ_CHECK(rc == want_rc(x[0], aligned(x[1])) &&
			   u.rd.rtt == x[1] && u.rd.top == x[2], "rtt_destroy");
		break;
	case 4:
		rc = armcvm_rmi_rtt_fold_decode(r, &u.fold);
		FUZZ_CHECK(rc == want_rc(x[0], aligned(x[1])) &&
			   u.fold.rtt == x[1], "rtt_fold");
		break;
	case 5:
		/* S10 B4.3.20: walk_level -1..3, state / ripas 63:8 MBZ. */
		rc = armcvm_rmi_rtt_read_entry_decode(r, &u.ent);
		FUZZ_CHECK(rc == want_rc(x[0], (int64_t)x[1] >= -1 &&
					 (int64_t)x[1] <= 3 && x[2] < 256U &&
					 x[4] < 256U) &&
			   u.ent.walk_level == (int64_t)x[1] &&
			   u.ent.state == (uint8_t)x[2] && u.ent.desc == x[3] &&
			   u.ent.ripas == (uint8_t)x[4], "read_entry rc %d", rc);
		break;
	case 6:
		rc = armcvm_rmi_rtt_unmap_unprotected_decode(r, &u.unmap);
		FUZZ_CHECK(rc == want_rc(x[0], true) && u.unmap.top == x[1],
			   "unmap");
		break;
	case 7:
		rc = armcvm_rmi_features_decode(r, &u.feat);
		FUZZ_CHECK(rc == want_rc(x[0], true) && u.feat.value == x[1],
			   "features");
		break;
	case 8:
		rc = armcvm_rmi_rec_aux_count_decode(r, &u.aux);
		FUZZ_CHECK(rc == want_rc(x[0], x[1] <= 16U) &&
			   u.aux.aux_count == x[1], "aux_count");
		break;
	default:
		rc = armcvm_rmi_rtt_set_ripas_decode(r, &u.ripas);
		FUZZ_CHECK(rc == want_rc(x[0], aligned(x[1])) &&
			   u.ripas.out_top == x[1], "ripas");
		break;
	}
}

static void rsi_decoders(uint8_t sel, const struct armcvm_smccc_regs *r)
{
	union {
		struct armcvm_rsi_status st;
		struct armcvm_rsi_version_result ver;
		struct armcvm_rsi_value_result val;
		struct armcvm_rsi_measurement meas;
		struct armcvm_rsi_ipa_state_set_result set;
		struct armcvm_rsi_ipa_state_get_result get;
	} u;
	const uint64_t *x = r->x;
	int unk = x[0] == ~0ULL ? -ARMCVM_ERR_NOTSUPP : 0;
	unsigned int i;
	int rc;

	FUZZ_CHECK(armcvm_rsi_status_str(x[0]) != NULL, "rsi_status_str");
	switch (sel % 5U) {
	case 0:
		rc = armcvm_rsi_version_decode(r, &u.ver);
		FUZZ_CHECK(rc == (unk != 0 ? unk :
			   ((x[1] | x[2]) & ARMCVM_RMI_VERSION_MBZ_MASK) != 0 ||
			   x[1] > x[2] ? -ARMCVM_ERR_PROTOCOL : 0) &&
			   u.ver.status == x[0], "rsi version rc %d", rc);
		break;
	case 1:
		rc = armcvm_rsi_features_decode(r, &u.val);
		FUZZ_CHECK(rc == unk && u.val.status == x[0] &&
			   u.val.value == x[1], "rsi features");
		break;
	case 2:
		/* X1..X8 little-endian (S10 B5.3.5). */
		rc = armcvm_rsi_measurement_read_decode(r, &u.meas);
		FUZZ_CHECK(rc == unk && u.meas.status == x[0], "rsi meas");
		for (i = 0; i < 64U; i++) {
			FUZZ_CHECK(u.meas.value[i] ==
				   (uint8_t)(x[1U + i / 8U] >> (8U * (i % 8U))),
				   "measurement byte %u", i);
		}
		break;
	case 3:
		rc = armcvm_rsi_ipa_state_set_decode(r, &u.set);
		FUZZ_CHECK(rc == (unk != 0 ? unk : x[0] == 0 && x[2] > 1U ?
			   -ARMCVM_ERR_PROTOCOL : 0) && u.set.new_base == x[1] &&
			   u.set.response == x[2], "rsi set rc %d", rc);
		break;
	default:
		rc = armcvm_rsi_ipa_state_get_decode(r, &u.get);
		FUZZ_CHECK(rc == (unk != 0 ? unk : x[0] == 0 && x[2] > 2U ?
			   -ARMCVM_ERR_PROTOCOL : 0) && u.get.out_top == x[1] &&
			   u.get.ripas == x[2], "rsi get rc %d", rc);
		break;
	}
}

/* RmiInterfaceVersion and RmiRecMpidr conversions (B4.4.9, B4.4.20). */
static void value_codecs(uint64_t v)
{
	struct armcvm_rmi_version ver;
	uint64_t out, idx, back;
	int rc;

	rc = armcvm_rmi_interface_version_unpack(v, &ver);
	FUZZ_CHECK(ver.major == bits(v, 30, 16) && ver.minor == bits(v, 15, 0) &&
		   rc == ((v >> 31) != 0 ? -ARMCVM_ERR_RESERVED : 0),
		   "version unpack");
	FUZZ_CHECK(armcvm_rmi_interface_version_pack(ver.major, ver.minor,
						     &out) == 0 &&
		   out == (v & 0x7FFFFFFFULL), "version pack");
	rc = armcvm_rmi_rec_mpidr_to_index(v, &idx);
	FUZZ_CHECK(rc == ((v & ~0xFFFFFF0FULL) != 0 ? -ARMCVM_ERR_RESERVED : 0),
		   "mpidr_to_index rc %d", rc);
	if (rc == 0) {
		FUZZ_CHECK(idx == bits(v, 3, 0) + 16U * bits(v, 15, 8) +
				  4096U * bits(v, 23, 16) +
				  1048576U * bits(v, 31, 24) &&
			   armcvm_rmi_rec_mpidr_from_index(idx, &back) == 0 &&
			   back == v, "mpidr index round trip");
	}
	rc = armcvm_rmi_rec_mpidr_from_index(v, &out);
	FUZZ_CHECK((rc == 0) == (v < ARMCVM_RMI_REC_INDEX_LIMIT), "from_index");
	if (rc == 0) {
		FUZZ_CHECK(armcvm_rmi_rec_mpidr_to_index(out, &idx) == 0 &&
			   idx == v, "index round trip");
	}
	rc = armcvm_rmi_rec_mpidr_from_mpidr_el1(v, &out);
	FUZZ_CHECK((rc == 0) == (bits(v, 7, 4) == 0), "from_mpidr_el1");
	if (rc == 0) {
		FUZZ_CHECK(out == (bits(v, 23, 0) | bits(v, 39, 32) << 24),
			   "from_mpidr_el1 value");
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct fuzz_stream s = { data, size };
	struct armcvm_rmi_rec_exit ex;
	struct armcvm_rmi_exit_info info;
	struct armcvm_smccc_regs r;
	uint8_t mode = fs_u8(&s), b = fs_u8(&s);
	unsigned int ipa_bits = b < 0xE0U ? 32U + b % 21U : b;
	unsigned int i;
	int rc;

	read_exit(&s, mode, &ex);
	memset(&info, 0xA5, sizeof(info));
	rc = armcvm_rmi_exit_decode(&ex, ipa_bits, &info);
	FUZZ_CHECK(rc == 0 || rc == -ARMCVM_ERR_INVAL ||
		   rc == -ARMCVM_ERR_PROTOCOL, "exit rc %d", rc);
	check_exit(&ex, ipa_bits, rc, &info);
	check_enter(&s, &info, rc);
	while (fs_more(&s)) {
		uint8_t sel = fs_u8(&s);

		memset(&r, 0, sizeof(r));
		for (i = 0; i <= 8U; i++) {
			r.x[i] = reg(&s);
		}
		if ((sel & 0x80U) != 0) {
			rsi_decoders(sel, &r);
		} else {
			rmi_decoders(sel, &r);
		}
		value_codecs(r.x[(sel >> 4) & 7U]);
	}
	return 0;
}
