/* sysgate/ftw.h: nftw(3) and ftw(3), file tree walks, from the C library layer
 * (src/libc/ftw.c); the FTW_* type flags and walk flags and struct FTW as glibc's.
 *
 * Not obvious: without FTW_PHYS the walk follows symbolic links, and a directory
 * reached a second time (through a link, or a bind mount) is skipped silently, as
 * glibc does, so a link loop ends; with FTW_PHYS links are reported as FTW_SL.
 */
#ifndef SYSGATE_FTW_H
#define SYSGATE_FTW_H

#include "base.h"
#include "stat.h"

/* typeflag values */
#define FTW_F 0   /* a file that is not a directory */
#define FTW_D 1   /* a directory, before its entries */
#define FTW_DNR 2 /* a directory that cannot be read */
#define FTW_NS 3  /* stat failed */
#define FTW_SL 4  /* a symbolic link (FTW_PHYS only) */
#define FTW_DP 5  /* a directory, after its entries (FTW_DEPTH) */
#define FTW_SLN 6 /* a symbolic link to nothing */

/* nftw flags */
#define FTW_PHYS 1          /* lstat: do not follow symbolic links */
#define FTW_MOUNT 2         /* stay on the starting file system */
#define FTW_CHDIR 4         /* chdir into each directory before its entries */
#define FTW_DEPTH 8         /* a directory after its entries (FTW_DP), not before */
#define FTW_ACTIONRETVAL 16 /* fn's result is one of the actions below (GNU) */

/* fn's results under FTW_ACTIONRETVAL (GNU); any other nonzero one stops the walk too */
#define FTW_CONTINUE 0      /* go on */
#define FTW_STOP 1          /* end the walk: nftw returns FTW_STOP */
#define FTW_SKIP_SUBTREE 2  /* from an FTW_D call: leave that directory's entries out */
#define FTW_SKIP_SIBLINGS 3 /* leave out the entries after this one in its directory */

struct FTW {
  int base;  /* offset of the name's last component in the path */
  int level; /* depth below the starting path, which is 0 */
};

/* Calls fn for every file at or below path, parents before children (after them with FTW_DEPTH),
 * each directory in readdir order. A nonzero return from fn stops the walk and is nftw's result; 0
 * when the walk ends, -1 with errno when it cannot go on (path cannot be stat'ed, a directory fails
 * to open for a reason other than EACCES). nopenfd is accepted and unused: one descriptor per level
 * at most is open, and only with FTW_CHDIR. */
int nftw(const char *path,
         int (*fn)(const char *path, const struct stat *st, int typeflag, struct FTW *ftw),
         int nopenfd, int flags) SG_SYMBOL(nftw);
/* nftw with no flags and no struct FTW; the FTW_SLN case is reported as FTW_NS. */
int ftw(const char *path, int (*fn)(const char *path, const struct stat *st, int typeflag),
        int nopenfd) SG_SYMBOL(ftw);

#endif
