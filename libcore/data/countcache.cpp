// SPDX-License-Identifier: MIT
#include "data/countcache.h"

#include "data/repository.h"
#include "db/connectionpool.h"
#include "db/dialect.h"
#include "db/transaction.h"

#include <QMutexLocker>

namespace fm::core {

namespace {

QString keyFor(const QString &connection, const SqlStatement &statement)
{
    QString key = connection + QChar(0x1f) + statement.sql;
    for (const QVariant &value : statement.values) {
        key += QChar(0x1f) + QString::number(value.typeId()) + QLatin1Char(':') + value.toString();
    }
    return key;
}

} // namespace

CountCache::CountCache(ConnectionPool &pool, Repository &repository)
    : m_pool(pool)
    , m_repository(repository)
{}

Result<qint64> CountCache::countNow(const SqlStatement &statement)
{
    auto value = m_repository.scalar(statement);
    if (!value)
        return fail(value.error());
    return value->toLongLong();
}

Result<qint64> CountCache::count(const SqlStatement &statement)
{
    const QString tokenSql = m_pool.dialect().changeTokenSql();
    auto connection = m_pool.connection();
    if (tokenSql.isEmpty() || !connection || Transaction::depth(connection->connectionName()) > 0)
        return countNow(statement);

    // The token is read before counting: a commit that lands in between makes the
    // stored token older than the count, so the next call counts again.
    auto token = m_repository.lookup(tokenSql, {});
    if (!token)
        return fail(token.error());
    if (!*token)
        return countNow(statement);
    const QString key = keyFor(connection->connectionName(), statement);
    {
        QMutexLocker lock(&m_mutex);
        const auto it = m_entries.constFind(key);
        if (it != m_entries.cend() && it->token == **token) {
            ++m_hits;
            return it->count;
        }
    }
    auto counted = countNow(statement);
    if (!counted)
        return counted;
    QMutexLocker lock(&m_mutex);
    if (m_entries.size() >= kMaxEntries)
        m_entries.clear(); // simple bound: queries repeat, so the useful ones come back
    m_entries.insert(key, Entry{**token, *counted});
    return counted;
}

} // namespace fm::core
