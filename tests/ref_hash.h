/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
#ifndef ARMCVM_TEST_REF_HASH_H
#define ARMCVM_TEST_REF_HASH_H
/*
 * Reference SHA-2 for the tests: OpenSSL's libcrypto when the build found
 * it (an independent implementation), otherwise armcvm's portable path,
 * which test_sha2 checks against the FIPS 180-4 vectors in the same build.
 */
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <armcvm/sha2.h>

#ifdef ARMCVM_TEST_HAVE_OPENSSL
#include <openssl/evp.h>
#endif

static inline bool ref_hash_is_openssl(void)
{
#ifdef ARMCVM_TEST_HAVE_OPENSSL
	return true;
#else
	return false;
#endif
}

/* Writes 32 (algo 0) or 64 (algo 1) bytes; returns the digest size. */
static inline int ref_hash(uint64_t algo, const void *data, size_t len,
			   uint8_t *out)
{
#ifdef ARMCVM_TEST_HAVE_OPENSSL
	unsigned int n = 0;
	const EVP_MD *md = algo == 0 ? EVP_sha256() : EVP_sha512();

	if (EVP_Digest(data, len, out, &n, md, NULL) != 1) {
		return -1;
	}
	return (int)n;
#else
	struct armcvm_hash_ctx ctx;

	if (armcvm_hash_init_impl(&ctx, algo, ARMCVM_SHA2_IMPL_PORTABLE) != 0) {
		return -1;
	}
	armcvm_hash_update(&ctx, data, len);
	return armcvm_hash_final(&ctx, out);
#endif
}

#endif /* ARMCVM_TEST_REF_HASH_H */
