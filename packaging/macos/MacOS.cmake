# SPDX-License-Identifier: MIT
# macOS: a disk image (DragNDrop) holding "Framework M Studio.app" (ADR 0261). Built by
# .github/workflows/release.yml on a macOS runner; nothing here runs on Linux.
#
# Inside the bundle: Contents/MacOS holds m-studio and m (the Studio starts the server as
# applicationDirPath()/m, app-studio/server/serverprocess.cpp), Contents/Frameworks the
# libraries and Qt, Contents/PlugIns Qt's plugins (macdeployqt). Someone who wants `m` in
# a terminal links it: ln -s "/Applications/Framework M Studio.app/Contents/MacOS/m"
# /usr/local/bin/m (docs/guide/packaging.md).
set(FM_BUNDLE_NAME "Framework M Studio")
set(FM_BUNDLE_DIR "${FM_BUNDLE_NAME}.app")
set(FM_BIN_DIR "${FM_BUNDLE_DIR}/Contents/MacOS")
set(FM_LIB_DIR "${FM_BUNDLE_DIR}/Contents/Frameworks")
set(FM_DOC_DIR "${FM_BUNDLE_DIR}/Contents/Resources/doc")

if(TARGET fm_studio)
    set(icns ${CMAKE_CURRENT_SOURCE_DIR}/icons/${FM_STUDIO_ID}.icns)
    set_source_files_properties(${icns} PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
    target_sources(fm_studio PRIVATE ${icns})
    set_target_properties(fm_studio PROPERTIES
        MACOSX_BUNDLE ON
        OUTPUT_NAME m-studio
        MACOSX_BUNDLE_BUNDLE_NAME ${FM_BUNDLE_NAME}
        MACOSX_BUNDLE_GUI_IDENTIFIER ${FM_STUDIO_ID}
        MACOSX_BUNDLE_ICON_FILE ${FM_STUDIO_ID}.icns
        MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
        MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
        MACOSX_BUNDLE_COPYRIGHT "Copyright 2026 Framework M developers, MIT licence")
endif()

function(fm_macos_install)
    if(NOT TARGET fm_studio)
        message(FATAL_ERROR "The macOS package is the Studio's bundle: configure with "
            "FM_BUILD_STUDIO=ON.")
    endif()
    # The bundle is built as m-studio.app and installed under its display name.
    install(CODE "file(COPY \"$<TARGET_BUNDLE_DIR:fm_studio>/\"
                        DESTINATION \"\${CMAKE_INSTALL_PREFIX}/${FM_BUNDLE_DIR}\"
                        USE_SOURCE_PERMISSIONS)"
            COMPONENT studio)
    get_target_property(qmake Qt6::qmake IMPORTED_LOCATION)
    get_filename_component(qt_bin ${qmake} DIRECTORY)
    find_program(FM_MACDEPLOYQT macdeployqt HINTS ${qt_bin} REQUIRED)
    # macdeployqt copies Qt's frameworks and plugins into the bundle and rewrites the
    # install names of m-studio, m and our libraries (-executable, -libpath).
    install(CODE "
        set(bundle \"\${CMAKE_INSTALL_PREFIX}/${FM_BUNDLE_DIR}\")
        execute_process(COMMAND \"${FM_MACDEPLOYQT}\" \"\${bundle}\" -always-overwrite
                \"-executable=\${bundle}/Contents/MacOS/m\"
                \"-libpath=\${bundle}/Contents/Frameworks\"
            COMMAND_ERROR_IS_FATAL ANY)"
        COMPONENT studio)
endfunction()

macro(fm_macos_cpack_settings)
    set(CPACK_GENERATOR DragNDrop)
    set(CPACK_MONOLITHIC_INSTALL ON)
    unset(CPACK_COMPONENTS_ALL)
    set(CPACK_DMG_VOLUME_NAME "Framework M ${PROJECT_VERSION}")
    set(CPACK_DMG_FORMAT UDZO)
    # The disk image shows the bundle beside a link to /Applications (CPack's default).
    set(CPACK_PACKAGE_ICON ${CMAKE_CURRENT_SOURCE_DIR}/icons/${FM_STUDIO_ID}.icns)
endmacro()
