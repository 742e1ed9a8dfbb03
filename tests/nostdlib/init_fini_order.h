/* init_fini_order.h: what the two files of the init_fini_order test share.
 *
 * Not obvious: the slots are filled by functions that run before main, so they
 * are plain zero-initialized globals (.bss): nothing may need initializing code.
 */
#ifndef SYSGATE_TEST_INIT_FINI_ORDER_H
#define SYSGATE_TEST_INIT_FINI_ORDER_H

enum {
  SEEN_PREINIT,
  SEEN_INIT_101,
  SEEN_INIT_102,
  SEEN_INIT_PLAIN,
  SEEN_INIT_EXPLICIT,
  SEEN_SLOTS
};

struct seen {
  int argc;
  char **argv;
  char **envp;
};
extern struct seen seen[SEEN_SLOTS];

/* Records the arguments in seen[slot] and prints "<who>: argc N, argv[1] X". */
void report_init(int slot, const char *who, int argc, char **argv, char **envp);

#endif
