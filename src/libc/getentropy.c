/* getentropy(3): fill a buffer of at most 256 bytes from getrandom(2), through the vDSO
 * where it has the entry (sysgate/vdso_getrandom.h).
 *
 * Not obvious: more than 256 bytes is EIO, not EINVAL (getentropy(3), as
 * glibc's); a short read or an EINTR is retried until the buffer is full,
 * since the caller has no way to ask for the rest.
 */
#include <sysgate/errno.h>
#include <sysgate/misc.h>

int getentropy(void *buffer, size_t length) {
  if (length > 256) {
    errno = EIO;
    return -1;
  }
  size_t done = 0;
  while (done < length) {
    /* No arithmetic on the pointer before a first success: it may be NULL,
     * which the kernel answers with EFAULT, as glibc's caller sees. */
    void *at = done ? (unsigned char *)buffer + done : buffer;
    long r = sysgate_getrandom_raw(at, length - done, 0);
    if (r == -EINTR)
      continue;
    if (sysgate_is_error(r))
      return (int)sysgate_ret(r);
    done += (size_t)r;
  }
  return 0;
}
