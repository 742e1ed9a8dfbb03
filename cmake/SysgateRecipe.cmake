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
