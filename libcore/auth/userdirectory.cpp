// SPDX-License-Identifier: MIT
#include "auth/userdirectory.h"

#include "data/doctypetable.h"
#include "data/documentservice.h"
#include "db/connectionpool.h"

namespace fm::core {

UserDirectory::UserDirectory(ConnectionPool &pool, DocumentService &service)
    : m_pool(pool)
{
    auto user = service.table(QStringLiteral("User"));
    auto hasRole = service.table(QStringLiteral("Has Role"));
    if (!user || !hasRole) {
        m_broken = user ? hasRole.error() : user.error();
        return;
    }
    const Dialect &dialect = pool.dialect();
    const auto q = [&dialect](const char *column) {
        return dialect.quote(QLatin1String(column));
    };
    // Column names are the fieldnames (SchemaMapper); the table names come from the
    // DocTypeTable so a renamed table stays right.
    const QString select =
        QStringLiteral("SELECT %1, %2, %3, %4, %5, %6 FROM %7 WHERE %8 AND %9 IS NULL")
            .arg(q("name"), q("email"), q("full_name"), q("password"), q("enabled"), q("language"),
                 (*user)->quotedTable, QStringLiteral("%1"), q("deleted_at"));
    m_byNameSql = select.arg(q("name") + QStringLiteral(" = ?"));
    m_byEmailSql = select.arg(QStringLiteral("lower(%1) = lower(?)").arg(q("email")));
    m_rolesSql = QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ? AND %4 = 'User' AND %5 = 'roles' "
                                "ORDER BY %6")
                     .arg(q("role"), (*hasRole)->quotedTable, q("parent"), q("parenttype"),
                          q("parentfield"), q("idx"));
}

Result<std::optional<UserRecord>> UserDirectory::find(const QString &login, bool alsoEmail) const
{
    if (m_broken)
        return fail(*m_broken);
    if (login.isEmpty())
        return std::optional<UserRecord>();
    auto found = findBy(m_byNameSql, login);
    if (!found || found->has_value() || !alsoEmail || !login.contains(u'@'))
        return found;
    return findBy(m_byEmailSql, login);
}

Result<std::optional<UserRecord>> UserDirectory::findBy(const QString &sql,
                                                        const QString &value) const
{
    auto statement = m_pool.statement(sql);
    if (!statement)
        return fail(statement.error());
    Statement &row = **statement;
    if (auto ran = row.exec({value}); !ran)
        return fail(ran.error());
    if (!row.next())
        return std::optional<UserRecord>();
    UserRecord user;
    user.name = row.value(0).toString();
    user.email = row.value(1).toString();
    user.fullName = row.value(2).toString();
    user.passwordHash = row.value(3).toString();
    user.enabled = row.value(4).toLongLong() != 0;
    user.language = row.value(5).toString();
    row.finish();

    auto roles = m_pool.statement(m_rolesSql);
    if (!roles)
        return fail(roles.error());
    Statement &roleRow = **roles;
    if (auto ran = roleRow.exec({user.name}); !ran)
        return fail(ran.error());
    while (roleRow.next())
        user.roles << roleRow.value(0).toString();
    roleRow.finish();
    return std::optional<UserRecord>(user);
}

Principal UserDirectory::principal(const UserRecord &user, Principal::Method method,
                                   const QDateTime &authenticatedAt)
{
    Principal p;
    p.user = user.name;
    p.roles = user.roles;
    if (!p.roles.contains(Principal::kAllRole))
        p.roles << Principal::kAllRole;
    p.method = method;
    p.authenticatedAt = authenticatedAt;
    p.language = user.language;
    return p;
}

} // namespace fm::core
