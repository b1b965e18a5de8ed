// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"
#include "meta/doctype.h"
#include "meta/fieldtyperegistry.h"

#include <QJsonValue>

namespace fm::core {

// Edits of a DocType's settings, permission rules, indexes and views as pure functions
// (see fieldedits.h for the rules they follow). References to fields are checked here:
// an editor picks them from the DocType's own fields, so a name that is not one is a
// mistake to refuse, not a state to diagnose.

// The settings setDocTypeSetting() knows, in the file's order.
FM_CORE_EXPORT const QStringList &docTypeSettingKeys();

// The setting as JSON, in the file's form ("naming": "series:TKT-.#####",
// "sort": "modified desc", "search_fields": [...]); Undefined when unset.
FM_CORE_EXPORT QJsonValue docTypeSetting(const DocType &doctype, const QString &key);

// Sets one top-level setting by its JSON key: label, description, module, naming,
// is_submittable, is_child, is_single, track_changes, api_resource, concurrency,
// title_field, search_fields, sort, rls_field. The name is changed by a rename. Refuses
// an unknown key, a value of the wrong JSON type, a naming rule or sort the loader would
// not read, a field reference that names no field and flags that exclude each other
// (a child DocType cannot be submittable or single).
FM_CORE_EXPORT Result<DocType> setDocTypeSetting(const DocType &doctype, const QString &key,
                                                 const QJsonValue &value);

// Permission rules. A rule needs a role; two rules for the same role, level and
// if_owner are refused (edit the one there is).
FM_CORE_EXPORT Result<DocType> addPermissionRule(const DocType &doctype,
                                                 const PermissionRule &rule);
FM_CORE_EXPORT Result<DocType> setPermissionRule(const DocType &doctype, qsizetype index,
                                                 const PermissionRule &rule);
FM_CORE_EXPORT Result<DocType> removePermissionRule(const DocType &doctype, qsizetype index);
// Grants or withdraws one action of rule `index`.
FM_CORE_EXPORT Result<DocType> setPermissionAction(const DocType &doctype, qsizetype index,
                                                   PermissionAction action, bool allowed);

// Indexes. Columns must be fields or standard columns (name, modified, ...), at least
// one, without repeats; a name must be an SQL identifier; the same columns indexed twice
// are refused.
FM_CORE_EXPORT Result<DocType> addIndex(const DocType &doctype, const IndexDef &index);
FM_CORE_EXPORT Result<DocType> setIndex(const DocType &doctype, qsizetype position,
                                        const IndexDef &index);
FM_CORE_EXPORT Result<DocType> removeIndex(const DocType &doctype, qsizetype position);

// Replaces the views. List columns are fields or standard columns; kanban groups by a
// Select or Link field; calendar start and end are Date or Datetime fields and an end or
// title needs a start.
FM_CORE_EXPORT Result<DocType> setViews(const DocType &doctype, const FieldTypeRegistry &types,
                                        const Views &views);

} // namespace fm::core
