// SPDX-License-Identifier: MIT
// The form view (/desk/{doctype}/{name}), read-only in this slice: the DocType's
// layout with each field shown by type; fields above the viewer's permlevels absent.
#include "deskstrings.h"
#include "deskviews.h"
#include "fieldview.h"
#include "meta/metaregistry.h"
#include "permissions/documentaccess.h"
#include "permissions/permissionengine.h"

#include <QSet>

#include <optional>

namespace fm::desk {

namespace {

using fm::core::DocType;
using fm::core::Document;
using fm::core::Field;

constexpr int kChildColumns = 5;

// Sets exactly one of the display flags, so a template section never finds a flag
// of an enclosing context (Mustache looks names up the context stack).
void setKind(Data &entry, const QString &kind)
{
    for (const char *flag : {"empty", "plain", "block", "code", "link", "table"})
        entry.set(flag, kind == QLatin1String(flag));
}

Data valueEntry(const fm::core::MetaRegistry &meta, const Field &field, const Document &doc)
{
    Data entry;
    const FieldDisplay shown = displayField(meta, field, doc);
    static const char *const kinds[] = {"empty", "plain", "block", "code", "link"};
    setKind(entry, QLatin1String(kinds[int(shown.kind)]));
    entry.set("text", utf8(shown.text));
    entry.set("href", utf8(shown.href));
    return entry;
}

// A child table's rows under the child DocType's list columns (its in_list_view
// fields, else its first fields). Child fields above the viewer's levels on the parent
// are no column: DocumentAccess leaves them out of the rows (levels unset: all).
Data childTable(const fm::core::MetaRegistry &meta, const Field &field, const Document &doc,
                const std::optional<QSet<int>> &levels)
{
    const DocType *child = meta.doctype(field.options);
    QList<const Field *> columns;
    const auto shown = [&levels](const Field &f) {
        return !f.hidden && (!levels || levels->contains(f.permlevel));
    };
    if (child) {
        for (const Field &f : child->fields) {
            if (f.inListView && shown(f))
                columns << &f;
        }
        if (columns.isEmpty()) {
            for (const Field &f : child->fields) {
                if (shown(f) && columns.size() < kChildColumns)
                    columns << &f;
            }
        }
    }
    Data head = emptyList();
    for (const Field *column : std::as_const(columns))
        head.push_back(utf8(column->displayLabel()));
    Data rows = emptyList();
    for (const Document &row : doc.children(field.fieldname)) {
        Data cells = emptyList();
        for (const Field *column : std::as_const(columns)) {
            Data cell;
            cell.set("label", utf8(column->displayLabel()));
            cell.set("text", utf8(displayField(meta, *column, row).text));
            cells.push_back(cell);
        }
        Data entry;
        entry.set("cells", cells);
        rows.push_back(entry);
    }
    Data table;
    table.set("head", head);
    table.set("rows", rows);
    return table;
}

} // namespace

fm::Result<Page> DeskViews::form(const Viewer &viewer, const QString &doctype,
                                 const QString &name) const
{
    auto resolved = resolve(doctype);
    if (!resolved)
        return fm::fail(resolved.error());
    const DocType &type = **resolved;
    auto doc = m_access->get(viewer.principal, type.name, name);
    if (!doc)
        return fm::fail(doc.error());
    const QStringList readable = readableFields(viewer, type);
    // The levels child rows are redacted with; administrators read every level.
    std::optional<QSet<int>> levels;
    if (!viewer.principal.isAdministrator())
        levels = m_access->engine().readableLevels(viewer.principal, type.name);
    // Sections from the layout; fields it does not place follow in one last section.
    QList<fm::core::LayoutSection> sections = type.layout;
    QSet<QString> placed;
    for (const auto &section : std::as_const(sections)) {
        for (const QStringList &column : section.columns)
            placed.unite(QSet<QString>(column.cbegin(), column.cend()));
    }
    QStringList rest;
    for (const Field &field : type.fields) {
        if (!placed.contains(field.fieldname))
            rest << field.fieldname;
    }
    if (!rest.isEmpty())
        sections.append({sections.isEmpty() ? QString() : Desk::tr("More"), false, {rest}});

    Data sectionList = emptyList();
    int index = 0;
    for (const auto &section : std::as_const(sections)) {
        Data columnList = emptyList();
        bool anyField = false;
        for (const QStringList &column : section.columns) {
            Data fields = emptyList();
            for (const QString &fieldname : column) {
                const Field *field = type.field(fieldname);
                // Hidden fields and fields above the viewer's permlevels are not on
                // the page at all: the same set the API leaves out of the document.
                if (!field || field->hidden || !readable.contains(fieldname))
                    continue;
                const bool table = m_meta->fieldTypes().type(field->fieldtype).isTable;
                Data entry = table ? Data() : valueEntry(*m_meta, *field, *doc);
                if (table) {
                    setKind(entry, QStringLiteral("table"));
                    entry.set("table", childTable(*m_meta, *field, *doc, levels));
                }
                entry.set("fieldname", utf8(fieldname));
                entry.set("label", utf8(field->displayLabel()));
                entry.set("type", utf8(field->fieldtype.toLower()));
                entry.set("description", field->description.isEmpty()
                                             ? Data(false)
                                             : Data(utf8(field->description)));
                fields.push_back(entry);
                anyField = true;
            }
            Data entry;
            entry.set("fields", fields);
            columnList.push_back(entry);
        }
        if (!anyField)
            continue;
        Data entry;
        entry.set("index", utf8(QString::number(++index)));
        entry.set("label",
                  utf8(section.label.isEmpty() ? type.label.isEmpty() ? type.name : type.label
                                               : section.label));
        entry.set("columns", columnList);
        sectionList.push_back(entry);
    }

    const QString label = type.label.isEmpty() ? type.name : type.label;
    const QString titleValue = type.titleField.isEmpty() || !readable.contains(type.titleField)
                                   ? QString()
                                   : doc->string(type.titleField);
    const QString title = titleValue.isEmpty() ? doc->name() : titleValue;
    Data body;
    body.set("title", utf8(title));
    body.set("name", utf8(doc->name()));
    body.set("doctype_label", utf8(label));
    QString status;
    if (type.isSubmittable) {
        static const char *const states[] = {QT_TRANSLATE_NOOP("Desk", "Draft"),
                                             QT_TRANSLATE_NOOP("Desk", "Submitted"),
                                             QT_TRANSLATE_NOOP("Desk", "Cancelled")};
        status = Desk::tr(states[qBound(0, doc->docstatus(), 2)]);
    }
    body.set("status", status.isEmpty() ? Data(false) : Data(utf8(status)));
    body.set("sections", sectionList);
    const QString modified = doc->string(QStringLiteral("modified"));
    body.set("modified_text",
             utf8(modified.isEmpty() ? QString()
                                     : Desk::tr("Last modified %1").arg(formatDatetime(modified))));
    return page(
        &viewer, QStringLiteral("form"), title,
        {{Desk::tr("Workspace"), QStringLiteral("/desk")}, {label, deskPath(type)}, {title, {}}},
        body);
}

} // namespace fm::desk
