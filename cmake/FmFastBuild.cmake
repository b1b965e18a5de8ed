# SPDX-License-Identifier: MIT
# What makes a fresh build and a one-file rebuild quick (docs/adr/0275-fresh-build-time.md):
# ccache when it is installed, and the LLD linker when the compiler can use it.

# ccache: unless the configure line chose a launcher itself (-DCMAKE_CXX_COMPILER_LAUNCHER=).
# Its settings travel in the environment of each call (ccache 4.7 reads no settings from its
# command line): the sloppiness precompiled headers need (man ccache, "PRECOMPILED HEADERS").
option(FM_USE_CCACHE "Compile through ccache when it is installed" ON)
find_program(FM_CCACHE ccache)
if(FM_USE_CCACHE AND FM_CCACHE AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
    set(CMAKE_CXX_COMPILER_LAUNCHER ${CMAKE_COMMAND} -E env
        CCACHE_SLOPPINESS=pch_defines,time_macros,include_file_mtime,include_file_ctime ${FM_CCACHE})
    # GCC: lets ccache see which precompiled header a file used.
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
        add_compile_options(-fpch-preprocess)
    endif()
endif()

# LLD links a test that holds the whole Studio in a fifth of the CPU time GNU ld takes
# (docs/benchmarks.md, "Build"); the links of ~170 executables add up.
option(FM_USE_LLD "Link with LLD (-fuse-ld=lld) when the compiler accepts it" ON)
if(FM_USE_LLD AND NOT APPLE AND NOT WIN32)
    include(CheckLinkerFlag)
    check_linker_flag(CXX -fuse-ld=lld FM_HAVE_LLD)
    if(FM_HAVE_LLD)
        add_link_options(-fuse-ld=lld)
    endif()
endif()

# A program needs relinking when its own objects or a static library change, not when a
# shared library it loads (libfm_core.so, libfm_codegen.so) was rebuilt: without this, a
# one-line change in libcore relinked every test and program (~170 links).
set(CMAKE_LINK_DEPENDS_NO_SHARED ON)

# Unity builds (docs/adr/0285-unity-builds-and-test-moc.md): a library's files compiled
# in batches, so the precompiled header is mapped (and hashed by ccache) once per batch
# instead of once per file, and the Qt code every file instantiates is compiled once per
# batch. A file whose private helpers clash with another file's in its batch is listed
# in its target's SKIP (compiled on its own); -DFM_UNITY_BUILD=OFF builds file by file,
# which also shows a file that forgot an #include its batch happened to provide.
option(FM_UNITY_BUILD "Compile the libraries in batches of files (unity build)" ON)
set(FM_UNITY_BATCH_SIZE 8 CACHE STRING "Files per unity batch")

# fm_unity_build(<target> [SKIP <source>...]): batches for <target> when FM_UNITY_BUILD
# is on; the SKIP files (paths as the target lists them) are compiled on their own.
function(fm_unity_build target)
    cmake_parse_arguments(ARG "" "" "SKIP" ${ARGN})
    if(NOT FM_UNITY_BUILD)
        return()
    endif()
    set_target_properties(${target} PROPERTIES
        UNITY_BUILD ON UNITY_BUILD_MODE BATCH UNITY_BUILD_BATCH_SIZE ${FM_UNITY_BATCH_SIZE})
    # A file's Private class may hold a type from its anonymous namespace; GCC warns about
    # that only when the class is not in the main file, which a batch file never is.
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
        target_compile_options(${target} PRIVATE -Wno-subobject-linkage)
    endif()
    if(ARG_SKIP)
        get_target_property(dir ${target} SOURCE_DIR)
        set_source_files_properties(${ARG_SKIP} DIRECTORY ${dir}
            PROPERTIES SKIP_UNITY_BUILD_INCLUSION ON)
    endif()
endfunction()
