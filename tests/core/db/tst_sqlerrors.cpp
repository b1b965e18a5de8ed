// SPDX-License-Identifier: MIT
#include "db/connectionpool.h"
#include "db/sql.h"
#include "db/sqlitedialect.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace fm;
using namespace fm::core;

class TestSqlErrors : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<ConnectionPool> m_pool;

private slots:
    void init()
    {
        QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
        DatabaseConfig config;
        config.path = m_dir.filePath(QStringLiteral("db.sqlite"));
        auto pool = ConnectionPool::open(config);
        QVERIFY(pool);
        m_pool = std::move(*pool);
        const QStringList schema{
            "CREATE TABLE customer (name TEXT PRIMARY KEY NOT NULL)",
            "CREATE TABLE ticket (name TEXT PRIMARY KEY NOT NULL, subject TEXT, a TEXT, b TEXT, "
            "customer TEXT, FOREIGN KEY (customer) REFERENCES customer (name) ON UPDATE CASCADE)",
            "CREATE UNIQUE INDEX ticket_subject ON ticket (subject)",
            "CREATE UNIQUE INDEX ticket_a_b ON ticket (a, b)",
            "INSERT INTO customer VALUES ('ACME')",
            "INSERT INTO ticket VALUES ('T1', 'Printer', 'x', 'y', 'ACME')",
        };
        for (const QString &sql : schema)
            QVERIFY2(execSql(*m_pool->connection(), m_pool->dialect(), sql), qPrintable(sql));
    }
    void cleanup()
    {
        m_pool.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("db.sqlite")));
    }

    void mapping_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QVariantList>("values");
        QTest::addColumn<int>("code"); // -1: succeeds
        QTest::addColumn<QStringList>("fields");
        QTest::addColumn<QString>("messagePart");

        const QString insert = QStringLiteral("INSERT INTO ticket VALUES (?, ?, ?, ?, ?)");
        QTest::newRow("ok") << insert << QVariantList{"T2", "Fax", "x", "z", "ACME"} << -1
                            << QStringList{} << "";
        QTest::newRow("ok, null link") << insert << QVariantList{"T2", "Fax", "x", "z", QVariant()}
                                       << -1 << QStringList{} << "";
        QTest::newRow("unique column") << insert << QVariantList{"T2", "Printer", "x", "z", "ACME"}
                                       << int(ErrorCode::Duplicate) << QStringList{"subject"}
                                       << "UNIQUE constraint failed: ticket.subject";
        QTest::newRow("unique pair")
            << insert << QVariantList{"T2", "Fax", "x", "y", "ACME"} << int(ErrorCode::Duplicate)
            << QStringList{"a", "b"} << "another record already has the value of a, b";
        QTest::newRow("primary key")
            << insert << QVariantList{"T1", "Fax", "x", "z", "ACME"} << int(ErrorCode::Duplicate)
            << QStringList{"name"} << "choose a different value";
        QTest::newRow("missing link target")
            << insert << QVariantList{"T2", "Fax", "x", "z", "Nobody"} << int(ErrorCode::Validation)
            << QStringList{} << "FOREIGN KEY constraint failed";
        QTest::newRow("deleting a linked record")
            << "DELETE FROM customer WHERE name = ?" << QVariantList{"ACME"}
            << int(ErrorCode::Validation) << QStringList{} << "still linked";
        QTest::newRow("rename cascades")
            << "UPDATE customer SET name = ? WHERE name = ?" << QVariantList{"ACME Inc", "ACME"}
            << -1 << QStringList{} << "";
        QTest::newRow("syntax error")
            << "INSRT INTO ticket VALUES (?)" << QVariantList{"T3"} << int(ErrorCode::Database)
            << QStringList{} << "syntax error";
        QTest::newRow("unknown table")
            << "SELECT * FROM nope" << QVariantList{} << int(ErrorCode::Database) << QStringList{}
            << "no such table";
        QTest::newRow("unknown column")
            << "SELECT nope FROM ticket" << QVariantList{} << int(ErrorCode::Database)
            << QStringList{} << "no such column";
    }
    void mapping()
    {
        QFETCH(QString, sql);
        QFETCH(QVariantList, values);
        QFETCH(int, code);
        QFETCH(QStringList, fields);
        QFETCH(QString, messagePart);

        auto direct = execSql(*m_pool->connection(), m_pool->dialect(), sql, values);
        QCOMPARE(direct.has_value(), code < 0);
        if (code >= 0) {
            QCOMPARE(int(direct.error().code()), code);
            QVERIFY2(direct.error().message().contains(messagePart),
                     qPrintable(direct.error().message()));
            QCOMPARE(direct.error().details().value(QStringLiteral("fields")).toStringList(),
                     fields);
            QCOMPARE(direct.error().fields().size(), fields.size());
            QCOMPARE(direct.error().details().value(QStringLiteral("sql")).toString(), sql);
        }

        // The same statement through the prepared-statement cache maps the same way,
        // once the first run is undone.
        if (code < 0) {
            return;
        }
        auto prepared = m_pool->prepared(sql);
        if (!prepared) { // engine refuses to prepare it at all
            QCOMPARE(int(prepared.error().code()), code);
            return;
        }
        auto run = execPrepared(**prepared, m_pool->dialect(), values);
        QVERIFY(!run);
        QCOMPARE(int(run.error().code()), code);
        QCOMPARE(run.error().details().value(QStringLiteral("fields")).toStringList(), fields);
    }

    void renameCascades()
    {
        auto db = *m_pool->connection();
        QVERIFY(execSql(db, m_pool->dialect(),
                        QStringLiteral("UPDATE customer SET name = 'ACME Inc'")));
        auto q = execSql(db, m_pool->dialect(), QStringLiteral("SELECT customer FROM ticket"));
        QVERIFY(q && q->next());
        QCOMPARE(q->value(0).toString(), QStringLiteral("ACME Inc"));
    }

    // Errors that are hard to provoke on one connection, as the driver reports them.
    void engineErrors_data()
    {
        QTest::addColumn<QString>("nativeCode");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("code");
        QTest::addColumn<bool>("retry");
        QTest::newRow("busy") << "5"
                              << "database is locked" << int(ErrorCode::Database) << true;
        QTest::newRow("table locked")
            << "6"
            << "database table is locked" << int(ErrorCode::Database) << true;
        QTest::newRow("extended busy code")
            << "517"
            << "database is locked" << int(ErrorCode::Database) << true;
        QTest::newRow("extended unique code")
            << "2067"
            << "UNIQUE constraint failed: t.c" << int(ErrorCode::Duplicate) << false;
        QTest::newRow("extended foreign key code")
            << "787"
            << "FOREIGN KEY constraint failed" << int(ErrorCode::Validation) << false;
        QTest::newRow("disk full")
            << "13"
            << "database or disk is full" << int(ErrorCode::Database) << false;
        QTest::newRow("check constraint")
            << "19"
            << "CHECK constraint failed: x" << int(ErrorCode::Database) << false;
    }
    void engineErrors()
    {
        QFETCH(QString, nativeCode);
        QFETCH(QString, text);
        QFETCH(int, code);
        QFETCH(bool, retry);
        const SqliteDialect dialect;
        const Error error =
            sqlError(QSqlError(QString(), text, QSqlError::StatementError, nativeCode), dialect,
                     QStringLiteral("saving Ticket T1"));
        QCOMPARE(int(error.code()), code);
        QVERIFY(error.message().startsWith(QStringLiteral("saving Ticket T1: ")));
        QVERIFY(error.message().contains(text));
        QCOMPARE(error.details().value(QStringLiteral("retry")).toBool(), retry);
        if (retry)
            QVERIFY(error.message().contains(QStringLiteral("retry the operation")));
    }
};

QTEST_GUILESS_MAIN(TestSqlErrors)
#include "tst_sqlerrors.moc"
