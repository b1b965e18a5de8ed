// SPDX-License-Identifier: MIT
#include "data/namingservice.h"

#include "data/doctypetable.h"
#include "data/fieldvalidator.h"
#include "data/uuid7.h"
#include "db/connectionpool.h"
#include "db/sql.h"
#include "meta/namingpattern.h"

#include <QCoreApplication>
#include <QDateTime>

namespace fm::core {

namespace {

struct NamingserviceTr
{
    Q_DECLARE_TR_FUNCTIONS(fm::core::NamingService)
};

} // namespace

NamingService::NamingService(ConnectionPool &pool)
    : m_pool(pool)
{}

NamingService::~NamingService() = default;

Result<std::shared_ptr<const NamingPattern>> NamingService::pattern(const DocTypeTable &table)
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_patterns.constFind(table.doctype.name);
    if (it != m_patterns.constEnd())
        return *it;
    auto parsed = NamingPattern::parse(table.doctype.naming.pattern, table.doctype.fieldnames());
    if (!parsed)
        return fail(parsed.error());
    auto shared = std::make_shared<const NamingPattern>(*parsed);
    m_patterns.insert(table.doctype.name, shared);
    return shared;
}

Result<qint64> NamingService::nextCounter(const QString &key, const QString &user)
{
    const Dialect &dialect = m_pool.dialect();
    const QString table = dialect.quote(QStringLiteral("naming_counter"));
    const QString current = dialect.quote(QStringLiteral("current"));
    // Standard SQL upsert (SQLite 3.35+, PostgreSQL 9.5+): one statement, no race.
    const QString sql =
        QStringLiteral("INSERT INTO %1 (%2, %3, %4, %5, %6, %7) VALUES (?, 1, ?, ?, ?, ?) "
                       "ON CONFLICT (%2) DO UPDATE SET %3 = %1.%3 + 1, %6 = excluded.%6, "
                       "%7 = excluded.%7 RETURNING %3")
            .arg(table, dialect.quote(QStringLiteral("name")), current,
                 dialect.quote(QStringLiteral("owner")), dialect.quote(QStringLiteral("creation")),
                 dialect.quote(QStringLiteral("modified")),
                 dialect.quote(QStringLiteral("modified_by")));
    auto query = m_pool.statement(sql);
    if (!query) {
        return fail(
            Error(ErrorCode::Database,
                  NamingserviceTr::tr("naming series need the naming_counter table: %1; run "
                                      "`m migrate`")
                      .arg(query.error().message())));
    }
    const QString now = FieldValidator::canonicalDatetime(QDateTime::currentDateTimeUtc());
    if (auto ok = (*query)->exec({key, user, now, now, user}); !ok)
        return fail(ok.error());
    if (!(*query)->next())
        return fail(ErrorCode::Database,
                    NamingserviceTr::tr("naming counter %1 returned no value").arg(key));
    const qint64 value = (*query)->value(0).toLongLong();
    (*query)->finish();
    return value;
}

Result<QString> NamingService::nameFor(const DocTypeTable &table, const Document &doc,
                                       const QString &user)
{
    const Naming &naming = table.doctype.naming;
    // `message` names what is missing: "%1 is named by ...; give it a value".
    const auto missing = [&](const QString &field, const QString &message) {
        return fail(
            ErrorCode::Validation, message,
            {FieldError{field, QStringLiteral("required"),
                        NamingserviceTr::tr("%1 is required to name the document").arg(field)}});
    };
    if (table.doctype.isSingle)
        return table.doctype.name; // a Single has exactly one record, named after its DocType
    switch (naming.rule) {
    case Naming::Rule::Uuid:
        return createUuidV7();
    case Naming::Rule::Prompt: {
        const QString name = doc.name().trimmed();
        if (name.isEmpty())
            return missing(QStringLiteral("name"),
                           NamingserviceTr::tr("%1 is named by prompt; give it a value")
                               .arg(table.doctype.name));
        return name;
    }
    case Naming::Rule::Field: {
        const QString name = doc.string(naming.field).trimmed();
        if (name.isEmpty())
            return missing(naming.field,
                           NamingserviceTr::tr("%1 is named by its field \"%2\"; give it a value")
                               .arg(table.doctype.name, naming.field));
        return name;
    }
    case Naming::Rule::Series: {
        auto compiled = pattern(table);
        if (!compiled)
            return fail(compiled.error());
        QStringList empty;
        const auto value = [&](const QString &field) {
            const QString text = doc.string(field);
            if (text.isEmpty())
                empty << field;
            return text;
        };
        const QDate today = QDate::currentDate();
        const QString key = (*compiled)->key(today, value);
        if (!empty.isEmpty())
            return missing(empty.first(),
                           NamingserviceTr::tr("%1 is named by the series %2; give it a value")
                               .arg(table.doctype.name, naming.pattern));
        auto counter = nextCounter(key, user);
        if (!counter)
            return fail(counter.error());
        return (*compiled)->render(today, value, *counter);
    }
    }
    return createUuidV7();
}

} // namespace fm::core
