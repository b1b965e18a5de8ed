# SPDX-License-Identifier: MIT
# Linux: man pages, desktop integration and the DEB, RPM and TGZ settings (ADR 0260).
# packaging/test-packages.sh checks the result; packaging/test-install.sh installs the DEBs
# into a clean Debian 12.

# Man pages from the programs' --help (help2man), built with the programs.
# Compressed, as Debian policy 12.1 wants them.
find_program(FM_HELP2MAN help2man)
find_program(FM_GZIP gzip)
if(FM_HELP2MAN AND FM_GZIP)
    set(FM_MAN_DIR ${CMAKE_CURRENT_BINARY_DIR}/man)
    set(man_script ${CMAKE_CURRENT_SOURCE_DIR}/man/ManPage.cmake)
    set(man_pages "")
    if(TARGET fm_server)
        add_custom_command(OUTPUT ${FM_MAN_DIR}/m.1.gz
            COMMAND ${CMAKE_COMMAND} -E make_directory ${FM_MAN_DIR}
            COMMAND ${CMAKE_COMMAND} -DPROGRAM=$<TARGET_FILE:fm_server> -DHELP2MAN=${FM_HELP2MAN}
                    "-DNAME=Framework M server and command line" -DVERSION=${PROJECT_VERSION}
                    -DOUTPUT=${FM_MAN_DIR}/m.1 -DWITH_COMMANDS=ON -P ${man_script}
            COMMAND ${FM_GZIP} -9nf ${FM_MAN_DIR}/m.1
            DEPENDS fm_server ${man_script}
            COMMENT "Man page m.1 from m --help" VERBATIM)
        list(APPEND man_pages ${FM_MAN_DIR}/m.1.gz)
        install(FILES ${FM_MAN_DIR}/m.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 COMPONENT server)
    endif()
    if(TARGET fm_studio)
        # --help answers before any window system is touched (app-studio/main.cpp).
        add_custom_command(OUTPUT ${FM_MAN_DIR}/m-studio.1.gz
            COMMAND ${CMAKE_COMMAND} -E make_directory ${FM_MAN_DIR}
            COMMAND ${CMAKE_COMMAND} -DPROGRAM=$<TARGET_FILE:fm_studio> -DHELP2MAN=${FM_HELP2MAN}
                    "-DNAME=Framework M Studio, the desktop IDE" -DVERSION=${PROJECT_VERSION}
                    -DOUTPUT=${FM_MAN_DIR}/m-studio.1 -P ${man_script}
            COMMAND ${FM_GZIP} -9nf ${FM_MAN_DIR}/m-studio.1
            DEPENDS fm_studio ${man_script}
            COMMENT "Man page m-studio.1 from m-studio --help" VERBATIM)
        list(APPEND man_pages ${FM_MAN_DIR}/m-studio.1.gz)
        install(FILES ${FM_MAN_DIR}/m-studio.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1
                COMPONENT studio)
    endif()
    add_custom_target(fm_man_pages ALL DEPENDS ${man_pages})
else()
    message(WARNING "help2man or gzip is missing: the packages will have no man pages. "
        "Run scripts/install-deps.sh (Debian package help2man), then configure again.")
endif()

# Debian's machine-readable copyright file, one per package (Debian policy 12.5).
file(READ ${PROJECT_SOURCE_DIR}/LICENSE FM_MIT_TEXT)
string(REGEX REPLACE "^MIT License\n\n[^\n]*\n\n" "" FM_MIT_TEXT "${FM_MIT_TEXT}")
string(REGEX REPLACE "\n\n" "\n.\n" FM_MIT_TEXT "${FM_MIT_TEXT}")
string(REGEX REPLACE "(^|\n)([^\n])" "\\1 \\2" FM_MIT_TEXT "${FM_MIT_TEXT}")
configure_file(${CMAKE_CURRENT_LIST_DIR}/copyright.in ${CMAKE_CURRENT_BINARY_DIR}/copyright @ONLY)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/copyright DESTINATION ${FM_DOC_DIR} COMPONENT server)

if(TARGET fm_studio)
    set(linux ${CMAKE_CURRENT_LIST_DIR})
    install(FILES ${CMAKE_CURRENT_BINARY_DIR}/copyright
            DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/doc/${FM_PACKAGE_NAME}-studio COMPONENT studio)
    install(FILES ${linux}/${FM_STUDIO_ID}.desktop
            DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/applications COMPONENT studio)
    configure_file(${linux}/${FM_STUDIO_ID}.metainfo.xml.in
                   ${CMAKE_CURRENT_BINARY_DIR}/${FM_STUDIO_ID}.metainfo.xml @ONLY)
    install(FILES ${CMAKE_CURRENT_BINARY_DIR}/${FM_STUDIO_ID}.metainfo.xml
            DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/metainfo COMPONENT studio)
    set(icons ${CMAKE_CURRENT_SOURCE_DIR}/icons)
    install(FILES ${icons}/${FM_STUDIO_ID}.svg
            DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/icons/hicolor/scalable/apps COMPONENT studio)
    install(DIRECTORY ${icons}/hicolor/ DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/icons/hicolor
            COMPONENT studio FILES_MATCHING PATTERN "*.png")
endif()

