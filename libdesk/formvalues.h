// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"
#include "data/document.h"
#include "meta/dependson.h"
#include "meta/doctype.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QPair>
#include <QSet>

namespace fm::core {
class MetaRegistry;
}

namespace fm::desk {

using fm::core::DependsOn;

// A posted form: its fields in the order the browser sent them, percent-decoded.
using FormFields = QList<QPair<QString, QString>>;

// What a form shows and sends, as the text of each input: the stored document
// (fromDocument), a new one's defaults, or what a browser posted (fromPost), so a form
// that failed to save comes back with the user's input exactly as typed.
//
// Input names: a field is its fieldname; a child row's field is `table[i].field`, the
// path the API's field errors use (items[0].hours); `_version`, `_action` and one
// `_table` marker per grid (so a grid whose rows were all removed still says so) are
// the form's own. Rows keep the order they were posted in, whatever their numbers.
struct FormValues
{
    using Row = QHash<QString, QString>; // child fieldname (and "name") -> text

    QHash<QString, QString> fields;
    QMap<QString, QList<Row>> rows;
    QString version;
    QString action;       // the button pressed: save, submit, add:items, remove:items:2, ...
    QString next;         // _next: a Desk path to go to after a save (the kanban board)
    QSet<QString> posted; // top-level fields the post carried (all of them for a document)

    static FormValues fromDocument(const fm::core::MetaRegistry &meta,
                                   const fm::core::DocType &type, const fm::core::Document &doc);
    // A new document: each field's default ("Today" as today's date, as on insert).
    static FormValues defaults(const fm::core::MetaRegistry &meta, const fm::core::DocType &type);
    // Fields that are not the DocType's are ignored; the form's own inputs are read.
    static FormValues fromPost(const fm::core::DocType &type, const FormFields &fields);

    // The document to save: posted fields only (a field left out stays as stored),
    // text turned into what the service takes (Check 1/0, JSON parsed, a Datetime
    // without a zone read as UTC, an empty input as "no value"). Validation with one
    // field error per input that is no JSON; nothing else is judged here, so the
    // service's checks and messages are the API's.
    fm::Result<fm::core::Document> toDocument(const fm::core::MetaRegistry &meta,
                                              const fm::core::DocType &type, const QString &name,
                                              bool isNew) const;

    // Adds, removes or moves a grid row as `action` says ("add:items",
    // "remove:items:2", "up:items:2", "down:items:2"); false for any other action.
    // `focus` is the input to put the cursor in afterwards.
    bool applyRowAction(const fm::core::DocType &type, const QString &action, QString *focus);

    // The values as depends_on conditions see them (dependson.h): null, bool, number, text.
    DependsOn::Values conditionValues(const fm::core::MetaRegistry &meta,
                                      const fm::core::DocType &type) const;

    // "items[2].hours"
    static QString rowInput(const QString &table, int row, const QString &field);
    // The text an input shows for a stored value of a field of base type `base`.
    static QString inputText(const QString &base, const QVariant &value);
};

} // namespace fm::desk
