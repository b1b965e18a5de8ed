// SPDX-License-Identifier: MIT
#pragma once

#include "meta/diagnostic.h"

#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace fm::core {

// Standard columns every DocType table has; fieldnames may not reuse them.
FM_CORE_EXPORT const QStringList &reservedFieldnames();

struct FM_CORE_EXPORT Field
{
    QString fieldname;
    QString fieldtype;
    QString label;
    QString description;
    QString options; // Select choices (one per line), Link/Table target, DynamicLink field
    bool required = false;
    bool unique = false;
    bool readOnly = false;
    bool hidden = false;
    bool inListView = false;
    bool inFilter = false;
    QJsonValue defaultValue; // Undefined when there is none
    QString fetchFrom;       // "link_field.target_field"
    QString dependsOn;       // Desk display condition
    int permlevel = 0;
    std::optional<double> min;
    std::optional<double> max;
    std::optional<int> length;
    QString pattern;         // regex every non-empty value must match in full
    QString insertAfter;     // extensions only: place the field after this one in the layout
    SourceLocation location; // of the field's JSON object

    bool hasDefault() const { return !defaultValue.isUndefined() && !defaultValue.isNull(); }
    QStringList selectOptions() const; // options split into non-empty lines
    QString displayLabel() const;      // label, or the fieldname made readable

    // Content equality: every member but `location`; no default (undefined or null)
    // equals no default.
    bool operator==(const Field &other) const;
};

struct LayoutSection
{
    QString label;
    bool collapsible = false;
    QList<QStringList> columns; // each column lists fieldnames top to bottom

    bool operator==(const LayoutSection &other) const = default;
};

// Frappe's vocabulary (docs/guide/permissions.md). Select is the right to pick a record
// in a Link without reading it; Share the role-level right to share. Report, Export,
// Import, Print and Email are reserved for the features that will check them: rules may
// grant them now and keep them, but nothing asks for them yet.
enum class PermissionAction {
    Read,
    Write,
    Create,
    Delete,
    Submit,
    Cancel,
    Amend,
    Select,
    Share,
    Report,
    Export,
    Import,
    Print,
    Email,
};

FM_CORE_EXPORT QString actionName(PermissionAction action); // "read", ...
FM_CORE_EXPORT std::optional<PermissionAction> actionFromName(const QString &name);
// Every action a rule may grant, the reserved ones included (files round-trip them).
FM_CORE_EXPORT const QList<PermissionAction> &allActions();
// The actions something checks today: allActions() without the reserved ones.
FM_CORE_EXPORT const QList<PermissionAction> &actionsInForce();
FM_CORE_EXPORT bool isReservedAction(PermissionAction action);

struct FM_CORE_EXPORT PermissionRule
{
    QString role;
    int permlevel = 0;
    bool ifOwner = false;
    QList<PermissionAction> actions;

    bool allows(PermissionAction action) const { return actions.contains(action); }
    // The actions compare as a set: the file lists them in a fixed order anyway.
    bool operator==(const PermissionRule &other) const;
};

struct Naming
{
    enum class Rule { Uuid, Series, Field, Prompt };
    Rule rule = Rule::Uuid;
    QString pattern; // Series: "INV-.YYYY.-.####", may contain {fieldname}
    QString field;   // Field: the fieldname whose value becomes the name

    bool operator==(const Naming &other) const = default;
};

struct IndexDef
{
    QString name; // optional; derived from table and fields when empty
    QStringList fields;
    bool unique = false;

    bool operator==(const IndexDef &other) const = default;
};

struct Views
{
    QStringList listColumns;
    QString kanbanGroupBy; // a Select or Link field
    QString calendarStart; // a Date or Datetime field
    QString calendarEnd;
    QString calendarTitle;

    bool operator==(const Views &other) const = default;
};

enum class Concurrency { Optimistic, None };

// A DocType: the JSON definition of one kind of business record (format version 1).
// A cheap-to-copy value; MetaRegistry holds the loaded ones.
struct FM_CORE_EXPORT DocType
{
    QString schemaRef;                  // "$schema": where editors find the JSON Schema
    int formatVersion = 1;              // "format_version"
    bool explicitFormatVersion = false; // the file states "format_version" (even when 1)
    QString name;
    QString module;
    QString app;
    QString label;
    QString description;
    QList<Field> fields;
    QList<LayoutSection> layout;
    QList<PermissionRule> permissions;
    Naming naming;
    bool isSubmittable = false;
    bool isChild = false;
    bool isSingle = false;
    bool trackChanges = false;
    bool apiResource = true;
    Concurrency concurrency = Concurrency::Optimistic;
    QString titleField;
    QStringList searchFields;
    QString sortField = QStringLiteral("modified");
    bool sortDescending = true;
    QList<IndexDef> indexes;
    QString rlsField;
    Views views;

    SourceLocation location;                  // of the file (line 0) it came from
    QHash<QString, SourceLocation> positions; // JSON pointer ("/fields/2/options") -> location

    bool isValid() const { return !name.isEmpty(); }
    QString tableName() const; // snake case of name: "Sales Invoice" -> "sales_invoice"
    const Field *field(const QString &fieldname) const; // nullptr when absent
    bool hasField(const QString &fieldname) const { return field(fieldname) != nullptr; }
    QStringList fieldnames() const;
    // Where a JSON pointer points, falling back to the file itself.
    SourceLocation locate(const QString &pointer) const;

    // Content equality: every member but `location` and `positions`, so a DocType
    // whose file text did not change equals the one loaded before, wherever it lies.
    bool operator==(const DocType &other) const;
};

} // namespace fm::core
