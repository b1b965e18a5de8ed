// SPDX-License-Identifier: MIT
// The form view (/desk/{doctype}/{name} and /desk/{doctype}/new): the DocType's layout
// with an input per field the viewer may write while the document is a draft (a grid
// for child tables) and every other field shown by type; fields above the viewer's
// permlevels absent. The actions a post can take are in formactions.cpp.
#include "deskstrings.h"
#include "deskviews.h"
#include "fieldview.h"
#include "meta/dependson.h"
#include "meta/metaregistry.h"
#include "permissions/documentaccess.h"
#include "permissions/permissionengine.h"
#include "views_p.h"

#include <QJsonArray>
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

// "items[0].hours" -> "f-items-0-hours": an element id for an input name.
QString idFor(const QString &inputName)
{
    QString id = QStringLiteral("f-") + inputName;
    id.replace(u'[', u'-');
    id.remove(u']');
    id.replace(u'.', u'-');
    return id;
}

// A child table's columns: the child fields the viewer may read (levels unset: all).
QList<const Field *> childColumns(const DocType *child, const std::optional<QSet<int>> &levels,
                                  bool listOnly)
{
    QList<const Field *> columns;
    if (!child)
        return columns;
    const auto shown = [&levels](const Field &f) {
        return !f.hidden && (!levels || levels->contains(f.permlevel));
    };
    if (listOnly) {
        for (const Field &f : child->fields) {
            if (f.inListView && shown(f))
                columns << &f;
        }
        if (!columns.isEmpty())
            return columns;
    }
    for (const Field &f : child->fields) {
        if (shown(f) && (!listOnly || columns.size() < kChildColumns))
            columns << &f;
    }
    return columns;
}

