# SPDX-License-Identifier: MIT
# The CPack settings every platform shares (packaging/CMakeLists.txt; packaging/test-nsis.sh
# includes it too). Paths from this file's folder, so a test project can include it.
set(CPACK_PACKAGE_NAME ${FM_PACKAGE_NAME})
set(CPACK_PACKAGE_VENDOR "Framework M")
set(CPACK_PACKAGE_CONTACT "Framework M developers <dev@framework-m.local>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "Metadata-driven business applications: the m server and the m-studio IDE")
set(CPACK_PACKAGE_DESCRIPTION_FILE ${CMAKE_CURRENT_LIST_DIR}/description.txt)
set(CPACK_RESOURCE_FILE_LICENSE ${CMAKE_CURRENT_LIST_DIR}/../LICENSE)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Framework M")
set(CPACK_PACKAGE_FILE_NAME "${FM_PACKAGE_NAME}-${PROJECT_VERSION}-${CMAKE_SYSTEM_NAME}-${CMAKE_SYSTEM_PROCESSOR}")
set(CPACK_STRIP_FILES ON)
set(CPACK_COMPONENTS_ALL server studio)
# `make dist` (the dist target, packaging/CMakeLists.txt) is the source tarball; this CPack source
# configuration is kept close to it for `cpack --config CPackSourceConfig.cmake`.
set(CPACK_SOURCE_GENERATOR TGZ)
set(CPACK_SOURCE_PACKAGE_FILE_NAME "${FM_PACKAGE_NAME}-${PROJECT_VERSION}")
set(CPACK_SOURCE_IGNORE_FILES "/\\\\.git/" "/build/" "/node_modules/" "\\\\.deb$" "~$")
