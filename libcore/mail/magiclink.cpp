// SPDX-License-Identifier: MIT
#include "mail/magiclink.h"

#include "auth/tokens.h"
#include "data/documentservice.h"
#include "data/fieldvalidator.h"
#include "mail/emailqueue.h"

#include <QCoreApplication>

namespace fm::core {

namespace {

struct MagiclinkTr
{
    Q_DECLARE_TR_FUNCTIONS(fm::core::MagicLink)
};

const QString kUser = QStringLiteral("User");
const QString kUsedAt = QStringLiteral("used_at");
const QString kTokenHash = QStringLiteral("token_hash");

// SQLite's LIKE ignores ASCII case, so "Ann@Example.com" finds "ann@example.com";
// the wildcards an address may hold are escaped so they match only themselves.
QString likeLiteral(QString text)
{
    text.replace(u'\\', QStringLiteral("\\\\"));
    text.replace(u'%', QStringLiteral("\\%"));
    text.replace(u'_', QStringLiteral("\\_"));
    return text;
}

QString mailBody(const QString &name, const QString &url)
{
    return MagiclinkTr::tr("Hello %1,\n\n"
                           "use this link to sign in. It works once, within %2 minutes:\n\n"
                           "%3\n\n"
                           "If you did not ask for it, ignore this e-mail: nobody can sign in "
                           "with your account without the link.\n")
        .arg(name)
        .arg(MagicLink::kLifetimeMinutes)
        .arg(url);
}

} // namespace

Error MagicLink::refusal()
{
    return Error(ErrorCode::Unauthorized,
                 MagiclinkTr::tr("This sign-in link is not valid: it is unknown, already used or "
                                 "expired. Ask for a new one."));
}

MagicLink::MagicLink(DocumentService &service, Clock clock)
    : m_service(service)
    , m_clock(std::move(clock))
{}

QDateTime MagicLink::now() const
{
    return m_clock ? m_clock().toUTC() : QDateTime::currentDateTimeUtc();
}

// The enabled user with this address; empty when there is none, or when two
// addresses differ only in case and neither is the exact one asked for.
Result<QString> MagicLink::userFor(const QString &email)
{
    Query query;
    query.doctype = kUser;
    query.filters = {{QStringLiteral("email"), FilterOp::Like, likeLiteral(email)},
                     {QStringLiteral("enabled"), FilterOp::Eq, true}};
    query.fields = {QStringLiteral("name"), QStringLiteral("email")};
    query.limit = 2;
    auto users = m_service.list(query);
    if (!users)
        return fail(users.error());
    if (users->size() == 1)
        return users->first().name();
    for (const Document &user : *users) {
        if (user.string(QStringLiteral("email")) == email)
            return user.name();
    }
    return QString();
}

Result<MagicLink::Request> MagicLink::request(const QString &email, const QString &baseUrl)
{
    Request result;
    const QString address = email.trimmed();
    if (address.isEmpty())
        return result;
    auto user = userFor(address);
    if (!user)
        return fail(user.error());
    if (user->isEmpty())
        return result;
    auto account = m_service.get(kUser, *user);
    if (!account)
        return fail(account.error());

    const QString token = Tokens::generate();
    auto hash = Tokens::storedForm(token);
    if (!hash)
        return fail(hash.error());
    Document link(kDocType);
    link.setValue(QStringLiteral("user"), *user);
    link.setValue(kTokenHash, *hash);
    link.setValue(QStringLiteral("expires"),
                  FieldValidator::canonicalDatetime(now().addSecs(kLifetimeMinutes * 60)));
    auto saved = m_service.insert(link);
    if (!saved)
        return fail(saved.error());

    OutgoingEmail mail;
    mail.recipient = account->string(QStringLiteral("email"));
    mail.subject = MagiclinkTr::tr("Your sign-in link");
    const QString fullName = account->string(QStringLiteral("full_name"));
    mail.body = mailBody(fullName.isEmpty() ? *user : fullName, baseUrl + kPath + token);
    mail.referenceDoctype = kDocType;
    mail.referenceName = saved->name();
    auto queued = EmailQueue(m_service).enqueue(mail);
    if (!queued)
        return fail(queued.error());
    result.user = *user;
    result.email = queued->name();
    return result;
}

Result<QString> MagicLink::consume(const QString &token)
{
    if (token.isEmpty())
        return fail(refusal());
    auto hash = Tokens::storedForm(token);
    if (!hash)
        return fail(hash.error());
    Query query;
    query.doctype = kDocType;
    query.filters = {{kTokenHash, FilterOp::Eq, *hash}};
    query.limit = 1;
    auto found = m_service.list(query);
    if (!found)
        return fail(found.error());
    if (found->isEmpty())
        return fail(refusal());
    const Document &link = found->first();
    const QString usedAt = link.string(kUsedAt);
    if (!usedAt.isEmpty() || link.datetime(QStringLiteral("expires")) <= now())
        return fail(refusal());

    // The write only succeeds while the row is at the version read above, so of two
    // requests racing with the same link exactly one signs in.
    Document used(kDocType);
    used.setName(link.name());
    used.setValue(QStringLiteral("_version"), link.version());
    used.setValue(kUsedAt, FieldValidator::canonicalDatetime(now()));
    if (auto marked = m_service.update(used); !marked) {
        if (marked.error().code() == ErrorCode::VersionConflict)
            return fail(refusal());
        return fail(marked.error());
    }

    const QString user = link.string(QStringLiteral("user"));
    auto account = m_service.get(kUser, user);
    if (!account) {
        if (account.error().code() == ErrorCode::NotFound)
            return fail(refusal());
        return fail(account.error());
    }
    if (!account->boolean(QStringLiteral("enabled")))
        return fail(refusal());
    return user;
}

} // namespace fm::core
