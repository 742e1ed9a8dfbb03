# ctest registrations of the examples echo, mmapcopy, tinysh, sigdemo and clock
# (examples/; tests/nostdlib/CMakeLists.txt includes every <topic>.cmake). Short
# expected outputs and input scripts are written here, next to their test, into
# the build tree; the longer sigdemo output is in tests/expected/.
set(ex6 ${CMAKE_CURRENT_BINARY_DIR}/examples6)
set(empty ${PROJECT_SOURCE_DIR}/tests/expected/empty.txt)
set(run_expect ${PROJECT_SOURCE_DIR}/tests/run_expect.sh)

# example6_file(<name> <text>): ${ex6}/<name> holding exactly <text>.
function(example6_file name text)
  file(WRITE ${ex6}/${name} "${text}")
endfunction()

# example6_sh(<test> <shell command> STATUS n [STDOUT_FILE f] [STDERR_FILE f] -- args):
# run_expect.sh around `sh -c`, for what sysgate_program_test cannot say
# (a redirection of stdout, a second command); the arguments are $0, $1...
function(example6_sh name script)
  cmake_parse_arguments(T "" "STATUS;STDOUT_FILE;STDERR_FILE" "ARGS" ${ARGN})
  set(opts -s ${T_STATUS})
  if(DEFINED T_STDOUT_FILE)
    list(APPEND opts -o ${T_STDOUT_FILE})
  endif()
  if(DEFINED T_STDERR_FILE)
    list(APPEND opts -e ${T_STDERR_FILE})
  endif()
  add_test(NAME ${name} COMMAND sh ${run_expect} ${opts} -- sh -c "${script}" ${T_ARGS})
endfunction()

# --- echo ----------------------------------------------------------------------------
example6_file(echo_words.stdout "hello two words\n")
example6_file(echo_n.stdout "a b")
example6_file(echo_none.stdout "\n")
example6_file(echo_literal.stdout "-x -- -n\n")
example6_file(echo_write_error.stderr "echo: write error: No space left on device\n")
sysgate_program_test(example_echo_words PROGRAM echo ARGS hello "two words"
                     STDOUT_FILE ${ex6}/echo_words.stdout STDERR_FILE ${empty})
# Every leading -n is an option; the newline is gone.
sysgate_program_test(example_echo_n PROGRAM echo ARGS -n -n a b STDOUT_FILE ${ex6}/echo_n.stdout)
sysgate_program_test(example_echo_none PROGRAM echo STDOUT_FILE ${ex6}/echo_none.stdout)
# Anything else, and a -n after a string, is printed as it is.
sysgate_program_test(example_echo_literal PROGRAM echo ARGS -x -- -n
                     STDOUT_FILE ${ex6}/echo_literal.stdout)
if(EXISTS /dev/full)
  example6_sh(example_echo_write_error "exec \"$0\" hi >/dev/full" ARGS $<TARGET_FILE:echo>
              STATUS 1 STDERR_FILE ${ex6}/echo_write_error.stderr)
endif()

# --- mmapcopy ------------------------------------------------------------------------
# The copy must equal its source byte for byte: cmake -E compare_files after the copy.
# errno_list.h is larger than a page (several pages of one mapping); the empty file
# has no mapping at all.
example6_file(mmapcopy_empty.txt "")
set(copy_and_compare "\"$0\" \"$1\" \"$2\" && \"$3\" -E compare_files \"$1\" \"$2\"")
foreach(case fixture large empty)
  if(case STREQUAL fixture)
    set(src ${expected}/cat_input.txt)
  elseif(case STREQUAL large)
    set(src ${PROJECT_SOURCE_DIR}/include/sysgate/errno_list.h)
  else()
    set(src ${ex6}/mmapcopy_empty.txt)
  endif()
  example6_sh(example_mmapcopy_${case} "${copy_and_compare}" STATUS 0
              ARGS $<TARGET_FILE:mmapcopy> ${src} ${ex6}/mmapcopy_${case}.out ${CMAKE_COMMAND}
              STDOUT_FILE ${empty} STDERR_FILE ${empty})
endforeach()
example6_file(mmapcopy_missing.stderr "mmapcopy: /nonexistent/x: No such file or directory\n")
sysgate_program_test(example_mmapcopy_missing PROGRAM mmapcopy ARGS /nonexistent/x
                     ${ex6}/mmapcopy_missing.out STATUS 1
                     STDERR_FILE ${ex6}/mmapcopy_missing.stderr)
# A directory opens read-only, but has no pages to map: mmap says ENODEV.
example6_file(mmapcopy_directory.stderr "mmapcopy: /: No such device\n")
sysgate_program_test(example_mmapcopy_directory PROGRAM mmapcopy ARGS / ${ex6}/mmapcopy_dir.out
                     STATUS 1 STDERR_FILE ${ex6}/mmapcopy_directory.stderr)
