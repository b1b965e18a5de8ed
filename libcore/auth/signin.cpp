// SPDX-License-Identifier: MIT
#include "auth/signin.h"

#include "mail/magiclink.h"

#include <QCoreApplication>

namespace fm::core {

namespace {

struct SigninTr
{
    Q_DECLARE_TR_FUNCTIONS(fm::core::SignIn)
};

} // namespace

SignIn::SignIn(ConnectionPool &pool, DocumentService &service)
    : m_sessions(pool, service)
    , m_passwords(pool, service)
    , m_perAccount(RateLimiter::kLoginsPerAccount, pool, QStringLiteral("login-account"))
    , m_perAddress(RateLimiter::kLoginsPerIp, pool, QStringLiteral("login-address"))
{}

Result<UserRecord> SignIn::checkPassword(const QString &login, const QString &password,
                                         const SignInClient &client)
{
    // Keys are case-insensitive so "Ann" and "ann" share one account budget.
    const QString account = login.trimmed().toLower();
    if (auto allowed = m_perAddress.check(client.address); !allowed)
        return fail(allowed.error());
    if (auto allowed = m_perAccount.check(account); !allowed)
        return fail(allowed.error());
    auto user = m_passwords.verify(login, password);
    if (!user) {
        if (user.error().code() == ErrorCode::InvalidCredentials) {
            m_perAddress.recordFailure(client.address);
            m_perAccount.recordFailure(account);
        }
        return user;
    }
    m_perAccount.reset(account);
    return user;
}

Result<SignedIn> SignIn::withPassword(const QString &login, const QString &password,
                                      const SignInClient &client, std::chrono::seconds lifetime)
{
    auto user = checkPassword(login, password, client);
    if (!user)
        return fail(user.error());
    auto session = m_sessions.create(user->name, client.address, client.userAgent, lifetime);
    if (!session)
        return fail(session.error());
    return SignedIn{*user, *session};
}

Result<void> SignIn::requireRecentAuth(const Principal &who, const QString &reentered,
                                       const QString &field, const SignInClient &client)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (reentered.isEmpty()) {
        const QDateTime at = who.authenticatedAt;
        if (at.isValid() && at.secsTo(now) <= std::chrono::seconds(kRecentAuth).count())
            return {};
        return fail(ErrorCode::ReauthRequired,
                    SigninTr::tr("this needs a login in the last %1 minutes; log in again "
                                 "(POST /api/v1/auth/login) or re-enter your password as "
                                 "\"%2\" in the body")
                        .arg(kRecentAuth.count())
                        .arg(field));
    }
    auto user = checkPassword(who.user, reentered, client);
    if (!user) {
        if (user.error().code() != ErrorCode::InvalidCredentials)
            return fail(user.error());
        return fail(ErrorCode::ReauthRequired,
                    SigninTr::tr("the password in \"%1\" is wrong; re-enter your current "
                                 "password, or log in again")
                        .arg(field));
    }
    if (!who.sessionId.isEmpty())
        return m_sessions.markAuthenticated(who.sessionId, now);
    return {};
}

Result<SignedIn> SignIn::redeemMagicLink(MagicLink &links, const QString &token,
                                         const SignInClient &client, std::chrono::seconds lifetime)
{
    if (auto allowed = m_perAddress.check(client.address); !allowed)
        return fail(allowed.error());
    auto user = links.consume(token);
    if (!user) {
        if (user.error().code() == ErrorCode::Unauthorized)
            m_perAddress.recordFailure(client.address);
        return fail(user.error());
    }
    auto record = m_passwords.users().find(*user);
    if (!record)
        return fail(record.error());
    if (!*record) // removed since the link was consumed
        return fail(MagicLink::refusal());
    auto session = m_sessions.create(*user, client.address, client.userAgent, lifetime,
                                     QDateTime::currentDateTimeUtc(), SessionStore::kMagicLink);
    if (!session)
        return fail(session.error());
    return SignedIn{**record, *session};
}

} // namespace fm::core
