# SPDX-License-Identifier: MIT
# The one version: project(VERSION) in the top-level CMakeLists.txt. It reaches `m
# --version`, the Studio's About box, the OpenAPI document (FM_VERSION, set by each
# program's CMakeLists.txt), the package names and fields, the AppStream release and the
# installers from here. CHANGELOG.md must have a section for it (ADR 0262):
#   ## [0.2.0] - 2027-01-15        a release, with its date
#   ## [0.2.0] - Unreleased        while it is being made
# FM_RELEASE_DATE is that date, or today (UTC, SOURCE_DATE_EPOCH when set) while unreleased.
# Also runs as a script (packaging tests): cmake -DPROJECT_VERSION=.. -DPROJECT_SOURCE_DIR=..
# [-DFM_CHANGELOG=<file>] -P ReleaseDate.cmake prints the date or fails as configure would.
if(NOT FM_CHANGELOG)
    set(FM_CHANGELOG ${PROJECT_SOURCE_DIR}/CHANGELOG.md)
endif()
if(NOT CMAKE_SCRIPT_MODE_FILE)
    set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${FM_CHANGELOG})
endif()
file(STRINGS ${FM_CHANGELOG} fm_version_heading
     REGEX "^## \\[${PROJECT_VERSION}\\] - ")
if(NOT fm_version_heading)
    message(FATAL_ERROR "${FM_CHANGELOG} has no section for version ${PROJECT_VERSION} (the "
        "version in CMakeLists.txt). Add a heading \"## [${PROJECT_VERSION}] - Unreleased\" "
        "above the last release and list the changes under it.")
endif()
list(GET fm_version_heading 0 fm_version_heading)
if(fm_version_heading MATCHES "^## \\[[^]]*\\] - ([0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9])$")
    set(FM_RELEASE_DATE ${CMAKE_MATCH_1})
    set(FM_RELEASED ON)
elseif(fm_version_heading MATCHES "^## \\[[^]]*\\] - Unreleased$")
    string(TIMESTAMP FM_RELEASE_DATE "%Y-%m-%d" UTC)
    set(FM_RELEASED OFF)
else()
    message(FATAL_ERROR "${FM_CHANGELOG}: the heading \"${fm_version_heading}\" should end in a "
        "date (YYYY-MM-DD) or \"Unreleased\".")
endif()
if(CMAKE_SCRIPT_MODE_FILE)
    message(STATUS "release date of ${PROJECT_VERSION}: ${FM_RELEASE_DATE} (released: ${FM_RELEASED})")
endif()
