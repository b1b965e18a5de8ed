// SPDX-License-Identifier: MIT
// The workspace (/desk): apps, their modules, the DocTypes the viewer may read with
// their counts, and the documents changed last.
#include "deskstrings.h"
#include "deskviews.h"
#include "fieldview.h"
#include "meta/metaregistry.h"
#include "permissions/documentaccess.h"
#include "permissions/permissionengine.h"

#include <QLocale>

#include <algorithm>
#include <map>

namespace fm::desk {

namespace {

using fm::core::DocType;
using fm::core::Document;

const QString kCoreApp = QStringLiteral("core");
constexpr int kRecentPerDocType = 5;
constexpr int kRecentShown = 10;

struct Recent
{
    QString modified;
    QString title;
    QString doctype;
    QString href;
};

QString titleOf(const DocType &type, const Document &doc)
{
    const QString title = type.titleField.isEmpty() ? QString() : doc.string(type.titleField);
    return title.isEmpty() ? doc.name() : title;
}

} // namespace

fm::Result<Page> DeskViews::workspace(const Viewer &viewer) const
{
    // app -> module -> DocTypes, in the apps' load order.
    std::map<QString, std::map<QString, Data>> grouped;
    QList<Recent> recent;
    for (const QString &name : m_meta->doctypeNames()) {
        const DocType *type = m_meta->doctype(name);
        if (!type || type->isChild || !type->apiResource)
            continue;
        if (!m_access->engine().may(viewer.principal, fm::core::PermissionAction::Read, name))
            continue;
        // Limit 0 asks for the total only, through the count cache.
        fm::core::Query count;
        count.doctype = name;
        count.limit = 0;
        auto total = m_access->list(viewer.principal, count);
        if (!total)
            return fm::fail(total.error());
        Data entry;
        entry.set("name", utf8(name));
        entry.set("label", utf8(type->label.isEmpty() ? name : type->label));
        entry.set("href", utf8(deskPath(*type)));
        entry.set("count_text", utf8(QLocale().toString(total->total)));
        const QString module = type->module.isEmpty() ? Desk::tr("Other") : type->module;
        auto &modules = grouped[type->app];
        auto found = modules.find(module);
        if (found == modules.end())
            found = modules.emplace(module, emptyList()).first;
        found->second.push_back(entry);

        // Recent documents are the apps' own: the built-in app's rows (sessions, naming
        // counters) change with every sign-in and would crowd them out.
        if (total->total == 0 || type->app == kCoreApp)
            continue;
        fm::core::Query latest;
        latest.doctype = name;
        latest.limit = kRecentPerDocType;
        latest.orderBy = {{QStringLiteral("modified"), true}};
        auto rows = m_access->list(viewer.principal, latest);
        if (!rows)
            return fm::fail(rows.error());
        for (const Document &doc : std::as_const(rows->rows))
            recent.append({doc.string(QStringLiteral("modified")), titleOf(*type, doc),
                           type->label.isEmpty() ? name : type->label,
                           deskPath(*type, doc.name())});
    }

    // The project's apps first, in load order; the built-in app (users, roles, ...) last.
    QList<fm::core::AppInfo> ordered = m_meta->apps();
    std::stable_partition(ordered.begin(), ordered.end(),
                          [](const fm::core::AppInfo &app) { return app.name != kCoreApp; });
    Data apps = emptyList();
    for (const fm::core::AppInfo &app : std::as_const(ordered)) {
        const auto it = grouped.find(app.name);
        if (it == grouped.end())
            continue;
        Data modules = emptyList();
        for (const auto &[module, doctypes] : it->second) {
            Data entry;
            entry.set("name", utf8(module));
            entry.set("doctypes", doctypes);
            modules.push_back(entry);
        }
        Data entry;
        entry.set("id", utf8(app.name));
        entry.set("title", utf8(app.title.isEmpty() ? app.name : app.title));
        entry.set("modules", modules);
        apps.push_back(entry);
    }

    std::sort(recent.begin(), recent.end(),
              [](const Recent &a, const Recent &b) { return a.modified > b.modified; });
    Data items = emptyList();
    for (const Recent &item : recent.mid(0, kRecentShown)) {
        Data entry;
        entry.set("title", utf8(item.title));
        entry.set("doctype", utf8(item.doctype));
        entry.set("href", utf8(item.href));
        entry.set("modified", utf8(item.modified));
        entry.set("modified_text", utf8(formatDatetime(item.modified)));
        items.push_back(entry);
    }
    Data body;
    body.set("apps", apps);
    if (recent.isEmpty()) {
        body.set("recent", false);
    } else {
        Data block;
        block.set("items", items);
        body.set("recent", block);
    }
    return page(&viewer, QStringLiteral("workspace"), Desk::tr("Workspace"),
                {{Desk::tr("Workspace"), {}}}, body);
}

} // namespace fm::desk
