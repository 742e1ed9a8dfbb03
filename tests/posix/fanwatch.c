/* fanwatch: fanotify(7) on a directory: marks it for FAN_CLOSE_WRITE on its
 * children, writes a file there, and reads the event records, walking them
 * with FAN_EVENT_OK and FAN_EVENT_NEXT. Each record carries an open
 * descriptor of the file, whose path is found through /proc/self/fd.
 * usage: fanwatch <directory>
 *
 * Not obvious: fanotify_init needs CAP_SYS_ADMIN; without it the program
 * says so and stops, which is the same with any C library.
 */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/fanotify.h>
#include <unistd.h>

int main(int argc, char **argv) {
  if (argc != 2) {
    fprintf(stderr, "usage: fanwatch <directory>\n");
    return 2;
  }
  int fan = fanotify_init(FAN_CLASS_NOTIF | FAN_CLOEXEC | FAN_NONBLOCK, O_RDONLY | O_CLOEXEC);
  if (fan < 0) {
    printf("fanotify_init: %s\n", strerror(errno));
    return 0;
  }
  if (fanotify_mark(fan, FAN_MARK_ADD | FAN_MARK_ONLYDIR, FAN_CLOSE_WRITE | FAN_EVENT_ON_CHILD,
                    AT_FDCWD, argv[1]) < 0) {
    printf("fanotify_mark: %s\n", strerror(errno));
    return 1;
  }
  if (fanotify_mark(fan, FAN_MARK_ADD | FAN_MARK_ONLYDIR, FAN_OPEN, AT_FDCWD, "/dev/null") < 0)
    printf("marking a non-directory with FAN_MARK_ONLYDIR: %s\n", strerror(errno));

  char path[PATH_MAX];
  snprintf(path, sizeof path, "%s/written.txt", argv[1]);
  int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
  if (fd < 0 || write(fd, "fanotify\n", 9) != 9) {
    perror(path);
    return 1;
  }
  close(fd);

  char buf[4096] __attribute__((aligned(8)));
  ssize_t len = read(fan, buf, sizeof buf);
  if (len < 0) {
    perror("read");
    return 1;
  }
  for (struct fanotify_event_metadata *m = (struct fanotify_event_metadata *)buf;
       FAN_EVENT_OK(m, len); m = FAN_EVENT_NEXT(m, len)) {
    if (m->vers != FANOTIFY_METADATA_VERSION) {
      printf("unexpected metadata version %d\n", m->vers);
      return 1;
    }
    char link[64], target[PATH_MAX];
    snprintf(link, sizeof link, "/proc/self/fd/%d", m->fd);
    ssize_t n = readlink(link, target, sizeof target - 1);
    target[n < 0 ? 0 : n] = '\0';
    const char *base = strrchr(target, '/');
    printf("event:%s%s, file %s, by %s\n", (m->mask & FAN_CLOSE_WRITE) ? " FAN_CLOSE_WRITE" : "",
           (m->mask & FAN_ONDIR) ? " FAN_ONDIR" : "", base ? base + 1 : target,
           m->pid == getpid() ? "this process" : "another process");
    close(m->fd);
  }
  if (read(fan, buf, sizeof buf) < 0 && errno == EAGAIN)
    printf("no more events\n");
  close(fan);
  return 0;
}
