/* SPDX-License-Identifier: GPL-2.0-or-later OR BSD-2-Clause */
#ifndef ARMCVM_ENV_H
#define ARMCVM_ENV_H
/*
 * armcvm - portability shim: the only header that names the environment.
 *
 * Every other armcvm file reaches fixed-width integers, size_t, bool and the
 * few compiler facilities it needs through this file. An integrator replaces
 * the type headers without touching armcvm's code by defining
 * ARMCVM_ENV_HEADER, e.g. for the Linux kernel:
 *
 *	-DARMCVM_ENV_HEADER='<linux/types.h>'
 *
 * The replacement must provide uint8_t .. uint64_t, int8_t .. int64_t,
 * size_t, uintptr_t, bool/true/false, NULL and offsetof. (The kernel's
 * uint64_t is not glibc's type on aarch64, which is why <stdint.h> must not
 * be included behind its back.)
 *
 * Constants that assembly may use are written with ARMCVM_U() / ARMCVM_ULL(),
 * which drop their C suffixes under __ASSEMBLER__ (TF-RMM utils_def.h U()).
 */

#ifdef __ASSEMBLER__
#define ARMCVM_U(x)	x
#define ARMCVM_ULL(x)	x
#else
#define ARMCVM_U(x)	(x##U)
#define ARMCVM_ULL(x)	(x##ULL)

#ifdef ARMCVM_ENV_HEADER
#include ARMCVM_ENV_HEADER
#else
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#endif

/* Compile-time assertion usable at file scope in C11 and C++11. */
#ifdef __cplusplus
#define ARMCVM_STATIC_ASSERT(cond, msg)	static_assert(cond, msg)
#else
#define ARMCVM_STATIC_ASSERT(cond, msg)	_Static_assert(cond, msg)
#endif

/* Alignment of an object or member (C11 keyword; alignas in C++). */
#ifdef __cplusplus
#define ARMCVM_ALIGNAS(n)	alignas(n)
#else
#define ARMCVM_ALIGNAS(n)	_Alignas(n)
#endif

/*
 * Marks every public function declaration: the library is built with
 * hidden visibility, so only these reach the shared library's dynamic
 * symbol table (plus the version script, lib/libarmcvm.sym).
 */
#if defined(__GNUC__) || defined(__clang__)
#define ARMCVM_API	__attribute__((visibility("default")))
#else
#define ARMCVM_API
#endif

/* Callers must look at the result of every public action (style.md 6.3). */
#if defined(__GNUC__) || defined(__clang__)
#define ARMCVM_MUST_CHECK	__attribute__((warn_unused_result))
#else
#define ARMCVM_MUST_CHECK
#endif

/*
 * Internal invariants (never caller input). A no-op unless the integrator
 * maps it, e.g. -DARMCVM_ASSERT_HOOK(c)='BUG_ON(!(c))'. Never give it an
 * expression with side effects.
 */
#ifdef ARMCVM_ASSERT_HOOK
#define ARMCVM_ASSERT(cond)	ARMCVM_ASSERT_HOOK(cond)
#else
#define ARMCVM_ASSERT(cond)	((void)0)
#endif

/*
 * Byte copies go through the compiler built-ins: in a freestanding build they
 * may become calls to memcpy/memset, the only symbols armcvm may leave for
 * the integrator (style.md 5.11).
 */
#define ARMCVM_MEMCPY(d, s, n)	__builtin_memcpy((d), (s), (n))
#define ARMCVM_MEMSET(d, c, n)	__builtin_memset((d), (c), (n))

/*
 * All ABI data (RMI structures, registers) is little-endian (DEN0137 B1.2).
 * armcvm only targets little-endian hosts and checks it here.
 */
#if defined(__BYTE_ORDER__) && defined(__ORDER_LITTLE_ENDIAN__)
ARMCVM_STATIC_ASSERT(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__,
		     "armcvm requires a little-endian host");
#endif

#endif /* !__ASSEMBLER__ */
#endif /* ARMCVM_ENV_H */
