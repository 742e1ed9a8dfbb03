# getrandom through the vDSO and arc4random (sysgate/vdso_getrandom.h, sysgate/stdlib.h).
# Included by tests/nostdlib/CMakeLists.txt.
add_executable(getrandom_vdso ${CMAKE_CURRENT_LIST_DIR}/getrandom_vdso.c)
target_link_libraries(getrandom_vdso PRIVATE sysgate::nostdlib)
add_test(NAME getrandom_any COMMAND getrandom_vdso any)
add_test(NAME getrandom_any_novdso COMMAND getrandom_vdso any)
set_tests_properties(getrandom_any_novdso PROPERTIES ENVIRONMENT SYSGATE_NO_VDSO=1)
add_test(NAME getrandom_vdso COMMAND getrandom_vdso vdso)
set_tests_properties(getrandom_vdso PROPERTIES SKIP_RETURN_CODE 77)

# strace: no getrandom system call for the 10 calls of 16 bytes through the vDSO (the vDSO
# seeds its state with one of its own, 32 bytes), one each for the 3 calls of 1 MiB + 1 (above
# SYSGATE_VDSO_GETRANDOM_MAX); one per call, 10 and 3, with SYSGATE_NO_VDSO=1.
find_program(SYSGATE_STRACE strace)
# strace's own stderr, not -o /dev/stdout: the VM's /dev (devtmpfs) has no /dev/stdout link.
set(trace_count "t=$(\"$0\" -f -qq -e trace=getrandom \"$1\" trace 2>&1 >/dev/null); \
  echo $(echo \"$t\" | grep -c ', 16, 0) = 16$') $(echo \"$t\" | grep -c ', 1048577, 0) = 1048577$')")
if(SYSGATE_STRACE)
  add_test(NAME getrandom_strace_vdso
           COMMAND sh -c "\"$1\" has-vdso || { echo 'SKIPPED: no __vdso_getrandom here'; exit 77; }
                          n=$(${trace_count}); echo \"calls of 16 and 1048577 bytes: $n\"; [ \"$n\" = '0 3' ]"
                   ${SYSGATE_STRACE} $<TARGET_FILE:getrandom_vdso>)
  set_tests_properties(getrandom_strace_vdso PROPERTIES SKIP_RETURN_CODE 77)
  add_test(NAME getrandom_strace_novdso
           COMMAND sh -c "export SYSGATE_NO_VDSO=1; n=$(${trace_count}); echo \"calls of 16 and 1048577 bytes: $n\"; [ \"$n\" = '10 3' ]"
                   ${SYSGATE_STRACE} $<TARGET_FILE:getrandom_vdso>)
else()
  add_test(NAME getrandom_strace COMMAND sh -c "echo 'SKIPPED: strace not found (apt-get install strace)'; exit 77")
  set_tests_properties(getrandom_strace PROPERTIES SKIP_RETURN_CODE 77)
endif()

add_executable(arc4random ${CMAKE_CURRENT_LIST_DIR}/arc4random.c)
target_link_libraries(arc4random PRIVATE sysgate::nostdlib)
add_test(NAME arc4random COMMAND arc4random)
# A generator that never yields a large enough value makes arc4random_uniform loop: fail, not hang.
set_tests_properties(arc4random PROPERTIES TIMEOUT 120)
