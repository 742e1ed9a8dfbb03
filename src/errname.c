/* sysgate_errno_name (sysgate/string.h): the E* name of an errno value, like
 * glibc's strerrorname_np(3), from the generated list in sysgate/errno_list.h.
 *
 * Not obvious: the names are one blob without a table of pointers. A struct with one char array per
 * name, each exactly its name's size, is the blob; offsetof gives each name's place in it, stored
 * in 2 bytes per value. (A switch that returns "ENOENT" costs a pointer or a jump per value and
 * twice the bytes.) #name and name##_ take the list's token before it is expanded, so they give
 * "ENOENT" and ENOENT_ while a bare name is the value, 2.
 */
#include <stddef.h>
#include <stdint.h>
#include <sysgate/errno.h>
#include <sysgate/string.h>

struct errno_names {
  char none_; /* offset 0: no name */
#define SG_FIELD(name, message) char name##_[sizeof #name];
  SYSGATE_ERRNO_LIST(SG_FIELD)
#undef SG_FIELD
};

#define SG_INIT(name, message) #name,
static const struct errno_names names = {0, SYSGATE_ERRNO_LIST(SG_INIT)};
#undef SG_INIT

static const uint16_t offsets[] = {
#define SG_OFFSET(name, message) [name] = offsetof(struct errno_names, name##_),
    SYSGATE_ERRNO_LIST(SG_OFFSET)
#undef SG_OFFSET
};

const char *sysgate_errno_name(int errnum) {
  if (errnum <= 0 || (unsigned int)errnum >= sizeof offsets / sizeof offsets[0] ||
      offsets[errnum] == 0)
    return 0;
  return (const char *)&names + offsets[errnum];
}
