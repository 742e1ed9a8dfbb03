/* sysgate/base.h: the compiler contract every sysgate header relies on.
 *
 * Not obvious: wrappers are C99 `inline` definitions with external linkage.
 * A caller's compiler inlines them; the library's src/ files instantiate the one
 * addressable external definition of each (C11 6.7.4p7). gnu89 inline semantics
 * invert that rule, so they are refused rather than silently misbehaving.
 */
#ifndef SYSGATE_BASE_H
#define SYSGATE_BASE_H

#if !defined(__GNUC__)
#error "sysgate needs GNU C (gcc or clang): it is built on GNU inline asm"
#endif
#if !defined(__GNUC_STDC_INLINE__)
#error "sysgate needs C99 inline semantics: compile with -std=c99 or later, not gnu89"
#endif

/* The one spelling of "inline, external definition lives in the library". */
#define SG_INLINE inline

/* Under SYSGATE_PREFIX_NAMES (hosted test builds only) every function with a libc
 * name links as sysgate_<name>, so a test binary linked with glibc defines none of
 * glibc's names. Otherwise the symbol is the plain name, as a libc's would be. */
#ifdef SYSGATE_PREFIX_NAMES
#define SG_SYMBOL(name) __asm__("sysgate_" #name)
#else
#define SG_SYMBOL(name)
#endif

/* The threaded build (SYSGATE_THREADS) on sysgate's own thread blocks (src/thread/): not the
 * hosted tests' threaded library, which is prefixed and runs on glibc's threads. */
#if defined(SYSGATE_THREADS) && !defined(SYSGATE_PREFIX_NAMES)
#define SYSGATE_THREAD_BLOCKS 1
#endif

/* Instantiate the external definition of an inline function in this translation
 * unit: any file-scope declaration with `extern` does it (C11 6.7.4p7). */
#define SG_EXTERN(name) extern __typeof__(name) name

#define SG_LIKELY(x) __builtin_expect(!!(x), 1)
#define SG_UNLIKELY(x) __builtin_expect(!!(x), 0)

#endif
