/* CPU_ALLOC(3), CPU_FREE: a CPU set for more CPUs than cpu_set_t's 1024, from
 * malloc, as glibc's __sched_cpualloc and __sched_cpufree.
 *
 * Not obvious: the memory is not cleared; a program calls CPU_ZERO_S before
 * using it, as with glibc.
 */
#include <sysgate/malloc.h>
#include <sysgate/sched.h>

cpu_set_t *sysgate_cpu_alloc(size_t count) {
  return malloc(CPU_ALLOC_SIZE(count));
}

void sysgate_cpu_free(cpu_set_t *set) {
  free(set);
}
