/* glibc's directory, file tree and user database functions for test_dirent_stream.c and
 * test_pwd.c, test_grp.c (oracle_dir.h). This file includes glibc's headers and never sysgate's.
 *
 * Not obvious: the tree has a link back to an ancestor (loop), a dangling link, a
 * link to a file and a 255-byte name, so every typeflag but FTW_DNR occurs (root
 * reads every directory, so FTW_DNR cannot be provoked in a root container).
 */
#define _GNU_SOURCE
#define _FILE_OFFSET_BITS 64 /* i386: glibc's 64-bit struct dirent, sysgate's only one */
#include "oracle_dir.h"

#include <dirent.h>
#include <fcntl.h>
#include <ftw.h>
#include <grp.h>
#include <pwd.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static void must(int ok, const char *what) {
  if (!ok) {
    perror(what);
    abort();
  }
}

void oracle_build_tree(const char *dir) {
  char path[4096];
  static const char *const dirs[] = {"top", "top/a", "top/a/b", "top/a/b/c", "top/empty", "top/z"};
  for (size_t i = 0; i < sizeof dirs / sizeof dirs[0]; i++) {
    snprintf(path, sizeof path, "%s/%s", dir, dirs[i]);
    must(mkdir(path, 0755) == 0, "mkdir");
  }
  static const char *const files[] = {"top/f1",     "top/a/f2",    "top/a/b/f3", "top/a/b/c/f4",
                                      "top/z/Zeta", "top/z/alpha", "top/z/beta"};
  for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
    snprintf(path, sizeof path, "%s/%s", dir, files[i]);
    int fd = open(path, O_CREAT | O_WRONLY, 0644);
    must(fd >= 0, "create");
    close(fd);
  }
  char longname[256];
  memset(longname, 'n', 255);
  longname[255] = '\0';
  snprintf(path, sizeof path, "%s/top/z/%s", dir, longname);
  must(close(open(path, O_CREAT | O_WRONLY, 0600)) == 0, "long name");
  static const char *const links[][2] = {
      {"f1", "top/lf"}, {"nowhere", "top/ldangling"}, {"..", "top/a/lup"}, {"b", "top/a/lb"}};
  for (size_t i = 0; i < sizeof links / sizeof links[0]; i++) {
    snprintf(path, sizeof path, "%s/%s", dir, links[i][1]);
    must(symlink(links[i][0], path) == 0, "symlink");
  }
  snprintf(path, sizeof path, "%s/top/fifo", dir);
  must(mkfifo(path, 0600) == 0, "mkfifo");
}

static char *log_out;
static size_t log_size, log_used;
static int log_calls, log_stop, log_action;

static void log_add(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static void log_add(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(log_out + log_used, log_size - log_used, fmt, ap);
  va_end(ap);
  if (n > 0)
    log_used += (size_t)n < log_size - log_used ? (size_t)n : log_size - log_used - 1;
}

static int log_call(const char *path, const struct stat *st, int type, int level, int base) {
  char cwd[4096];
  const char *last = getcwd(cwd, sizeof cwd) ? strrchr(cwd, '/') + 1 : "?";
  log_add(ORACLE_NFTW_LINE, type, level, base, path, type == FTW_NS ? 0u : (unsigned)st->st_mode,
          last);
  return ++log_calls == log_stop ? (log_action ? log_action : 100 + log_calls) : 0;
}

static int nftw_cb(const char *path, const struct stat *st, int type, struct FTW *ftw) {
  return log_call(path, st, type, ftw->level, ftw->base);
}

static int ftw_cb(const char *path, const struct stat *st, int type) {
  return log_call(path, st, type, -1, -1);
}

static void log_start(char *out, size_t size, int stop_after) {
  log_out = out;
  log_size = size;
  log_used = 0;
  out[0] = '\0';
  log_calls = 0;
  log_stop = stop_after;
}

void oracle_nftw_log(const char *path, int flags, int stop_after, int action, char *out,
                     size_t size) {
  log_start(out, size, stop_after);
  log_action = action;
  int r = nftw(path, nftw_cb, 10, flags);
  log_add("= %d\n", r);
}

void oracle_ftw_log(const char *path, char *out, size_t size) {
  log_start(out, size, 0);
  int r = ftw(path, ftw_cb, 10);
  log_add("= %d\n", r);
}

void oracle_readdir_log(const char *path, char *out, size_t size) {
  log_start(out, size, 0);
  DIR *d = opendir(path);
  must(d != NULL, "opendir");
  struct dirent *e;
  while ((e = readdir(d)) != NULL)
    log_add(ORACLE_DIRENT_LINE, e->d_name, e->d_type, (unsigned long long)e->d_ino,
            (long long)e->d_off, e->d_reclen);
  closedir(d);
}

static int not_l(const struct dirent *e) {
  return e->d_name[0] != 'l';
}

void oracle_scandir_log(int dirfd, const char *path, int sorted, int filtered, char *out,
                        size_t size) {
  log_start(out, size, 0);
  struct dirent **list;
  int n = scandirat(dirfd, path, &list, filtered ? not_l : NULL,
                    sorted == 2 ? versionsort
                    : sorted    ? alphasort
                                : NULL);
  log_add("%d\n", n);
  for (int i = 0; i < n; i++) {
    log_add("%s\n", list[i]->d_name);
    free(list[i]);
  }
  if (n >= 0)
    free(list);
}

void oracle_passwd_text(const char *name, unsigned uid, char *out, size_t size) {
  struct passwd *p = name ? getpwnam(name) : getpwuid(uid);
  if (p == NULL)
    snprintf(out, size, "none");
  else
    snprintf(out, size, ORACLE_PASSWD_LINE, p->pw_name, p->pw_passwd, p->pw_uid, p->pw_gid,
             p->pw_gecos, p->pw_dir, p->pw_shell);
}

void oracle_group_text(const char *name, unsigned gid, char *out, size_t size) {
  struct group *g = name ? getgrnam(name) : getgrgid(gid);
  if (g == NULL) {
    snprintf(out, size, "none");
    return;
  }
  int n = snprintf(out, size, ORACLE_GROUP_LINE, g->gr_name, g->gr_passwd, g->gr_gid);
  for (char **m = g->gr_mem; *m != NULL && n > 0 && (size_t)n < size; m++)
    n += snprintf(out + n, size - (size_t)n, "%s,", *m);
}

int oracle_getpwnam_r(const char *name, size_t bufsize, int *found) {
  struct passwd pw, *result = NULL;
  char *buf = malloc(bufsize ? bufsize : 1);
  int r = getpwnam_r(name, &pw, buf, bufsize, &result);
  free(buf);
  *found = result != NULL;
  return r;
}

int oracle_getgrnam_r(const char *name, size_t bufsize, int *found) {
  struct group gr, *result = NULL;
  char *buf = malloc(bufsize ? bufsize : 1);
  int r = getgrnam_r(name, &gr, buf, bufsize, &result);
  free(buf);
  *found = result != NULL;
  return r;
}

int oracle_strverscmp(const char *a, const char *b) {
  int r = strverscmp(a, b);
  return (r > 0) - (r < 0);
}
