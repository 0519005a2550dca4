/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
#ifndef ARMCVM_SHA2_H
#define ARMCVM_SHA2_H
/*
 * armcvm - SHA-256 and SHA-512 (FIPS 180-4), freestanding.
 *
 * Streaming (init / update / final) and one-shot interfaces per algorithm,
 * plus an algorithm-generic layer keyed by the RMI's RmiHashAlgorithm values
 * (DEN0137 1.0-rel0 B4.4 "RmiHashAlgorithm": 0 SHA-256, 1 SHA-512; rmi.md
 * 3.5), which the RIM code (measure.h) uses.
 *
 * Each context records the block implementation it was initialised with:
 * a portable C path that always exists, and hardware paths (x86 SHA
 * extensions, x86 AVX2 + BMI for SHA-512, Armv8 cryptographic extensions)
 * that are chosen only when they are both compiled in and usable.
 * docs/sha2.md gives the selection rules; ARMCVM_SHA2_PORTABLE_ONLY at build
 * time removes every hardware path.
 * There is no global state: selection happens at context initialisation.
 */

#include <armcvm/env.h>
#include <armcvm/err.h>

#ifdef __cplusplus
extern "C" {
#endif

#define ARMCVM_SHA256_DIGEST_SIZE	32
#define ARMCVM_SHA256_BLOCK_SIZE	64
#define ARMCVM_SHA512_DIGEST_SIZE	64
#define ARMCVM_SHA512_BLOCK_SIZE	128
/* Largest digest of any algorithm below: size of a buffer for any of them. */
#define ARMCVM_HASH_MAX_DIGEST_SIZE	64

/**
 * enum armcvm_sha2_impl - block-function implementations
 * @ARMCVM_SHA2_IMPL_AUTO: the fastest implementation usable here (init only;
 *	a context never records AUTO)
 * @ARMCVM_SHA2_IMPL_PORTABLE: portable C, always available
 * @ARMCVM_SHA2_IMPL_X86_SHANI: x86-64 SHA extensions (SHA-256 only),
 *	selected by CPUID at context initialisation
 * @ARMCVM_SHA2_IMPL_ARMV8_CE: Armv8 cryptographic extensions (SHA-256 with
 *	FEAT_SHA256, SHA-512 with FEAT_SHA512), compiled in only when the
 *	compiler targets them
 * @ARMCVM_SHA2_IMPL_X86_AVX2: x86-64 AVX2 message schedule with BMI1/BMI2
 *	scalar rounds (SHA-512 only), selected by CPUID and XGETBV at context
 *	initialisation; armcvm_sha512_many() hashes four messages at once in
 *	AVX2 lanes
 * @ARMCVM_SHA2_IMPL_X86_AVX512: one message as X86_SHANI (SHA-256) or
 *	X86_AVX2 (SHA-512); armcvm_sha256_many() / armcvm_sha512_many() hash
 *	eight / four messages at once with AVX-512VL on 256-bit registers
 *	(CPUID and XGETBV also check the AVX-512 state)
 */
enum armcvm_sha2_impl {
	ARMCVM_SHA2_IMPL_AUTO = 0,
	ARMCVM_SHA2_IMPL_PORTABLE = 1,
	ARMCVM_SHA2_IMPL_X86_SHANI = 2,
	ARMCVM_SHA2_IMPL_ARMV8_CE = 3,
	ARMCVM_SHA2_IMPL_X86_AVX2 = 4,
	ARMCVM_SHA2_IMPL_X86_AVX512 = 5,
};
#define ARMCVM_SHA2_IMPL_COUNT	6

/**
 * struct armcvm_sha256_ctx - SHA-256 streaming state (treat as opaque)
 * @h: chaining value
 * @nbytes: message bytes consumed so far
 * @buf: partial block
 * @impl: enum armcvm_sha2_impl used by this context (never AUTO); may be
 *	  read to learn which implementation AUTO chose
 */
struct armcvm_sha256_ctx {
	uint32_t h[8];
	uint64_t nbytes;
	uint8_t buf[ARMCVM_SHA256_BLOCK_SIZE];
	uint32_t impl;
};

/**
 * struct armcvm_sha512_ctx - SHA-512 streaming state (treat as opaque)
 * @h: chaining value
 * @nbytes: message bytes consumed so far (messages below 2^64 bytes)
 * @buf: partial block
 * @impl: enum armcvm_sha2_impl used by this context (never AUTO)
 */
struct armcvm_sha512_ctx {
	uint64_t h[8];
	uint64_t nbytes;
	uint8_t buf[ARMCVM_SHA512_BLOCK_SIZE];
	uint32_t impl;
};

/**
 * armcvm_sha256_impl_supported() - Can SHA-256 use this implementation here?
 * @impl: an enum armcvm_sha2_impl value
 *
 * Return: true if @impl is compiled in and the CPU supports it (AUTO and
 *	   PORTABLE are always true), false otherwise or for unknown values.
 */
ARMCVM_API bool armcvm_sha256_impl_supported(uint32_t impl);

/**
 * armcvm_sha256_init_impl() - Start a SHA-256 computation on a chosen path
 * @ctx: context to initialise
 * @impl: enum armcvm_sha2_impl; AUTO picks the fastest usable one
 *
 * Return: 0 on success (@ctx ready);
 *	   -ARMCVM_ERR_INVAL if @ctx is NULL or @impl is not an enum
 *	   armcvm_sha2_impl value;
 *	   -ARMCVM_ERR_NOTSUPP if @impl is not compiled in or not supported by
 *	   this CPU (armcvm_sha256_impl_supported() is false).
 *	   On error @ctx is not usable.
 */
ARMCVM_API ARMCVM_MUST_CHECK int
armcvm_sha256_init_impl(struct armcvm_sha256_ctx *ctx, uint32_t impl);

/**
 * armcvm_sha256_init() - Start a SHA-256 computation (fastest usable path)
 * @ctx: context to initialise
 */
ARMCVM_API void armcvm_sha256_init(struct armcvm_sha256_ctx *ctx);

/**
 * armcvm_sha256_reset() - Restart a context for a new message
 * @ctx: context initialised by armcvm_sha256_init*(), possibly finalised
 *
 * Keeps the implementation chosen at initialisation, so no CPU probe runs
 * (docs/sha2.md "Cost of selection"): use it when hashing many messages.
 */
ARMCVM_API void armcvm_sha256_reset(struct armcvm_sha256_ctx *ctx);

/**
 * armcvm_sha256_update() - Absorb message bytes
 * @ctx: initialised context
 * @data: bytes (may be NULL when @len is 0)
 * @len: number of bytes
 */
ARMCVM_API void armcvm_sha256_update(struct armcvm_sha256_ctx *ctx,
				     const void *data, size_t len);

/**
 * armcvm_sha256_final() - Finish and write the digest
 * @ctx: initialised context; must be re-initialised before reuse
 * @out: 32-byte digest
 */
ARMCVM_API void armcvm_sha256_final(struct armcvm_sha256_ctx *ctx,
				    uint8_t out[ARMCVM_SHA256_DIGEST_SIZE]);

/**
 * armcvm_sha256() - One-shot SHA-256
 * @data: message (may be NULL when @len is 0)
 * @len: message length in bytes
 * @out: 32-byte digest
 */
ARMCVM_API void armcvm_sha256(const void *data, size_t len,
			      uint8_t out[ARMCVM_SHA256_DIGEST_SIZE]);

/**
 * armcvm_sha256_many() - SHA-256 of @n messages of @len bytes each
 * @ctx: context initialised by armcvm_sha256_init*(): gives the
 *	 implementation; its message state is reset
 * @msgs: @n message pointers (each may be NULL when @len is 0)
 * @len: length of every message in bytes
 * @n: number of messages
 * @out: @n * 32 bytes: digest i at @out + 32 * i
 *
 * The X86_AVX512 implementation hashes eight messages at once; others
 * hash one after the other. The digests are the same either way.
 *
 * Return: 0; -ARMCVM_ERR_INVAL if @ctx is NULL or not initialised, or
 *	   @msgs / @out / a message is NULL where it is needed.
 */
ARMCVM_API ARMCVM_MUST_CHECK int
armcvm_sha256_many(struct armcvm_sha256_ctx *ctx, const void *const *msgs,
		   size_t len, size_t n, uint8_t *out);

/**
 * armcvm_sha512_impl_supported() - Can SHA-512 use this implementation here?
 * @impl: an enum armcvm_sha2_impl value
 *
 * Return: true if @impl is compiled in and the CPU supports it (AUTO and
 *	   PORTABLE are always true), false otherwise or for unknown values.
 */
ARMCVM_API bool armcvm_sha512_impl_supported(uint32_t impl);

/**
 * armcvm_sha512_init_impl() - Start a SHA-512 computation on a chosen path
 * @ctx: context to initialise
 * @impl: enum armcvm_sha2_impl; AUTO picks the fastest usable one
 *
 * Return: 0 on success (@ctx ready);
 *	   -ARMCVM_ERR_INVAL if @ctx is NULL or @impl is not an enum
 *	   armcvm_sha2_impl value;
 *	   -ARMCVM_ERR_NOTSUPP if @impl is not compiled in or not supported by
 *	   this CPU (armcvm_sha512_impl_supported() is false).
 *	   On error @ctx is not usable.
 */
ARMCVM_API ARMCVM_MUST_CHECK int
armcvm_sha512_init_impl(struct armcvm_sha512_ctx *ctx, uint32_t impl);

/**
 * armcvm_sha512_init() - Start a SHA-512 computation (fastest usable path)
 * @ctx: context to initialise
 */
ARMCVM_API void armcvm_sha512_init(struct armcvm_sha512_ctx *ctx);

/**
 * armcvm_sha512_reset() - Restart a context for a new message
 * @ctx: context initialised by armcvm_sha512_init*(), possibly finalised
 *
 * Keeps the implementation chosen at initialisation, so no CPU probe runs
 * (docs/sha2.md "Cost of selection"): use it when hashing many messages.
 */
ARMCVM_API void armcvm_sha512_reset(struct armcvm_sha512_ctx *ctx);

/**
 * armcvm_sha512_update() - Absorb message bytes
 * @ctx: initialised context
 * @data: bytes (may be NULL when @len is 0)
 * @len: number of bytes
 */
ARMCVM_API void armcvm_sha512_update(struct armcvm_sha512_ctx *ctx,
				     const void *data, size_t len);

/**
 * armcvm_sha512_final() - Finish and write the digest
 * @ctx: initialised context; must be re-initialised before reuse
 * @out: 64-byte digest
 */
ARMCVM_API void armcvm_sha512_final(struct armcvm_sha512_ctx *ctx,
				    uint8_t out[ARMCVM_SHA512_DIGEST_SIZE]);

/**
 * armcvm_sha512() - One-shot SHA-512
 * @data: message (may be NULL when @len is 0)
 * @len: message length in bytes
 * @out: 64-byte digest
 */
ARMCVM_API void armcvm_sha512(const void *data, size_t len,
			      uint8_t out[ARMCVM_SHA512_DIGEST_SIZE]);

/**
 * armcvm_sha512_many() - SHA-512 of @n messages of @len bytes each
 * @ctx: context initialised by armcvm_sha512_init*(): gives the
 *	 implementation; its message state is reset
 * @msgs: @n message pointers (each may be NULL when @len is 0)
 * @len: length of every message in bytes
 * @n: number of messages
 * @out: @n * 64 bytes: digest i at @out + 64 * i
 *
 * The X86_AVX2 and X86_AVX512 implementations hash four messages at once
 * (about twice the throughput with AVX-512VL); others hash one after the
 * other. The digests are the same either way.
 *
 * Return: 0; -ARMCVM_ERR_INVAL if @ctx is NULL or not initialised, or
 *	   @msgs / @out / a message is NULL where it is needed.
 */
ARMCVM_API ARMCVM_MUST_CHECK int
armcvm_sha512_many(struct armcvm_sha512_ctx *ctx, const void *const *msgs,
		   size_t len, size_t n, uint8_t *out);

/*
 * Algorithm-generic layer. Algorithm numbers are RmiHashAlgorithm values
 * (DEN0137 1.0-rel0 B4.4; rmi.md 3.5) so that a realm's hash_algo
 * parameter can be passed through unchanged. (2.0 adds 2 = SHA-384, rmi.md
 * 3.5; not supported here.)
 */

/**
 * enum armcvm_hash_algo - RmiHashAlgorithm encodings (DEN0137 B4.4)
 * @ARMCVM_HASH_SHA256: RMI_HASH_SHA_256
 * @ARMCVM_HASH_SHA512: RMI_HASH_SHA_512
 */
enum armcvm_hash_algo {
	ARMCVM_HASH_SHA256 = 0,
	ARMCVM_HASH_SHA512 = 1,
};

/**
 * struct armcvm_hash_ctx - streaming state of either algorithm (opaque)
 * @algo: enum armcvm_hash_algo
 * @u: the algorithm's context
 */
struct armcvm_hash_ctx {
	uint32_t algo;
	union {
		struct armcvm_sha256_ctx sha256;
		struct armcvm_sha512_ctx sha512;
	} u;
};

/**
 * armcvm_hash_digest_size() - Digest length of an algorithm
 * @algo: RmiHashAlgorithm value
 *
 * Return: 32 (SHA-256) or 64 (SHA-512);
 *	   -ARMCVM_ERR_INVAL if @algo is not a supported RmiHashAlgorithm.
 */
ARMCVM_API ARMCVM_MUST_CHECK int armcvm_hash_digest_size(uint64_t algo);

/**
 * armcvm_hash_init_impl() - Start a hash computation on a chosen path
 * @ctx: context to initialise
 * @algo: RmiHashAlgorithm value
 * @impl: enum armcvm_sha2_impl (AUTO for the fastest)
 *
 * Return: 0 on success;
 *	   -ARMCVM_ERR_INVAL if @ctx is NULL, @algo is not a supported
 *	   RmiHashAlgorithm or @impl is not an enum armcvm_sha2_impl value;
 *	   -ARMCVM_ERR_NOTSUPP if @impl is unavailable for @algo here.
 */
ARMCVM_API ARMCVM_MUST_CHECK int
armcvm_hash_init_impl(struct armcvm_hash_ctx *ctx, uint64_t algo,
		      uint32_t impl);

/**
 * armcvm_hash_init() - Start a hash computation (fastest usable path)
 * @ctx: context to initialise
 * @algo: RmiHashAlgorithm value
 *
 * Return: 0 on success;
 *	   -ARMCVM_ERR_INVAL if @ctx is NULL or @algo is not a supported
 *	   RmiHashAlgorithm.
 */
ARMCVM_API ARMCVM_MUST_CHECK int
armcvm_hash_init(struct armcvm_hash_ctx *ctx, uint64_t algo);

/**
 * armcvm_hash_reset() - Restart a context for a new message
 * @ctx: context initialised by armcvm_hash_init*(), possibly finalised
 *
 * Keeps the algorithm and implementation: no CPU probe runs. Does nothing
 * to a context that no armcvm_hash_init*() call accepted.
 */
ARMCVM_API void armcvm_hash_reset(struct armcvm_hash_ctx *ctx);

/**
 * armcvm_hash_update() - Absorb message bytes
 * @ctx: context initialised by armcvm_hash_init*()
 * @data: bytes (may be NULL when @len is 0)
 * @len: number of bytes
 *
 * Does nothing to a context that no armcvm_hash_init*() call accepted.
 */
ARMCVM_API void armcvm_hash_update(struct armcvm_hash_ctx *ctx,
				   const void *data, size_t len);

/**
 * armcvm_hash_final() - Finish and write the digest
 * @ctx: context initialised by armcvm_hash_init*()
 * @out: receives armcvm_hash_digest_size() bytes (32 or 64); a buffer of
 *	 ARMCVM_HASH_MAX_DIGEST_SIZE bytes always suffices
 *
 * Return: the number of bytes written (32 or 64);
 *	   -ARMCVM_ERR_INVAL if @ctx or @out is NULL, or no
 *	   armcvm_hash_init*() call accepted @ctx (nothing written).
 */
ARMCVM_API int armcvm_hash_final(struct armcvm_hash_ctx *ctx, uint8_t *out);

/**
 * armcvm_hash_many() - Digests of @n messages of @len bytes each
 * @ctx: context initialised by armcvm_hash_init*(): gives the algorithm
 *	 and implementation; its message state is reset
 * @msgs: @n message pointers (each may be NULL when @len is 0)
 * @len: length of every message in bytes
 * @n: number of messages
 * @out: @n digests of armcvm_hash_digest_size() bytes, back to back
 *
 * Goes through armcvm_sha256_many() or armcvm_sha512_many(): several
 * messages at once where the context's implementation can.
 *
 * Return: 0; -ARMCVM_ERR_INVAL if @ctx is NULL or no armcvm_hash_init*()
 *	   call accepted it, or @msgs / @out / a message is NULL where it is
 *	   needed.
 */
ARMCVM_API ARMCVM_MUST_CHECK int
armcvm_hash_many(struct armcvm_hash_ctx *ctx, const void *const *msgs,
		 size_t len, size_t n, uint8_t *out);

/**
 * armcvm_hash() - One-shot hash
 * @algo: RmiHashAlgorithm value
 * @data: message (may be NULL when @len is 0)
 * @len: message length in bytes
 * @out: receives the digest (32 or 64 bytes)
 *
 * Return: the number of bytes written (32 or 64);
 *	   -ARMCVM_ERR_INVAL if @out is NULL, @data is NULL with a non-zero
 *	   @len, or @algo is not a supported RmiHashAlgorithm (nothing
 *	   written).
 */
ARMCVM_API ARMCVM_MUST_CHECK int armcvm_hash(uint64_t algo, const void *data,
					     size_t len, uint8_t *out);

#ifdef __cplusplus
}
#endif
#endif /* ARMCVM_SHA2_H */
