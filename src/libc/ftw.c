/* nftw(3), ftw(3): walk a file tree, calling a function for every file.
 *
 * Not obvious: the rules POSIX leaves open are glibc's (io/ftw.c): trailing slashes are stripped
 * from the starting path, an entry that cannot be stat'ed is FTW_NS, a dangling link FTW_SLN,
 * FTW_D comes after the directory opened, and one descriptor is open at a time (the rest:
 * docs/libc.md).
 */
#include <sysgate/dirent.h>
#include <sysgate/errno.h>
#include <sysgate/fcntl.h>
#include <sysgate/ftw.h>
#include <sysgate/malloc.h>
#include <sysgate/path.h>
#include <sysgate/stat.h>
#include <sysgate/string.h>
#include <sysgate/unistd.h>

typedef int walk_fn(const char *, const struct stat *, int, struct FTW *);

struct seen_dir {
  dev_t dev;
  ino_t ino;
};

struct walk {
  walk_fn *fn;
  int flags;
  dev_t dev;  /* of the starting path, for FTW_MOUNT */
  char *path; /* the path being reported, grown as needed */
  size_t capacity;
  struct FTW ftw;
  struct seen_dir *seen; /* directories entered, without FTW_PHYS */
  size_t seen_count, seen_capacity;
};

static int reserve_path(struct walk *w, size_t size) {
  if (size <= w->capacity)
    return 0;
  size_t bigger = w->capacity * 2 > size ? w->capacity * 2 : size;
  char *p = realloc(w->path, bigger);
  if (p == NULL)
    return -1;
  w->path = p;
  w->capacity = bigger;
  return 0;
}

/* 1 if the directory was entered before, else remembers it; -1 out of memory. */
static int seen_before(struct walk *w, const struct stat *st) {
  for (size_t i = 0; i < w->seen_count; i++)
    if (w->seen[i].dev == st->st_dev && w->seen[i].ino == st->st_ino)
      return 1;
  if (w->seen_count == w->seen_capacity) {
    size_t more = w->seen_capacity ? w->seen_capacity * 2 : 32;
    struct seen_dir *s = reallocarray(w->seen, more, sizeof *s);
    if (s == NULL)
      return -1;
    w->seen = s;
    w->seen_capacity = more;
  }
  w->seen[w->seen_count++] = (struct seen_dir){st->st_dev, st->st_ino};
  return 0;
}

/* The names in the directory open as fd ("." and ".." left out), one after the
 * other with their NULs, and a final empty name; NULL with errno. */
static char *read_names(DIR *dir) {
  size_t used = 0, capacity = 256;
  char *names = malloc(capacity);
  if (names == NULL)
    return NULL;
  struct dirent *e;
  while ((e = readdir(dir)) != NULL) {
    const char *n = e->d_name;
    if (n[0] == '.' && (n[1] == '\0' || (n[1] == '.' && n[2] == '\0')))
      continue;
    size_t len = strlen(n) + 1;
    if (used + len + 1 > capacity) {
      while (used + len + 1 > capacity)
        capacity *= 2;
      char *bigger = realloc(names, capacity);
      if (bigger == NULL) {
        free(names);
        return NULL;
      }
      names = bigger;
    }
    memcpy(names + used, n, len);
    used += len;
  }
  names[used] = '\0';
  return names;
}

static int visit(struct walk *w, const char *stat_name);

/* The directory in w->path, with st its stat; entries are appended after a '/'. */
static int walk_dir(struct walk *w, const struct stat *st, const char *open_name) {
  DIR *dir = opendir(open_name);
  if (dir == NULL)
    return errno == EACCES ? w->fn(w->path, st, FTW_DNR, &w->ftw) : -1;
  int result = 0;
  if (!(w->flags & FTW_DEPTH) && (result = w->fn(w->path, st, FTW_D, &w->ftw)) != 0) {
    closedir(dir);
    return result; /* FTW_SKIP_SUBTREE: the caller goes on with the siblings */
  }
  char *names = read_names(dir);
  int back = -1; /* where FTW_CHDIR returns to: the directory we were in */
  if (names != NULL && (w->flags & FTW_CHDIR)) {
    back = open(".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (back < 0 || fchdir(dirfd(dir)) < 0) {
      free(names);
      names = NULL;
    }
  }
  closedir(dir);
  if (names == NULL) {
    if (back >= 0)
      close(back);
    return -1;
  }
  struct FTW saved = w->ftw;
  size_t dir_len = strlen(w->path);
  size_t base = dir_len;
  if (w->path[dir_len - 1] != '/')
    base++;
  w->ftw.level++;
  w->ftw.base = (int)base;
  for (const char *n = names; *n != '\0' && result == 0; n += strlen(n) + 1) {
    size_t len = strlen(n);
    if (reserve_path(w, base + len + 1) < 0) {
      result = -1;
      break;
    }
    w->path[base - 1] = '/';
    memcpy(w->path + base, n, len + 1);
    result = visit(w, (w->flags & FTW_CHDIR) ? n : w->path);
    if ((w->flags & FTW_ACTIONRETVAL) && result == FTW_SKIP_SUBTREE)
      result = 0; /* from any entry: nothing (more) of it, its siblings next */
  }
  free(names);
  w->path[dir_len] = '\0';
  w->ftw = saved;
  if ((w->flags & FTW_ACTIONRETVAL) && result == FTW_SKIP_SIBLINGS)
    result = 0; /* the rest of this directory is left out, and the walk goes on */
  /* glibc reports FTW_DP from inside the directory, before going back up. */
  if (result == 0 && (w->flags & FTW_DEPTH))
    result = w->fn(w->path, st, FTW_DP, &w->ftw);
  if (back >= 0) {
    if (fchdir(back) < 0 && result == 0)
      result = -1;
    close(back);
  }
  return result;
}