# "YYYY-MM-DD" as rpm's changelog wants it ("Mon Dec 07 2026"); Zeller's congruence for the
# weekday, which CMake cannot compute for a date that is not now.
function(fm_rpm_date ymd out)
    string(REGEX MATCH "^([0-9]+)-([0-9]+)-([0-9]+)$" _ "${ymd}")
    math(EXPR y "${CMAKE_MATCH_1}")
    math(EXPR m "1${CMAKE_MATCH_2} - 100")
    math(EXPR d "1${CMAKE_MATCH_3} - 100")
    set(month_names Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec)
    math(EXPR month_index "${m} - 1")
    list(GET month_names ${month_index} month)
    if(m LESS 3)
        math(EXPR m "${m} + 12")
        math(EXPR y "${y} - 1")
    endif()
    math(EXPR h "(${d} + (13 * (${m} + 1)) / 5 + ${y} + ${y} / 4 - ${y} / 100 + ${y} / 400) % 7")
    set(day_names Sat Sun Mon Tue Wed Thu Fri)
    list(GET day_names ${h} weekday)
    string(SUBSTRING "${ymd}" 0 4 year)
    string(SUBSTRING "${ymd}" 8 2 day)
    set(${out} "${weekday} ${month} ${day} ${year}" PARENT_SCOPE)
endfunction()

# Called before include(CPack); a macro, so the CPACK_ variables land in the caller's scope.
macro(fm_linux_cpack_settings)
    set(CPACK_GENERATOR TGZ DEB)
    find_program(FM_RPMBUILD rpmbuild)
    if(FM_RPMBUILD)
        list(APPEND CPACK_GENERATOR RPM)
    else()
        message(STATUS "rpmbuild is missing: no RPM (Debian package rpm)")
    endif()
    # The TGZ holds both programs in one tree (bin/, lib/, share/).
    set(CPACK_ARCHIVE_COMPONENT_INSTALL OFF)

    # DEB: framework-m and framework-m-studio; the libraries' dependencies from
    # dpkg-shlibdeps, plus what the programs load at run time that it cannot see.
    set(CPACK_DEB_COMPONENT_INSTALL ON)
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    # m-studio links libfm_core from the framework-m package: dpkg-shlibdeps finds it here,
    # and the component dependency below says which package has it.
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS_PRIVATE_DIRS ${CMAKE_LIBRARY_OUTPUT_DIRECTORY})
    set(CPACK_DEBIAN_ENABLE_COMPONENT_DEPENDS ON)
    set(CPACK_DEBIAN_PACKAGE_SECTION devel)
    set(CPACK_DEBIAN_SERVER_PACKAGE_NAME ${FM_PACKAGE_NAME})
    set(CPACK_DEBIAN_SERVER_PACKAGE_SECTION web)
    # Qt's SQLite driver is a plugin (QSqlDatabase::addDatabase("QSQLITE")).
    set(CPACK_DEBIAN_SERVER_PACKAGE_DEPENDS "libqt6sql6-sqlite")
    set(CPACK_DEBIAN_STUDIO_PACKAGE_NAME ${FM_PACKAGE_NAME}-studio)
    # Plugins and helpers: the xcb/wayland platforms, the SVG icon engine, the Desk
    # preview's QtWebEngineProcess. A Secret Service keeps Git credentials (ADR 0213).
    set(CPACK_DEBIAN_STUDIO_PACKAGE_DEPENDS
        "qt6-qpa-plugins, libqt6svg6, libqt6webenginecore6-bin")
    set(CPACK_DEBIAN_STUDIO_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager")
    set(CPACK_DEBIAN_STUDIO_PACKAGE_SECTION devel)

    # RPM: the same split; rpmbuild finds the libraries' requirements itself.
    set(CPACK_RPM_COMPONENT_INSTALL ON)
    set(CPACK_RPM_FILE_NAME RPM-DEFAULT)
    set(CPACK_RPM_PACKAGE_LICENSE MIT)
    set(CPACK_RPM_PACKAGE_GROUP "Development/Tools")
    set(CPACK_RPM_SERVER_PACKAGE_NAME ${FM_PACKAGE_NAME})
    set(CPACK_RPM_STUDIO_PACKAGE_NAME ${FM_PACKAGE_NAME}-studio)
    set(CPACK_RPM_SERVER_PACKAGE_SUMMARY "Framework M server and command line (m)")
    set(CPACK_RPM_STUDIO_PACKAGE_SUMMARY "Framework M Studio, the desktop IDE (m-studio)")
    set(CPACK_RPM_STUDIO_PACKAGE_REQUIRES "${FM_PACKAGE_NAME} = ${PROJECT_VERSION}")
    set(CPACK_RPM_SPEC_MORE_DEFINE "%define packager ${CPACK_PACKAGE_CONTACT}")
    # Signing is packaging/sign-rpm.sh, with the release key, after cpack.
    # Folders that the system's own packages own.
    set(CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
        /usr/share/applications /usr/share/metainfo /usr/share/man /usr/share/man/man1
        /usr/share/icons /usr/share/icons/hicolor)
    foreach(size scalable 16x16 22x22 24x24 32x32 48x48 64x64 128x128 256x256 512x512)
        list(APPEND CPACK_RPM_EXCLUDE_FROM_AUTO_FILELIST_ADDITION
            /usr/share/icons/hicolor/${size} /usr/share/icons/hicolor/${size}/apps)
    endforeach()
    fm_rpm_date(${FM_RELEASE_DATE} FM_RPM_CHANGELOG_DATE)
    configure_file(${CMAKE_CURRENT_SOURCE_DIR}/linux/rpm-changelog.in
                   ${CMAKE_CURRENT_BINARY_DIR}/rpm-changelog @ONLY)
    set(CPACK_RPM_CHANGELOG_FILE ${CMAKE_CURRENT_BINARY_DIR}/rpm-changelog)
endmacro()
