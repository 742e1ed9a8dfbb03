/* The glibc side of test_stat_times.c (oracle_fs_times.c): glibc's utimes, lutimes,
 * futimes and futimesat with 64-bit times, glibc's errno through *err, and the times a
 * file then has.
 */
#ifndef SYSGATE_TEST_ORACLE_FS_TIMES_H
#define SYSGATE_TEST_ORACLE_FS_TIMES_H

/* The two timevals as (seconds, microseconds) pairs: atime, then mtime; NULL for "now". */
struct oracle_tv2 {
  long long sec[2];
  long long usec[2];
};

int oracle_utimes(const char *path, const struct oracle_tv2 *tv, int *err);
int oracle_lutimes(const char *path, const struct oracle_tv2 *tv, int *err);
int oracle_futimes(int fd, const struct oracle_tv2 *tv, int *err);
int oracle_futimesat(int dirfd, const char *path, const struct oracle_tv2 *tv, int *err);

/* lstat's atime and mtime in nanoseconds since the epoch; 0, or -1. */
int oracle_file_times_ns(const char *path, long long *atime_ns, long long *mtime_ns);

#endif
