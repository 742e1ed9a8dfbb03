# Startup features for hardened builds: static-PIE self-relocation and the
# stack protector's guard (src/relocate.c, src/stack_protector.c, src/start.c).
add_executable(stack_guard stack_guard.c)
target_link_libraries(stack_guard PRIVATE sysgate::nostdlib)
target_compile_options(stack_guard PRIVATE -fstack-protector-all -mstack-protector-guard=global)
sysgate_program_test(stack_guard STDOUT_FILE ${expected}/stack_guard.stdout)
# A smashed canary: the message on stderr, then SIGABRT (the shell reports 134).
add_test(NAME stack_guard_catches_smash
         COMMAND sh -c "ulimit -c 0; \"$0\" smash 2>&1; echo \"exit status $?\""
                 $<TARGET_FILE:stack_guard>)
set_tests_properties(stack_guard_catches_smash PROPERTIES PASS_REGULAR_EXPRESSION
  "smashing\n\\*\\*\\* stack smashing detected \\*\\*\\*: terminated\n(.*\n)?exit status 134\n")

if(SYSGATE_STATIC_PIE)
  add_executable(pie_relocated pie_relocated.c)
  target_link_libraries(pie_relocated PRIVATE sysgate::nostdlib)
  sysgate_program_test(pie_relocated STDOUT_FILE ${expected}/pie_relocated.stdout)
else()
  add_test(NAME pie_relocated COMMAND sh -c
    "echo 'SKIPPED: a static-PIE check; this build links -static (configure with -DSYSGATE_STATIC_PIE=ON)'; exit 77")
  set_tests_properties(pie_relocated PROPERTIES SKIP_RETURN_CODE 77)
endif()
