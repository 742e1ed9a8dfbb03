# The recipe for a program without libc, in one place: the build tree's
# sysgate::nostdlib, the installed CMake package, sysgate.pc and sysgate-cc are
# all made from these lists.
#   compile: -ffreestanding (no hosted libc assumptions); no unwind tables,
#            since nothing in such a program unwinds and they cost bytes; no
#            .comment section naming the compiler.
#   link:    no libc, no startup files but sysgate's, static; unused sections
#            dropped, no page-aligned code segment of its own, no build-id note,
#            no RELRO segment (only a dynamic loader or libc startup would
#            make it read-only, and sysgate's does not: it would be padding).
# libgcc follows libsysgate for the helpers compilers call (64-bit division on i386).
set(SYSGATE_RECIPE_COMPILE_OPTIONS -ffreestanding -fno-asynchronous-unwind-tables -fno-ident)
set(SYSGATE_RECIPE_LINK_OPTIONS -nostdlib -Wl,--gc-sections -Wl,-z,noseparate-code
                                -Wl,--build-id=none -Wl,-z,norelro)
set(SYSGATE_RECIPE_LIBS gcc)

# --tiny: the smallest W^X program. Its startup object (sysgate::crt_tiny, crt1-tiny.o)
# drops the rarely needed (i386: the SYSGATE_NO_VDSO switch; the exit(2) loop after
# exit_group), and sysgate_tiny_strip(<target>) removes the section headers after the
# link with llvm-objcopy --strip-sections (GNU strip cannot), keeping the unstripped
# program as <file>.debug for objdump, GNU strip and gdb, which need section headers.
find_program(SYSGATE_LLVM_OBJCOPY NAMES llvm-objcopy llvm-objcopy-14)
function(sysgate_tiny_strip target)
  if(NOT SYSGATE_LLVM_OBJCOPY)
    message(FATAL_ERROR "sysgate: --tiny needs llvm-objcopy (Debian: apt-get install llvm)")
  endif()
  add_custom_command(TARGET ${target} POST_BUILD
    COMMAND ${CMAKE_COMMAND} -E copy $<TARGET_FILE:${target}> $<TARGET_FILE:${target}>.debug
    COMMAND ${SYSGATE_LLVM_OBJCOPY} --strip-all --strip-sections $<TARGET_FILE:${target}>.debug
            $<TARGET_FILE:${target}>
    VERBATIM)
endfunction()
