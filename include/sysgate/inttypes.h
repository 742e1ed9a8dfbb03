/* sysgate/inttypes.h: <inttypes.h> (C11 7.8): the PRI* and SCN* format macros for the
 * <stdint.h> types, intmax_t arithmetic (imaxabs(3), imaxdiv(3)) and strtoimax(3),
 * strtoumax(3).
 *
 * Not obvious: the length modifier follows the type <stdint.h> chose, not the width: int64_t is
 * long on x86_64 ("ld") but long long on i386 ("lld"), intptr_t and the 16- and 32-bit "fast" types
 * are long on x86_64 but int on i386, and the 8- and 16-bit types print with plain "d" (they are
 * promoted to int) but scan with "hh" and "h". The choice is the one glibc's <inttypes.h> makes, by
 * the same test on the size of long (the compilers' <stdint.h> picks the same types as glibc's).
 */
#ifndef SYSGATE_INTTYPES_H
#define SYSGATE_INTTYPES_H

#include "base.h"
#include <stdint.h>

#if __SIZEOF_LONG__ == 8
#define SG_PRI64 "l"  /* int64_t, intmax_t */
#define SG_PRIPTR "l" /* intptr_t, int_fast16_t, int_fast32_t */
#else
#define SG_PRI64 "ll"
#define SG_PRIPTR ""
#endif

/* printf: the 8- and 16-bit types arrive promoted to int. */
#define PRId8 "d"
#define PRId16 "d"
#define PRId32 "d"
#define PRId64 SG_PRI64 "d"
#define PRIdLEAST8 "d"
#define PRIdLEAST16 "d"
#define PRIdLEAST32 "d"
#define PRIdLEAST64 SG_PRI64 "d"
#define PRIdFAST8 "d"
#define PRIdFAST16 SG_PRIPTR "d"
#define PRIdFAST32 SG_PRIPTR "d"
#define PRIdFAST64 SG_PRI64 "d"
#define PRIdMAX SG_PRI64 "d"
#define PRIdPTR SG_PRIPTR "d"

#define PRIi8 "i"
#define PRIi16 "i"
#define PRIi32 "i"
#define PRIi64 SG_PRI64 "i"
#define PRIiLEAST8 "i"
#define PRIiLEAST16 "i"
#define PRIiLEAST32 "i"
#define PRIiLEAST64 SG_PRI64 "i"
#define PRIiFAST8 "i"
#define PRIiFAST16 SG_PRIPTR "i"
#define PRIiFAST32 SG_PRIPTR "i"
#define PRIiFAST64 SG_PRI64 "i"
#define PRIiMAX SG_PRI64 "i"
#define PRIiPTR SG_PRIPTR "i"

#define PRIo8 "o"
#define PRIo16 "o"
#define PRIo32 "o"
#define PRIo64 SG_PRI64 "o"
#define PRIoLEAST8 "o"
#define PRIoLEAST16 "o"
#define PRIoLEAST32 "o"
#define PRIoLEAST64 SG_PRI64 "o"
#define PRIoFAST8 "o"
#define PRIoFAST16 SG_PRIPTR "o"
#define PRIoFAST32 SG_PRIPTR "o"
#define PRIoFAST64 SG_PRI64 "o"
#define PRIoMAX SG_PRI64 "o"
#define PRIoPTR SG_PRIPTR "o"

#define PRIu8 "u"
#define PRIu16 "u"
#define PRIu32 "u"
#define PRIu64 SG_PRI64 "u"
#define PRIuLEAST8 "u"
#define PRIuLEAST16 "u"
#define PRIuLEAST32 "u"
#define PRIuLEAST64 SG_PRI64 "u"
#define PRIuFAST8 "u"
#define PRIuFAST16 SG_PRIPTR "u"
#define PRIuFAST32 SG_PRIPTR "u"
#define PRIuFAST64 SG_PRI64 "u"
#define PRIuMAX SG_PRI64 "u"
#define PRIuPTR SG_PRIPTR "u"

#define PRIx8 "x"
#define PRIx16 "x"
#define PRIx32 "x"
#define PRIx64 SG_PRI64 "x"
#define PRIxLEAST8 "x"
#define PRIxLEAST16 "x"
#define PRIxLEAST32 "x"
#define PRIxLEAST64 SG_PRI64 "x"
#define PRIxFAST8 "x"
#define PRIxFAST16 SG_PRIPTR "x"
#define PRIxFAST32 SG_PRIPTR "x"
#define PRIxFAST64 SG_PRI64 "x"
#define PRIxMAX SG_PRI64 "x"
#define PRIxPTR SG_PRIPTR "x"

