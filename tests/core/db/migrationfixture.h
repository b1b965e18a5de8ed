// SPDX-License-Identifier: MIT
// Shared by the migrator tests: a temporary SQLite site with two DocTypes, Customer
// and Ticket, and helpers to change them and to read the data back.
#pragma once

#include "db/connectionpool.h"
#include "db/migrator.h"
#include "db/sql.h"
#include "meta/fieldtyperegistry.h"

#include <QTemporaryDir>
#include <QTest>

namespace fmtest {

using namespace fm;
using namespace fm::core;

inline Field field(const QString &name, const QString &type, const QString &options = {})
{
    Field f;
    f.fieldname = name;
    f.fieldtype = type;
    f.options = options;
    return f;
}

inline DocType doctype(const QString &name, const QList<Field> &fields)
{
    DocType d;
    d.name = name;
    d.fields = fields;
    return d;
}

// Customer {customer_name}; Ticket {subject (140), hours Int, price Float, code unique,
// customer Data, account Link Customer} with an index on hours.
inline QList<DocType> baseDocTypes()
{
    Field subject = field("subject", "Data");
    subject.length = 140;
    Field code = field("code", "Data");
    code.unique = true;
    DocType ticket =
        doctype("Ticket", {subject, field("hours", "Int"), field("price", "Float"), code,
                           field("customer", "Data"), field("account", "Link", "Customer")});
    ticket.indexes = {IndexDef{QString(), {"hours"}, false}};
    return {doctype("Customer", {field("customer_name", "Data")}), ticket};
}

inline const QStringList &baseRows()
{
    static const QStringList rows{
        "INSERT INTO customer (name, customer_name) VALUES ('C1', 'Acme')",
        "INSERT INTO ticket (name, subject, hours, price, code, customer, account) VALUES "
        "('T1', 'Printer jammed', 3, 2.5, 'A1', 'C1', 'C1'), ('T2', 'Fax', NULL, NULL, 'A2', NULL, "
        "NULL)",
    };
    return rows;
}

inline Field *fieldOf(QList<DocType> &doctypes, const QString &doctypeName,
                      const QString &fieldname)
{
    for (DocType &d : doctypes) {
        if (d.name != doctypeName)
            continue;
        for (Field &f : d.fields) {
            if (f.fieldname == fieldname)
                return &f;
        }
    }
    return nullptr;
}

inline DocType *doctypeOf(QList<DocType> &doctypes, const QString &name)
{
    for (DocType &d : doctypes) {
        if (d.name == name)
            return &d;
    }
    return nullptr;
}

// "kind:class" per step, the shape the tests compare.
inline QStringList stepKinds(const QList<MigrationStep> &steps)
{
    QStringList out;
    for (const MigrationStep &s : steps)
        out << MigrationStep::kindName(s.kind) + u':' + stepClassName(s.classification);
    return out;
}

class Site
{
public:
    Site()
    {
        DatabaseConfig config;
        config.path = m_dir.filePath(QStringLiteral("site.sqlite"));
        auto pool = ConnectionPool::open(config);
        if (pool)
            m_pool = std::move(*pool);
        m_migrator = std::make_unique<Migrator>(*m_pool, m_types);
    }
    bool isValid() const { return m_pool != nullptr; }
    Migrator &migrator() { return *m_migrator; }
    ConnectionPool &pool() { return *m_pool; }
    FieldTypeRegistry &types() { return m_types; }

    // plan + apply(force), failing the test on any error.
    Result<MigrationReport> migrate(const QList<DocType> &doctypes, bool force = true)
    {
        auto plan = m_migrator->plan(doctypes);
        if (!plan)
            return fail(plan.error());
        return m_migrator->apply(*plan, force);
    }

    Result<void> exec(const QString &sql)
    {
        auto done = execSql(*m_pool->connection(), m_pool->dialect(), sql);
        if (!done)
            return fail(done.error());
        return {};
    }

    // The first column of every row, joined with ",".
    QString query(const QString &sql)
    {
        auto q = execSql(*m_pool->connection(), m_pool->dialect(), sql);
        if (!q)
            return QStringLiteral("error: ") + q.error().message();
        QStringList rows;
        while (q->next())
            rows << (q->value(0).isNull() ? QStringLiteral("NULL") : q->value(0).toString());
        return rows.join(u',');
    }

private:
    QTemporaryDir m_dir;
    FieldTypeRegistry m_types;
    std::unique_ptr<ConnectionPool> m_pool;
    std::unique_ptr<Migrator> m_migrator;
};

} // namespace fmtest