/* Reports the entry whose path is w->path (stat_name: how to reach it from the
 * current directory) and walks it if it is a directory. */
static int visit(struct walk *w, const char *stat_name) {
  struct stat st;
  int type;
  int r = (w->flags & FTW_PHYS) ? lstat(stat_name, &st) : stat(stat_name, &st);
  if (r < 0) {
    if (errno != EACCES && errno != ENOENT)
      return -1;
    type = FTW_NS;
    if (!(w->flags & FTW_PHYS) && lstat(stat_name, &st) == 0 && S_ISLNK(st.st_mode))
      type = FTW_SLN;
  } else if (S_ISDIR(st.st_mode)) {
    if ((w->flags & FTW_MOUNT) && st.st_dev != w->dev)
      return 0;
    if (!(w->flags & FTW_PHYS)) {
      int seen = seen_before(w, &st);
      if (seen != 0)
        return seen < 0 ? -1 : 0;
    }
    return walk_dir(w, &st, stat_name);
  } else {
    type = S_ISLNK(st.st_mode) ? FTW_SL : FTW_F;
  }
  return w->fn(w->path, &st, type, &w->ftw);
}

/* FTW_CHDIR: the walk starts in the directory that holds the starting path. */
static int enter_parent(struct walk *w) {
  if (w->ftw.base == 0)
    return 0;
  if (w->ftw.base == 1)
    return chdir("/");
  char c = w->path[w->ftw.base - 1];
  w->path[w->ftw.base - 1] = '\0';
  int r = chdir(w->path);
  w->path[w->ftw.base - 1] = c;
  return r;
}

int nftw(const char *path, walk_fn *fn, int nopenfd, int flags) {
  (void)nopenfd;
  if (path[0] == '\0') {
    errno = ENOENT;
    return -1;
  }
  struct walk w = {.fn = fn, .flags = flags};
  size_t len = strlen(path);
  if (reserve_path(&w, len + 1 > 256 ? len + 1 : 256) < 0)
    return -1;
  memcpy(w.path, path, len + 1);
  while (len > 1 && w.path[len - 1] == '/')
    w.path[--len] = '\0';
  size_t base = len;
  while (base > 0 && w.path[base - 1] != '/')
    base--;
  w.ftw.base = (int)base;

  int cwd = -1, result;
  if (flags & FTW_CHDIR) {
    cwd = open(".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (cwd < 0 || enter_parent(&w) < 0) {
      result = -1;
      goto out;
    }
  }
  const char *name = (flags & FTW_CHDIR) ? w.path + base : w.path;
  struct stat st;
  if (((flags & FTW_PHYS) ? lstat(name, &st) : stat(name, &st)) < 0) {
    if (!(flags & FTW_PHYS) && errno == ENOENT && lstat(name, &st) == 0 && S_ISLNK(st.st_mode))
      result = fn(w.path, &st, FTW_SLN, &w.ftw);
    else
      result = -1;
  } else {
    w.dev = st.st_dev;
    result = visit(&w, name);
  }
out:
  if ((flags & FTW_ACTIONRETVAL) && (result == FTW_SKIP_SUBTREE || result == FTW_SKIP_SIBLINGS))
    result = 0;
  if (cwd >= 0) {
    int saved = errno;
    if (fchdir(cwd) < 0 && result == 0)
      result = -1;
    else
      errno = saved;
    close(cwd);
  }
  int saved = errno;
  free(w.path);
  free(w.seen);
  errno = saved;
  return result;
}

/* ftw's callback has no struct FTW, and its typeflags are fewer. */
static int (*ftw_callback)(const char *, const struct stat *, int);

static int from_nftw(const char *path, const struct stat *st, int type, struct FTW *ftw) {
  (void)ftw;
  static const int ftw_type[] = {
      [FTW_F] = FTW_F,  [FTW_D] = FTW_D,  [FTW_DNR] = FTW_DNR, [FTW_NS] = FTW_NS,
      [FTW_SL] = FTW_F, [FTW_DP] = FTW_D, [FTW_SLN] = FTW_NS};
  return ftw_callback(path, st, ftw_type[type]);
}

int ftw(const char *path, int (*fn)(const char *, const struct stat *, int), int nopenfd) {
  int (*outer)(const char *, const struct stat *, int) = ftw_callback; /* ftw inside fn */
  ftw_callback = fn;
  int result = nftw(path, from_nftw, nopenfd, 0);
  ftw_callback = outer;
  return result;
}
