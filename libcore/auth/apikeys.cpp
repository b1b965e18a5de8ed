// SPDX-License-Identifier: MIT
#include "auth/apikeys.h"

#include "auth/tokens.h"
#include "data/doctypetable.h"
#include "data/documentservice.h"
#include "data/fieldvalidator.h"
#include "db/connectionpool.h"

#include <QCoreApplication>

namespace fm::core {

namespace {

struct ApikeysTr
{
    Q_DECLARE_TR_FUNCTIONS(fm::core::ApiKeys)
};

const QString kApiKey = QStringLiteral("API Key");
// 20 characters of a token: 120 bits, enough for an identifier that must not collide.
constexpr int kKeyLength = 20;

Error refused(const QString &why)
{
    return Error(ErrorCode::Unauthorized,
                 ApikeysTr::tr("%1; send `Authorization: token <key>:<secret>` with a key "
                               "from POST /api/v1/auth/api-keys")
                     .arg(why));
}

} // namespace

ApiKeys::ApiKeys(ConnectionPool &pool, DocumentService &service)
    : m_pool(pool)
    , m_service(service)
    , m_users(pool, service)
{
    auto table = service.table(kApiKey);
    if (!table) {
        m_broken = table.error();
        return;
    }
    const Dialect &dialect = pool.dialect();
    const auto q = [&dialect](const char *column) {
        return dialect.quote(QLatin1String(column));
    };
    m_byKeySql = QStringLiteral("SELECT %1, %2, %3 FROM %4 WHERE %5 = ? AND %6 IS NULL")
                     .arg(q("user"), q("secret_hash"), q("expires"), (*table)->quotedTable,
                          q("key"), q("deleted_at"));
}

Result<CreatedApiKey> ApiKeys::create(const QString &user, const QDateTime &expires) const
{
    if (m_broken)
        return fail(*m_broken);
    if (expires.isValid() && expires <= QDateTime::currentDateTimeUtc()) {
        return fail(ErrorCode::Validation,
                    ApikeysTr::tr("the expiry %1 is in the past; give a later time, or none for "
                                  "a key that does not expire")
                        .arg(expires.toUTC().toString(Qt::ISODate)));
    }
    CreatedApiKey created;
    created.key = Tokens::generate().left(kKeyLength);
    created.secret = Tokens::generate();
    created.expires = expires.isValid() ? expires.toUTC() : QDateTime();
    auto hash = Tokens::storedForm(created.secret);
    if (!hash)
        return fail(hash.error());
    Document key(kApiKey);
    key.setValue(QStringLiteral("user"), user);
    key.setValue(QStringLiteral("key"), created.key);
    key.setValue(QStringLiteral("secret_hash"), *hash);
    if (created.expires.isValid())
        key.setValue(QStringLiteral("expires"), FieldValidator::canonicalDatetime(created.expires));
    auto saved = m_service.insert(key, user);
    if (!saved)
        return fail(saved.error().withContext(ApikeysTr::tr("creating an API key: ")));
    created.id = saved->name();
    return created;
}

Result<QList<ApiKeyInfo>> ApiKeys::list(const QString &user) const
{
    if (m_broken)
        return fail(*m_broken);
    Query query;
    query.doctype = kApiKey;
    query.filters = {Filter{QStringLiteral("user"), FilterOp::Eq, user}};
    query.fields = {QStringLiteral("name"), QStringLiteral("key"), QStringLiteral("creation"),
                    QStringLiteral("expires")};
    query.orderBy = {{QStringLiteral("creation"), true}};
    query.limit = -1;
    auto rows = m_service.list(query);
    if (!rows)
        return fail(rows.error());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<ApiKeyInfo> keys;
    for (const Document &row : std::as_const(*rows)) {
        ApiKeyInfo info;
        info.id = row.name();
        info.key = row.string(QStringLiteral("key"));
        info.created =
            QDateTime::fromString(row.string(QStringLiteral("creation")), Qt::ISODateWithMs);
        info.expires =
            QDateTime::fromString(row.string(QStringLiteral("expires")), Qt::ISODateWithMs);
        info.expired = info.expires.isValid() && info.expires <= now;
        keys << info;
    }
    return keys;
}

Result<void> ApiKeys::revoke(const QString &user, const QString &id) const
{
    if (m_broken)
        return fail(*m_broken);
    auto key = m_service.get(kApiKey, id);
    if (!key || key->string(QStringLiteral("user")) != user) {
        if (key || key.error().code() == ErrorCode::NotFound) {
            return fail(ErrorCode::NotFound,
                        ApikeysTr::tr("there is no API key %1 of yours; list your keys to find "
                                      "its id")
                            .arg(id));
        }
        return fail(key.error());
    }
    return m_service.remove(kApiKey, id, DeleteMode::Hard, user);
}

Result<int> ApiKeys::revokeAll(const QString &user) const
{
    auto keys = list(user);
    if (!keys)
        return fail(keys.error());
    for (const ApiKeyInfo &key : std::as_const(*keys)) {
        if (auto gone = m_service.remove(kApiKey, key.id, DeleteMode::Hard, user); !gone)
            return fail(gone.error());
    }
    return int(keys->size());
}

Result<Principal> ApiKeys::verify(const QString &key, const QString &secret) const
{
    if (m_broken)
        return fail(*m_broken);
    if (key.isEmpty() || secret.isEmpty())
        return fail(refused(ApikeysTr::tr("the API key or its secret is empty")));
    auto given = Tokens::storedForm(secret);
    if (!given)
        return fail(given.error());
    auto statement = m_pool.statement(m_byKeySql);
    if (!statement)
        return fail(statement.error());
    Statement &row = **statement;
    if (auto ran = row.exec({key}); !ran)
        return fail(ran.error());
    const bool known = row.next();
    const QString user = known ? row.value(0).toString() : QString();
    // An unknown key is compared against a stand-in so it takes as long as a known one.
    const QString stored = known ? row.value(1).toString() : QString(Tokens::kHashBytes * 2, u'0');
    const QString expiresText = known ? row.value(2).toString() : QString();
    row.finish();
    if (!Tokens::equal(*given, stored) || !known)
        return fail(refused(ApikeysTr::tr("the API key is unknown or its secret is wrong")));
    if (!expiresText.isEmpty()) {
        const QDateTime expires = QDateTime::fromString(expiresText, Qt::ISODateWithMs);
        if (!expires.isValid() || expires <= QDateTime::currentDateTimeUtc())
            return fail(refused(ApikeysTr::tr("the API key has expired")));
    }
    auto found = m_users.find(user);
    if (!found)
        return fail(found.error());
    if (!found->has_value() || !(*found)->enabled)
        return fail(refused(ApikeysTr::tr("the API key's user is disabled or deleted")));
    return UserDirectory::principal(**found, Principal::Method::ApiKey);
}

Result<Principal> ApiKeys::verify(const QString &keyAndSecret) const
{
    const qsizetype colon = keyAndSecret.indexOf(u':');
    if (colon <= 0)
        return fail(refused(ApikeysTr::tr("the API key credentials are not in the form "
                                          "<key>:<secret>")));
    return verify(keyAndSecret.left(colon), keyAndSecret.mid(colon + 1));
}

} // namespace fm::core
