// SPDX-License-Identifier: MIT
#include "shell/displaypath.h"

#include <QDir>

namespace fm::studio {

QString displayPath(const QString &path)
{
    const QString clean = QDir::cleanPath(path);
    const QString home = QDir::cleanPath(QDir::homePath());
#ifndef Q_OS_WIN
    if (home != QLatin1String("/") && (clean == home || clean.startsWith(home + QLatin1Char('/'))))
        return QLatin1Char('~') + clean.mid(home.size());
#endif
    return QDir::toNativeSeparators(clean);
}

} // namespace fm::studio
