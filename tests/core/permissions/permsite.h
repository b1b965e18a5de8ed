// SPDX-License-Identifier: MIT
#pragma once

// A test site with the permission test app (input/apps/permapp): Ticket (roles,
// if_owner, permlevel 1, a child table with levels 1 and 2, submittable), Task
// (rls_field assigned_to, a Link to User), Announcement (a Guest rule), the users
// the tests act as, and a PermissionEngine and DocumentAccess over the service.

#include "permissions/documentaccess.h"
#include "permissions/permissionengine.h"
#include "testsite.h"

namespace perm {

inline const QString kManager = QStringLiteral("Support Manager");
inline const QString kAgent = QStringLiteral("Support Agent");
inline const QString kAuditor = QStringLiteral("Auditor");

class PermSite
{
public:
    bool open()
    {
        if (!site.open({QStringLiteral(FM_TEST_DATA_DIR "/input/apps/permapp")}))
            return false;
        for (const char *name : {"alice", "bob", "carol", "dave"}) {
            auto user = site.service->insert(
                doc(QStringLiteral("User"), {{QStringLiteral("username"), QLatin1String(name)}}));
            if (!user) {
                qWarning().noquote() << user.error().toText();
                return false;
            }
        }
        engine = std::make_unique<fm::core::PermissionEngine>(*site.service);
        access = std::make_unique<fm::core::DocumentAccess>(*site.service, *engine);
        return true;
    }

    fm::core::DocumentService &service() { return *site.service; }

    // A signed-in user holding `roles` (plus the pseudo role All, as the auth chain adds).
    static fm::core::Principal user(const QString &name, const QStringList &roles)
    {
        fm::core::Principal who;
        who.user = name;
        who.roles = roles + QStringList{fm::core::Principal::kAllRole};
        who.method = fm::core::Principal::Method::Session;
        return who;
    }

    // A Ticket owned by `owner`, written straight through the service.
    QString ticket(const QString &owner, const QString &subject = QStringLiteral("t"))
    {
        auto saved =
            site.service->insert(doc(QStringLiteral("Ticket"),
                                     {{QStringLiteral("subject"), subject},
                                      {QStringLiteral("internal_note"), QStringLiteral("secret")}}),
                                 owner);
        if (!saved)
            qWarning().noquote() << saved.error().toText();
        return saved ? saved->name() : QString();
    }

    QString share(const QString &doctype, const QString &name, const QString &user, bool read,
                  bool write, bool share = false)
    {
        auto saved = site.service->insert(
            doc(QStringLiteral("Document Share"), {{QStringLiteral("share_doctype"), doctype},
                                                   {QStringLiteral("share_name"), name},
                                                   {QStringLiteral("user"), user},
                                                   {QStringLiteral("read"), read},
                                                   {QStringLiteral("write"), write},
                                                   {QStringLiteral("share"), share}}));
        if (!saved)
            qWarning().noquote() << saved.error().toText();
        return saved ? saved->name() : QString();
    }

    TestSite site;
    std::unique_ptr<fm::core::PermissionEngine> engine;
    std::unique_ptr<fm::core::DocumentAccess> access;
};

} // namespace perm
