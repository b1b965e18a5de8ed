// SPDX-License-Identifier: MIT
#pragma once

// Shared by the libFuzzer targets: a QCoreApplication for the process (some Qt parts
// want one), and splitting one input into parts at NUL bytes, so a single target can
// fuzz several inputs of one request at once.

#include <QByteArray>
#include <QByteArrayList>
#include <QCoreApplication>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace fuzz {

inline void ensureApplication()
{
    static int argc = 1;
    static char name[] = "fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication *app =
        QCoreApplication::instance() ? nullptr : new QCoreApplication(argc, argv);
    Q_UNUSED(app);
}

// The input's parts between NUL bytes, always `count` of them (missing ones empty).
inline QByteArrayList parts(const uint8_t *data, size_t size, int count)
{
    QByteArrayList result =
        QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)).split('\0');
    while (result.size() < count)
        result.append(QByteArray());
    return result.mid(0, count);
}

// A broken invariant: print it and abort, so libFuzzer keeps the input as a crash.
[[noreturn]] inline void fail(const char *what, const QByteArray &detail = {})
{
    std::fprintf(stderr, "invariant broken: %s\n%s\n", what, detail.constData());
    std::abort();
}

} // namespace fuzz
