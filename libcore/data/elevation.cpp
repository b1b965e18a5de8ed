// SPDX-License-Identifier: MIT
#include "data/elevation.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QSet>

namespace fm::core {

namespace {
Q_LOGGING_CATEGORY(lcElevation, "fm.elevation")
constexpr qsizetype kRemembered = 4096;
} // namespace

bool logElevation(const QString &what, const QString &who, const QString &why)
{
    static QMutex mutex;
    static QSet<QString> seen;
    const QString key = what + QChar(0x1f) + who + QChar(0x1f) + why;
    {
        QMutexLocker lock(&mutex);
        if (seen.contains(key))
            return false;
        if (seen.size() >= kRemembered)
            seen.clear();
        seen.insert(key);
    }
    qCInfo(lcElevation).noquote()
        << QStringLiteral("%1 called by %2 acts as the system: %3").arg(what, who, why);
    return true;
}

} // namespace fm::core
