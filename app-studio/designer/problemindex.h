// SPDX-License-Identifier: MIT
#pragma once

#include "meta/diagnostic.h"

#include <QMultiHash>

namespace fm::core {
class ProjectModel;
}

namespace fm::studio {

// The last check's diagnostics of one DocType by the JSON pointer they point at
// ("/fields/3/options"), so each panel marks the property a problem is about. A problem
// at a key ("/fields/3/unique#key") counts for the property.
class ProblemIndex final
{
public:
    void rebuild(const core::ProjectModel &model, const QString &doctype);

    const core::Diagnostics &all() const { return m_all; }
    int errorCount() const;
    // The problems at exactly `pointer`.
    core::Diagnostics at(const QString &pointer) const;
    // The problems at `pointer` or below it ("/fields/3" holds "/fields/3/options").
    core::Diagnostics under(const QString &pointer) const;
    // The pointers at or below `pointer` that have problems.
    QStringList pointersUnder(const QString &pointer) const;

    // "message\nhint: hint" for each, one after the other: a tooltip or a marker's text.
    static QString describe(const core::Diagnostics &diagnostics);

private:
    core::Diagnostics m_all;
    QMultiHash<QString, core::Diagnostic> m_byPointer;
};

} // namespace fm::studio
