// SPDX-License-Identifier: MIT
#pragma once

// A TestSite with two users for the auth tests: ann (role Support, e-mail
// Ann@Example.com) and bob (no roles), passwords kAnnPassword / kBobPassword.

#include "auth/useraccounts.h"
#include "testsite.h"

inline const QString kAnn = QStringLiteral("ann");
inline const QString kBob = QStringLiteral("bob");
inline const QString kAnnPassword = QStringLiteral("ann-password-1");
inline const QString kBobPassword = QStringLiteral("bob-password-1");

inline bool addAuthUsers(fm::core::DocumentService &service)
{
    using fm::core::UserAccounts;
    if (!UserAccounts::ensureRole(service, QStringLiteral("Support")))
        return false;
    auto ann = UserAccounts::add(service, {kAnn,
                                           QStringLiteral("Ann@Example.com"),
                                           QStringLiteral("Ann A"),
                                           kAnnPassword,
                                           {QStringLiteral("Support")}});
    auto bob = UserAccounts::add(
        service,
        {kBob, QStringLiteral("bob@example.com"), QStringLiteral("Bob B"), kBobPassword, {}});
    if (!ann || !bob)
        qWarning().noquote() << (ann ? bob.error().toText() : ann.error().toText());
    return ann && bob;
}

inline bool setEnabled(fm::core::DocumentService &service, const QString &user, bool enabled)
{
    return bool(
        service.update(doc(QStringLiteral("User"), {{QStringLiteral("name"), user},
                                                    {QStringLiteral("enabled"), enabled}})));
}

// Closes the site's database and opens it again, as a server restart does.
inline bool reopen(TestSite &site)
{
    const fm::core::DatabaseConfig config = site.pool->config();
    site.service.reset();
    site.pool.reset();
    auto opened = fm::core::ConnectionPool::open(config);
    if (!opened)
        return false;
    site.pool = std::move(*opened);
    site.service =
        std::make_unique<fm::core::DocumentService>(*site.pool, site.meta, site.controllers);
    return true;
}
