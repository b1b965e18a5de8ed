# SPDX-License-Identifier: MIT
# The Windows installer's CPack settings (NSIS), apart from Windows.cmake so that
# packaging/test-nsis.sh can check them on Linux: CPack's NSIS generator runs wherever
# makensis does.
set(FM_NSIS_ICON ${CMAKE_CURRENT_LIST_DIR}/../icons/org.frameworkm.Studio.ico)

# Called before include(CPack); a macro, so the CPACK_ variables land in the caller's scope.
macro(fm_windows_cpack_settings)
    set(CPACK_GENERATOR NSIS ZIP)
    # One installer, both programs: they share the Qt DLLs windeployqt put in bin/.
    set(CPACK_MONOLITHIC_INSTALL ON)
    unset(CPACK_COMPONENTS_ALL)
    set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY "Framework M")
    set(CPACK_NSIS_PACKAGE_NAME "Framework M ${PROJECT_VERSION}")
    set(CPACK_NSIS_DISPLAY_NAME "Framework M ${PROJECT_VERSION}")
    set(CPACK_NSIS_MUI_ICON ${FM_NSIS_ICON})
    set(CPACK_NSIS_MUI_UNIICON ${FM_NSIS_ICON})
    set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\m-studio.exe")
    # `m` in every new terminal, as the Qt and CMake installers offer.
    set(CPACK_NSIS_MODIFY_PATH ON)
    set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
    set(CPACK_NSIS_EXECUTABLES_DIRECTORY bin)
    set(CPACK_PACKAGE_EXECUTABLES "m-studio" "Framework M Studio")
    set(CPACK_NSIS_MUI_FINISHPAGE_RUN "m-studio.exe")
    set(CPACK_NSIS_CONTACT "dev@framework-m.local")
endmacro()
