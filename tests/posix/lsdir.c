/* lsdir: a small `ls -l`, written as people write C for glibc: scandir with
 * alphasort, lstat, the owner and group names from getpwuid and getgrgid, the time
 * from localtime and strftime, printf.
 *
 *   lsdir [-a] [dir...]   -a: the names starting with '.' too
 */
#include <dirent.h>
#include <grp.h>
#include <pwd.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

static int show_hidden;

static int visible(const struct dirent *e) {
  return show_hidden || e->d_name[0] != '.';
}

static void mode_string(mode_t m, char out[11]) {
  out[0] = S_ISDIR(m) ? 'd' : S_ISLNK(m) ? 'l' : S_ISFIFO(m) ? 'p' : '-';
  const char *rwx = "rwxrwxrwx";
  for (int i = 0; i < 9; i++)
    out[i + 1] = (m & (0400 >> i)) ? rwx[i] : '-';
  out[10] = '\0';
}

static int list(const char *dir) {
  struct dirent **names;
  int n = scandir(dir, &names, visible, alphasort);
  if (n < 0) {
    perror(dir);
    return 1;
  }
  printf("%s:\n", dir);
  for (int i = 0; i < n; i++) {
    char path[4096], mode[11], when[64];
    struct stat st;
    snprintf(path, sizeof path, "%s/%s", dir, names[i]->d_name);
    if (lstat(path, &st) != 0) {
      perror(path);
      free(names[i]);
      continue;
    }
    mode_string(st.st_mode, mode);
    struct passwd *pw = getpwuid(st.st_uid);
    struct group *gr = getgrgid(st.st_gid);
    time_t mtime = st.st_mtime;
    strftime(when, sizeof when, "%Y-%m-%d %H:%M %Z", localtime(&mtime));
    printf("%s %2lu %-8s %-8s %6lld %s %s", mode, (unsigned long)st.st_nlink,
           pw ? pw->pw_name : "?", gr ? gr->gr_name : "?", (long long)st.st_size, when,
           names[i]->d_name);
    if (S_ISLNK(st.st_mode)) {
      char target[4096];
      ssize_t len = readlink(path, target, sizeof target - 1);
      if (len >= 0) {
        target[len] = '\0';
        printf(" -> %s", target);
      }
    }
    putchar('\n');
    free(names[i]);
  }
  free(names);
  printf("%d entries\n", n);
  return 0;
}

int main(int argc, char **argv) {
  int first = 1, status = 0;
  if (argc > 1 && strcmp(argv[1], "-a") == 0) {
    show_hidden = 1;
    first = 2;
  }
  if (first == argc)
    return list(".");
  for (int i = first; i < argc; i++)
    status |= list(argv[i]);
  return status;
}
