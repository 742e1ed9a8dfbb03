/* getopt(3), getopt_long(3), getopt_long_only(3), with glibc's behaviour and messages.
 *
 * Not obvious: everything is glibc's (posix/getopt.c): the permutation of operands and options,
 * which long-option prefixes count as unique, getopt_long_only's order, "W;", and the messages,
 * one dprintf to descriptor 2 each (the rest: docs/libc.md).
 */
#include <sysgate/getopt.h>
#include <sysgate/printf.h>
#include <sysgate/stdlib.h>
#include <sysgate/string.h>

char *optarg;
int optind = 1;
int opterr = 1;
int optopt = '?';

enum ordering { PERMUTE, REQUIRE_ORDER, RETURN_IN_ORDER };

static struct {
  char *nextchar; /* the rest of a cluster of short options, or NULL */
  enum ordering ordering;
  int first_nonopt, last_nonopt;
  int initialized;
  int optopt; /* copied to optopt after every call: a value the caller stores is lost */
} s;

/* Reverses argv[lo..hi). */
static void reverse(char **argv, int lo, int hi) {
  while (lo < --hi) {
    char *t = argv[lo];
    argv[lo++] = argv[hi];
    argv[hi] = t;
  }
}

/* Moves the options found after the skipped operands in front of them. */
static void exchange(char **argv) {
  int bottom = s.first_nonopt, middle = s.last_nonopt, top = optind;
  reverse(argv, bottom, middle);
  reverse(argv, middle, top);
  reverse(argv, bottom, top);
  s.first_nonopt += optind - s.last_nonopt;
  s.last_nonopt = optind;
}

static int is_operand(char **argv) {
  return argv[optind][0] != '-' || argv[optind][1] == '\0';
}

/* The outcome of a long option, given nextchar at its name (after prefix), or -1 in
 * getopt_long_only when it should be read as short options instead. */
static int long_option(int argc, char **argv, const char *optstring, const struct option *longopts,
                       int *longindex, int long_only, int print_errors, const char *prefix) {
  char *nameend = s.nextchar;
  while (*nameend != '\0' && *nameend != '=')
    nameend++;
  size_t namelen = (size_t)(nameend - s.nextchar);

  const struct option *found = NULL;
  int index = -1, ambiguous = 0;
  for (int i = 0; longopts[i].name != NULL; i++) {
    const struct option *p = &longopts[i];
    if (strncmp(p->name, s.nextchar, namelen) != 0)
      continue;
    if (strlen(p->name) == namelen) { /* exact: no question of ambiguity */
      found = p;
      index = i;
      ambiguous = 0;
      break;
    }
    if (found == NULL) {
      found = p;
      index = i;
    } else if (long_only || found->has_arg != p->has_arg || found->flag != p->flag ||
               found->val != p->val) {
      ambiguous = 1;
    }
  }

  if (ambiguous) {
    if (print_errors) {
      dprintf(2, "%s: option '%s%s' is ambiguous; possibilities:", argv[0], prefix, s.nextchar);
      for (int i = index; longopts[i].name != NULL; i++) {
        const struct option *p = &longopts[i];
        if (strncmp(p->name, s.nextchar, namelen) == 0 &&
            (i == index || long_only || found->has_arg != p->has_arg || found->flag != p->flag ||
             found->val != p->val))
          dprintf(2, " '%s%s'", prefix, p->name);
      }
      dprintf(2, "\n");
    }
    s.nextchar += strlen(s.nextchar);
    optind++;
    s.optopt = 0;
    return '?';
  }

  if (found == NULL) {
    if (!long_only || argv[optind][1] == '-' || strchr(optstring, *s.nextchar) == NULL) {
      if (print_errors)
        dprintf(2, "%s: unrecognized option '%s%s'\n", argv[0], prefix, s.nextchar);
      s.nextchar = NULL;
      optind++;
      s.optopt = 0;
      return '?';
    }
    return -1;
  }

  optind++;
  s.nextchar = NULL;
  if (*nameend != '\0') {
    if (found->has_arg == no_argument) {
      if (print_errors)
        dprintf(2, "%s: option '%s%s' doesn't allow an argument\n", argv[0], prefix, found->name);
      s.optopt = found->val;
      return '?';
    }
    optarg = nameend + 1;
  } else if (found->has_arg == required_argument) {
    if (optind >= argc) {
      if (print_errors)
        dprintf(2, "%s: option '%s%s' requires an argument\n", argv[0], prefix, found->name);
      s.optopt = found->val;
      return optstring[0] == ':' ? ':' : '?';
    }
    optarg = argv[optind++];
  }
  if (longindex != NULL)
    *longindex = index;
  if (found->flag != NULL) {
    *found->flag = found->val;
    return 0;
  }
  return found->val;
}