example6_file(mmapcopy_usage.stderr "usage: mmapcopy SRC DST\n")
sysgate_program_test(example_mmapcopy_usage PROGRAM mmapcopy ARGS only-one STATUS 2
                     STDERR_FILE ${ex6}/mmapcopy_usage.stderr)
if(EXISTS /dev/full)
  example6_file(mmapcopy_full.stderr "mmapcopy: /dev/full: No space left on device\n")
  sysgate_program_test(example_mmapcopy_write_error PROGRAM mmapcopy ARGS ${expected}/cat_input.txt
                       /dev/full STATUS 1 STDERR_FILE ${ex6}/mmapcopy_full.stderr)
endif()

# --- tinysh --------------------------------------------------------------------------
# The brief's script: output of a command, a status line for the failing one, exit 3.
example6_file(tinysh_script.sh "/bin/echo hi\n/bin/false\nexit 3\n")
example6_file(tinysh_script.stdout "hi\n/bin/false: exit status 1\n")
sysgate_program_test(example_tinysh_script PROGRAM tinysh STDIN_FILE ${ex6}/tinysh_script.sh
                     STATUS 3 STDOUT_FILE ${ex6}/tinysh_script.stdout STDERR_FILE ${empty})
# Names without '/' go through PATH; a name found nowhere is 127, and the end of the
# input exits with the last status. Blank lines and extra blanks are nothing.
example6_file(tinysh_path.sh "\n  echo \t via   PATH\nnosuchcmd_tinysh\n")
example6_file(tinysh_path.stdout "via PATH\nnosuchcmd_tinysh: exit status 127\n")
example6_file(tinysh_path.stderr "tinysh: nosuchcmd_tinysh: No such file or directory\n")
sysgate_program_test(example_tinysh_path PROGRAM tinysh ENV PATH=/nonexistent:/usr/bin:/bin
                     STDIN_FILE ${ex6}/tinysh_path.sh STATUS 127
                     STDOUT_FILE ${ex6}/tinysh_path.stdout STDERR_FILE ${ex6}/tinysh_path.stderr)
# A command killed by a signal: 128 + 9. ${IFS} lets sh split what tinysh cannot quote.
example6_file(tinysh_signal.sh [=[/bin/sh -c kill${IFS}-KILL${IFS}$$
]=])
example6_file(tinysh_signal.stdout "/bin/sh: killed by signal 9\n")
sysgate_program_test(example_tinysh_signal PROGRAM tinysh STDIN_FILE ${ex6}/tinysh_signal.sh
                     STATUS 137 STDOUT_FILE ${ex6}/tinysh_signal.stdout)
# The shared read position: head reads the script's next line as its own input (GNU
# head seeks back to just after it), and tinysh goes on after that line. A shell
# that read ahead a block would leave head nothing and lose "/bin/echo after".
find_program(SYSGATE_HEAD head)
if(SYSGATE_HEAD)
  example6_file(tinysh_offset.sh "${SYSGATE_HEAD} -n 1\nthis line is head's input\n/bin/echo after\n")
  example6_file(tinysh_offset.stdout "this line is head's input\nafter\n")
  sysgate_program_test(example_tinysh_offset PROGRAM tinysh STDIN_FILE ${ex6}/tinysh_offset.sh
                       STDOUT_FILE ${ex6}/tinysh_offset.stdout)
endif()

# --- sigdemo -------------------------------------------------------------------------
sysgate_program_test(example_sigdemo PROGRAM sigdemo
                     STDOUT_FILE ${PROJECT_SOURCE_DIR}/tests/expected/sigdemo.stdout
                     STDERR_FILE ${empty})

# --- clock ---------------------------------------------------------------------------
# The format, and an elapsed time of at least 10 ms (two digits, the first not 0); the
# date is at least ten digits. Also through the system calls instead of the vDSO.
set(clock_re "^monotonic: slept [1-9][0-9]+ ms \\(asked for 10\\)\nrealtime: ")
string(APPEND clock_re "[1-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]+ s since ")
string(APPEND clock_re "1970-01-01 00:00 UTC\n$")
foreach(vdso 0 1)
  set(name example_clock)
  if(vdso)
    set(name example_clock_no_vdso)
  endif()
  add_test(NAME ${name} COMMAND sh ${run_expect} -r "${clock_re}" -e ${empty} --
                                $<TARGET_FILE:clock>)
  set_tests_properties(${name} PROPERTIES ENVIRONMENT SYSGATE_NO_VDSO=${vdso})
endforeach()
