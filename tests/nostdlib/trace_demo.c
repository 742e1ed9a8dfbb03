/* Calls whose trace-mode lines are fully deterministic (no addresses, no pids),
 * for tests/nostdlib/trace.cmake to compare with tests/expected/trace_demo.stderr.
 *
 * Not obvious: the interesting lines are the failures and the buffers: a read
 * shows only what the kernel filled, a bad pointer is printed as an address and
 * never dereferenced (the tracer reads through process_vm_readv). Only the
 * glibc-shaped layer traces; sys_close below prints nothing.
 */
#include <sysgate.h>

int main(void) {
  /* The raw layer is never traced: free every fd a test runner may have left
   * open, so that the first open below is fd 3 wherever this runs. */
  for (int fd = 3; fd < 64; fd++)
    sys_close(fd);
  char buf[16];
  int fd = open("/dev/null", O_RDWR);
  read(fd, buf, sizeof buf);        /* "" = 0: end of file at once */
  write(fd, "tab\tquote\"\n", 11);  /* escapes */
  ioctl(fd, TIOCGWINSZ, (void *)0); /* ENOTTY */
  close(fd);
  close(fd); /* EBADF */
  open("/nonexistent/x", O_WRONLY | O_CREAT | O_TRUNC, 0644);
  write(1000, (const void *)16, 4); /* EBADF; address 0x10 unreadable */
  open((const char *)16, O_RDONLY); /* EFAULT, and no crash in the tracer */
  return 0;
}
