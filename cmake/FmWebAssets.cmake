# SPDX-License-Identifier: MIT
# Build-time JavaScript assets from npm (web/package.json, pinned by
# web/package-lock.json): the API documentation UI that `m` serves at /api/docs and
# the OpenAPI validator its tests run. docs/adr/0130-api-docs-ui-from-npm.md.

set(FM_WEB_DIR ${PROJECT_SOURCE_DIR}/web)

# Runs `npm ci` in web/ when node_modules is missing or was installed from another
# package-lock.json (a SHA-256 stamp inside node_modules tells). Configure-time, so
# the resource list below sees the files; a changed lock file re-runs configure.
function(fm_web_packages)
    set(lock ${FM_WEB_DIR}/package-lock.json)
    set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS
        ${FM_WEB_DIR}/package.json ${lock})
    file(SHA256 ${lock} wanted)
    set(stamp ${FM_WEB_DIR}/node_modules/.fm-package-lock.sha256)
    set(installed "")
    if(EXISTS ${stamp})
        file(READ ${stamp} installed)
    endif()
    if(installed STREQUAL wanted)
        return()
    endif()
    find_program(FM_NPM npm)
    if(NOT FM_NPM)
        message(FATAL_ERROR "npm is missing: the API documentation UI (web/) is installed "
            "with npm at configure time. Run scripts/install-deps.sh (Debian packages "
            "nodejs and npm), then configure again.")
    endif()
    # Several build directories may configure at once over the same web/.
    file(LOCK ${FM_WEB_DIR} DIRECTORY GUARD FUNCTION TIMEOUT 600)
    if(EXISTS ${stamp})
        file(READ ${stamp} installed)
        if(installed STREQUAL wanted)
            return()
        endif()
    endif()
    message(STATUS "web/: npm ci (package-lock.json changed or node_modules missing)")
    # --ignore-scripts: the assets are plain files; no package needs to run code here
    # (swagger-ui-dist's dependency would otherwise send install telemetry).
    execute_process(COMMAND ${FM_NPM} ci --ignore-scripts --no-audit --no-fund
        WORKING_DIRECTORY ${FM_WEB_DIR}
        RESULT_VARIABLE result OUTPUT_VARIABLE output ERROR_VARIABLE output)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "`npm ci` in ${FM_WEB_DIR} failed (${result}):\n${output}\n"
            "Check that the npm registry is reachable (npm config get registry), or run "
            "`npm ci` in web/ yourself, then configure again.")
    endif()
    file(WRITE ${stamp} ${wanted})
endfunction()

# Bundles the documentation UI into `target` as the Qt resource folder :/fm/apidocs:
# our page (app-server/api/meta/docs) plus swagger-ui-dist's bundle, stylesheet and icon.
function(fm_add_api_docs_resources target)
    fm_web_packages()
    set(dist ${FM_WEB_DIR}/node_modules/swagger-ui-dist)
    set(page ${PROJECT_SOURCE_DIR}/app-server/api/meta/docs)
    set(files ${page}/index.html ${page}/init.js
        ${dist}/swagger-ui-bundle.js ${dist}/swagger-ui.css ${dist}/favicon-32x32.png)
    foreach(file IN LISTS files)
        if(NOT EXISTS ${file})
            message(FATAL_ERROR "${file} is missing: delete web/node_modules and configure "
                "again to reinstall the npm packages.")
        endif()
        get_filename_component(name ${file} NAME)
        set_source_files_properties(${file} PROPERTIES QT_RESOURCE_ALIAS ${name})
    endforeach()
    qt_add_resources(${target} fm_api_docs PREFIX /fm/apidocs FILES ${files})
endfunction()
