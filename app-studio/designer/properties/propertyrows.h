// SPDX-License-Identifier: MIT
#pragma once

#include "meta/fieldproperties.h"

#include <QJsonValue>

#include <functional>

class QLabel;
class QWidget;

namespace fm::core {
class ProjectModel;
}

namespace fm::studio {

// One row of the property editor: the editor widget for one field property, chosen by
// the property's kind and the field's type (a DocType list for a Link's options, a list
// of choices for a Select's), and a marker for the problems found at it.
struct PropertyRow
{
    QString key;
    QWidget *editor = nullptr; // objectName "property_<key>"
    QLabel *problem = nullptr; // objectName "problem_<key>", under the editor; hidden when none
    // Shows the field's value without reporting an edit.
    std::function<void(const core::DocType &, const core::Field &)> show;
};

// How a row reports an edit: the property, the new value (JSON null clears it) and
// whether it came from typing (consecutive ones merge into one undo step).
using PropertyCommit =
    std::function<void(const QString &key, const QJsonValue &value, bool typing)>;

struct PropertyRowContext
{
    core::ProjectModel *model = nullptr;
    core::FieldTypeInfo type; // of the field the rows are made for
    PropertyCommit commit;
    std::function<void()> rename; // the fieldname row's "Rename…" button
};

PropertyRow createPropertyRow(const core::FieldProperty &property,
                              const PropertyRowContext &context, QWidget *parent);

} // namespace fm::studio
