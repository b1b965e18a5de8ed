// SPDX-License-Identifier: MIT
#pragma once

#include "meta/diagnostic.h"

#include <QByteArray>
#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace fm::core {

// A parsed JSON file that still knows where every value came from, so that meta
// diagnostics can point at line and column. Locations are kept per JSON pointer
// (RFC 6901, "/fields/3/fieldtype"); the location of an object member's key is kept
// under the member's pointer plus keySuffix() ("/fields/3/fieldtype#key").
class FM_CORE_EXPORT JsonSource final
{
public:
    // Parses `json` (UTF-8). On a syntax error, an invalid encoding or a duplicate key
    // appends a Diagnostic ("invalid-json" or "duplicate-key"); returns nullopt only when
    // the text is not JSON at all. Columns count characters, not bytes.
    static std::optional<JsonSource> parse(const QByteArray &json, const QString &fileName,
                                           Diagnostics &diagnostics);

    const QJsonValue &root() const { return m_root; }
    const QString &fileName() const { return m_fileName; }
    const QHash<QString, SourceLocation> &positions() const { return m_positions; }

    // Where the value at `pointer` starts; falls back to the closest enclosing value that
    // has a location, then to the file itself (line 0).
    SourceLocation location(const QString &pointer) const;
    // Where the key of the member at `pointer` starts; the value's location when the
    // pointer does not name an object member.
    SourceLocation keyLocation(const QString &pointer) const;

    // location() over any pointer map (a DocType's positions, for instance).
    static SourceLocation locate(const QHash<QString, SourceLocation> &positions,
                                 const QString &pointer, const QString &fileName);

    static QString keySuffix() { return QStringLiteral("#key"); }
    // Appends one reference token to a pointer, escaping '~' and '/' as RFC 6901 says.
    static QString child(const QString &pointer, const QString &key);
    static QString child(const QString &pointer, qsizetype index);

private:
    JsonSource() = default;

    QJsonValue m_root;
    QString m_fileName;
    QHash<QString, SourceLocation> m_positions;
};

} // namespace fm::core
