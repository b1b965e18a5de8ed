// SPDX-License-Identifier: MIT
#pragma once

// The Desk's views over the demo app (examples/helpdesk) on a real SQLite site, for the
// tests that render libdesk directly (tst_desk_views, tst_desk_forms): the site, its
// PermissionEngine and DocumentAccess, the views, and the viewers the tests look
// through. deskfixture.h is its twin over a real `m start`.

#include "deskviews.h"
#include "permissions/documentaccess.h"
#include "permissions/permissionengine.h"
#include "testsite.h"

#include <memory>
#include <optional>

namespace deskviews {

inline fm::desk::Viewer admin()
{
    return {
        fm::core::Principal::system(), QStringLiteral("Ada Admin"), QStringLiteral("csrf-1"), {}};
}

// The helpdesk's Support Agent (reads and writes tickets, no System Manager rights).
inline fm::desk::Viewer agent()
{
    fm::core::Principal who;
    who.user = QStringLiteral("agent@example.com");
    who.roles = {QStringLiteral("Support Agent"), fm::core::Principal::kAllRole};
    who.method = fm::core::Principal::Method::Session;
    return {who, QStringLiteral("Agent A"), QStringLiteral("csrf-2"), {}};
}

} // namespace deskviews

class DeskViewsFixture
{
public:
    // The helpdesk, or the apps in `appDirs`.
    bool open(const QStringList &appDirs = {QStringLiteral(FM_HELPDESK_DIR "/apps/helpdesk")})
    {
        if (!site.open(appDirs))
            return false;
        engine = std::make_unique<fm::core::PermissionEngine>(*site.service);
        access = std::make_unique<fm::core::DocumentAccess>(*site.service, *engine);
        auto made = fm::desk::DeskViews::create(site.meta, *access, fm::desk::PageLimits{20, 500});
        if (!made) {
            qWarning().noquote() << made.error().toText();
            return false;
        }
        views.emplace(std::move(*made));
        return true;
    }

    // The page's HTML, or empty (with the error logged) when it failed.
    static QString render(const fm::Result<fm::desk::Page> &page)
    {
        if (!page) {
            qWarning().noquote() << page.error().toText();
            return {};
        }
        return page->html;
    }

    // Inserted as the system; the new document's name, or empty (logged) on failure.
    QString insert(const QString &doctype, const QVariantMap &values)
    {
        auto saved = site.service->insert(doc(doctype, values));
        if (!saved) {
            qWarning().noquote() << saved.error().toText();
            return {};
        }
        return saved->name();
    }

    TestSite site;
    std::unique_ptr<fm::core::PermissionEngine> engine;
    std::unique_ptr<fm::core::DocumentAccess> access;
    std::optional<fm::desk::DeskViews> views;
};
