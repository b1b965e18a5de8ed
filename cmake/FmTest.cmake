# fm_add_test(<name> SOURCES ... [LIBS ...] [LABELS ...])
# One Qt Test executable per unit, registered with ctest. FM_TEST_DATA_DIR points
# at the source folder of the test so data files beside it are found.
function(fm_add_test name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LIBS;LABELS" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test fm::core ${ARG_LIBS})
    target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR}/tests/common)
    # One precompiled QtTest+QtCore header shared by every test of the same Qt modules
    # (cmake/FmPrecompiledHeaders.cmake).
    fm_test_precompile_headers(${name} Qt6::Test fm::core ${ARG_LIBS})
    _fm_test_moc(${name} ${ARG_SOURCES})
    target_compile_definitions(${name} PRIVATE
        FM_TEST_DATA_DIR="${CMAKE_CURRENT_SOURCE_DIR}"
        FM_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
        FM_BINARY_DIR="${PROJECT_BINARY_DIR}")
    set_target_properties(${name} PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_BINARY_DIR}/tests)
    if(NOT ARG_LABELS)
        set(ARG_LABELS unit)
    endif()
    add_test(NAME ${name} COMMAND ${name})
    # LANGUAGE=en: tests read English messages whatever the developer's locale is; the
    # translation tests set their own.
    set_tests_properties(${name} PROPERTIES LABELS "${ARG_LABELS}"
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;LANGUAGE=en")
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
    add_test(NAME ${name}_postgresql COMMAND ${name})
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
    cmake_parse_arguments(ARG "" "" "SOURCES;LIBS;LABELS" ${ARGN})
    if(NOT ARG_LABELS)
        set(ARG_LABELS unit)
    endif()
    fm_add_test(${name} SOURCES ${ARG_SOURCES} LIBS ${ARG_LIBS} LABELS ${ARG_LABELS} sqlite)
    _fm_add_postgresql_run(${name})
endfunction()

# fm_add_server_test(<name> SOURCES ... [LIBS ...] [DB])
# An integration test that starts the real `m` (FM_M_BINARY) and talks to it over
# HTTP with cpp-httplib (tests/common/testserver.h). tests/CMakeLists.txt finds
# cpp-httplib and Qt Network once for every test folder. DB: it runs once per database
# engine like fm_add_db_test (<name> with label `sqlite`, <name>_postgresql on a
# throwaway cluster, skipped without PostgreSQL).
function(fm_add_server_test name)
    cmake_parse_arguments(ARG "DB" "" "SOURCES;LIBS" ${ARGN})
    set(labels integration)
    if(ARG_DB)
        list(APPEND labels sqlite)
    endif()
    fm_add_test(${name} SOURCES ${ARG_SOURCES} LABELS ${labels}
        LIBS Qt6::Network PkgConfig::FM_HTTPLIB ${ARG_LIBS})
    add_dependencies(${name} fm_server)
    target_compile_definitions(${name} PRIVATE FM_M_BINARY="$<TARGET_FILE:fm_server>")
    if(ARG_DB)
        _fm_add_postgresql_run(${name})
    endif()
endfunction()

# fm_add_studio_test(<name> SOURCES ... [LIBS ...])
# A Studio test: real widgets on the offscreen platform (fm_add_test sets it), linked
# with the whole of fm_studio_lib so the features that register themselves are in
# (app-studio/shell/feature.h). The calling folder finds Qt Widgets.
function(fm_add_studio_test name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LIBS" ${ARGN})
    fm_add_test(${name} SOURCES ${ARG_SOURCES} LABELS gui
        LIBS "$<LINK_LIBRARY:WHOLE_ARCHIVE,fm_studio_lib>" Qt6::Widgets Qt6::Test ${ARG_LIBS})
endfunction()
