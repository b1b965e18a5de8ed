// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"
#include "meta/doctype.h"
#include "meta/renamelog.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace fm::core {

class FieldTypeRegistry;

// One difference between two versions of a DocType, in DocType terms.
struct DocTypeChange
{
    enum class Kind {
        DocTypeAdded,
        DocTypeRemoved,
        FieldAdded,
        FieldRemoved,
        FieldRenamed,
        FieldMoved,
        FieldChanged,   // one property of a field: label, required, fetch_from, ...
        OptionsChanged, // a Select's choices, a Link's or Table's target
        LayoutChanged,
        PermissionChanged,
        SettingChanged, // a DocType-level property: naming, is_submittable, views, ...
    };
    Kind kind = Kind::FieldChanged;
    QString subject; // the fieldname, role, section or setting the change is about
    QString text;    // for people: "field `priority` added (Select)"

    bool operator==(const DocTypeChange &other) const = default;
};

// What changed between two versions of one DocType (a commit and the working tree, the
// index and HEAD): the Git dock's second view and `m diff` print lines().
struct FM_CORE_EXPORT DocTypeDiff
{
    QString doctype;
    QList<DocTypeChange> changes;

    bool isEmpty() const { return changes.isEmpty(); }
    QStringList lines() const;
};

// Compares two DocTypes. A field removed and another added count as a rename when
// `renames` (the app's renames.json records, any DocType) records it; a removed and an
// added field with the same definition at the same place are reported as a rename that
// was not recorded, since a migration would drop the old column.
FM_CORE_EXPORT DocTypeDiff diffDocTypes(const DocType &before, const DocType &after,
                                        const QList<RenameRecord> &renames = {});

// The same from two file texts; an empty text is a DocType that does not exist on that
// side (added or removed). A text that is not a DocType is refused with the loader's
// first error. `types` defaults to the built-in field types.
FM_CORE_EXPORT Result<DocTypeDiff>
diffDocTypeTexts(const QByteArray &before, const QByteArray &after, const QString &fileName,
                 const QList<RenameRecord> &renames = {}, const FieldTypeRegistry *types = nullptr);

// Whether `path` ('/' separated, relative or absolute) is where DocType files live:
// apps/<app>/doctypes/<slug>/<slug>.json.
FM_CORE_EXPORT bool isDocTypePath(const QString &path);

} // namespace fm::core
