# SPDX-License-Identifier: MIT
# Precompiled headers for the Qt and standard headers most of our sources include
# (docs/adr/0275-fresh-build-time.md). Parsing Qt's headers was the largest part of
# nearly every translation unit; a PCH parses them once per target, or once per kind of
# test. Only headers from outside the project go in: a PCH holding one of ours would
# rebuild a whole target whenever that header changed.
#
# -DCMAKE_DISABLE_PRECOMPILE_HEADERS=ON builds without them, which shows a file that
# forgot an #include the PCH happened to provide.

set(FM_PCH_CORE
    <algorithm> <functional> <memory> <optional> <utility> <vector>
    <QByteArray> <QCoreApplication> <QDateTime> <QDebug> <QDir> <QFile> <QFileInfo>
    <QHash> <QJsonArray> <QJsonDocument> <QJsonObject> <QJsonValue> <QList> <QMap>
    <QMutex> <QObject> <QPointer> <QRegularExpression> <QSet> <QString> <QStringList>
    <QTimer> <QUrl> <QVariant> <QSqlDatabase> <QSqlError> <QSqlQuery>
    <tl/expected.hpp>)
set(FM_PCH_SERVER ${FM_PCH_CORE} <QHostAddress> <QThreadPool> <QUrlQuery>)
set(FM_PCH_WIDGETS
    <QAction> <QApplication> <QComboBox> <QDockWidget> <QFormLayout> <QHBoxLayout>
    <QHeaderView> <QLabel> <QLineEdit> <QMenu> <QMessageBox> <QPainter> <QPlainTextEdit>
    <QPushButton> <QSettings> <QTabWidget> <QToolButton> <QUndoStack> <QVBoxLayout>
    <QWidget>)
set(FM_PCH_STUDIO ${FM_PCH_CORE} ${FM_PCH_WIDGETS})
# No QtTest header: qtestcase.h tests QT_TESTCASE_BUILDDIR and QT_TESTCASE_SOURCEDIR,
# which Qt6::Test defines to each test's own folders, so one PCH could serve one folder.
set(FM_PCH_TEST ${FM_PCH_CORE} <QElapsedTimer> <QProcess> <QTemporaryDir> <QThread>)

# GCC drops a PCH, silently, unless every macro defined when it was built is defined the
# same way in the file that uses it, and no macro the PCH tested is defined differently.
# So a shared PCH is built by a small object library with the fewest macros (only what
# Qt's targets define), and the targets that reuse it may add their own. -Winvalid-pch
# says when one no longer matches (a warning, never an error: the build is still right,
# only slower).
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    add_compile_options(-Winvalid-pch -Wno-error=invalid-pch)
endif()

# _fm_pch_host(<name> <headers> <libs>...): the object library that builds a shared PCH.
function(_fm_pch_host name headers)
    add_library(${name} OBJECT ${PROJECT_SOURCE_DIR}/cmake/fm_pch_host.cpp)
    set_target_properties(${name} PROPERTIES AUTOMOC OFF POSITION_INDEPENDENT_CODE ON)
    target_link_libraries(${name} PRIVATE ${ARGN})
    target_precompile_headers(${name} PRIVATE ${${headers}})
endfunction()

# The Qt Core and Sql PCH of fm_codegen, fm_desk and the tests without widgets (fm_core
# has its own: it defines QT_CONCURRENT_LIB, which the others do not).
if(NOT CMAKE_DISABLE_PRECOMPILE_HEADERS)
    _fm_pch_host(fm_pch_common FM_PCH_TEST Qt6::Core Qt6::Sql)
endif()

# fm_reuse_precompiled_headers(<target>): the shared Qt Core and Sql PCH.
function(fm_reuse_precompiled_headers target)
    if(NOT CMAKE_DISABLE_PRECOMPILE_HEADERS)
        target_precompile_headers(${target} REUSE_FROM fm_pch_common)
    endif()
endfunction()

# _fm_links_widgets(<out> <libs>...): whether <libs> bring in Qt Widgets, following the
# targets' INTERFACE_LINK_LIBRARIES.
function(_fm_links_widgets out)
    set(seen "")
    set(queue ${ARGN})
    while(queue)
        list(POP_FRONT queue lib)
        # "$<LINK_LIBRARY:WHOLE_ARCHIVE,fm_studio_lib>" names fm_studio_lib.
        if(lib MATCHES "^\\$<LINK_LIBRARY:[A-Z_]+,([^>]+)>$")
            set(lib ${CMAKE_MATCH_1})
        endif()
        if(lib IN_LIST seen OR NOT TARGET ${lib})
            continue()
        endif()
        list(APPEND seen ${lib})
        if(lib MATCHES "^Qt6?::Widgets$")
            set(${out} TRUE PARENT_SCOPE)
            return()
        endif()
        get_target_property(deps ${lib} INTERFACE_LINK_LIBRARIES)
        if(deps)
            list(APPEND queue ${deps})
        endif()
    endwhile()
    set(${out} FALSE PARENT_SCOPE)
endfunction()

# fm_test_precompile_headers(<target> <libs>...): gives a test executable the shared PCH,
# with Qt Widgets' headers when its <libs> bring Widgets in (the Studio's tests).
function(fm_test_precompile_headers target)
    if(CMAKE_DISABLE_PRECOMPILE_HEADERS)
        return()
    endif()
    _fm_links_widgets(widgets ${ARGN})
    if(widgets)
        # Defined where the first Studio test is, which sees Qt6::Widgets.
        if(NOT TARGET fm_pch_test_widgets)
            set(FM_PCH_TEST_WIDGETS ${FM_PCH_TEST} ${FM_PCH_WIDGETS})
            _fm_pch_host(fm_pch_test_widgets FM_PCH_TEST_WIDGETS Qt6::Core Qt6::Sql Qt6::Widgets)
        endif()
        target_precompile_headers(${target} REUSE_FROM fm_pch_test_widgets)
    else()
        target_precompile_headers(${target} REUSE_FROM fm_pch_common)
    endif()
endfunction()
