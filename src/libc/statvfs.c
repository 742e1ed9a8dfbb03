/* statvfs(3), fstatvfs(3): statfs(2) and fstatfs(2) in struct statvfs's shape.
 *
 * Not obvious: a kernel that leaves ST_VALID out of f_flags (before 2.6.36)
 * would make glibc search /proc/mounts for the flags; sysgate reports 0 flags
 * then instead, which no supported kernel reaches.
 */
#include <sysgate/statvfs.h>
#include <sysgate/string.h>

#define SYSGATE_ST_VALID 0x0020 /* include/linux/statfs.h */

static void from_statfs(struct statvfs *out, const struct statfs *in) {
  memset(out, 0, sizeof *out);
  out->f_bsize = (unsigned long)in->f_bsize;
  out->f_frsize = (unsigned long)(in->f_frsize ? in->f_frsize : in->f_bsize);
  out->f_blocks = in->f_blocks;
  out->f_bfree = in->f_bfree;
  out->f_bavail = in->f_bavail;
  out->f_files = in->f_files;
  out->f_ffree = in->f_ffree;
  out->f_favail = in->f_ffree;
  /* The first int, zero-extended (glibc 2.36's result, measured on an fsid whose first
   * int is negative); the second above it where a long has room (the shift is 0 where it
   * has none, never taken). */
  out->f_fsid = (unsigned long)(unsigned int)in->f_fsid.__val[0];
  if (sizeof out->f_fsid > sizeof(int))
    out->f_fsid |= (unsigned long)in->f_fsid.__val[1] << (8 * (sizeof out->f_fsid - sizeof(int)));
  unsigned long flags = (unsigned long)in->f_flags;
  out->f_flag = (flags & SYSGATE_ST_VALID) ? flags & ~(unsigned long)SYSGATE_ST_VALID : 0;
  out->f_namemax = (unsigned long)in->f_namelen;
}

int statvfs(const char *path, struct statvfs *buf) {
  struct statfs fs;
  if (statfs(path, &fs) != 0)
    return -1;
  from_statfs(buf, &fs);
  return 0;
}

int fstatvfs(int fd, struct statvfs *buf) {
  struct statfs fs;
  if (fstatfs(fd, &fs) != 0)
    return -1;
  from_statfs(buf, &fs);
  return 0;
}
