# SPDX-License-Identifier: MIT
# Windows: one NSIS installer with both programs (ADR 0261). Built by
# .github/workflows/release.yml on a Windows runner; nothing here runs on Linux.
#
# Qt's DLLs and plugins (platforms, sqldrivers, iconengines, tls, QtWebEngineProcess) come
# from windeployqt, run on the staged programs at install time, i.e. inside `cpack`. The
# other libraries (libsodium, libgit2, SQLite, ...) come from vcpkg, whose toolchain copies
# them beside the programs when X_VCPKG_APPLOCAL_DEPS_INSTALL is ON (the workflow sets it).
if(TARGET fm_studio)
    # The icon of m-studio.exe (Explorer, the taskbar, the installer's shortcuts), and no
    # console window behind the Studio.
    target_sources(fm_studio PRIVATE ${CMAKE_CURRENT_LIST_DIR}/m-studio.rc)
    set_target_properties(fm_studio PROPERTIES WIN32_EXECUTABLE ON)
endif()

get_target_property(fm_qmake Qt6::qmake IMPORTED_LOCATION)
get_filename_component(fm_qt_bin ${fm_qmake} DIRECTORY)
find_program(FM_WINDEPLOYQT windeployqt HINTS ${fm_qt_bin} REQUIRED)
set(fm_deploy_programs "\${CMAKE_INSTALL_PREFIX}/${FM_BIN_DIR}/m.exe")
if(TARGET fm_studio)
    string(APPEND fm_deploy_programs " \${CMAKE_INSTALL_PREFIX}/${FM_BIN_DIR}/m-studio.exe")
endif()
install(CODE "
    separate_arguments(fm_programs NATIVE_COMMAND \"${fm_deploy_programs}\")
    execute_process(COMMAND \"${FM_WINDEPLOYQT}\" --release --compiler-runtime
            --no-translations --no-opengl-sw \${fm_programs}
        COMMAND_ERROR_IS_FATAL ANY)"
    COMPONENT server)

include(${CMAKE_CURRENT_LIST_DIR}/NsisSettings.cmake)
