/* rawtty: a pseudo-terminal opened through /dev/ptmx, its slave's termios
 * before and after cfmakeraw(3) and tcsetattr(3), speeds with cfsetspeed(3),
 * raw and canonical reads, and the tc* calls on a terminal and on a pipe.
 *
 * Not obvious: the slave is unlocked and named with the TIOCSPTLCK and
 * TIOCGPTN ioctls, which is what unlockpt(3) and ptsname(3) do; its number
 * depends on what else has ptys open, so it is never printed.
 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

static void show(const char *what, const struct termios *t) {
  printf("%s: iflag %#o oflag %#o cflag %#o lflag %#o\n", what, t->c_iflag, t->c_oflag, t->c_cflag,
         t->c_lflag);
  printf("  ICANON %d ECHO %d ISIG %d OPOST %d ICRNL %d CS8 %d VMIN %d VTIME %d VINTR %d\n",
         !!(t->c_lflag & ICANON), !!(t->c_lflag & ECHO), !!(t->c_lflag & ISIG),
         !!(t->c_oflag & OPOST), !!(t->c_iflag & ICRNL), (t->c_cflag & CSIZE) == CS8, t->c_cc[VMIN],
         t->c_cc[VTIME], t->c_cc[VINTR]);
  printf("  ispeed %#o ospeed %#o\n", (unsigned)cfgetispeed(t), (unsigned)cfgetospeed(t));
}

static void result(const char *what, int r) {
  printf("%s: %d%s%s\n", what, r, r < 0 ? " " : "", r < 0 ? strerror(errno) : "");
}

int main(void) {
  int master = open("/dev/ptmx", O_RDWR | O_NOCTTY);
  if (master < 0) {
    printf("no /dev/ptmx: %s\n", strerror(errno));
    return 0;
  }
  int unlock = 0;
  unsigned int n = 0;
  if (ioctl(master, TIOCSPTLCK, &unlock) != 0 || ioctl(master, TIOCGPTN, &n) != 0) {
    perror("pty");
    return 1;
  }
  char path[32];
  snprintf(path, sizeof path, "/dev/pts/%u", n);
  int slave = open(path, O_RDWR | O_NOCTTY);
  if (slave < 0) {
    perror("slave");
    return 1;
  }

  struct termios t;
  result("tcgetattr", tcgetattr(slave, &t));
  show("new pty", &t);
  struct termios raw = t;
  cfmakeraw(&raw);
  show("cfmakeraw", &raw);
  result("cfsetspeed(B115200)", cfsetspeed(&raw, B115200));
  result("tcsetattr(TCSANOW)", tcsetattr(slave, TCSANOW, &raw));
  struct termios back;
  tcgetattr(slave, &back);
  show("read back", &back);

  if (write(master, "ab\rc\n", 5) != 5)
    perror("write");
  char buf[16] = "";
  ssize_t got = read(slave, buf, sizeof buf);
  printf("raw read %zd:", got);
  for (ssize_t i = 0; i < got; i++)
    printf(" %02x", (unsigned char)buf[i]);
  printf("\n");

  result("cfsetspeed(9600)", cfsetspeed(&t, 9600));
  show("9600", &t);
  result("cfsetispeed(B0)", cfsetispeed(&t, B0));
  show("ispeed B0", &t);
  result("cfsetospeed(12345)", cfsetospeed(&t, 12345));
  result("cfsetspeed(12345)", cfsetspeed(&t, 12345));
  result("tcsetattr(TCSAFLUSH)", tcsetattr(slave, TCSAFLUSH, &t));
  if (write(master, "line one\n", 9) != 9)
    perror("write");
  memset(buf, 0, sizeof buf);
  got = read(slave, buf, sizeof buf - 1);
  printf("canonical read %zd: %s", got, buf);

  result("tcsetattr(42)", tcsetattr(slave, 42, &t));
  result("tcdrain", tcdrain(slave));
  result("tcflush(TCIOFLUSH)", tcflush(slave, TCIOFLUSH));
  result("tcflush(9)", tcflush(slave, 9));
  result("tcflow(TCOOFF)", tcflow(slave, TCOOFF));
  result("tcflow(TCOON)", tcflow(slave, TCOON));
  result("tcsendbreak(0)", tcsendbreak(slave, 0));
  int lines = 0;
  result("TIOCMGET", ioctl(slave, TIOCMGET, &lines));

  int fds[2];
  if (pipe(fds) != 0)
    return 1;
  result("tcgetattr(pipe)", tcgetattr(fds[0], &t));
  result("tcsetattr(pipe)", tcsetattr(fds[0], TCSANOW, &raw));
  result("tcdrain(pipe)", tcdrain(fds[0]));
  result("tcflush(pipe)", tcflush(fds[0], TCIFLUSH));
  result("tcgetattr(-1)", tcgetattr(-1, &t));
  result("tcgetsid(pipe)", (int)tcgetsid(fds[0]));
  result("isatty(slave)", isatty(slave));
  close(slave);
  close(master);
  return 0;
}
