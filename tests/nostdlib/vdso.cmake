# The vDSO and the i386 system-call entry under sysgate's own _start
# (sysgate/vdso.h). Included by tests/nostdlib/CMakeLists.txt.
add_executable(vdso_startup vdso_startup.c)
target_link_libraries(vdso_startup PRIVATE sysgate::nostdlib)

set(vdso_expected ${PROJECT_SOURCE_DIR}/tests/expected/vdso_startup.stdout)
if(SYSGATE_VDSO)
  sysgate_program_test(vdso_startup_on PROGRAM vdso_startup ARGS on ENV A=1
                       STDOUT_FILE ${vdso_expected})
  sysgate_program_test(vdso_startup_zero PROGRAM vdso_startup ARGS on ENV SYSGATE_NO_VDSO=0
                       STDOUT_FILE ${vdso_expected})
else() # built without: the environment cannot turn it on
  sysgate_program_test(vdso_startup_on PROGRAM vdso_startup ARGS off ENV A=1
                       STDOUT_FILE ${vdso_expected})
endif()
sysgate_program_test(vdso_startup_off PROGRAM vdso_startup ARGS off ENV SYSGATE_NO_VDSO=1
                     STDOUT_FILE ${vdso_expected})

# The ELF reader comes with the time calls' .preinit_array entry (src/wrappers/vdso_time.c):
# hello, which makes no time call, must not contain it; a program that does must.
add_test(NAME vdso_reader_linked_only_when_used
         COMMAND sh -c "\"$0\" \"$1\" | grep -q ' sysgate_vdso_parse$' && \
                        ! \"$0\" \"$2\" | grep -q sysgate_vdso_parse"
                 ${CMAKE_NM} $<TARGET_FILE:vdso_startup> $<TARGET_FILE:hello>)
sysgate_host_only(vdso_reader_linked_only_when_used)
