/* inowatch: watches a directory with inotify(7) while it creates, writes,
 * renames and removes files there, then prints the events it read, one per
 * line, with their names and the cookie that pairs a rename's two halves.
 * usage: inowatch <directory>
 *
 * Not obvious: events are read in one go into a buffer aligned for struct
 * inotify_event, and walked by sizeof(struct inotify_event) + len, since each
 * event carries len bytes of NUL-padded name (inotify(7), "Reading events").
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/inotify.h>
#include <sys/stat.h>
#include <unistd.h>

static void touch_things(const char *dir) {
  char a[512], b[512], sub[512];
  snprintf(a, sizeof a, "%s/alpha.txt", dir);
  snprintf(b, sizeof b, "%s/beta.txt", dir);
  snprintf(sub, sizeof sub, "%s/subdir", dir);
  int fd = open(a, O_WRONLY | O_CREAT | O_TRUNC, 0644);
  if (fd < 0 || write(fd, "data\n", 5) != 5) {
    perror(a);
    exit(1);
  }
  close(fd);
  rename(a, b);
  mkdir(sub, 0755);
  rmdir(sub);
  unlink(b);
}

static const char *event_name(uint32_t mask) {
  static const struct {
    uint32_t bit;
    const char *name;
  } names[] = {{IN_CREATE, "IN_CREATE"},           {IN_MODIFY, "IN_MODIFY"},
               {IN_CLOSE_WRITE, "IN_CLOSE_WRITE"}, {IN_OPEN, "IN_OPEN"},
               {IN_MOVED_FROM, "IN_MOVED_FROM"},   {IN_MOVED_TO, "IN_MOVED_TO"},
               {IN_DELETE, "IN_DELETE"},           {IN_IGNORED, "IN_IGNORED"}};
  for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
    if (mask & names[i].bit)
      return names[i].name;
  return "other";
}

int main(int argc, char **argv) {
  if (argc != 2) {
    fprintf(stderr, "usage: inowatch <directory>\n");
    return 2;
  }
  int fd = inotify_init1(IN_NONBLOCK);
  if (fd < 0) {
    perror("inotify_init1");
    return 1;
  }
  int wd =
      inotify_add_watch(fd, argv[1], IN_CREATE | IN_MODIFY | IN_CLOSE_WRITE | IN_MOVE | IN_DELETE);
  if (wd < 0) {
    fprintf(stderr, "inotify_add_watch %s: %s\n", argv[1], strerror(errno));
    return 1;
  }
  if (inotify_add_watch(fd, "no/such/dir", IN_CREATE) < 0)
    printf("watch on a missing directory: %s\n", strerror(errno));
  touch_things(argv[1]);

  char buf[4096] __attribute__((aligned(__alignof__(struct inotify_event))));
  ssize_t len = read(fd, buf, sizeof buf);
  if (len <= 0) {
    perror("read");
    return 1;
  }
  uint32_t rename_cookie = 0;
  for (char *p = buf; p < buf + len;) {
    const struct inotify_event *ev = (const struct inotify_event *)p;
    printf("%-14s %-10s%s", event_name(ev->mask), ev->len ? ev->name : "(dir)",
           (ev->mask & IN_ISDIR) ? " [dir]" : "");
    if (ev->mask & IN_MOVED_FROM)
      rename_cookie = ev->cookie;
    if (ev->mask & IN_MOVED_TO)
      printf(" (cookie %s)", ev->cookie == rename_cookie && ev->cookie ? "matches" : "differs");
    printf("\n");
    p += sizeof(struct inotify_event) + ev->len;
  }
  if (read(fd, buf, sizeof buf) < 0 && errno == EAGAIN)
    printf("no more events\n");
  if (inotify_rm_watch(fd, wd) == 0)
    printf("watch removed\n");
  close(fd);
  return 0;
}