/* Reads optstring's leading '-' or '+' and POSIXLY_CORRECT; returns what follows. */
static const char *start(const char *optstring) {
  if (optind == 0)
    optind = 1;
  s.first_nonopt = s.last_nonopt = optind;
  s.nextchar = NULL;
  if (optstring[0] == '-') {
    s.ordering = RETURN_IN_ORDER;
    optstring++;
  } else if (optstring[0] == '+') {
    s.ordering = REQUIRE_ORDER;
    optstring++;
  } else {
    s.ordering = getenv("POSIXLY_CORRECT") != NULL ? REQUIRE_ORDER : PERMUTE;
  }
  s.initialized = 1;
  return optstring;
}

static int missing_argument(char **argv, const char *optstring, int print_errors, int c) {
  if (print_errors)
    dprintf(2, "%s: option requires an argument -- '%c'\n", argv[0], c);
  s.optopt = c;
  return optstring[0] == ':' ? ':' : '?';
}

static int scan_once(int argc, char *const argv_in[], const char *optstring,
                     const struct option *longopts, int *longindex, int long_only) {
  char **argv = (char **)argv_in; /* permuted in place, as glibc does despite the const */
  if (argc < 1)
    return -1;
  optarg = NULL;
  if (optind == 0 || !s.initialized)
    optstring = start(optstring);
  else if (optstring[0] == '-' || optstring[0] == '+')
    optstring++;
  int print_errors = opterr && optstring[0] != ':';
  if (optind > argc)
    return -1; /* a caller's optind past the end: glibc would read beyond argv */

  if (s.nextchar == NULL || *s.nextchar == '\0') {
    /* the next element of argv */
    if (s.last_nonopt > optind)
      s.last_nonopt = optind;
    if (s.first_nonopt > optind)
      s.first_nonopt = optind;
    if (s.ordering == PERMUTE) {
      if (s.first_nonopt != s.last_nonopt && s.last_nonopt != optind)
        exchange(argv);
      else if (s.last_nonopt != optind)
        s.first_nonopt = optind;
      while (optind < argc && is_operand(argv))
        optind++;
      s.last_nonopt = optind;
    }
    if (optind != argc && strcmp(argv[optind], "--") == 0) {
      optind++;
      if (s.first_nonopt != s.last_nonopt && s.last_nonopt != optind)
        exchange(argv);
      else if (s.first_nonopt == s.last_nonopt)
        s.first_nonopt = optind;
      s.last_nonopt = argc;
      optind = argc;
    }
    if (optind == argc) {
      if (s.first_nonopt != s.last_nonopt)
        optind = s.first_nonopt; /* back to the first operand */
      return -1;
    }
    if (is_operand(argv)) {
      if (s.ordering == REQUIRE_ORDER)
        return -1;
      optarg = argv[optind++];
      return 1;
    }
    if (longopts != NULL) {
      if (argv[optind][1] == '-') {
        s.nextchar = argv[optind] + 2;
        return long_option(argc, argv, optstring, longopts, longindex, long_only, print_errors,
                           "--");
      }
      if (long_only && (argv[optind][2] != '\0' || strchr(optstring, argv[optind][1]) == NULL)) {
        s.nextchar = argv[optind] + 1;
        int code =
            long_option(argc, argv, optstring, longopts, longindex, long_only, print_errors, "-");
        if (code != -1)
          return code;
      }
    }
    s.nextchar = argv[optind] + 1;
  }

  /* the next short option of the cluster */
  char c = *s.nextchar++;
  const char *spec = strchr(optstring, c);
  if (*s.nextchar == '\0')
    optind++;
  if (spec == NULL || c == ':' || c == ';') {
    if (print_errors)
      dprintf(2, "%s: invalid option -- '%c'\n", argv[0], c);
    s.optopt = c;
    return '?';
  }
  if (spec[0] == 'W' && spec[1] == ';' && longopts != NULL) {
    if (*s.nextchar == '\0') { /* "-W foo"; in "-Wfoo" the name is where nextchar is */
      if (optind == argc)
        return missing_argument(argv, optstring, print_errors, c);
      s.nextchar = argv[optind];
    }
    return long_option(argc, argv, optstring, longopts, longindex, 0, print_errors, "-W ");
  }
  if (spec[1] == ':') {
    if (*s.nextchar != '\0') {
      optarg = s.nextchar;
      optind++;
    } else if (spec[2] == ':') {
      optarg = NULL; /* an optional argument must be attached */
    } else if (optind == argc) {
      s.nextchar = NULL;
      return missing_argument(argv, optstring, print_errors, c);
    } else {
      optarg = argv[optind++];
    }
    s.nextchar = NULL;
  }
  return c;
}

static int scan(int argc, char *const argv[], const char *optstring, const struct option *longopts,
                int *longindex, int long_only) {
  int r = scan_once(argc, argv, optstring, longopts, longindex, long_only);
  optopt = s.optopt;
  return r;
}

int getopt(int argc, char *const argv[], const char *optstring) {
  return scan(argc, argv, optstring, NULL, NULL, 0);
}

int getopt_long(int argc, char *const argv[], const char *optstring, const struct option *longopts,
                int *longindex) {
  return scan(argc, argv, optstring, longopts, longindex, 0);
}

int getopt_long_only(int argc, char *const argv[], const char *optstring,
                     const struct option *longopts, int *longindex) {
  return scan(argc, argv, optstring, longopts, longindex, 1);
}
