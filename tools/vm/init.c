/* /init of the test guest (tools/vm/run.py): loads the modules listed in /modules/order, makes the
 * host's / (9p, read-only) the root with the job folder (9p, writable) at its host path and a fresh
 * ext4 disk as /tmp, runs the job script in a session of its own, then powers off. Not obvious: the
 * root must be moved onto / (MS_MOVE, as switch_root does), not chrooted into, or paths such as
 * /proc/self/root differ from the host's. (the rest: docs/tools.md) */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <net/if.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mount.h>
#include <sys/reboot.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

static void say(const char *what, const char *arg) {
  fprintf(stderr, "guest-init: %s%s%s%s%s\n", what, arg ? " " : "", arg ? arg : "",
          errno ? ": " : "", errno ? strerror(errno) : "");
}

static _Noreturn void power_off(void) {
  sync();
  reboot(RB_POWER_OFF);
  for (;;)
    pause();
}

static void must_mount(const char *src, const char *dst, const char *type, unsigned long flags,
                       const char *data) {
  if (mount(src, dst, type, flags, data) != 0) {
    say("cannot mount", dst);
    power_off();
  }
}

static void load_modules(void) {
  FILE *order = fopen("/modules/order", "r");
  char name[256], path[300];
  if (!order)
    return;
  while (fscanf(order, "%255s", name) == 1) {
    snprintf(path, sizeof path, "/modules/%s", name);
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0 || (syscall(SYS_finit_module, fd, "", 0) != 0 && errno != EEXIST))
      say("cannot load", path);
    errno = 0;
    if (fd >= 0)
      close(fd);
  }
  fclose(order);
}

/* Loopback up, as at any boot (the kernel adds ::1 itself); the socket tests need it. */
static void loopback_up(void) {
  struct ifreq ifr = {.ifr_name = "lo"};
  int fd = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
  if (fd < 0 || ioctl(fd, SIOCGIFFLAGS, &ifr) != 0 ||
      (ifr.ifr_flags |= IFF_UP, ioctl(fd, SIOCSIFFLAGS, &ifr) != 0))
    say("cannot bring up", "lo");
  errno = 0;
  if (fd >= 0)
    close(fd);
}

/* The value of key=... on the kernel command line, in buf. */
static const char *cmdline_value(const char *key, char *buf, size_t size) {
  char line[4096];
  FILE *f = fopen("/proc/cmdline", "r");
  size_t n = f ? fread(line, 1, sizeof line - 1, f) : 0;
  if (f)
    fclose(f);
  line[n] = 0;
  for (char *tok = strtok(line, " \n"); tok; tok = strtok(NULL, " \n"))
    if (strncmp(tok, key, strlen(key)) == 0 && tok[strlen(key)] == '=') {
      snprintf(buf, size, "%s", tok + strlen(key) + 1);
      return buf;
    }
  return NULL;
}

int main(void) {
  char work[1024], at[1100];
  mkdir("/dev", 0755), mkdir("/proc", 0755), mkdir("/newroot", 0755);
  must_mount("devtmpfs", "/dev", "devtmpfs", 0, NULL);
  must_mount("proc", "/proc", "proc", 0, NULL);
  load_modules();
  loopback_up();
  if (!cmdline_value("sysgate.work", work, sizeof work)) {
    say("no sysgate.work= on the kernel command line", NULL);
    power_off();
  }
  const char *p9 = "trans=virtio,version=9p2000.L,msize=512000";
  snprintf(at, sizeof at, "%s,cache=loose", p9);
  must_mount("root", "/newroot", "9p", MS_RDONLY, at);
  must_mount("/dev/vda", "/newroot/tmp", "ext4", 0, NULL);
  chmod("/newroot/tmp", 01777);
  snprintf(at, sizeof at, "/newroot%s", work);
  for (char *slash = at + 1; (slash = strchr(slash, '/')); *slash++ = '/') {
    *slash = 0; /* a job folder under /tmp needs its path on the new disk */
    mkdir(at, 0755);
  }
  mkdir(at, 0755);
  char opts[200];
  snprintf(opts, sizeof opts, "%s,cache=mmap", p9);
  must_mount("work", at, "9p", 0, opts);
  must_mount("devtmpfs", "/newroot/dev", "devtmpfs", 0, NULL);
  mkdir("/newroot/dev/pts", 0755), mkdir("/newroot/dev/shm", 01777);
  must_mount("devpts", "/newroot/dev/pts", "devpts", 0, "ptmxmode=0666");
  must_mount("tmpfs", "/newroot/dev/shm", "tmpfs", 0, NULL);
  must_mount("proc", "/newroot/proc", "proc", 0, NULL);
  must_mount("sysfs", "/newroot/sys", "sysfs", 0, NULL);
  umount2("/dev", MNT_DETACH);
  umount2("/proc", MNT_DETACH);
  if (chdir("/newroot") != 0 || mount(".", "/", NULL, MS_MOVE, NULL) != 0 || chroot(".") != 0 ||
      chdir("/") != 0) {
    say("cannot move the root", NULL);
    power_off();
  }
  snprintf(at, sizeof at, "%s/guest-job.sh", work);
  pid_t pid = fork();
  if (pid == 0) {
    setsid();
    if (chdir(work) != 0)
      _exit(126);
    char *const argv[] = {"sh", at, NULL};
    char *const envp[] = {"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
                          "HOME=/tmp",
                          "TERM=dumb",
                          "LANG=C.UTF-8",
                          "SYSGATE_IN_GUEST=1",
                          NULL};
    execve("/bin/sh", argv, envp);
    _exit(127);
  }
  int status = 0;
  for (pid_t w; (w = wait(&status)) != pid;) /* PID 1 reaps orphans too */
    if (w < 0 && errno != EINTR)
      break;
  fprintf(stderr, "guest-init: job exited with status %d\n",
          WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status));
  power_off();
}
