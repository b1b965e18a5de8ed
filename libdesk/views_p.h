// SPDX-License-Identifier: MIT
#pragma once

// What the form and list views share with their actions (formview.cpp,
// formactions.cpp, listview.cpp, bulkactions.cpp); not part of libdesk's interface.

#include "data/document.h"
#include "deskviews.h"
#include "formvalues.h"

#include <optional>

namespace fm::desk {

// A text for a template, or false when empty (so `{{#x}}` sections skip it).
inline Data textOr(const QString &text)
{
    return text.isEmpty() ? Data(false) : Data(utf8(text));
}

// One rendering of a document's form: its values (stored or as posted) and what to
// say about them.
struct DeskViews::FormRender
{
    const fm::core::DocType *type = nullptr;
    std::optional<fm::core::Document> stored; // none: a new document
    FormValues values;
    QHash<QString, QString> errors;            // input name -> message
    QStringList notices;                       // said politely (role=status)
    QString alert;                             // what stopped a save (role=alert)
    QList<QPair<QString, QString>> alertItems; // input name, message
    QList<QPair<QString, QString>> conflict;   // label, the saved value that differs
    QString focus;                             // input (or button) to focus
    // Live forms (liveform.cpp): someone else saved the document while it was open.
    QString remote;                              // empty: nobody did
    QList<QPair<QString, QString>> remoteFields; // label, the saved value
    int versions = 0;                            // timeline entries to show (0: one page)
    int status = 200;
};

// What a bulk action did, shown above the list.
struct DeskViews::BulkReport
{
    QStringList done;                        // "3 documents deleted."
    QList<QPair<QString, QString>> failures; // name, why
};

} // namespace fm::desk
