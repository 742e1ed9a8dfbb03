# Trace mode (sysgate/trace.h): programs whose stderr must be exactly the expected trace
# lines, linked against a traced copy of only the library sources that make their system
# calls (sysgate_traced), then the plain library for the rest (string, errno, strerror...).
# Not obvious: a source missing from SYSGATE_TRACED_SOURCES still links, from the plain
# library, untraced; trace_members_make_no_syscalls reads both link maps and fails if a
# member taken from libsysgate.a can reach a system call, so the list cannot silently rot.
# Listed too: start.c and i386's vsyscall.S (they trace nothing, but trap: exit, the int $0x80
# entry), syscall.c and the raw sys_ layer of the calls used (src/calls/: at -O0 every wrapper
# calls them), and the external definitions a compiler may call instead of inlining.
set(SYSGATE_TRACED_SOURCES src/trace.c src/perror.c src/start.c src/syscall.c)
foreach(family fcntl ioctl unistd)
  list(APPEND SYSGATE_TRACED_SOURCES src/wrappers/${family}.c src/calls/${family}.c)
endforeach()
if(SYSGATE_ARCH STREQUAL "i386")
  list(APPEND SYSGATE_TRACED_SOURCES src/arch/i386/vsyscall.S)
endif()
add_library(sysgate_traced STATIC)
foreach(src ${SYSGATE_TRACED_SOURCES})
  target_sources(sysgate_traced PRIVATE ${PROJECT_SOURCE_DIR}/${src})
endforeach()
target_include_directories(sysgate_traced PUBLIC ${PROJECT_SOURCE_DIR}/include)
# sysgate's own switches too (SYSGATE_NO_VDSO), so that both copies agree on how to trap.
target_compile_definitions(sysgate_traced PUBLIC SYSGATE_TRACE
                           $<TARGET_PROPERTY:sysgate,INTERFACE_COMPILE_DEFINITIONS>)
target_compile_options(sysgate_traced PRIVATE ${SYSGATE_LIB_FLAGS})

set(trace_maps)
foreach(prog trace_demo cat_traced)
  if(prog STREQUAL cat_traced)
    add_executable(${prog} ${PROJECT_SOURCE_DIR}/examples/cat.c)
  else()
    add_executable(${prog} ${prog}.c)
  endif()
  target_link_libraries(${prog} PRIVATE $<TARGET_OBJECTS:sysgate_crt> sysgate_traced sysgate
                                        ${SYSGATE_RECIPE_LIBS})
  target_compile_options(${prog} PRIVATE ${SYSGATE_RECIPE_COMPILE_OPTIONS})
  set(map ${CMAKE_CURRENT_BINARY_DIR}/${prog}.map)
  target_link_options(${prog} PRIVATE ${SYSGATE_RECIPE_LINK_OPTIONS} -static LINKER:-Map,${map})
  add_dependencies(${prog} sysgate_crt)
  list(APPEND trace_maps ${map})
endforeach()

sysgate_program_test(trace_demo STDERR_FILE ${expected}/trace_demo.stderr)
# cat on a missing file, then stdin: the trace lines and perror's own line.
sysgate_program_test(trace_cat_missing PROGRAM cat_traced ARGS /nonexistent/x - STDIN_FILE ${fixture}
                     STATUS 1 STDOUT_FILE ${fixture}
                     STDERR_FILE ${expected}/trace_cat_missing.stderr)
# What the two programs take from the plain library makes no system call; the canary checks
# what they take from the traced one instead, which does, and must fail.
set(check ${CMAKE_CURRENT_SOURCE_DIR}/check_trace_members.sh)
add_test(NAME trace_members_make_no_syscalls
         COMMAND sh ${check} $<TARGET_FILE:sysgate> $<TARGET_FILE:sysgate_traced> ${trace_maps})
add_test(NAME trace_members_check_catches_syscalls
         COMMAND sh ${check} $<TARGET_FILE:sysgate_traced> $<TARGET_FILE:sysgate> ${trace_maps})
set_tests_properties(trace_members_check_catches_syscalls PROPERTIES WILL_FAIL TRUE)
sysgate_host_only(trace_members_make_no_syscalls trace_members_check_catches_syscalls)
