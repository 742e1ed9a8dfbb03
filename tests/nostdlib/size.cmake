# The examples' stripped sizes against their budgets (tests/size/budgets.txt), in the
# -Os static cells, where the library is built as the budgets assume, and the size
# benchmark's printf("%d %s\n") and printf("%f\n") programs (bench/size/printf_int.c and
# printf_float.c, compiled as written for glibc, with sysgate's drop-in <stdio.h>):
# printf_size, printf_float_size. Included by tests/nostdlib/CMakeLists.txt.
# GNU strip for every compiler (clang's CMAKE_STRIP, llvm-strip, leaves 8 bytes more).
find_program(SYSGATE_GNU_STRIP strip)
set(size_examples hello cat echo clock mmapcopy sigdemo tinysh winsize)
set(size_cc clang)
if(CMAKE_C_COMPILER_ID STREQUAL "GNU")
  set(size_cc gcc)
endif()
if(CMAKE_C_FLAGS MATCHES "(^| )-Os( |$)" AND NOT SYSGATE_STATIC_PIE AND NOT SYSGATE_TRACE
   AND SYSGATE_VDSO)
  set(size_programs)
  foreach(p int float)
    set(prog printf_size)
    if(p STREQUAL float)
      set(prog printf_float_size)
    endif()
    add_executable(${prog} ${PROJECT_SOURCE_DIR}/bench/size/printf_${p}.c)
    target_include_directories(${prog} BEFORE PRIVATE ${PROJECT_SOURCE_DIR}/include/sysgate/posix)
    target_link_libraries(${prog} PRIVATE sysgate::nostdlib)
    list(APPEND size_programs $<TARGET_FILE:${prog}>)
  endforeach()
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
