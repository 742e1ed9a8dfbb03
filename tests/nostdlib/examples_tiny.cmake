# --tiny: every example built again with sysgate::nostdlib_tiny and its section
# headers stripped (sysgate_tiny_strip); hello and cat run, and all keep their size
# budgets (tests/nostdlib/size.cmake). Included by tests/nostdlib/CMakeLists.txt.
if(SYSGATE_LLVM_OBJCOPY)
  foreach(e hello cat echo clock mmapcopy sigdemo tinysh winsize)
    add_executable(${e}_tiny ${PROJECT_SOURCE_DIR}/examples/${e}.c)
    target_link_libraries(${e}_tiny PRIVATE sysgate::nostdlib_tiny)
    sysgate_tiny_strip(${e}_tiny)
  endforeach()
  # ENV: an environment of their own, and so no i386 int80 twin, which would run the same
  # way: --tiny's startup has no SYSGATE_NO_VDSO switch.
  sysgate_program_test(tiny_hello PROGRAM hello_tiny ENV LC_ALL=C
                       STDOUT_FILE ${expected}/hello.stdout)
  sysgate_program_test(tiny_cat_missing PROGRAM cat_tiny ARGS /nonexistent/x ${fixture}
                       ENV LC_ALL=C STATUS 1 STDOUT_FILE ${fixture}
                       STDERR_FILE ${expected}/cat_missing.stderr)
  sysgate_program_test(tiny_echo PROGRAM echo_tiny ARGS Hello, world! ENV LC_ALL=C
                       STDOUT_FILE ${expected}/hello.stdout)
  # No section headers left: only the program headers a loader reads.
  add_test(NAME tiny_has_no_section_headers
           COMMAND sh -c "LC_ALL=C \"$0\" -h \"$1\" | grep -q 'Number of section headers: *0$' && \
                          LC_ALL=C \"$0\" -h \"$1.debug\" | grep -q 'Number of section headers: *[1-9]'"
                   ${CMAKE_READELF} $<TARGET_FILE:hello_tiny>)
  sysgate_host_only(tiny_has_no_section_headers)
else()
  sysgate_skip_test(tiny_hello "llvm-objcopy not found (Debian: apt-get install llvm)")
endif()
