// SPDX-License-Identifier: MIT
// The list view (/desk/{doctype}): list columns, filters from in_filter fields,
// search over search_fields, sort, paging; all state in the URL (ListState).
#include "deskstrings.h"
#include "deskviews.h"
#include "fieldview.h"
#include "meta/metaregistry.h"
#include "permissions/documentaccess.h"
#include "permissions/permissionengine.h"
#include "views_p.h"

#include <QJsonArray>
#include <QLocale>

namespace fm::desk {

namespace {

using fm::core::DocType;
using fm::core::Document;

// The DocType's list columns: views.list.columns, else its in_list_view fields, else
// its title field; the name always comes first (it links to the form).
QStringList listColumns(const DocType &type, const QStringList &readable)
{
    QStringList columns = type.views.listColumns;
    if (columns.isEmpty()) {
        for (const fm::core::Field &field : type.fields) {
            if (field.inListView)
                columns << field.fieldname;
        }
    }
    if (columns.isEmpty() && !type.titleField.isEmpty())
        columns << type.titleField;
    QStringList shown{QStringLiteral("name")};
    for (const QString &column : std::as_const(columns)) {
        // A field above the viewer's permlevel is no column at all, as in the API.
        if (column != u"name" && (readable.contains(column) || !standardLabel(column).isEmpty()))
            shown << column;
    }
    return shown;
}

QString columnLabel(const DocType &type, const QString &column)
{
    if (const fm::core::Field *field = type.field(column))
        return field->displayLabel();
    return standardLabel(column);
}

QString pathWith(const QString &path, const ListState &state)
{
    const QString query = state.toUrl().toString(QUrl::FullyEncoded);
    return query.isEmpty() ? path : path + u'?' + query;
}

Data operatorOptions(const QString &selected)
{
    Data ops = emptyList();
    for (const QString &op : ListState::operators()) {
        Data option;
        option.set("value", utf8(op));
        option.set("label", utf8(op));
        option.set("selected", op == selected);
        ops.push_back(option);
    }
    return ops;
}

} // namespace

fm::Result<Page> DeskViews::list(const Viewer &viewer, const QString &doctype,
                                 const QUrlQuery &url) const
{
    return listPage(viewer, doctype, url, nullptr);
}

fm::Result<Page> DeskViews::listPage(const Viewer &viewer, const QString &doctype,
                                     const QUrlQuery &url, const BulkReport *report) const
{
    auto resolved = resolve(doctype);
    if (!resolved)
        return fm::fail(resolved.error());
    const DocType &type = **resolved;
    if (!m_access->engine().may(viewer.principal, fm::core::PermissionAction::Read, type.name) &&
        !m_access->engine().hasShares(viewer.principal, type.name))
        return fm::fail(fm::core::PermissionEngine::denied(
            viewer.principal, fm::core::PermissionAction::Read, type.name));
    const QString label = type.label.isEmpty() ? type.name : type.label;
    const QString path = deskPath(type);
    const QStringList readable = readableFields(viewer, type);

    QStringList problems;
    ListState state = ListState::parse(type, url, m_limits, &problems);
    // Filters and sorts on fields the viewer may not read are dropped, not refused:
    // the page offers none of them, so only a hand-made link can hold one.
    for (ListState::FilterInput &filter : state.filters) {
        if (!readable.contains(filter.field))
            filter = {filter.field, QStringLiteral("="), {}};
    }
    if (!state.sort.isEmpty() && !readable.contains(state.sort) &&
        standardLabel(state.sort).isEmpty())
        state.sort.clear();
    QStringList searchFields{QStringLiteral("name")};
    for (const QString &field : type.searchFields) {
        if (readable.contains(field) && !searchFields.contains(field))
            searchFields << field;
    }
    const QStringList columns = listColumns(type, readable);

    int status = 200;
    fm::core::DocumentAccess::Page rows;
    auto query = state.query(type, searchFields);
    if (query) {
        query->fields = columns;
        auto found = m_access->list(viewer.principal, *query);
        if (found) {
            rows = *found;
        } else if (found.error().code() == fm::ErrorCode::BadRequest) {
            problems << found.error().message();
        } else {
            return fm::fail(found.error());
        }
    } else {
        problems << query.error().message();
    }
    if (!problems.isEmpty() && rows.rows.isEmpty())
        status = 400;

    Data body;
    body.set("label", utf8(label));
    body.set("path", utf8(path));
    body.set("search", utf8(state.search));
    QStringList searchLabels;
    for (const QString &field : std::as_const(searchFields))
        searchLabels << columnLabel(type, field);
    body.set("search_label", utf8(Desk::tr("Search %1").arg(searchLabels.join(u", "))));
    Data problemList = emptyList();
    for (const QString &problem : std::as_const(problems)) {
        Data item;
        item.set("text", utf8(problem));
        problemList.push_back(item);
    }
    // What a bulk action or a delete just did.
    Data notices = emptyList();
    const auto notice = [&notices](const QString &text) {
        Data item;
        item.set("text", utf8(text));
        notices.push_back(item);
    };
    if (const QString deleted = url.queryItemValue(QStringLiteral("deleted"), QUrl::FullyDecoded);
        !deleted.isEmpty())
        notice(Desk::tr("%1 was deleted.").arg(deleted));
    if (report) {
        for (const QString &done : report->done)
            notice(done);
        for (const auto &[name, why] : report->failures) {
            Data item;
            item.set("text", utf8(name.isEmpty() ? why : Desk::tr("%1: %2").arg(name, why)));
            problemList.push_back(item);
        }
    }
    body.set("notices", notices);
    body.set("problems", problemList);
    // Actions on selected rows, those the viewer may take; the boxes only then.
    const QJsonObject may = m_access->describe(viewer.principal, type.name);
    Data bulkActions = emptyList();
    const auto offer = [&](const char *action, const QString &text) {
        if (!may.value(QLatin1String(action)).toBool())
            return;
        Data option;
        option.set("value", action);
        option.set("label", utf8(text));
        bulkActions.push_back(option);
    };
    offer("delete", Desk::tr("Delete"));
    if (type.isSubmittable) {
        offer("submit", Desk::tr("Submit"));
        offer("cancel", Desk::tr("Cancel"));
    }
    const bool selectable = !bulkActions.is_empty_list();
    body.set("selectable", selectable);
    if (selectable) {
        Data bulk;
        const QString query = url.toString(QUrl::FullyEncoded);
        bulk.set("action", utf8(path + QStringLiteral("/bulk") +
                                (query.isEmpty() ? QString() : u'?' + query)));
        bulk.set("csrf", utf8(viewer.csrfToken));
        bulk.set("actions", bulkActions);
        body.set("bulk", bulk);
    } else {
        body.set("bulk", false);
    }
    body.set("new_href", may.value(QStringLiteral("create")).toBool()
                             ? Data(utf8(path + QStringLiteral("/new")))
                             : Data(false));
    body.set("new_label", utf8(Desk::tr("New %1").arg(label)));
    body.set("calendar_href",
             type.views.calendarStart.isEmpty() ? Data(false) : Data(utf8(calendarPath(type))));
    body.set("kanban_href",
             type.views.kanbanGroupBy.isEmpty() ? Data(false) : Data(utf8(kanbanPath(type))));

    Data filters = emptyList();
    for (const ListState::FilterInput &filter : std::as_const(state.filters)) {
        const fm::core::Field *field = type.field(filter.field);
        if (!field || !readable.contains(filter.field))
            continue;
        Data entry;
        entry.set("field", utf8(filter.field));
        entry.set("label", utf8(field->displayLabel()));
        entry.set("op_label", utf8(Desk::tr("How %1 compares").arg(field->displayLabel())));
        entry.set("value_label", utf8(Desk::tr("%1 value").arg(field->displayLabel())));
        entry.set("value", utf8(filter.value));
        entry.set("ops", operatorOptions(filter.op));
        const QStringList choices = field->selectOptions();
        const bool isSelect = m_meta->fieldTypes().type(field->fieldtype).base == u"Select";
        entry.set("list", isSelect && !choices.isEmpty());
        Data choiceList = emptyList();
        for (const QString &choice : choices)
            choiceList.push_back(utf8(choice));
        entry.set("choices", choiceList);
        filters.push_back(entry);
    }
    body.set("filters", filters);
    body.set("sort", state.sort.isEmpty() ? Data(false) : Data(utf8(state.sort)));
    body.set("dir", state.descending ? "desc" : "asc");
    body.set("limit",
             state.explicitLimit ? Data(utf8(QString::number(state.pageLength))) : Data(false));

    const QString sortField = state.sort.isEmpty() ? type.sortField : state.sort;
    const bool sortDescending = state.descending;
    Data head = emptyList();
    for (const QString &column : columns) {
        ListState sorted = state;
        sorted.page = 1;
        sorted.sort = column;
        // The current sort column flips its direction; another starts ascending.
        sorted.descending = column == sortField ? !sortDescending : false;
        Data entry;
        entry.set("label", utf8(columnLabel(type, column)));
        entry.set("sort_href", utf8(pathWith(path, sorted)));
        if (column == sortField) {
            entry.set("aria_sort", sortDescending ? "descending" : "ascending");
            entry.set("arrow", sortDescending ? "▼" : "▲");
        } else {
            entry.set("aria_sort", false);
            entry.set("arrow", false);
        }
        head.push_back(entry);
    }
    body.set("columns", head);

    Data rowList = emptyList();
    for (const Document &doc : std::as_const(rows.rows)) {
        Data cells = emptyList();
        for (const QString &column : columns) {
            Data cell;
            cell.set("label", utf8(columnLabel(type, column)));
            if (column == u"name") {
                cell.set("text", utf8(doc.name()));
                cell.set("href", utf8(deskPath(type, doc.name())));
            } else if (const fm::core::Field *field = type.field(column)) {
                const FieldDisplay shown = displayField(*m_meta, *field, doc);
                cell.set("text", utf8(shown.text));
                cell.set("href", shown.kind == FieldDisplay::Kind::Link ? Data(utf8(shown.href))
                                                                        : Data(false));
            } else {
                const QString text = doc.string(column);
                cell.set("text",
                         utf8(column == u"modified" || column == u"creation" ? formatDatetime(text)
                                                                             : text));
                cell.set("href", false);
            }
            cells.push_back(cell);
        }
        Data row;
        row.set("name", utf8(doc.name()));
        row.set("select_label", utf8(Desk::tr("Select %1").arg(doc.name())));
        row.set("cells", cells);
        rowList.push_back(row);
    }
    body.set("rows", rowList);
    body.set("has_rows", !rows.rows.isEmpty());

    const qint64 total = rows.total;
    const qint64 pages = qMax<qint64>(1, (total + state.pageLength - 1) / state.pageLength);
    const qint64 from = total == 0 ? 0 : qint64(state.page - 1) * state.pageLength + 1;
    const qint64 to = qMin(total, qint64(state.page) * state.pageLength);
    const QLocale locale;
    body.set("total_text", utf8(total == 1 ? Desk::tr("1 document")
                                           : Desk::tr("%1 documents").arg(locale.toString(total))));
    body.set("page_text", utf8(from > to ? Desk::tr("Page %1 of %2").arg(state.page).arg(pages)
                                         : Desk::tr("%1–%2 of %3, page %4 of %5")
                                               .arg(locale.toString(from), locale.toString(to),
                                                    locale.toString(total))
                                               .arg(state.page)
                                               .arg(pages)));
    auto pageLink = [&](qint64 number, bool show) -> Data {
        if (!show)
            return Data(false);
        ListState at = state;
        at.page = int(number);
        return Data(utf8(pathWith(path, at)));
    };
    body.set("first", pageLink(1, state.page > 2));
    body.set("prev", pageLink(qMin<qint64>(state.page - 1, pages), state.page > 1));
    body.set("next", pageLink(state.page + 1, state.page < pages));
    body.set("last", pageLink(pages, state.page + 1 < pages));

    return page(&viewer, QStringLiteral("list"), label,
                {{Desk::tr("Workspace"), QStringLiteral("/desk")}, {label, {}}}, body, status);
}

} // namespace fm::desk