#define PRIX8 "X"
#define PRIX16 "X"
#define PRIX32 "X"
#define PRIX64 SG_PRI64 "X"
#define PRIXLEAST8 "X"
#define PRIXLEAST16 "X"
#define PRIXLEAST32 "X"
#define PRIXLEAST64 SG_PRI64 "X"
#define PRIXFAST8 "X"
#define PRIXFAST16 SG_PRIPTR "X"
#define PRIXFAST32 SG_PRIPTR "X"
#define PRIXFAST64 SG_PRI64 "X"
#define PRIXMAX SG_PRI64 "X"
#define PRIXPTR SG_PRIPTR "X"

/* scanf: the conversion stores through a pointer, so the size is exact (no SCNX*). */
#define SCNd8 "hhd"
#define SCNd16 "hd"
#define SCNd32 "d"
#define SCNd64 SG_PRI64 "d"
#define SCNdLEAST8 "hhd"
#define SCNdLEAST16 "hd"
#define SCNdLEAST32 "d"
#define SCNdLEAST64 SG_PRI64 "d"
#define SCNdFAST8 "hhd"
#define SCNdFAST16 SG_PRIPTR "d"
#define SCNdFAST32 SG_PRIPTR "d"
#define SCNdFAST64 SG_PRI64 "d"
#define SCNdMAX SG_PRI64 "d"
#define SCNdPTR SG_PRIPTR "d"

#define SCNi8 "hhi"
#define SCNi16 "hi"
#define SCNi32 "i"
#define SCNi64 SG_PRI64 "i"
#define SCNiLEAST8 "hhi"
#define SCNiLEAST16 "hi"
#define SCNiLEAST32 "i"
#define SCNiLEAST64 SG_PRI64 "i"
#define SCNiFAST8 "hhi"
#define SCNiFAST16 SG_PRIPTR "i"
#define SCNiFAST32 SG_PRIPTR "i"
#define SCNiFAST64 SG_PRI64 "i"
#define SCNiMAX SG_PRI64 "i"
#define SCNiPTR SG_PRIPTR "i"

#define SCNo8 "hho"
#define SCNo16 "ho"
#define SCNo32 "o"
#define SCNo64 SG_PRI64 "o"
#define SCNoLEAST8 "hho"
#define SCNoLEAST16 "ho"
#define SCNoLEAST32 "o"
#define SCNoLEAST64 SG_PRI64 "o"
#define SCNoFAST8 "hho"
#define SCNoFAST16 SG_PRIPTR "o"
#define SCNoFAST32 SG_PRIPTR "o"
#define SCNoFAST64 SG_PRI64 "o"
#define SCNoMAX SG_PRI64 "o"
#define SCNoPTR SG_PRIPTR "o"

#define SCNu8 "hhu"
#define SCNu16 "hu"
#define SCNu32 "u"
#define SCNu64 SG_PRI64 "u"
#define SCNuLEAST8 "hhu"
#define SCNuLEAST16 "hu"
#define SCNuLEAST32 "u"
#define SCNuLEAST64 SG_PRI64 "u"
#define SCNuFAST8 "hhu"
#define SCNuFAST16 SG_PRIPTR "u"
#define SCNuFAST32 SG_PRIPTR "u"
#define SCNuFAST64 SG_PRI64 "u"
#define SCNuMAX SG_PRI64 "u"
#define SCNuPTR SG_PRIPTR "u"

#define SCNx8 "hhx"
#define SCNx16 "hx"
#define SCNx32 "x"
#define SCNx64 SG_PRI64 "x"
#define SCNxLEAST8 "hhx"
#define SCNxLEAST16 "hx"
#define SCNxLEAST32 "x"
#define SCNxLEAST64 SG_PRI64 "x"
#define SCNxFAST8 "hhx"
#define SCNxFAST16 SG_PRIPTR "x"
#define SCNxFAST32 SG_PRIPTR "x"
#define SCNxFAST64 SG_PRI64 "x"
#define SCNxMAX SG_PRI64 "x"
#define SCNxPTR SG_PRIPTR "x"

/* The same as llabs and lldiv where intmax_t is long long, labs and ldiv where long. */
typedef struct {
  intmax_t quot, rem;
} imaxdiv_t;

intmax_t imaxabs(intmax_t i) SG_SYMBOL(imaxabs);
imaxdiv_t imaxdiv(intmax_t num, intmax_t den) SG_SYMBOL(imaxdiv);

/* strtoll and strtoull for intmax_t (sysgate/stdlib.h says how they parse). */
intmax_t strtoimax(const char *restrict nptr, char **restrict endptr, int base)
    SG_SYMBOL(strtoimax);
uintmax_t strtoumax(const char *restrict nptr, char **restrict endptr, int base)
    SG_SYMBOL(strtoumax);

#endif
