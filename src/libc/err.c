/* err(3), errx, warn, warnx, verr, verrx, vwarn, vwarnx.
 *
 * Not obvious: the output is glibc's byte for byte: "name: " (name being
 * program_invocation_short_name), the formatted message, then ": " and strerror of the errno at
 * entry for the non-x forms, then "\n"; a NULL format leaves out the message and, in the non-x
 * forms, the ": " before it ("name: strerror\n"). errno is read before anything is written, since
 * writing may change it. The err forms end with exit(), so what exit() runs still runs.
 */
#include <sysgate/err.h>
#include <sysgate/errno.h>
#include <sysgate/printf.h>
#include <sysgate/stdlib.h>
#include <sysgate/string.h>

void vwarn(const char *format, va_list ap) {
  int error = errno;
  if (format != NULL) {
    dprintf(2, "%s: ", program_invocation_short_name);
    vdprintf(2, format, ap);
    dprintf(2, ": %s\n", strerror(error));
  } else {
    dprintf(2, "%s: %s\n", program_invocation_short_name, strerror(error));
  }
  errno = error;
}

void vwarnx(const char *format, va_list ap) {
  dprintf(2, "%s: ", program_invocation_short_name);
  if (format != NULL)
    vdprintf(2, format, ap);
  dprintf(2, "\n");
}

void warn(const char *format, ...) {
  va_list ap;
  va_start(ap, format);
  vwarn(format, ap);
  va_end(ap);
}

void warnx(const char *format, ...) {
  va_list ap;
  va_start(ap, format);
  vwarnx(format, ap);
  va_end(ap);
}

void verr(int status, const char *format, va_list ap) {
  vwarn(format, ap);
  exit(status);
}

void verrx(int status, const char *format, va_list ap) {
  vwarnx(format, ap);
  exit(status);
}

void err(int status, const char *format, ...) {
  va_list ap;
  va_start(ap, format);
  verr(status, format, ap);
}

void errx(int status, const char *format, ...) {
  va_list ap;
  va_start(ap, format);
  verrx(status, format, ap);
}
