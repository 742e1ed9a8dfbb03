/* For the glibc side only (oracle_<family>.c): call glibc once and report its
 * errno. ORACLE_RETURN(T, err, call) zeroes errno, makes the call, stores the
 * errno it left in *err and returns the call's value as T.
 *
 * Not obvious: errno is zeroed first, so *err == 0 after a success also shows
 * glibc left errno alone.
 */
#ifndef SYSGATE_TEST_ORACLE_CALL_H
#define SYSGATE_TEST_ORACLE_CALL_H

#define ORACLE_RETURN(T, err, call)                                                                \
  do {                                                                                             \
    errno = 0;                                                                                     \
    T oracle_r_ = (T)(call);                                                                       \
    *(err) = errno;                                                                                \
    return oracle_r_;                                                                              \
  } while (0)

#endif
