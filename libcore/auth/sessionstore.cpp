// SPDX-License-Identifier: MIT
#include "auth/sessionstore.h"

#include "auth/tokens.h"
#include "data/doctypetable.h"
#include "data/documentservice.h"
#include "data/fieldvalidator.h"
#include "db/connectionpool.h"
#include "db/transaction.h"

#include <QCoreApplication>
#include <QMutexLocker>

namespace fm::core {

namespace {

struct SessionstoreTr
{
    Q_DECLARE_TR_FUNCTIONS(fm::core::SessionStore)
};

const QString kSession = QStringLiteral("Session");

QString stamp(const QDateTime &at)
{
    return FieldValidator::canonicalDatetime(at);
}

QDateTime parseStamp(const QVariant &value)
{
    QDateTime at = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return at.isValid() ? at.toUTC() : QDateTime();
}

Error unauthorized(const QString &why)
{
    return Error(ErrorCode::Unauthorized,
                 SessionstoreTr::tr("%1; log in again (POST /api/v1/auth/login)").arg(why));
}

Query userSessions(const QString &user)
{
    Query query;
    query.doctype = kSession;
    query.filters << Filter{QStringLiteral("user"), FilterOp::Eq, user};
    query.limit = -1;
    return query;
}

} // namespace

SessionStore::SessionStore(ConnectionPool &pool, DocumentService &service)
    : m_pool(pool)
    , m_service(service)
    , m_users(pool, service)
{
    auto table = service.table(kSession);
    if (!table) {
        m_broken = table.error();
        return;
    }
    const Dialect &dialect = pool.dialect();
    const auto q = [&dialect](const char *column) {
        return dialect.quote(QLatin1String(column));
    };
    const QString from = (*table)->quotedTable;
    m_byTokenSql = QStringLiteral("SELECT %1, %2, %3, %4, %5 FROM %6 WHERE %7 = ? AND %8 IS NULL")
                       .arg(q("name"), q("user"), q("expires"), q("authenticated_at"),
                            q("last_seen"), from, q("token_hash"), q("deleted_at"));
    m_csrfSql = QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ? AND %4 IS NULL")
                    .arg(q("csrf_hash"), from, q("name"), q("deleted_at"));
    // Straight to the row, past DocumentService: a heartbeat is no change of the
    // document (no new _version, no event) and must stay cheap.
    m_touchSql =
        QStringLiteral("UPDATE %1 SET %2 = ? WHERE %3 = ?").arg(from, q("last_seen"), q("name"));
}

Result<CreatedSession> SessionStore::create(const QString &user, const QString &ip,
                                            const QString &userAgent, std::chrono::seconds lifetime,
                                            const QDateTime &authenticatedAt,
                                            const QString &kind) const
{
    if (m_broken)
        return fail(*m_broken);
    if (lifetime.count() <= 0)
        return fail(ErrorCode::BadRequest,
                    SessionstoreTr::tr("a session must last longer than 0 seconds; give a positive "
                                       "lifetime"));
    if (auto purged = removeExpired(user); !purged)
        return fail(purged.error());
    CreatedSession created;
    created.token = Tokens::generate();
    created.csrfToken = csrfTokenFor(created.token);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    created.expires = now.addSecs(lifetime.count());
    auto tokenHash = Tokens::storedForm(created.token);
    auto csrfHash = Tokens::storedForm(created.csrfToken);
    if (!tokenHash || !csrfHash)
        return fail(tokenHash ? csrfHash.error() : tokenHash.error());

    Document session(kSession);
    session.setValue(QStringLiteral("token_hash"), *tokenHash);
    session.setValue(QStringLiteral("csrf_hash"), *csrfHash);
    session.setValue(QStringLiteral("user"), user);
    session.setValue(QStringLiteral("kind"), kind);
    session.setValue(QStringLiteral("expires"), stamp(created.expires));
    if (authenticatedAt.isValid())
        session.setValue(QStringLiteral("authenticated_at"), stamp(authenticatedAt));
    if (!ip.isEmpty())
        session.setValue(QStringLiteral("ip"), ip.left(45));
    if (!userAgent.isEmpty())
        session.setValue(QStringLiteral("user_agent"), userAgent.left(255));
    session.setValue(QStringLiteral("last_seen"), stamp(now));
    auto saved = m_service.insert(session, user);
    if (!saved)
        return fail(saved.error().withContext(SessionstoreTr::tr("starting a session: ")));
    created.sessionId = saved->name();
    return created;
}

QVariantList SessionStore::changeToken() const
{
    const QString sql = m_pool.dialect().changeTokenSql();
    auto connection = m_pool.connection();
    if (sql.isEmpty() || !connection || Transaction::depth(connection->connectionName()) > 0)
        return {};
    auto statement = m_pool.statement(sql);
    if (!statement || !(*statement)->exec({}) || !(*statement)->next())
        return {};
    QVariantList token{connection->connectionName()};
    for (int i = 0; i < (*statement)->columnCount(); ++i)
        token << (*statement)->value(i);
    (*statement)->finish();
    return token;
}

Result<Principal> SessionStore::verify(const QString &token, Principal::Method method) const
{
    if (m_broken)
        return fail(*m_broken);
    if (token.isEmpty())
        return fail(unauthorized(SessionstoreTr::tr("the session token is empty")));
    auto hash = Tokens::storedForm(token);
    if (!hash)
        return fail(hash.error());

    // Read before the session: a commit landing in between leaves the entry with an
    // older token, so the next call reads again. So does this call's own heartbeat.
    const QVariantList changed = changeToken();
    const QString key =
        changed.isEmpty() ? QString() : changed.first().toString() + QChar(0x1f) + *hash;
    if (!key.isEmpty()) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QMutexLocker lock(&m_verifiedMutex);
        const auto it = m_verified.constFind(key);
        // Past its expiry or due for a last_seen heartbeat: the slow path decides.
        if (it != m_verified.cend() && it->changeToken == changed && it->expires > now &&
            it->lastSeen.isValid() && it->lastSeen.secsTo(now) < kTouchInterval.count()) {
            ++m_hits;
            Principal principal = it->principal;
            principal.method = method;
            return principal;
        }
    }
    auto verified = verifyNow(*hash, method);
    if (!verified)
        return fail(verified.error());
    if (!key.isEmpty()) {
        verified->changeToken = changed;
        QMutexLocker lock(&m_verifiedMutex);
        if (m_verified.size() >= kMaxVerified)
            m_verified.clear(); // simple bound: active sessions come back at once
        m_verified.insert(key, *verified);
    }
    return verified->principal;
}

