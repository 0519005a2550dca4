/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
/*
 * Software RMM: RSI_ATTESTATION_TOKEN_INIT / CONTINUE (S10 B5.3.2,
 * B5.3.3; rmi.md 7) producing the model's unsigned placeholder token
 * (rmm_model.h ARMCVM_RMM_TOKEN_*), never a signed CCA token.
 *
 * The call protocol follows TF-RMM rmm-spec-v1.0-rel0 (T10
 * runtime/rsi/realm_attest.c): INIT snapshots the claims and reports an
 * upper bound of the token size; each CONTINUE copies the next part into
 * [offset, offset + size) of a realm granule and answers RSI_INCOMPLETE
 * until the last byte is out, then RSI_SUCCESS; after that a new INIT is
 * needed.
 */
#include "rmm_internal.h"
#include <armcvm/rsi.h>

ARMCVM_STATIC_ASSERT(sizeof(ARMCVM_RMM_TOKEN_MAGIC) <=
		     ARMCVM_RMM_TOKEN_OFF_CHALLENGE, "magic fits its field");
ARMCVM_STATIC_ASSERT(ARMCVM_RMM_TOKEN_OFF_MEAS + 5 * 64 ==
		     ARMCVM_RMM_TOKEN_OFF_RPV, "RIM and four REMs");
ARMCVM_STATIC_ASSERT(ARMCVM_RMM_TOKEN_OFF_RPV + 64 == ARMCVM_RMM_TOKEN_SIZE,
		     "RPV ends the token");

uint64_t armcvm_rmm_token_init_(const struct rmm_rd *rd, struct rmm_rec *rec,
				uint64_t *x)
{
	uint8_t *t = rec->token;
	unsigned int i;

	/* T10 handle_rsi_attest_token_init: no failure condition; any token
	 * in progress is abandoned. */
	ARMCVM_MEMSET(t, 0, ARMCVM_RMM_TOKEN_SIZE);
	ARMCVM_MEMCPY(t + ARMCVM_RMM_TOKEN_OFF_MAGIC, ARMCVM_RMM_TOKEN_MAGIC,
		      sizeof(ARMCVM_RMM_TOKEN_MAGIC) - 1U);
	ARMCVM_MEMCPY(t + ARMCVM_RMM_TOKEN_OFF_CHALLENGE, &x[1], 64);
	ARMCVM_MEMCPY(t + ARMCVM_RMM_TOKEN_OFF_HASH_ALGO, &rd->hash_algo, 8);
	for (i = 0; i < 5U; i++) {
		ARMCVM_MEMCPY(t + ARMCVM_RMM_TOKEN_OFF_MEAS + (size_t)i * 64U,
			      rd->meas[i].bytes, 64);
	}
	ARMCVM_MEMCPY(t + ARMCVM_RMM_TOKEN_OFF_RPV, rd->rpv, 64);
	rec->token_state = RMM_TOKEN_READY;
	rec->token_copied = 0;
	x[1] = ARMCVM_RMM_TOKEN_SIZE;
	return ARMCVM_RSI_SUCCESS;
}

/*
 * Check order as T10 handle_rsi_attest_token_continue (the spec lists the
 * conditions without an order): buffer address alignment and offset / size
 * bounds, then the IPA in the protected half, then "INIT done" (STATE),
 * then the granule. A granule that is not ASSIGNED RAM gives
 * RSI_ERROR_INPUT, as RSI_REALM_CONFIG does in this model (T10 would exit
 * to the host with a stage-2 fault for an unassigned RAM page).
 */
uint64_t armcvm_rmm_token_continue_(const struct armcvm_rmm_model *m,
				    const struct rmm_rd *rd,
				    struct rmm_rec *rec, uint64_t *x)
{
	uint64_t ipa = x[1], offset = x[2], size = x[3], left, len;
	struct rmm_gran page;

	if (!rmm_aligned(ipa, RMM_GSIZE) || offset >= RMM_GSIZE ||
	    size > RMM_GSIZE - offset) {
		return ARMCVM_RSI_ERROR_INPUT;
	}
	if (!rmm_ipa_protected(rd, ipa)) {
		return ARMCVM_RSI_ERROR_INPUT;
	}
	if (rec->token_state != RMM_TOKEN_READY) {
		return ARMCVM_RSI_ERROR_STATE;
	}
	if (!armcvm_rmm_realm_page_(m, rd, ipa, &page)) {
		return ARMCVM_RSI_ERROR_INPUT;
	}
	left = ARMCVM_RMM_TOKEN_SIZE - rec->token_copied;
	len = size < left ? size : left;
	ARMCVM_MEMCPY(page.bytes + offset, rec->token + rec->token_copied,
		      (size_t)len);
	rec->token_copied += len;
	x[1] = len;
	if (rec->token_copied < ARMCVM_RMM_TOKEN_SIZE) {
		return ARMCVM_RSI_INCOMPLETE;
	}
	rec->token_state = RMM_TOKEN_NONE;
	return ARMCVM_RSI_SUCCESS;
}
