// SPDX-License-Identifier: MIT
// The small JSON answers the Desk's scripts ask for: a Link field's choices
// (form.js) and the command palette's results (palette.js). Both read through
// DocumentAccess, so a user only ever finds what the API would show them.
#include "deskstrings.h"
#include "deskviews.h"
#include "fieldview.h"
#include "liststate.h"
#include "meta/metaregistry.h"
#include "permissions/documentaccess.h"
#include "permissions/permissionengine.h"

#include <QJsonArray>

#include <algorithm>

namespace fm::desk {

namespace {

using fm::core::DocType;

constexpr int kLinkChoices = 10;
constexpr int kPaletteDocTypes = 8;
constexpr int kPaletteDocuments = 8;
constexpr int kPalettePerDocType = 3;
constexpr int kPaletteMinSearch = 2;

// A search of `type` for `q` in the name and the title field the viewer may read.
fm::core::Query searchQuery(const DocType &type, const QStringList &readable, const QString &q,
                            int limit)
{
    fm::core::Query query;
    query.doctype = type.name;
    query.limit = limit;
    query.fields = {QStringLiteral("name")};
    const bool titled = !type.titleField.isEmpty() && readable.contains(type.titleField);
    if (titled)
        query.fields << type.titleField;
    if (!q.isEmpty()) {
        const QString pattern = containsPattern(q);
        query.anyOf.append({QStringLiteral("name"), fm::core::FilterOp::Like, pattern});
        if (titled)
            query.anyOf.append({type.titleField, fm::core::FilterOp::Like, pattern});
    }
    return query;
}

QString titleOf(const DocType &type, const fm::core::Document &doc)
{
    const QString title = type.titleField.isEmpty() ? QString() : doc.string(type.titleField);
    return title.isEmpty() ? doc.name() : title;
}

QJsonObject result(const QString &kind, const QString &label, const QString &hint,
                   const QString &href)
{
    return {{QStringLiteral("kind"), kind},
            {QStringLiteral("label"), label},
            {QStringLiteral("hint"), hint},
            {QStringLiteral("href"), href}};
}

} // namespace

fm::Result<QJsonObject> DeskViews::linkOptions(const Viewer &viewer, const QString &doctype,
                                               const QString &q) const
{
    const DocType *type = m_meta->findDocType(doctype);
    if (!type || type->isChild)
        return fm::fail(fm::ErrorCode::NotFound,
                        Desk::tr("There is no DocType \"%1\" to link to.").arg(doctype));
    auto found = m_access->list(viewer.principal, searchQuery(*type, readableFields(viewer, *type),
                                                              q.trimmed(), kLinkChoices));
    if (!found)
        return fm::fail(found.error());
    QJsonArray results;
    for (const fm::core::Document &doc : std::as_const(found->rows)) {
        const QString title = titleOf(*type, doc);
        results.append(
            QJsonObject{{QStringLiteral("value"), doc.name()},
                        {QStringLiteral("label"), title == doc.name() ? QString() : title}});
    }
    return QJsonObject{{QStringLiteral("results"), results}};
}

QJsonObject DeskViews::palette(const Viewer &viewer, const QString &text) const
{
    const QString q = text.trimmed();
    QJsonArray doctypes;
    QJsonArray actions;
    QJsonArray documents;
    const auto matches = [&q](const QString &label) {
        return q.isEmpty() || label.contains(q, Qt::CaseInsensitive);
    };
    if (matches(Desk::tr("Workspace")))
        actions.append(result(QStringLiteral("page"), Desk::tr("Workspace"), Desk::tr("Go to"),
                              QStringLiteral("/desk")));
    for (const QString &name : m_meta->doctypeNames()) {
        const DocType *type = m_meta->doctype(name);
        if (!type || type->isChild || !type->apiResource)
            continue;
        const fm::core::PermissionEngine &engine = m_access->engine();
        if (!engine.may(viewer.principal, fm::core::PermissionAction::Read, name) &&
            !engine.hasShares(viewer.principal, name))
            continue;
        const QString label = type->label.isEmpty() ? name : type->label;
        if (matches(label) && doctypes.size() < kPaletteDocTypes)
            doctypes.append(
                result(QStringLiteral("doctype"), label, Desk::tr("List"), deskPath(*type)));
        const QString create = Desk::tr("New %1").arg(label);
        if (matches(create) && actions.size() < kPaletteDocTypes &&
            engine.may(viewer.principal, fm::core::PermissionAction::Create, name))
            actions.append(result(QStringLiteral("action"), create, Desk::tr("Action"),
                                  deskPath(*type) + QStringLiteral("/new")));
        if (q.size() < kPaletteMinSearch || documents.size() >= kPaletteDocuments)
            continue;
        auto found =
            m_access->list(viewer.principal, searchQuery(*type, readableFields(viewer, *type), q,
                                                         kPalettePerDocType));
        if (!found)
            continue; // a DocType this viewer cannot search is simply not searched
        for (const fm::core::Document &doc : std::as_const(found->rows)) {
            if (documents.size() >= kPaletteDocuments)
                break;
            const QString title = titleOf(*type, doc);
            documents.append(
                result(QStringLiteral("document"), title,
                       title == doc.name() ? label : label + QStringLiteral(" · ") + doc.name(),
                       deskPath(*type, doc.name())));
        }
    }
    // What starts with the search comes first, shorter before longer ("New Ticket"
    // before "New Ticket Category"); documents keep the order they were found in.
    const auto rank = [&q](QJsonArray &group) {
        QList<QJsonValue> items;
        for (const QJsonValue &item : std::as_const(group))
            items << item;
        std::stable_sort(
            items.begin(), items.end(), [&q](const QJsonValue &a, const QJsonValue &b) {
                const QString x = a.toObject().value(QStringLiteral("label")).toString();
                const QString y = b.toObject().value(QStringLiteral("label")).toString();
                const bool px = x.startsWith(q, Qt::CaseInsensitive);
                const bool py = y.startsWith(q, Qt::CaseInsensitive);
                return px != py ? px : x.size() < y.size();
            });
        group = QJsonArray();
        for (const QJsonValue &item : std::as_const(items))
            group.append(item);
    };
    rank(doctypes);
    rank(actions);
    QJsonArray results;
    for (const QJsonArray *group : {&doctypes, &actions, &documents}) {
        for (const QJsonValue &item : *group)
            results.append(item);
    }
    return QJsonObject{{QStringLiteral("results"), results}};
}

} // namespace fm::desk
