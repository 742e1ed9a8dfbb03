# The examples' stripped sizes against their budgets (tests/size/budgets.txt), in the
# -Os static cells, where the library is built as the budgets assume, and the size
# benchmark's printf("%d %s\n") program (bench/size/printf_int.c, compiled as written for
# glibc, with sysgate's drop-in <stdio.h>): printf_size. Included by
# tests/nostdlib/CMakeLists.txt.
# GNU strip for every compiler (clang's CMAKE_STRIP, llvm-strip, leaves 8 bytes more).
find_program(SYSGATE_GNU_STRIP strip)
set(size_examples hello cat echo clock mmapcopy sigdemo tinysh winsize)
set(size_cc clang)
if(CMAKE_C_COMPILER_ID STREQUAL "GNU")
  set(size_cc gcc)
endif()
if(CMAKE_C_FLAGS MATCHES "(^| )-Os( |$)" AND NOT SYSGATE_STATIC_PIE AND NOT SYSGATE_TRACE
   AND SYSGATE_VDSO)
  add_executable(printf_size ${PROJECT_SOURCE_DIR}/bench/size/printf_int.c)
  target_include_directories(printf_size BEFORE PRIVATE ${PROJECT_SOURCE_DIR}/include/sysgate/posix)
  target_link_libraries(printf_size PRIVATE sysgate::nostdlib)
  set(size_programs $<TARGET_FILE:printf_size>)
  foreach(e ${size_examples})
    list(APPEND size_programs $<TARGET_FILE:${e}>)
    if(TARGET ${e}_tiny) # tests/nostdlib/tiny.cmake
      list(APPEND size_programs $<TARGET_FILE:${e}_tiny>)
    endif()
  endforeach()
  add_test(NAME example_sizes
           COMMAND sh ${PROJECT_SOURCE_DIR}/tests/size/check_sizes.sh
                   ${PROJECT_SOURCE_DIR}/tests/size/budgets.txt ${size_cc} ${SYSGATE_ARCH}
                   ${SYSGATE_GNU_STRIP} ${size_programs})
  sysgate_host_only(example_sizes)
else()
  sysgate_skip_test(example_sizes
                    "sizes are budgeted for -Os static builds with the vDSO (the *-Os-static cells)")
endif()
