/* fsstat: statvfs(3) of / and of the working directory, checked against
 * statfs(2) of the same file systems (<sys/vfs.h>), and the errors of bad paths.
 *
 * Not obvious: free counts change from one moment to the next, so the program
 * prints sizes, flags and relations between the counts, never the counts.
 */
#define _GNU_SOURCE
#define _FILE_OFFSET_BITS 64 /* 64-bit block counts on i386 too */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/statvfs.h>
#include <sys/vfs.h>
#include <time.h>
#include <unistd.h>

static void report(const char *what, const struct statvfs *v, const struct statfs *f) {
  printf("%s: bsize %lu frsize %lu namemax %lu\n", what, v->f_bsize, v->f_frsize, v->f_namemax);
  printf("  flags:%s%s%s%s%s\n", v->f_flag & ST_RDONLY ? " rdonly" : "",
         v->f_flag & ST_NOSUID ? " nosuid" : "", v->f_flag & ST_NODEV ? " nodev" : "",
         v->f_flag & ST_NOEXEC ? " noexec" : "", v->f_flag & ST_RELATIME ? " relatime" : "");
  printf("  blocks > 0 %d, bavail <= bfree %d, bfree <= blocks %d, favail == ffree %d\n",
         v->f_blocks > 0, v->f_bavail <= v->f_bfree, v->f_bfree <= v->f_blocks,
         v->f_favail == v->f_ffree);
  printf("  same as statfs: bsize %d blocks %d files %d namelen %d\n",
         (long)v->f_bsize == (long)f->f_bsize, v->f_blocks == f->f_blocks, v->f_files == f->f_files,
         (long)v->f_namemax == (long)f->f_namelen);
}

int main(void) {
  long r;
  struct statvfs v;
  struct statfs f;
  if (statvfs("/", &v) != 0 || statfs("/", &f) != 0) {
    perror("/");
    return 1;
  }
  report("/", &v, &f);
  int fd = open(".", O_RDONLY | O_DIRECTORY);
  if (fd < 0 || fstatvfs(fd, &v) != 0 || fstatfs(fd, &f) != 0) {
    perror(".");
    return 1;
  }
  report(".", &v, &f);
  close(fd);
  printf("sizeof(struct statvfs) %zu, sizeof(struct statfs) %zu\n", sizeof v, sizeof f);
  errno = 0;
  r = statvfs("no/such/dir", &v);
  printf("missing: %ld %s\n", r, strerror(errno));
  errno = 0;
  r = fstatvfs(-1, &v);
  printf("bad fd: %ld %s\n", r, strerror(errno));
  errno = 0;
  r = statvfs("", &v);
  printf("empty path: %ld %s\n", r, strerror(errno));
  return 0;
}
