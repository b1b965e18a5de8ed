# fm_add_test(<name> [ALONE] SOURCES ... [LIBS ...] [LABELS ...])
# A Qt Test unit, registered with ctest as <name>. The units of one test folder that link
# the same LIBS share one executable, fm_tests_<folder> (docs/adr/0286): its sources are
# compiled in batches like the libraries', and it is linked once instead of once per unit.
# ctest still lists and runs every unit on its own (`fm_tests_<folder> <unit>`), and
# build/<preset>/tests/<name> is a small script that does the same, so `tests/tst_x -v2`
# works as before. <name> is an INTERFACE library that carries the unit's own settings
# (target_compile_definitions(<name> INTERFACE ...), add_dependencies(<name> ...)) into
# its executable. The unit's QTEST_MAIN (or QTEST_GUILESS_MAIN, QTEST_APPLESS_MAIN)
# registers it instead of defining main() (tests/common/fmtestmain.h). ALONE compiles the
# unit's file in a batch of its own: for a file whose private helpers clash with another
# unit's in the same batch ("redefinition of", "ambiguous" naming both).
function(fm_add_test name)
    cmake_parse_arguments(ARG "ALONE" "" "SOURCES;LIBS;LABELS" ${ARGN})
    _fm_test_group(group "${ARG_LIBS}")
    set(sources "")
    set(unit "")
    foreach(source ${ARG_SOURCES})
        get_filename_component(path ${source} ABSOLUTE)
        list(APPEND sources ${path})
        if(path MATCHES "\\.cpp$")
            file(STRINGS ${path} main REGEX "^(QTEST_[A-Z_]*MAIN|FM_[A-Z_]*TEST_MAIN)\\(")
            if(main)
                get_filename_component(unit ${path} NAME_WE)
                set(unit_source ${path})
            endif()
        endif()
    endforeach()
    if(NOT unit)
        message(FATAL_ERROR "${name}: none of its SOURCES has a QTEST_MAIN, QTEST_GUILESS_MAIN "
            "or QTEST_APPLESS_MAIN line; add one to the file that holds the test class.")
    endif()
    add_library(${name} INTERFACE)
    set_target_properties(${name} PROPERTIES FM_TEST_SOURCES "${sources}"
        FM_TEST_UNIT_SOURCE ${unit_source} FM_TEST_ALONE ${ARG_ALONE}
        FM_TEST_COMMAND "${group};${unit}")
    set_property(DIRECTORY APPEND PROPERTY FM_TEST_UNITS_${group} ${name})
    if(NOT ARG_LABELS)
        set(ARG_LABELS unit)
    endif()
    add_test(NAME ${name} COMMAND ${group} ${unit})
    # LANGUAGE=en: tests read English messages whatever the developer's locale is; the
    # translation tests set their own.
    set_tests_properties(${name} PROPERTIES LABELS "${ARG_LABELS}"
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LANGUAGE=en")
    file(GENERATE OUTPUT ${CMAKE_BINARY_DIR}/tests/${name}
        CONTENT "#!/bin/sh\n# ${name} is the unit ${unit} of ${group} (cmake/FmTest.cmake).\nexec \"$<TARGET_FILE:${group}>\" ${unit} \"$@\"\n"
        FILE_PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE
            WORLD_READ WORLD_EXECUTE)
endfunction()

# main() of every test program: runs the unit its first argument names (fmtestmain.cpp).
add_library(fm_test_main STATIC ${PROJECT_SOURCE_DIR}/tests/common/fmtestmain.cpp
    ${PROJECT_SOURCE_DIR}/tests/common/fmtestregistry.h)
set_target_properties(fm_test_main PROPERTIES AUTOMOC OFF)

# _fm_test_group(<out> <libs>): the executable of this folder's units that link <libs>,
# made when the folder's CMakeLists.txt has been read (so the units' own settings are in).
function(_fm_test_group out libs)
    file(RELATIVE_PATH folder ${PROJECT_SOURCE_DIR} ${CMAKE_CURRENT_SOURCE_DIR})
    string(REGEX REPLACE "^tests/?" "" folder "${folder}")
    string(MAKE_C_IDENTIFIER "fm_tests_${folder}" group)
    # One entry per kind of unit, its LIBS joined with "|" (a list of lists would flatten).
    string(REPLACE ";" "|" kind "[${libs}]")
    get_property(kinds DIRECTORY PROPERTY FM_TEST_GROUP_KINDS)
    list(FIND kinds "${kind}" index)
    if(index EQUAL -1)
        list(LENGTH kinds index)
        set_property(DIRECTORY APPEND PROPERTY FM_TEST_GROUP_KINDS "${kind}")
        set(new TRUE)
    endif()
    if(index GREATER 0)
        math(EXPR number "${index} + 1")
        string(APPEND group "_${number}")
    endif()
    if(new)
        set_property(DIRECTORY PROPERTY FM_TEST_LIBS_${group} "${libs}")
        cmake_language(EVAL CODE "cmake_language(DEFER CALL _fm_make_test_group ${group})")
    endif()
    set(${out} ${group} PARENT_SCOPE)
endfunction()

function(_fm_make_test_group group)
    get_property(units DIRECTORY PROPERTY FM_TEST_UNITS_${group})
    get_property(libs DIRECTORY PROPERTY FM_TEST_LIBS_${group})
    set(sources "")
    foreach(unit ${units})
        get_target_property(unit_sources ${unit} FM_TEST_SOURCES)
        list(APPEND sources ${unit_sources})
    endforeach()
    list(REMOVE_DUPLICATES sources)
    _fm_check_test_names(${group} ${sources})
    add_executable(${group} ${sources})
    target_link_libraries(${group} PRIVATE fm_test_main Qt6::Test fm::core ${libs} ${units})
    target_include_directories(${group} PRIVATE ${PROJECT_SOURCE_DIR}/tests/common)
    # One precompiled QtTest+QtCore header shared by every test of the same Qt modules
    # (cmake/FmPrecompiledHeaders.cmake).
    fm_test_precompile_headers(${group} Qt6::Test fm::core ${libs})
    _fm_test_moc(${group} ${sources})
    _fm_test_batches(${group} ${units})
    target_compile_definitions(${group} PRIVATE
        FM_TEST_DATA_DIR="${CMAKE_CURRENT_SOURCE_DIR}"
        FM_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
        FM_BINARY_DIR="${PROJECT_BINARY_DIR}")
    set_target_properties(${group} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/tests)
endfunction()

# _fm_test_batches(<group> <units>...): the units' files compiled FM_UNITY_BATCH_SIZE at a
# time (one per batch without FM_UNITY_BUILD, or for an ALONE unit). Every unit's file goes
# through a batch file, even alone, because the batch file is what includes
# tests/common/fmtestmain.h before the unit, so its QTEST_MAIN registers the unit instead
# of defining main(); a command-line -include would come before the precompiled header,
# which GCC then ignores. Other sources a unit lists (a library file it tests directly)
# are compiled as they are.
function(_fm_test_batches group)
    set_target_properties(${group} PROPERTIES UNITY_BUILD ON UNITY_BUILD_MODE GROUP
        UNITY_BUILD_CODE_BEFORE_INCLUDE "#include \"fmtestmain.h\"")
    if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
        target_compile_options(${group} PRIVATE -Wno-subobject-linkage)
    endif()
    set(size ${FM_UNITY_BATCH_SIZE})
    if(NOT FM_UNITY_BUILD)
        set(size 1)
    endif()
    set(count 0)
    foreach(unit ${ARGN})
        get_target_property(source ${unit} FM_TEST_UNIT_SOURCE)
        get_target_property(alone ${unit} FM_TEST_ALONE)
        if(alone)
            set(batch ${unit})
        else()
            math(EXPR batch "${count} / ${size}")
            math(EXPR count "${count} + 1")
        endif()
        set_source_files_properties(${source} PROPERTIES UNITY_GROUP ${group}_${batch})
    endforeach()
endfunction()

# _fm_check_test_names(<group> <sources>...): units that share an executable must not
# define two different classes under one name outside an anonymous namespace: the linker
# would keep one of them, silently (an ODR violation). Reads the files' class and struct
# definitions and their namespaces (clang-format closes each with `} // namespace`).
function(_fm_check_test_names group)
    set(seen "")
    foreach(source ${ARGN})
        file(STRINGS ${source} lines
            REGEX "^(namespace [A-Za-z_:]*[ ]*{|} // namespace|(class|struct) [A-Za-z_][A-Za-z0-9_]*( final)?[ ]*(:|{|$))")
        set(stack "")
        foreach(line IN LISTS lines)
            if(line MATCHES "^namespace ([A-Za-z_:]*)")
                set(name "${CMAKE_MATCH_1}")
                if(NOT name)
                    set(name "<anonymous>")
                endif()
                list(APPEND stack "${name}")
            elseif(line MATCHES "^} // namespace")
                if(stack)
                    list(POP_BACK stack)
                endif()
            elseif(line MATCHES "^(class|struct) ([A-Za-z_][A-Za-z0-9_]*)" AND NOT "<anonymous>" IN_LIST stack)
                list(JOIN stack "::" scope)
                set(qualified "${scope}::${CMAKE_MATCH_2}")
                get_filename_component(file ${source} NAME)
                foreach(entry ${seen})
                    if(entry MATCHES "^(.*)@(.*)$" AND CMAKE_MATCH_1 STREQUAL qualified
                       AND NOT CMAKE_MATCH_2 STREQUAL file)
                        message(FATAL_ERROR "${group}: ${file} and ${CMAKE_MATCH_2} both define "
                            "${qualified}, and they share one test executable: rename one, or "
                            "put it in an anonymous namespace.")
                    endif()
                endforeach()
                list(APPEND seen "${qualified}@${file}")
            endif()
        endforeach()
    endforeach()
endfunction()

# _fm_test_moc(<target> <sources>...): a test's .cpp that declares QObjects includes its
# own "<file>.moc" at the end; one moc call per such file makes it. AUTOMOC would also
# scan the target, run the compiler for moc's predefined macros and compile an (empty)
# mocs_compilation.cpp: about 2 s of CPU per test, ~170 tests (docs/adr/0285).
function(_fm_test_moc target)
    set_target_properties(${target} PROPERTIES AUTOMOC OFF)
    set(dir ${CMAKE_CURRENT_BINARY_DIR}/${target}_moc)
    foreach(source ${ARGN})
        get_filename_component(path ${source} ABSOLUTE)
        if(NOT path MATCHES "\\.cpp$")
            continue()
        endif()
        file(STRINGS ${path} qobject REGEX "^[ \t]*(Q_OBJECT|Q_GADGET)")
        if(NOT qobject)
            continue()
        endif()
        get_filename_component(base ${path} NAME_WE)
        add_custom_command(OUTPUT ${dir}/${base}.moc
            COMMAND Qt6::moc
                "$<$<BOOL:$<TARGET_PROPERTY:${target},INCLUDE_DIRECTORIES>>:-I$<JOIN:$<TARGET_PROPERTY:${target},INCLUDE_DIRECTORIES>,;-I>>"
                "$<$<BOOL:$<TARGET_PROPERTY:${target},COMPILE_DEFINITIONS>>:-D$<JOIN:$<TARGET_PROPERTY:${target},COMPILE_DEFINITIONS>,;-D>>"
                ${path} -o ${dir}/${base}.moc
            DEPENDS ${path} Qt6::moc
            COMMENT "moc ${base}.cpp"
            COMMAND_EXPAND_LISTS VERBATIM)
        target_sources(${target} PRIVATE ${dir}/${base}.moc)
        set_source_files_properties(${dir}/${base}.moc PROPERTIES HEADER_FILE_ONLY ON)
    endforeach()
    target_include_directories(${target} PRIVATE ${dir})
endfunction()

# _fm_add_postgresql_run(<name>): <name> once more as <name>_postgresql, on a throwaway
# PostgreSQL cluster (FM_TEST_DB, tests/common/testdatabase.h); exit 77 (no PostgreSQL)
# is a skip.
function(_fm_add_postgresql_run name)
    get_target_property(command ${name} FM_TEST_COMMAND)
    add_test(NAME ${name}_postgresql COMMAND ${command})
    set_tests_properties(${name}_postgresql PROPERTIES
        LABELS "integration;postgresql"
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LANGUAGE=en;FM_TEST_DB=postgresql"
        SKIP_RETURN_CODE 77)
endfunction()

# fm_add_db_test(<name> SOURCES ... [LIBS ...] [LABELS ...])
# A test that runs once per database engine (tests/common/testdatabase.h): <name> on
# SQLite (label `sqlite`) and <name>_postgresql on a throwaway PostgreSQL cluster
# (labels `postgresql` and `integration`), which ctest reports as skipped when
# PostgreSQL is not installed. `ctest -L postgresql` runs only the second.
function(fm_add_db_test name)
    cmake_parse_arguments(ARG "ALONE" "" "SOURCES;LIBS;LABELS" ${ARGN})
    if(NOT ARG_LABELS)
        set(ARG_LABELS unit)
    endif()
    _fm_alone_keyword(alone)
    fm_add_test(${name} ${alone} SOURCES ${ARG_SOURCES} LIBS ${ARG_LIBS} LABELS ${ARG_LABELS} sqlite)
    _fm_add_postgresql_run(${name})
endfunction()

# fm_add_server_test(<name> SOURCES ... [LIBS ...] [DB])
# An integration test that starts the real `m` (FM_M_BINARY) and talks to it over
# HTTP with cpp-httplib (tests/common/testserver.h). tests/CMakeLists.txt finds
# cpp-httplib and Qt Network once for every test folder. DB: it runs once per database
# engine like fm_add_db_test (<name> with label `sqlite`, <name>_postgresql on a
# throwaway cluster, skipped without PostgreSQL).
function(fm_add_server_test name)
    cmake_parse_arguments(ARG "DB;ALONE" "" "SOURCES;LIBS" ${ARGN})
    set(labels integration)
    if(ARG_DB)
        list(APPEND labels sqlite)
    endif()
    _fm_alone_keyword(alone)
    fm_add_test(${name} ${alone} SOURCES ${ARG_SOURCES} LABELS ${labels}
        LIBS Qt6::Network PkgConfig::FM_HTTPLIB ${ARG_LIBS})
    add_dependencies(${name} fm_server)
    target_compile_definitions(${name} INTERFACE FM_M_BINARY="$<TARGET_FILE:fm_server>")
    if(ARG_DB)
        _fm_add_postgresql_run(${name})
    endif()
endfunction()

# fm_add_studio_test(<name> SOURCES ... [LIBS ...])
# A Studio test: real widgets on the offscreen platform (fm_add_test sets it), linked
# with the whole of fm_studio_lib so the features that register themselves are in
# (app-studio/shell/feature.h). The calling folder finds Qt Widgets.
function(fm_add_studio_test name)
    cmake_parse_arguments(ARG "ALONE" "" "SOURCES;LIBS" ${ARGN})
    _fm_alone_keyword(alone)
    fm_add_test(${name} ${alone} SOURCES ${ARG_SOURCES} LABELS gui
        LIBS "$<LINK_LIBRARY:WHOLE_ARCHIVE,fm_studio_lib>" Qt6::Widgets Qt6::Test ${ARG_LIBS})
endfunction()

# _fm_alone_keyword(<out>): "ALONE" when the caller's ARG_ALONE is set, for passing it on.
macro(_fm_alone_keyword out)
    set(${out} "")
    if(ARG_ALONE)
        set(${out} ALONE)
    endif()
endmacro()
