/* The glibc side of test_dirent_stream.c, test_pwd.c and test_grp.c: glibc's readdir, scandir,
 * nftw, ftw, getpw* and getgr*, their results written out as text that the test writes the same way
 * from sysgate's, so one string comparison checks every field.
 *
 * Not obvious: the line formats are defined once here (ORACLE_*_LINE) for both sides.
 */
#ifndef SYSGATE_TEST_ORACLE_DIR_H
#define SYSGATE_TEST_ORACLE_DIR_H

#include <stddef.h>

/* One nftw call: typeflag, level, base, the path, its mode (0 for FTW_NS), and the
 * current directory's last component (FTW_CHDIR). */
#define ORACLE_NFTW_LINE "%d %d %d %s %o %s\n"
/* One readdir entry: name, type, inode, d_off, reclen. */
#define ORACLE_DIRENT_LINE "%s %u %llu %lld %u\n"
#define ORACLE_PASSWD_LINE "%s:%s:%u:%u:%s:%s:%s\n"
#define ORACLE_GROUP_LINE "%s:%s:%u:" /* then each member and ',' */

/* Builds the tree the directory suite walks under dir (see oracle_dir.c). */
void oracle_build_tree(const char *dir);
/* nftw(path, flags) with a callback that logs each call into out and returns 0, but at
 * call number stop_after (0: never) action, or 100 + the number when action is 0; the
 * log, then "= result". */
void oracle_nftw_log(const char *path, int flags, int stop_after, int action, char *out,
                     size_t size);
void oracle_ftw_log(const char *path, char *out, size_t size);
/* readdir over path, one ORACLE_DIRENT_LINE per entry. */
void oracle_readdir_log(const char *path, char *out, size_t size);
/* scandirat(dirfd, path) with alphasort (sorted 1), versionsort (2) or none (0), and a
 * filter dropping names that start with 'l' (filtered): the count, then the names one per
 * line. */
void oracle_scandir_log(int dirfd, const char *path, int sorted, int filtered, char *out,
                        size_t size);
/* glibc's strverscmp, as -1, 0 or 1 */
int oracle_strverscmp(const char *a, const char *b);

/* getpwnam(name) or, when name is NULL, getpwuid(uid): ORACLE_PASSWD_LINE or "none". */
void oracle_passwd_text(const char *name, unsigned uid, char *out, size_t size);
void oracle_group_text(const char *name, unsigned gid, char *out, size_t size);
/* The _r forms with a buffer of size bytes: their return value, and 1 in *found when
 * *result was set. */
int oracle_getpwnam_r(const char *name, size_t bufsize, int *found);
int oracle_getgrnam_r(const char *name, size_t bufsize, int *found);

#endif
