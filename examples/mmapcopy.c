/* mmapcopy: copy a file by mapping it into memory instead of reading it:
 * open(2), fstat(2), mmap(2), write(2), munmap(2), close(2).
 *
 *   mmapcopy SRC DST     DST is created (mode 0644 less the umask) or truncated
 *
 * Exit status 0; 1 with "mmapcopy: <file>: <reason>" on stderr; 2 for bad usage.
 *
 * Not obvious: mmap() reads nothing. It only tells the kernel that a range of
 * addresses stands for the file; the first touch of each page faults, and the
 * kernel fills the page from the page cache right then. Here the touching is
 * done by the kernel itself, inside write(2), while it copies from our mapped
 * "buffer" to DST: the file's bytes never pass through a buffer of the program's.
 * The flip side: if another process truncates SRC meanwhile, the touch of a page
 * past the new end is not an error return but a SIGBUS.
 */
#include <sysgate.h>

/* How much of SRC is mapped at a time. Any multiple of the page size works (an
 * mmap offset must be page-aligned); a window keeps a file larger than the free
 * address space (3 GiB on i386) copyable. */
#define WINDOW (64UL * 1024 * 1024)

/* "mmapcopy: <name>: <strerror(errno)>" on stderr. */
static void report(const char *name) {
  static const char me[] = "mmapcopy: ";
  int saved = errno; /* the write below may change it */
  (void)write(STDERR_FILENO, me, sizeof me - 1);
  errno = saved;
  perror(name);
}

/* Writes all n bytes at p to fd, looping over short writes. 0, or -1 and errno. */
static int write_all(int fd, const char *p, size_t n) {
  while (n > 0) {
    ssize_t w = write(fd, p, n);
    if (w < 0 && errno == EINTR)
      continue;
    if (w < 0)
      return -1;
    p += w;
    n -= (size_t)w;
  }
  return 0;
}

/* Copies size bytes of in to out, one mapped window at a time. Returns 0, or -1
 * with errno set and *failed_in 1 when the error was SRC's, 0 when DST's. */
static int copy(int in, off_t size, int out, int *failed_in) {
  for (off_t off = 0; off < size; off += (off_t)WINDOW) {
    size_t len = size - off < (off_t)WINDOW ? (size_t)(size - off) : WINDOW;
    /* PROT_READ: we only read. MAP_PRIVATE: our view of the file; we never write
     * to it, so no copy is ever made, and nothing we do could reach the file.
     * On failure mmap returns MAP_FAILED, ((void *)-1), not NULL. */
    const char *map = mmap(NULL, len, PROT_READ, MAP_PRIVATE, in, off);
    if (map == MAP_FAILED) {
      *failed_in = 1; /* e.g. ENODEV: a pipe or a directory cannot be mapped */
      return -1;
    }
    /* A hint: we read the window once, front to back; the kernel may read ahead. */
    (void)madvise((void *)map, len, MADV_SEQUENTIAL);
    int r = write_all(out, map, len);
    int saved = errno;
    munmap((void *)map, len); /* the addresses are free again; the file is untouched */
    if (r < 0) {
      errno = saved;
      *failed_in = 0;
      return -1;
    }
  }
  return 0;
}

int main(int argc, char **argv) {
  if (argc != 3) {
    static const char usage[] = "usage: mmapcopy SRC DST\n";
    (void)write(STDERR_FILENO, usage, sizeof usage - 1);
    return 2;
  }
  const char *src = argv[1], *dst = argv[2];

  int in = open(src, O_RDONLY);
  if (in < 0) {
    report(src);
    return 1;
  }
  /* The size, from the inode: fstat fills a struct stat from the open file.
   * lseek(in, 0, SEEK_END) would also say it for a regular file (and then
   * lseek(in, 0, SEEK_SET) to go back, though mmap does not use the offset). */
  struct stat st;
  if (fstat(in, &st) < 0) {
    report(src);
    return 1;
  }

  /* 0644 is only asked for: the kernel clears the umask's bits (often 022). */
  int out = open(dst, O_WRONLY | O_CREAT | O_TRUNC, 0644);
  if (out < 0) {
    report(dst);
    return 1;
  }

  /* An empty file needs no mapping, and could not have one: mmap of 0 bytes fails
   * with EINVAL. copy() skips its loop then; DST is already empty from O_TRUNC. */
  int failed_in = 0;
  if (copy(in, st.st_size, out, &failed_in) < 0) {
    report(failed_in ? src : dst);
    return 1;
  }
  (void)close(in); /* read-only: nothing to lose */
  /* close() of the written file can report a delayed write error (NFS, a full
   * disk on some file systems), so its result counts. */
  if (close(out) < 0) {
    report(dst);
    return 1;
  }
  return 0;
}
