// SPDX-License-Identifier: MIT
// The kanban view (/desk/{doctype}/view/kanban): a column per choice of the DocType's
// views.kanban.group_by Select field, or per linked record the viewer may read of a
// Link field (docs/adr/0239), and a card per document the viewer may read. Moving
// a card is the form's own save (POST /desk/{doctype}/{name} with the one field and
// the card's _version, back here after): its select and button work without
// JavaScript and by keyboard; kanban.js only lets a card be dragged onto a column.
#include "deskstrings.h"
#include "deskviews.h"
#include "fieldview.h"
#include "meta/metaregistry.h"
#include "permissions/documentaccess.h"
#include "views_p.h"

#include <QJsonArray>
#include <QPair>

#include <algorithm>

namespace fm::desk {

namespace {

// Enough for a board a person reads; more says so and points at the list.
constexpr int kMaxCards = 300;
// Columns of a board grouped by a Link: more linked records than this are left out with
// a note (their cards still show, in a column named by the stored value).
constexpr int kMaxLinkColumns = 30;

struct Column
{
    QString value;
    QString label;
};

// The columns of a board grouped by the Link `group`, and a note when they were capped.
fm::Result<QPair<QList<Column>, QString>> linkColumns(const fm::core::MetaRegistry &meta,
                                                      fm::core::DocumentAccess &access,
                                                      const Viewer &viewer,
                                                      const fm::core::Field &group)
{
    // The "(none)" column first: a card without a link is where a new one starts.
    QList<Column> columns{Column{QString(), QString()}};
    const fm::core::DocType *target = meta.doctype(group.options);
    if (!target)
        return qMakePair(columns, QString());
    // Linked records the viewer may not read are no columns (the API's rules and row
    // restriction); a viewer who may read none of them still sees the "(none)" column.
    const QJsonObject may = access.describe(viewer.principal, target->name);
    if (!may.value(QStringLiteral("read")).toBool())
        return qMakePair(columns, QString());
    const QJsonArray readable = may.value(QStringLiteral("readable_fields")).toArray();
    const bool titled =
        !target->titleField.isEmpty() && readable.contains(QJsonValue(target->titleField));
    fm::core::Query query;
    query.doctype = target->name;
    query.limit = kMaxLinkColumns;
    query.fields = {QStringLiteral("name")};
    if (titled)
        query.fields << target->titleField;
    query.orderBy = {{titled ? target->titleField : QStringLiteral("name"), false},
                     {QStringLiteral("name"), false}};
    auto found = access.list(viewer.principal, query);
    if (!found)
        return fm::fail(found.error());
    for (const fm::core::Document &doc : std::as_const(found->rows)) {
        const QString title = titled ? doc.string(target->titleField) : QString();
        columns.append(Column{doc.name(), title.isEmpty() ? doc.name() : title});
    }
    QString note;
    if (found->total > found->rows.size()) {
        const QString targetLabel = target->label.isEmpty() ? target->name : target->label;
        note = Desk::tr("The first %1 of %2 records of %3 are columns; cards linked to the "
                        "others are in columns of their own at the end.")
                   .arg(found->rows.size())
                   .arg(found->total)
                   .arg(targetLabel);
    }
    return qMakePair(columns, note);
}

} // namespace

QString kanbanPath(const fm::core::DocType &type)
{
    return deskPath(type) + QStringLiteral("/view/kanban");
}

fm::Result<Page> DeskViews::kanban(const Viewer &viewer, const QString &doctype) const
{
    auto resolved = resolve(doctype);
    if (!resolved)
        return fm::fail(resolved.error());
    const fm::core::DocType &type = **resolved;
    const QString label = type.label.isEmpty() ? type.name : type.label;
    const fm::core::Field *group = type.field(type.views.kanbanGroupBy);
    const QString groupType = group ? m_meta->fieldTypes().type(group->fieldtype).base : QString();
    if (groupType != u"Select" && groupType != u"Link")
        return fm::fail(
            fm::ErrorCode::NotFound,
            Desk::tr("%1 has no kanban view: its views.kanban.group_by must name a Select "
                     "or Link field.")
                .arg(label));
    const QStringList readable = readableFields(viewer, type);
    if (!readable.contains(group->fieldname))
        return fm::fail(fm::ErrorCode::PermissionDenied,
                        Desk::tr("You may not read %1 of %2, which its kanban view is grouped by.")
                            .arg(group->displayLabel(), label));
    fm::core::Query query;
    query.doctype = type.name;
    query.limit = kMaxCards;
    query.fields = {QStringLiteral("name"), QStringLiteral("_version"), group->fieldname};
    const bool titled = !type.titleField.isEmpty() && readable.contains(type.titleField);
    if (titled)
        query.fields << type.titleField;
    auto found = m_access->list(viewer.principal, query);
    if (!found)
        return fm::fail(found.error());

    const QJsonObject may = m_access->describe(viewer.principal, type.name);
    const bool canMove =
        may.value(QStringLiteral("write")).toBool() && may.value(QStringLiteral("writable_fields"))
                                                           .toArray()
                                                           .contains(QJsonValue(group->fieldname));
    QList<Column> choices;
    QString columnsNote;
    if (groupType == u"Link") {
        auto linked = linkColumns(*m_meta, *m_access, viewer, *group);
        if (!linked)
            return fm::fail(linked.error());
        choices = linked->first;
        columnsNote = linked->second;
    } else {
        for (const QString &option : group->selectOptions())
            choices.append(Column{option, option});
    }
    const auto offered = [&](const QString &value) {
        return std::any_of(choices.cbegin(), choices.cend(),
                           [&](const Column &column) { return column.value == value; });
    };
    for (const fm::core::Document &doc : std::as_const(found->rows)) {
        // "" (none), a value no longer offered, or a record past the columns' cap: the
        // value is on the card already, so naming its column shows nothing new.
        const QString value = doc.string(group->fieldname);
        if (!offered(value))
            choices.append(Column{value, value});
    }
    const QString back = kanbanPath(type);
    Data columns = emptyList();
    int index = 0;
    for (const Column &choice : std::as_const(choices)) {
        Data cards = emptyList();
        for (const fm::core::Document &doc : std::as_const(found->rows)) {
            if (doc.string(group->fieldname) != choice.value)
                continue;
            const QString title = titled ? doc.string(type.titleField) : QString();
            Data card;
            card.set("name", utf8(doc.name()));
            card.set("title", utf8(title.isEmpty() ? doc.name() : title));
            card.set("show_name", !title.isEmpty() && title != doc.name());
            card.set("href", utf8(deskPath(type, doc.name())));
            card.set("action", utf8(deskPath(type, doc.name())));
            card.set("version", utf8(QString::number(doc.version())));
            card.set("move_id", utf8(QStringLiteral("move-") + doc.name()));
            card.set("move_label", utf8(Desk::tr("Move %1 to").arg(doc.name())));
            Data options = emptyList();
            for (const Column &target : std::as_const(choices)) {
                Data option;
                option.set("value", utf8(target.value));
                option.set("label",
                           utf8(target.value.isEmpty() ? Desk::tr("(none)") : target.label));
                option.set("selected", target.value == choice.value);
                options.push_back(option);
            }
            card.set("options", options);
            cards.push_back(card);
        }
        Data column;
        column.set("index", utf8(QString::number(++index)));
        column.set("value", utf8(choice.value));
        column.set("label", utf8(choice.value.isEmpty() ? Desk::tr("(none)") : choice.label));
        column.set("count", utf8(QString::number(cards.list_value().size())));
        column.set("cards", cards);
        columns.push_back(column);
    }
    Data body;
    body.set("label", utf8(Desk::tr("%1 by %2").arg(label, group->displayLabel())));
    body.set("field", utf8(group->fieldname));
    body.set("columns", columns);
    body.set("can_move", canMove);
    body.set("csrf", utf8(viewer.csrfToken));
    body.set("back", utf8(back));
    body.set("list_href", utf8(deskPath(type)));
    body.set("more", found->total > found->rows.size()
                         ? Data(utf8(Desk::tr("Showing %1 of %2 documents; the list has them all.")
                                         .arg(found->rows.size())
                                         .arg(found->total)))
                         : Data(false));
    body.set("columns_note", textOr(columnsNote));
    return page(&viewer, QStringLiteral("kanban"), label,
                {{Desk::tr("Workspace"), QStringLiteral("/desk")},
                 {label, deskPath(type)},
                 {Desk::tr("Kanban"), {}}},
                body);
}

} // namespace fm::desk
