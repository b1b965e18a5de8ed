// SPDX-License-Identifier: MIT
#pragma once

// The units of one test folder share an executable (cmake/FmTest.cmake, docs/adr/0286).
// Each batch file of that executable includes this header before every unit, so the
// unit's ordinary QTEST_MAIN, QTEST_GUILESS_MAIN or QTEST_APPLESS_MAIN registers a
// function that does what Qt's main() would do, under the unit's file name, instead of
// defining main(); fmtestmain.cpp's main() runs the unit its first argument names.

#include "fmtestregistry.h"

#include <QtTest/qtest.h>

// Qt's QTEST_*MAIN all expand to QTEST_MAIN_WRAPPER: the same body as Qt 6's, in a
// function of this unit instead of main().
#undef QTEST_MAIN_WRAPPER
#define QTEST_MAIN_WRAPPER(TestObject, ...)                                                        \
    static int fmTestMain_##TestObject(int argc, char *argv[])                                     \
    {                                                                                              \
        TESTLIB_SELFCOVERAGE_START(#TestObject)                                                    \
        QT_PREPEND_NAMESPACE(QTest::Internal::callInitMain)<TestObject>();                         \
        __VA_ARGS__                                                                                \
        TestObject tc;                                                                             \
        QTEST_SET_MAIN_SOURCE_PATH                                                                 \
        return QTest::qExec(&tc, argc, argv);                                                      \
    }                                                                                              \
    static const bool fmTestRegistered_##TestObject =                                              \
        fm::test::registerUnit(__FILE__, &fmTestMain_##TestObject);
