// SPDX-License-Identifier: MIT
#pragma once

// Writes small app folders into a temporary directory for MetaRegistry tests, and
// finds where a piece of text sits in them, to compare with diagnostic locations.

#include "meta/diagnostic.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QStringList>
#include <QTemporaryDir>

namespace apptree {

using Files = QMap<QString, QString>; // path relative to the tree -> content

inline QString appJson(const QString &name, const QStringList &dependsOn = {},
                       const QString &extra = {})
{
    QStringList quoted;
    for (const QString &d : dependsOn)
        quoted << QStringLiteral("\"%1\"").arg(d);
    return QStringLiteral("{\n  \"name\": \"%1\",\n  \"depends_on\": [%2]%3\n}\n")
        .arg(name, quoted.join(QStringLiteral(", ")), extra);
}

// One field per line, starting on line 4 of the file.
inline QString doctypeJson(const QString &name, const QStringList &fields,
                           const QString &extra = {})
{
    return QStringLiteral("{\n  \"name\": \"%1\",%2\n  \"fields\": [\n    %3\n  ]\n}\n")
        .arg(name, extra, fields.join(QStringLiteral(",\n    ")));
}

inline QString field(const QString &fieldname, const QString &fieldtype, const QString &extra = {})
{
    return QStringLiteral("{\"fieldname\": \"%1\", \"fieldtype\": \"%2\"%3}")
        .arg(fieldname, fieldtype, extra);
}

inline Files merge(Files a, const Files &b)
{
    a.insert(b);
    return a;
}

inline QString doctypePath(const QString &app, const QString &slug)
{
    return QStringLiteral("%1/doctypes/%2/%2.json").arg(app, slug);
}

inline bool write(const QTemporaryDir &dir, const Files &files)
{
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        const QString path = dir.filePath(it.key());
        if (!QDir().mkpath(QFileInfo(path).absolutePath()))
            return false;
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return false;
        file.write(it.value().toUtf8());
    }
    return true;
}

inline QStringList paths(const QTemporaryDir &dir, const QStringList &relative)
{
    QStringList list;
    for (const QString &r : relative)
        list << dir.filePath(r);
    return list;
}

// Line and column (1-based, in characters) of the LAST `needle` in `text`: test files
// name a thing first and refer to it later, and diagnostics point at the reference.
inline fm::core::SourceLocation find(const QString &text, const QString &needle)
{
    const qsizetype at = text.lastIndexOf(needle);
    if (at < 0)
        return {};
    const qsizetype lineStart = text.lastIndexOf(QLatin1Char('\n'), at) + 1;
    return {QString(), int(text.left(at).count(QLatin1Char('\n'))) + 1, int(at - lineStart) + 1};
}

inline QString describe(const fm::core::Diagnostics &diagnostics)
{
    QStringList lines;
    for (const fm::core::Diagnostic &d : diagnostics)
        lines << d.toString();
    return lines.join(QLatin1Char('\n'));
}

} // namespace apptree