// A read-only child table's rows under the child DocType's list columns. Child fields
// above the viewer's levels on the parent are no column: DocumentAccess leaves them
// out of the rows.
Data childTable(const fm::core::MetaRegistry &meta, const Field &field, const Document &doc,
                const std::optional<QSet<int>> &levels)
{
    const QList<const Field *> columns = childColumns(meta.doctype(field.options), levels, true);
    Data head = emptyList();
    for (const Field *column : columns)
        head.push_back(utf8(column->displayLabel()));
    Data rows = emptyList();
    for (const Document &row : doc.children(field.fieldname)) {
        Data cells = emptyList();
        for (const Field *column : columns) {
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

void attr(Data &attrs, const char *name, const QString &value)
{
    Data entry;
    entry.set("n", name);
    entry.set("v", utf8(value));
    attrs.push_back(entry);
}

// One input for a field of base type `base`, as widget.mustache renders it.
struct WidgetSpec
{
    QString name;        // the input's name
    QString value;       // its text
    QString ariaLabel;   // grid cells: "Hours, row 2" (they have no <label>)
    QString describedBy; // ids of the error and description
    bool invalid = false;
    bool focus = false;
};

Data widgetData(const fm::core::MetaRegistry &meta, const Field &field, const WidgetSpec &spec)
{
    const auto info = meta.fieldTypes().type(field.fieldtype);
    const QString base = info.base;
    const QString id = idFor(spec.name);
    Data data;
    for (const char *flag : {"w_input", "w_check", "w_textarea", "w_select"})
        data.set(flag, false);
    data.set("id", utf8(id));
    data.set("name", utf8(spec.name));
    data.set("value", utf8(spec.value));
    data.set("datalist", false);
    data.set("open_href", false);
    Data attrs = emptyList();
    if (!spec.ariaLabel.isEmpty())
        attrs.push_back([&] {
            Data a;
            a.set("n", "aria-label");
            a.set("v", utf8(spec.ariaLabel));
            return a;
        }());
    if (field.required)
        attr(attrs, "required", {});
    if (spec.invalid)
        attr(attrs, "aria-invalid", QStringLiteral("true"));
    if (!spec.describedBy.isEmpty())
        attr(attrs, "aria-describedby", spec.describedBy);
    if (spec.focus)
        attr(attrs, "autofocus", {});

    if (base == u"Check") {
        data.set("w_check", true);
        data.set("checked", spec.value == u"1");
    } else if (base == u"Select") {
        data.set("w_select", true);
        Data options = emptyList();
        QStringList choices = field.selectOptions();
        if (!spec.value.isEmpty() && !choices.contains(spec.value))
            choices.prepend(spec.value); // a stored value no longer offered stays visible
        choices.prepend(QString());
        for (const QString &choice : std::as_const(choices)) {
            Data option;
            option.set("value", utf8(choice));
            option.set("label", utf8(choice.isEmpty() ? Desk::tr("(none)") : choice));
            option.set("selected", choice == spec.value);
            options.push_back(option);
        }
        data.set("options", options);
    } else if (base == u"Text" || base == u"LongText" || base == u"Markdown" || base == u"JSON") {
        data.set("w_textarea", true);
        attr(attrs, "rows", base == u"Text" ? QStringLiteral("3") : QStringLiteral("8"));
        if (base == u"JSON") {
            attr(attrs, "class", QStringLiteral("code"));
            attr(attrs, "spellcheck", QStringLiteral("false"));
        }
        if (field.length)
            attr(attrs, "maxlength", QString::number(*field.length));
    } else {
        data.set("w_input", true);
        QString type = QStringLiteral("text");
        if (base == u"Int" || base == u"Float" || base == u"Currency" || base == u"Percent" ||
            base == u"Rating" || base == u"Duration") {
            type = QStringLiteral("number");
            attr(attrs, "step",
                 base == u"Int"        ? QStringLiteral("1")
                 : base == u"Currency" ? QStringLiteral("0.01")
                                       : QStringLiteral("any"));
            if (field.min)
                attr(attrs, "min", QString::number(*field.min));
            if (field.max)
                attr(attrs, "max", QString::number(*field.max));
        } else if (base == u"Date") {
            type = QStringLiteral("date");
        } else if (base == u"Datetime") {
            type = QStringLiteral("datetime-local");
            attr(attrs, "step", QStringLiteral("1"));
        } else if (base == u"Time") {
            type = QStringLiteral("time");
            attr(attrs, "step", QStringLiteral("1"));
        } else if (base == u"Email") {
            type = QStringLiteral("email");
        } else if (base == u"Phone") {
            type = QStringLiteral("tel");
        } else if (base == u"URL") {
            type = QStringLiteral("url");
        } else if (base == u"Password") {
            type = QStringLiteral("password");
        }
        if (base == u"Link") {
            // form.js fills the list from /desk/api/link as the user types.
            data.set("datalist", utf8(QStringLiteral("dl-") + id));
            attr(attrs, "list", QStringLiteral("dl-") + id);
            attr(attrs, "autocomplete", QStringLiteral("off"));
            attr(attrs, "data-link", field.options);
            // The linked document, one click away (a Link's value is its name).
            const DocType *target = meta.doctype(field.options);
            if (target && !target->isChild && target->apiResource && !spec.value.isEmpty()) {
                data.set("open_href", utf8(deskPath(*target, spec.value)));
                data.set("open_label", utf8(Desk::tr("Open %1").arg(spec.value)));
            }
        }
        if (field.length && type == u"text")
            attr(attrs, "maxlength", QString::number(*field.length));
        data.set("input_type", utf8(type));
    }
    data.set("attrs", attrs);
    return data;
}

// An editable child table: a row per posted or stored row, an input per child field
// the viewer may write, buttons to move and remove each row and to add one.
template<typename TakesFocus>
fm::Result<Data> gridData(const fm::core::MetaRegistry &meta, const DeskTemplates &templates,
                          const Field &field, const FormValues &values,
                          const QHash<QString, QString> &errors, const QString &focus,
                          const std::optional<QSet<int>> &readLevels,
                          const std::optional<QSet<int>> &writeLevels, TakesFocus &&takesFocus)
{
    const DocType *child = meta.doctype(field.options);
    const QList<const Field *> columns = childColumns(child, readLevels, false);
    Data head = emptyList();
    for (const Field *column : columns) {
        Data entry;
        entry.set("text", utf8(column->displayLabel()));
        entry.set("mark", column->required);
        head.push_back(entry);
    }
    const QList<FormValues::Row> rows = values.rows.value(field.fieldname);
    Data rowList = emptyList();
    for (int i = 0; i < rows.size(); ++i) {
        const FormValues::Row &row = rows.at(i);
        const QString prefix = QStringLiteral("%1[%2]").arg(field.fieldname).arg(i);
        Data cells = emptyList();
        for (const Field *column : columns) {
            const QString input = FormValues::rowInput(field.fieldname, i, column->fieldname);
            const QString error = errors.value(input);
            const QString errorId = QStringLiteral("err-") + idFor(input);
            const bool writes = !column->readOnly &&
                                !meta.fieldTypes().type(column->fieldtype).isTable &&
                                (!writeLevels || writeLevels->contains(column->permlevel));
            Data cell;
            cell.set("label", utf8(column->displayLabel()));
            cell.set("cell_error", textOr(error));
            cell.set("cell_error_id", utf8(errorId));
            // Like a field's: an input's error slot is on the page already, empty and
            // hidden, so a live form fills it while the user types (docs/adr/0237).
            cell.set("cell_live", writes);
            if (writes) {
                auto html = templates.render(
                    QStringLiteral("widget"),
                    widgetData(meta, *column,
                               {input, row.value(column->fieldname),
                                Desk::tr("%1, row %2").arg(column->displayLabel()).arg(i + 1),
                                error.isEmpty() ? QString() : errorId, !error.isEmpty(),
                                takesFocus(input)}));
                if (!html)
                    return fm::fail(html.error());
                cell.set("cell_widget", utf8(html->trimmed()));
                cell.set("text", "");
            } else {
                Document shown(child->name);
                if (row.contains(column->fieldname))
                    shown.setValue(column->fieldname, row.value(column->fieldname));
                cell.set("cell_widget", false);
                cell.set("text", utf8(displayField(meta, *column, shown).text));
            }
            cells.push_back(cell);
        }
        const QString table = field.fieldname;
        Data entry;
        entry.set("index", utf8(QString::number(i)));
        entry.set("number", utf8(QString::number(i + 1)));
        entry.set("prefix", utf8(prefix));
        entry.set("rowname", textOr(row.value(QStringLiteral("name"))));
        entry.set("table", utf8(table));
        entry.set("cells", cells);
        entry.set("is_first", i == 0);
        entry.set("is_last", i == rows.size() - 1);
        // A moved row keeps the focus on its button, or the other one at either end.
        const QString up = QStringLiteral("up:%1:%2").arg(table).arg(i);
        const QString down = QStringLiteral("down:%1:%2").arg(table).arg(i);
        const bool last = i == rows.size() - 1;
        entry.set("focus_up", (focus == up && i > 0) || (focus == down && last && i > 0));
        entry.set("focus_down", (focus == down && !last) || (focus == up && i == 0 && !last));
        entry.set("up_label", utf8(Desk::tr("Move row %1 up").arg(i + 1)));
        entry.set("down_label", utf8(Desk::tr("Move row %1 down").arg(i + 1)));
        entry.set("remove_label", utf8(Desk::tr("Remove row %1").arg(i + 1)));
        rowList.push_back(entry);
    }
    Data grid;
    grid.set("head", head);
    grid.set("rows", rowList);
    grid.set("table", utf8(field.fieldname));
    grid.set("focus_add", focus == QStringLiteral("add:") + field.fieldname);
    grid.set("add_label", utf8(Desk::tr("Add a row to %1").arg(field.displayLabel())));
    return grid;
}

} // namespace

fm::Result<Page> DeskViews::form(const Viewer &viewer, const QString &doctype, const QString &name,
                                 const QUrlQuery &url) const
{
    auto resolved = resolve(doctype);
    if (!resolved)
        return fm::fail(resolved.error());
    auto doc = m_access->get(viewer.principal, (*resolved)->name, name);
    if (!doc)
        return fm::fail(doc.error());
    FormRender render;
    render.type = *resolved;
    render.values = FormValues::fromDocument(*m_meta, **resolved, *doc);
    render.stored = *doc;
    static const QHash<QString, const char *> kDone{
        {QStringLiteral("saved"), QT_TRANSLATE_NOOP("Desk", "Saved.")},
        {QStringLiteral("created"), QT_TRANSLATE_NOOP("Desk", "Created.")},
        {QStringLiteral("submitted"), QT_TRANSLATE_NOOP("Desk", "Saved and submitted.")},
        {QStringLiteral("cancelled"), QT_TRANSLATE_NOOP("Desk", "Cancelled.")},
        {QStringLiteral("amended"),
         QT_TRANSLATE_NOOP("Desk", "This is a new draft amending the cancelled document.")},
    };
    if (const char *done = kDone.value(url.queryItemValue(QStringLiteral("done")), nullptr))
        render.notices << Desk::tr(done);
    render.versions = url.queryItemValue(QStringLiteral("versions")).toInt();
    return renderForm(viewer, render);
}

fm::Result<Page> DeskViews::newForm(const Viewer &viewer, const QString &doctype) const
{
    auto resolved = resolve(doctype);
    if (!resolved)
        return fm::fail(resolved.error());
    const DocType &type = **resolved;
    if (!m_access->engine().may(viewer.principal, fm::core::PermissionAction::Create, type.name))
        return fm::fail(fm::core::PermissionEngine::denied(
            viewer.principal, fm::core::PermissionAction::Create, type.name));
    FormRender render;
    render.type = &type;
    render.values = FormValues::defaults(*m_meta, type);
    return renderForm(viewer, render);
}

fm::Result<Page> DeskViews::renderForm(const Viewer &viewer, const FormRender &form) const
{
    const DocType &type = *form.type;
    const bool isNew = !form.stored;
    const Document stored = form.stored.value_or(Document(type.name));
    const QJsonObject may = m_access->describe(viewer.principal, type.name);
    const auto allowed = [&](const char *action) {
        const QString name = QLatin1String(action);
        if (!may.value(name).toBool())
            return false;
        // An if_owner rule reaches only the viewer's own documents.
        const bool ownOnly = may.value(QStringLiteral("if_owner")).toArray().contains(name);
        return !ownOnly || isNew || stored.owner() == viewer.principal.user;
    };
    QStringList readable;
    for (const QJsonValue &f : may.value(QStringLiteral("readable_fields")).toArray())
        readable << f.toString();
    QStringList writable;
    for (const QJsonValue &f : may.value(QStringLiteral("writable_fields")).toArray())
        writable << f.toString();
    const int docstatus = isNew ? 0 : stored.docstatus();
    const bool editable = docstatus == 0 && (isNew ? allowed("create") : allowed("write"));
    // The levels child rows are shown and written with; administrators have every level.
    std::optional<QSet<int>> readLevels;
    std::optional<QSet<int>> writeLevels;
    if (!viewer.principal.isAdministrator()) {
        readLevels = m_access->engine().readableLevels(viewer.principal, type.name);
        writeLevels = m_access->engine().writableLevels(viewer.principal, type.name);
    }
    const DependsOn::Values conditions = form.values.conditionValues(*m_meta, type);

    // The first input with an error gets the focus, unless an action named one.
    QString focus = form.focus;
    bool focusTaken = false;
    const auto takesFocus = [&](const QString &inputName) {
        if (focusTaken)
            return false;
        const bool hit = focus.isEmpty() ? form.errors.contains(inputName)
                                         : (inputName == focus ||
                                            (focus.endsWith(u'.') && inputName.startsWith(focus)));
        if (hit)
            focusTaken = true;
        return hit;
    };
    auto widget = [&](const Field &field, WidgetSpec spec) -> fm::Result<QString> {
        // One line of HTML: widget.mustache's sections leave blank lines around it.
        auto html = m_templates.render(QStringLiteral("widget"), widgetData(*m_meta, field, spec));
        return html ? fm::Result<QString>(html->trimmed()) : html;
    };

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
                const bool isTable = m_meta->fieldTypes().type(field->fieldtype).isTable;
                const bool writes = editable && writable.contains(fieldname);
                Data entry;
                setKind(entry, QString());
                entry.set("editable", false);
                entry.set("grid", false);
                const QString id = idFor(fieldname);
                const QString error = form.errors.value(fieldname);
                const QString errorId = QStringLiteral("err-") + id;
                const QString descriptionId = QStringLiteral("desc-") + id;
                if (isTable && writes) {
                    auto grid = gridData(*m_meta, m_templates, *field, form.values, form.errors,
                                         form.focus, readLevels, writeLevels, takesFocus);
                    if (!grid)
                        return fm::fail(grid.error());
                    entry.set("grid", *grid);
                } else if (isTable) {
                    setKind(entry, QStringLiteral("table"));
                    entry.set("table", childTable(*m_meta, *field, stored, readLevels));
                } else if (writes) {
                    QStringList describedBy;
                    if (!error.isEmpty())
                        describedBy << errorId;
                    if (!field->description.isEmpty())
                        describedBy << descriptionId;
                    auto html = widget(*field, {fieldname,
                                                form.values.fields.value(fieldname),
                                                {},
                                                describedBy.join(u' '),
                                                !error.isEmpty(),
                                                takesFocus(fieldname)});
                    if (!html)
                        return fm::fail(html.error());
                    entry.set("editable", true);
                    entry.set("widget", utf8(*html));
                } else {
                    entry = valueEntry(*m_meta, *field, stored);
                    entry.set("editable", false);
                    entry.set("grid", false);
                }
                entry.set("id", utf8(id));
                entry.set("required", field->required);
                entry.set("fieldname", utf8(fieldname));
                entry.set("label", utf8(field->displayLabel()));
                entry.set("type", utf8(field->fieldtype.toLower()));
                entry.set("description", textOr(field->description));
                entry.set("description_id", utf8(descriptionId));
                entry.set("error", textOr(error));
                entry.set("error_id", utf8(errorId));
                // Inputs get their error slot on the page already, empty and hidden, so
                // the live form can fill it as the user types (a live part).
                entry.set("live_error", writes && !isTable);
                // A value shown as text still counts in depends_on conditions: form.js
                // reads it from data-value, typed by data-kind.
                static const QStringList kNumbers{
                    QStringLiteral("Int"),      QStringLiteral("Float"),
                    QStringLiteral("Currency"), QStringLiteral("Percent"),
                    QStringLiteral("Rating"),   QStringLiteral("Duration")};
                const QString base = m_meta->fieldTypes().type(field->fieldtype).base;
                const char *kind = base == u"Check"          ? "check"
                                   : kNumbers.contains(base) ? "number"
                                                             : "text";
                entry.set("kind", !isTable && !writes ? Data(kind) : Data(false));
                entry.set("raw", utf8(form.values.fields.value(fieldname)));
                entry.set("depends_on", textOr(field->dependsOn));
                entry.set("hidden", !DependsOn::visible(field->dependsOn, conditions));
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
    QString title;
    if (isNew) {
        title = Desk::tr("New %1").arg(label);
    } else {
        const QString titleValue = type.titleField.isEmpty() || !readable.contains(type.titleField)
                                       ? QString()
                                       : stored.string(type.titleField);
        title = titleValue.isEmpty() ? stored.name() : titleValue;
    }
    Data body;
    body.set("title", utf8(title));
    body.set("docname", textOr(isNew ? QString() : stored.name()));
    body.set("doctype_label", utf8(label));
    body.set("csrf", utf8(viewer.csrfToken));
    body.set("action",
             utf8(isNew ? deskPath(type) + QStringLiteral("/new") : deskPath(type, stored.name())));
    body.set("version", textOr(form.values.version));
    QString status;
    if (type.isSubmittable) {
        static const char *const states[] = {QT_TRANSLATE_NOOP("Desk", "Draft"),
                                             QT_TRANSLATE_NOOP("Desk", "Submitted"),
                                             QT_TRANSLATE_NOOP("Desk", "Cancelled")};
        status = isNew ? Desk::tr("Not saved") : Desk::tr(states[qBound(0, docstatus, 2)]);
    }
    body.set("status", textOr(status));
    const bool canSubmit = type.isSubmittable && docstatus == 0 && allowed("submit");
    const bool canCancel = !isNew && docstatus == 1 && allowed("cancel");
    const bool canAmend = !isNew && docstatus == 2 && allowed("amend");
    const bool canDelete = !isNew && docstatus != 1 && allowed("delete");
    body.set("can_save", editable);
    body.set("can_submit", editable && canSubmit);
    body.set("can_cancel", canCancel);
    body.set("can_amend", canAmend);
    body.set("delete_href",
             canDelete ? Data(utf8(deskPath(type, stored.name()) + QStringLiteral("/delete")))
                       : Data(false));
    body.set("has_buttons", editable || canCancel || canAmend || canDelete);
    QString note;
    if (!isNew && docstatus == 1)
        note = Desk::tr("Submitted documents cannot be changed; cancel this one and amend it to "
                        "correct it.");
    else if (!isNew && docstatus == 2)
        note = Desk::tr("This document is cancelled; amend it to make a corrected copy.");
    else if (!editable)
        note = Desk::tr("You may read this document but not change it.");
    body.set("note", textOr(note));

    Data notices = emptyList();
    for (const QString &notice : form.notices) {
        Data item;
        item.set("text", utf8(notice));
        notices.push_back(item);
    }
    body.set("notices", notices);
    body.set("alert", textOr(form.alert));
    Data alertItems = emptyList();
    for (const auto &[input, message] : form.alertItems) {
        Data item;
        item.set("target", utf8(idFor(input)));
        item.set("text", utf8(message));
        alertItems.push_back(item);
    }
    body.set("alert_items", alertItems);
    body.set("has_alert_items", !form.alertItems.isEmpty());
    Data conflict = emptyList();
    for (const auto &[fieldLabel, value] : form.conflict) {
        Data item;
        item.set("label", utf8(fieldLabel));
        item.set("value", utf8(value.isEmpty() ? Desk::tr("(empty)") : value));
        conflict.push_back(item);
    }
    body.set("conflict", conflict);
    body.set("has_conflict", !form.conflict.isEmpty());
    body.set("remote", textOr(form.remote));
    Data remoteFields = emptyList();
    for (const auto &[fieldLabel, value] : form.remoteFields) {
        Data item;
        item.set("label", utf8(fieldLabel));
        item.set("value", utf8(value.isEmpty() ? Desk::tr("(empty)") : value));
        remoteFields.push_back(item);
    }
    body.set("remote_fields", remoteFields);
    body.set("has_remote_fields", !form.remoteFields.isEmpty());
    body.set("self_href", utf8(isNew ? QString() : deskPath(type, stored.name())));
    body.set("sections", sectionList);
    Data timelineBody(false);
    if (!isNew && type.trackChanges) {
        auto history = timeline(viewer, type, stored, form.versions);
        if (!history)
            return fm::fail(history.error());
        timelineBody = std::move(*history);
    }
    body.set("timeline", timelineBody);
    // A page that can change or shows a timeline follows the document live.
    body.set("live", editable || (!isNew && type.trackChanges));
    const QString modified = stored.string(QStringLiteral("modified"));
    body.set("modified_text",
             utf8(modified.isEmpty() ? QString()
                                     : Desk::tr("Last modified %1").arg(formatDatetime(modified))));
    auto rendered = page(&viewer, QStringLiteral("form"), title,
                         {{Desk::tr("Workspace"), QStringLiteral("/desk")},
                          {label, deskPath(type)},
                          {isNew ? Desk::tr("New") : title, {}}},
                         body, form.status);
    return rendered;
}

} // namespace fm::desk
