/* sysgate/lfs64.h: glibc's large-file-support names (off64_t, lseek64,
 * struct stat64, open64, ...), which glibc declares under _LARGEFILE64_SOURCE
 * (and _GNU_SOURCE, which implies it); the drop-in headers include this.
 *
 * Not obvious: sysgate's off_t, ino_t, rlim_t, fsblkcnt_t... are 64-bit on
 * i386 too, so each *64 name is the plain one under another spelling: macros,
 * as musl's, which cover the struct tags (struct stat64) and the functions
 * alike. A name whose plain form sysgate lacks stays as undefined as before.
 */
#if !defined(SYSGATE_LFS64_H) && (defined(_LARGEFILE64_SOURCE) || defined(_GNU_SOURCE))
#define SYSGATE_LFS64_H

/* <sys/types.h>, <stdio.h> */
#define off64_t off_t
#define ino64_t ino_t
#define blkcnt64_t blkcnt_t
#define fsblkcnt64_t fsblkcnt_t
#define fsfilcnt64_t fsfilcnt_t
#define fpos64_t fpos_t

/* <unistd.h> */
#define lseek64 lseek
#define pread64 pread
#define pwrite64 pwrite
#define truncate64 truncate
#define ftruncate64 ftruncate
#define lockf64 lockf

/* <fcntl.h> */
#define open64 open
#define openat64 openat
#define creat64 creat
#define flock64 flock
#define posix_fadvise64 posix_fadvise
#define posix_fallocate64 posix_fallocate
#define fallocate64 fallocate
#define F_GETLK64 F_GETLK
#define F_SETLK64 F_SETLK
#define F_SETLKW64 F_SETLKW

/* <sys/stat.h>: struct stat64 and the functions of the same names */
#define stat64 stat
#define fstat64 fstat
#define lstat64 lstat
#define fstatat64 fstatat

/* <sys/statfs.h>, <sys/statvfs.h> */
#define statfs64 statfs
#define fstatfs64 fstatfs
#define statvfs64 statvfs
#define fstatvfs64 fstatvfs

/* <sys/resource.h> */
#define rlim64_t rlim_t
#define RLIM64_INFINITY RLIM_INFINITY
#define rlimit64 rlimit
#define getrlimit64 getrlimit
#define setrlimit64 setrlimit
#define prlimit64 prlimit

/* <sys/mman.h>, <sys/uio.h>, <sys/sendfile.h> */
#define mmap64 mmap
#define preadv64 preadv
#define pwritev64 pwritev
#define preadv64v2 preadv2
#define pwritev64v2 pwritev2
#define sendfile64 sendfile

/* <dirent.h>, <ftw.h> */
#define dirent64 dirent
#define readdir64 readdir
#define scandir64 scandir
#define alphasort64 alphasort
#define scandirat64 scandirat
#define versionsort64 versionsort
#define ftw64 ftw
#define nftw64 nftw

/* <stdio.h>, <stdlib.h> */
#define fopen64 fopen
#define freopen64 freopen
#define fseeko64 fseeko
#define ftello64 ftello
#define fgetpos64 fgetpos
#define fsetpos64 fsetpos
#define tmpfile64 tmpfile
#define mkstemp64 mkstemp
#define mkostemp64 mkostemp

#endif
