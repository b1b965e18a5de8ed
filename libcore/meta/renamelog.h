// SPDX-License-Identifier: MIT
#pragma once

#include "meta/diagnostic.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace fm::core {

// One rename of a field or a DocType, as recorded in an app's renames.json so that every
// copy of the project (a teammate's database, a production site) migrates it as a
// rename instead of a dropped and an added column (docs/adr/0160).
struct FM_CORE_EXPORT RenameRecord
{
    enum class Kind { Field, DocType };

    Kind kind = Kind::Field;
    QString doctype; // Field: the DocType's name when the field was renamed; DocType: empty
    QString from;    // fieldname or DocType name before
    QString to;      // and after
    QDateTime at;    // when it was renamed (UTC); the order in which renames apply
    QString app;     // the app whose renames.json holds the record (set when read)
    SourceLocation location;

    static QString kindName(Kind kind); // "field", "doctype"
    // The DocType the record is about: `doctype` for a field, `from` for a DocType.
    QString subject() const { return kind == Kind::Field ? doctype : from; }
    // "field Ticket.subject -> title", "DocType Ticket Category -> Ticket Topic"
    QString describe() const;
    bool operator==(const RenameRecord &other) const;
};

// Reads and writes apps/<app>/renames.json:
//
//   {
//     "format_version": 1,
//     "renames": [
//       {"at": "2026-03-01T09:30:00.000Z", "kind": "field", "doctype": "Ticket", ...},
//       {"at": "2026-03-02T10:00:00.000Z", "kind": "doctype", "from": "Ticket Category", ...}
//     ]
//   }
//
// where a field record also has "from" and "to" fieldnames. One record per line, sorted by the
// DocType they are about and then by time, so that two branches that rename different things merge
// without a conflict.
class FM_CORE_EXPORT RenameLog final
{
public:
    static QString fileName();                      // "renames.json"
    static QString pathIn(const QString &appDir);   // <appDir>/renames.json
    static QString formatTime(const QDateTime &at); // "2026-03-01T09:30:00.000Z"

    // The records of the file, in the order they apply (ordered()); a missing file has
    // none. Every problem lands in `diagnostics` (file, line, column, hint); records
    // with problems are left out.
    static QList<RenameRecord> read(const QString &path, const QString &app,
                                    Diagnostics &diagnostics);
    static QList<RenameRecord> parse(const QByteArray &json, const QString &fileName,
                                     const QString &app, Diagnostics &diagnostics);

    // The file's text: the records sorted as the file keeps them, one per line.
    static QByteArray toText(QList<RenameRecord> records);
    // The records in the order they apply: by time, then as given.
    static QList<RenameRecord> ordered(QList<RenameRecord> records);

private:
    RenameLog() = delete;
};

} // namespace fm::core
