# SPDX-License-Identifier: MIT
# Writes the man page of `m` or `m-studio` from the program's own --help (help2man), so the
# page never drifts from the program. For `m`, every command's `m <command> --help` is
# appended as a COMMANDS section: the command list is read from `m --help`, and a name
# read wrongly fails here (its --help does not answer) rather than in a user's terminal.
# Run as: cmake -DPROGRAM=<exe> -DHELP2MAN=<help2man> -DNAME=<one line> -DVERSION=<v>
#               -DOUTPUT=<file.1> [-DWITH_COMMANDS=ON] -P ManPage.cmake
foreach(var PROGRAM HELP2MAN NAME VERSION OUTPUT)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "ManPage.cmake: -D${var}=... is missing")
    endif()
endforeach()
get_filename_component(program_name ${PROGRAM} NAME)
set(include_file ${OUTPUT}.h2m)

# roff: a backslash is \e, and a line may not start with a control character.
function(fm_roff_escape text out)
    string(REPLACE "\\" "\\e" text "${text}")
    string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" text "${text}")
    set(${out} "${text}" PARENT_SCOPE)
endfunction()

set(sections "[SEE ALSO]\n")
if(program_name STREQUAL "m")
    string(APPEND sections ".BR m-studio (1)\n")
else()
    string(APPEND sections ".BR m (1)\n")
endif()
string(APPEND sections "\n/usr/share/doc/framework-m holds the README, the DocType format reference and "
    "the changelog; the user guide is the docs/guide folder of the sources.\n")

if(WITH_COMMANDS)
    execute_process(COMMAND ${PROGRAM} --help OUTPUT_VARIABLE usage RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "`${PROGRAM} --help` failed (${result})")
    endif()
    # The command list: "  <lowercase words>  <Summary starting with a capital>".
    string(REGEX MATCHALL "\n  [a-z][a-z0-9-]*( [a-z][a-z0-9-]*)* +[A-Z]" lines "${usage}")
    if(NOT lines)
        message(FATAL_ERROR "no commands found in `${PROGRAM} --help`:\n${usage}")
    endif()
    string(APPEND sections "\n[COMMANDS]\n")
    foreach(line IN LISTS lines)
        string(REGEX REPLACE "^\n  ([a-z][a-z0-9 -]*[a-z0-9]) +[A-Z]$" "\\1" words "${line}")
        separate_arguments(args UNIX_COMMAND "${words}")
        execute_process(COMMAND ${PROGRAM} ${args} --help
            OUTPUT_VARIABLE help RESULT_VARIABLE result ERROR_VARIABLE error)
        if(NOT result EQUAL 0)
            message(FATAL_ERROR "`${program_name} ${words} --help` failed (${result}): ${error}"
                "the command list in `${program_name} --help` was read wrongly; fix the "
                "pattern in ${CMAKE_CURRENT_LIST_FILE}")
        endif()
        # Qt's help text names the program as it was started (a build path here).
        string(REGEX REPLACE "^Usage: [^ \n]+" "Usage: ${program_name} ${words}" help "${help}")
        fm_roff_escape("${help}" help)
        string(APPEND sections ".SS \"${program_name} ${words}\"\n.nf\n${help}.fi\n")
    endforeach()
endif()
file(WRITE ${include_file} "${sections}")

# SOURCE_DATE_EPOCH keeps the page's date reproducible when the build sets it.
execute_process(COMMAND ${HELP2MAN} --no-info --no-discard-stderr --section=1
        --name=${NAME} --version-string=${VERSION} --include=${include_file}
        --output=${OUTPUT} ${PROGRAM}
    RESULT_VARIABLE result ERROR_VARIABLE error)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "help2man on ${PROGRAM} failed (${result}): ${error}")
endif()
file(REMOVE ${include_file})
