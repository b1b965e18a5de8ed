// SPDX-License-Identifier: MIT
// The kanban view (/desk/{doctype}/view/kanban): a column per choice of the DocType's
// views.kanban.group_by Select field, a card per document the viewer may read. Moving
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

namespace fm::desk {

namespace {

// Enough for a board a person reads; more says so and points at the list.
constexpr int kMaxCards = 300;

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
    if (!group || m_meta->fieldTypes().type(group->fieldtype).base != u"Select")
        return fm::fail(
            fm::ErrorCode::NotFound,
            Desk::tr("%1 has no kanban view: its views.kanban.group_by must name a Select "
                     "field.")
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
    QStringList choices = group->selectOptions();
    for (const fm::core::Document &doc : std::as_const(found->rows)) {
        const QString value = doc.string(group->fieldname);
        if (!choices.contains(value))
            choices << value; // "" (none) or a value no longer offered
    }
    const QString back = kanbanPath(type);
    Data columns = emptyList();
    int index = 0;
    for (const QString &choice : std::as_const(choices)) {
        Data cards = emptyList();
        for (const fm::core::Document &doc : std::as_const(found->rows)) {
            if (doc.string(group->fieldname) != choice)
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
            for (const QString &target : std::as_const(choices)) {
                Data option;
                option.set("value", utf8(target));
                option.set("label", utf8(target.isEmpty() ? Desk::tr("(none)") : target));
                option.set("selected", target == choice);
                options.push_back(option);
            }
            card.set("options", options);
            cards.push_back(card);
        }
        Data column;
        column.set("index", utf8(QString::number(++index)));
        column.set("value", utf8(choice));
        column.set("label", utf8(choice.isEmpty() ? Desk::tr("(none)") : choice));
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
    return page(&viewer, QStringLiteral("kanban"), label,
                {{Desk::tr("Workspace"), QStringLiteral("/desk")},
                 {label, deskPath(type)},
                 {Desk::tr("Kanban"), {}}},
                body);
}

} // namespace fm::desk
