/* termios(3): tcgetattr, tcsetattr, cfmakeraw, the cf*speed calls, tcdrain,
 * tcflush, tcflow, tcsendbreak, tcgetsid, over the tty ioctls (ioctl_tty(2)).
 *
 * Not obvious: the kernel's struct termios (asm-generic/termbits.h) has 19
 * c_cc and no speed words; tcgetattr fills glibc's 32 with the 19 and zeros
 * (_POSIX_VDISABLE), and both speed words with the CBAUD bits, as glibc 2.36's
 * sysdeps/unix/sysv/linux/tcgetattr.c does. tcsendbreak rounds its duration up
 * to tenths of a second for TCSBRKP, as glibc's does; 0 or less is TCSBRK 0.
 */
#include <sysgate/errno.h>
#include <sysgate/ioctl.h>
#include <sysgate/termios.h>

#define KERNEL_NCCS 19

/* What TCGETS and TCSETS* read and write on x86. */
struct kernel_termios {
  tcflag_t c_iflag;
  tcflag_t c_oflag;
  tcflag_t c_cflag;
  tcflag_t c_lflag;
  cc_t c_line;
  cc_t c_cc[KERNEL_NCCS];
};

/* cfsetispeed(B0): "input speed = output speed", kept where glibc keeps it, a
 * c_iflag bit no terminal flag uses; never sent to the kernel. */
#define SYSGATE_IBAUD0 020000000000u

static int set_errno(int e) {
  errno = e;
  return -1;
}

static int tty_ioctl(int fd, unsigned long request, unsigned long arg) {
  return (int)sysgate_ret(sys_ioctl(fd, request, arg));
}

int tcgetattr(int fd, struct termios *termios_p) {
  struct kernel_termios k;
  if (tty_ioctl(fd, TCGETS, (unsigned long)&k) != 0)
    return -1;
  termios_p->c_iflag = k.c_iflag;
  termios_p->c_oflag = k.c_oflag;
  termios_p->c_cflag = k.c_cflag;
  termios_p->c_lflag = k.c_lflag;
  termios_p->c_line = k.c_line;
  for (int i = 0; i < NCCS; i++)
    termios_p->c_cc[i] = i < KERNEL_NCCS ? k.c_cc[i] : _POSIX_VDISABLE;
  termios_p->c_ispeed = k.c_cflag & CBAUD;
  termios_p->c_ospeed = k.c_cflag & CBAUD;
  return 0;
}

int tcsetattr(int fd, int optional_actions, const struct termios *termios_p) {
  unsigned long request;
  switch (optional_actions) {
  case TCSANOW:
    request = TCSETS;
    break;
  case TCSADRAIN:
    request = TCSETSW;
    break;
  case TCSAFLUSH:
    request = TCSETSF;
    break;
  default:
    return set_errno(EINVAL);
  }
  struct kernel_termios k = {
      .c_iflag = termios_p->c_iflag & ~SYSGATE_IBAUD0,
      .c_oflag = termios_p->c_oflag,
      .c_cflag = termios_p->c_cflag,
      .c_lflag = termios_p->c_lflag,
      .c_line = termios_p->c_line,
  };
  for (int i = 0; i < KERNEL_NCCS; i++)
    k.c_cc[i] = termios_p->c_cc[i];
  return tty_ioctl(fd, request, (unsigned long)&k);
}

void cfmakeraw(struct termios *t) {
  t->c_iflag &= ~(tcflag_t)(IGNBRK | BRKINT | PARMRK | ISTRIP | INLCR | IGNCR | ICRNL | IXON);
  t->c_oflag &= ~(tcflag_t)OPOST;
  t->c_lflag &= ~(tcflag_t)(ECHO | ECHONL | ICANON | ISIG | IEXTEN);
  t->c_cflag &= ~(tcflag_t)(CSIZE | PARENB);
  t->c_cflag |= CS8;
  t->c_cc[VMIN] = 1;
  t->c_cc[VTIME] = 0;
}

speed_t cfgetospeed(const struct termios *termios_p) {
  return termios_p->c_cflag & CBAUD;
}

speed_t cfgetispeed(const struct termios *termios_p) {
  return (termios_p->c_iflag & SYSGATE_IBAUD0) ? B0 : termios_p->c_cflag & CBAUD;
}

/* Any value within CBAUD, as glibc accepts: the B* codes, and also CBAUDEX
 * alone (0010000), which no B* names; the kernel then picks the speed. */
static int valid_speed(speed_t speed) {
  return (speed & ~(speed_t)CBAUD) == 0;
}

int cfsetospeed(struct termios *termios_p, speed_t speed) {
  if (!valid_speed(speed))
    return set_errno(EINVAL);
  termios_p->c_ospeed = speed;
  termios_p->c_cflag = (termios_p->c_cflag & ~(tcflag_t)CBAUD) | speed;
  return 0;
}

int cfsetispeed(struct termios *termios_p, speed_t speed) {
  if (!valid_speed(speed))
    return set_errno(EINVAL);
  termios_p->c_ispeed = speed;
  if (speed == B0) {
    termios_p->c_iflag |= SYSGATE_IBAUD0;
  } else {
    termios_p->c_iflag &= ~SYSGATE_IBAUD0;
    termios_p->c_cflag = (termios_p->c_cflag & ~(tcflag_t)CBAUD) | speed;
  }
  return 0;
}

int cfsetspeed(struct termios *termios_p, speed_t speed) {
  static const struct {
    unsigned int bits_per_second;
    speed_t code;
  } speeds[] = {
      {0, B0},
      {50, B50},
      {75, B75},
      {110, B110},
      {134, B134},
      {150, B150},
      {200, B200},
      {300, B300},
      {600, B600},
      {1200, B1200},
      {1800, B1800},
      {2400, B2400},
      {4800, B4800},
      {9600, B9600},
      {19200, B19200},
      {38400, B38400},
      {57600, B57600},
      {115200, B115200},
      {230400, B230400},
      {460800, B460800},
      {500000, B500000},
      {576000, B576000},
      {921600, B921600},
      {1000000, B1000000},
      {1152000, B1152000},
      {1500000, B1500000},
      {2000000, B2000000},
      {2500000, B2500000},
      {3000000, B3000000},
      {3500000, B3500000},
      {4000000, B4000000},
  };
  for (size_t i = 0; i < sizeof speeds / sizeof speeds[0]; i++)
    if (speed == speeds[i].code || speed == speeds[i].bits_per_second) {
      cfsetispeed(termios_p, speeds[i].code);
      cfsetospeed(termios_p, speeds[i].code);
      return 0;
    }
  return set_errno(EINVAL);
}

int tcdrain(int fd) {
  return tty_ioctl(fd, TCSBRK, 1);
}

int tcflush(int fd, int queue_selector) {
  return tty_ioctl(fd, TCFLSH, (unsigned long)queue_selector);
}

int tcflow(int fd, int action) {
  return tty_ioctl(fd, TCXONC, (unsigned long)action);
}

int tcsendbreak(int fd, int duration) {
  if (duration <= 0)
    return tty_ioctl(fd, TCSBRK, 0);
  return tty_ioctl(fd, TCSBRKP, (unsigned long)((duration + 99) / 100));
}

pid_t tcgetsid(int fd) {
  pid_t sid;
  if (tty_ioctl(fd, TIOCGSID, (unsigned long)&sid) != 0)
    return -1;
  return sid;
}
