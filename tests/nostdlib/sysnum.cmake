# The sysnum CLI (tools/sysnum), a -nostdlib program.
sysgate_program_test(sysnum_write PROGRAM sysnum ARGS write
                     STDOUT_FILE ${expected}/sysnum_write.stdout)
sysgate_program_test(sysnum_number_i386 PROGRAM sysnum ARGS 4 --arch i386
                     STDOUT_FILE ${expected}/sysnum_write_name.stdout)
sysgate_program_test(sysnum_number_x86_64 PROGRAM sysnum ARGS 1 --arch x86_64
                     STDOUT_FILE ${expected}/sysnum_write_name.stdout)
sysgate_program_test(sysnum_one_arch_only PROGRAM sysnum ARGS mmap2
                     STDOUT_FILE ${expected}/sysnum_mmap2.stdout)
sysgate_program_test(sysnum_unknown_name PROGRAM sysnum ARGS nosuchcall STATUS 1
                     STDOUT_FILE ${expected}/empty.txt
                     STDERR_FILE ${expected}/sysnum_unknown_name.stderr)
sysgate_program_test(sysnum_unknown_number PROGRAM sysnum ARGS 9999 --arch i386 STATUS 1
                     STDOUT_FILE ${expected}/empty.txt
                     STDERR_FILE ${expected}/sysnum_unknown_number.stderr)
sysgate_program_test(sysnum_bad_arch PROGRAM sysnum ARGS 1 --arch mips STATUS 2
                     STDOUT_FILE ${expected}/empty.txt)
foreach(arch x86_64 i386)
  add_test(NAME sysnum_list_${arch}_vs_uapi
           COMMAND sh ${PROJECT_SOURCE_DIR}/tests/sysnum_vs_uapi.sh $<TARGET_FILE:sysnum> ${arch})
  set_tests_properties(sysnum_list_${arch}_vs_uapi PROPERTIES SKIP_RETURN_CODE 77)
endforeach()