Result<SessionStore::Verified> SessionStore::verifyNow(const QString &hash,
                                                       Principal::Method method) const
{
    auto statement = m_pool.statement(m_byTokenSql);
    if (!statement)
        return fail(statement.error());
    Statement &row = **statement;
    if (auto ran = row.exec({hash}); !ran)
        return fail(ran.error());
    if (!row.next())
        return fail(unauthorized(SessionstoreTr::tr("the session is unknown or was revoked")));
    const QString sessionId = row.value(0).toString();
    const QString user = row.value(1).toString();
    Verified verified;
    verified.expires = parseStamp(row.value(2));
    const QDateTime authenticatedAt = parseStamp(row.value(3));
    verified.lastSeen = parseStamp(row.value(4));
    row.finish();

    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!verified.expires.isValid() || verified.expires <= now)
        return fail(unauthorized(SessionstoreTr::tr("the session has expired")));
    auto found = m_users.find(user);
    if (!found)
        return fail(found.error());
    if (!found->has_value() || !(*found)->enabled)
        return fail(unauthorized(SessionstoreTr::tr("the session's user is disabled or deleted")));

    if (!verified.lastSeen.isValid() || verified.lastSeen.secsTo(now) >= kTouchInterval.count()) {
        // Best effort: a failed heartbeat (e.g. a busy database) must not refuse the request.
        if (auto touch = m_pool.statement(m_touchSql)) {
            if ((*touch)->exec({stamp(now), sessionId}))
                verified.lastSeen = now;
            (*touch)->finish();
        }
    }
    verified.principal = UserDirectory::principal(**found, method, authenticatedAt);
    verified.principal.sessionId = sessionId;
    return verified;
}

QString SessionStore::csrfTokenFor(const QString &token)
{
    // A fixed key separates this hash from the token's stored form (docs/adr/0110).
    static const QByteArray key = QByteArrayLiteral("fm.session.csrf-token.v1");
    return Tokens::storedForm(token, key).value_or(QString());
}

Result<bool> SessionStore::csrfMatches(const QString &sessionId, const QString &csrfToken) const
{
    if (m_broken)
        return fail(*m_broken);
    if (csrfToken.isEmpty())
        return false;
    auto statement = m_pool.statement(m_csrfSql);
    if (!statement)
        return fail(statement.error());
    Statement &row = **statement;
    if (auto ran = row.exec({sessionId}); !ran)
        return fail(ran.error());
    const QString stored = row.next() ? row.value(0).toString() : QString();
    row.finish();
    auto given = Tokens::storedForm(csrfToken);
    return given && !stored.isEmpty() && Tokens::equal(*given, stored);
}

Result<void> SessionStore::markAuthenticated(const QString &sessionId, const QDateTime &at) const
{
    Document changes(kSession);
    changes.setName(sessionId);
    changes.setValue(QStringLiteral("authenticated_at"), stamp(at));
    auto saved = m_service.update(changes);
    if (!saved)
        return fail(saved.error());
    return {};
}

Result<void> SessionStore::revoke(const QString &sessionId, const QString &user) const
{
    auto session = m_service.get(kSession, sessionId);
    if (!session || (!user.isEmpty() && session->string(QStringLiteral("user")) != user)) {
        if (session || session.error().code() == ErrorCode::NotFound)
            return fail(ErrorCode::NotFound,
                        SessionstoreTr::tr("there is no session %1 of yours; list your sessions to "
                                           "find its id")
                            .arg(sessionId));
        return fail(session.error());
    }
    return m_service.remove(kSession, sessionId, DeleteMode::Hard);
}

Result<int> SessionStore::revokeAll(const QString &user, const QString &except) const
{
    Query query = userSessions(user);
    query.fields = {QStringLiteral("name")};
    auto sessions = m_service.list(query);
    if (!sessions)
        return fail(sessions.error());
    int removed = 0;
    for (const Document &session : *sessions) {
        if (session.name() == except)
            continue;
        if (auto gone = m_service.remove(kSession, session.name(), DeleteMode::Hard); !gone)
            return fail(gone.error());
        ++removed;
    }
    return removed;
}

Result<QList<SessionInfo>> SessionStore::list(const QString &user) const
{
    Query query = userSessions(user);
    query.filters << Filter{QStringLiteral("expires"), FilterOp::Gt,
                            stamp(QDateTime::currentDateTimeUtc())};
    query.orderBy = {{QStringLiteral("creation"), true}};
    auto sessions = m_service.list(query);
    if (!sessions)
        return fail(sessions.error());
    QList<SessionInfo> infos;
    for (const Document &session : *sessions) {
        SessionInfo info;
        info.id = session.name();
        info.kind = session.string(QStringLiteral("kind"));
        info.ip = session.string(QStringLiteral("ip"));
        info.userAgent = session.string(QStringLiteral("user_agent"));
        info.created = parseStamp(session.value(QStringLiteral("creation")));
        info.lastSeen = parseStamp(session.value(QStringLiteral("last_seen")));
        info.expires = parseStamp(session.value(QStringLiteral("expires")));
        info.authenticatedAt = parseStamp(session.value(QStringLiteral("authenticated_at")));
        infos << info;
    }
    return infos;
}

Result<void> SessionStore::removeExpired(const QString &user) const
{
    Query query = userSessions(user);
    query.fields = {QStringLiteral("name")};
    query.filters << Filter{QStringLiteral("expires"), FilterOp::Le,
                            stamp(QDateTime::currentDateTimeUtc())};
    auto expired = m_service.list(query);
    if (!expired)
        return fail(expired.error());
    for (const Document &session : *expired) {
        if (auto gone = m_service.remove(kSession, session.name(), DeleteMode::Hard); !gone)
            return fail(gone.error());
    }
    return {};
}

} // namespace fm::core
