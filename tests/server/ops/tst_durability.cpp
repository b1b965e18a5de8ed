// SPDX-License-Identifier: MIT
// Durability under SIGKILL (issue 12, item 10), with real processes and a real SQLite file:
// - every write `m start` acknowledged with a 2xx is still there after the server is killed
//   in the middle of concurrent writes, and the database passes PRAGMA integrity_check;
// - `m migrate` killed at any moment leaves the old schema or the new one, never a mix, and
//   a second `m migrate` finishes the job with every row kept.
#include "testserver.h"

#include <QFile>
#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>
#include <QUuid>

#include <atomic>
#include <mutex>
#include <thread>
#include <vector>

namespace {

// The first column of every row of `sql` on the SQLite file at `path`, or "error: ...".
QStringList sqlOn(const QString &path, const QString &sql)
{
    const QString connection = QUuid::createUuid().toString();
    QStringList rows;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        if (!db.open())
            return {QStringLiteral("error: ") + db.lastError().text()};
        QSqlQuery query(db);
        if (!query.exec(sql))
            rows << QStringLiteral("error: ") + query.lastError().text();
        while (query.next())
            rows << query.value(0).toString();
    }
    QSqlDatabase::removeDatabase(connection);
    return rows;
}

// What a migration can change on one table: its columns and its indexes, as one text.
QString shapeOf(const QString &db, const QString &table)
{
    const QStringList columns = sqlOn(
        db, QStringLiteral("SELECT name FROM pragma_table_info('%1') ORDER BY cid").arg(table));
    QStringList indexes = sqlOn(
        db, QStringLiteral("SELECT name FROM pragma_index_list('%1') ORDER BY name").arg(table));
    return columns.join(QLatin1Char(',')) + QLatin1Char('|') + indexes.join(QLatin1Char(','));
}

bool copyFile(const QString &from, const QString &to)
{
    QFile::remove(to);
    return QFile::copy(from, to);
}

// Removes the site's database and its WAL files, so a copy can take their place.
void removeDatabase(const QString &db)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(db + suffix);
}

} // namespace

class TestDurability : public QObject
{
    Q_OBJECT
private slots:
    void acknowledgedWritesSurviveSigkill();
    void killedMigrationLeavesOldOrNewSchema();
};

void TestDurability::acknowledgedWritesSurviveSigkill()
{
    TestServer server;
    QVERIFY(server.create());
    QVERIFY(server.start());
    const std::string token =
        server.login(QStringLiteral("Administrator"), TestServer::kAdminPassword);
    QVERIFY(!token.empty());

    // Four writers insert as fast as the server answers and keep the names it acknowledged.
    constexpr int kWriters = 4;
    std::atomic<bool> stop = false;
    std::atomic<int> acknowledged = 0;
    std::mutex mutex;
    QStringList acknowledgedNames;
    std::vector<std::thread> writers;
    for (int w = 0; w < kWriters; ++w) {
        writers.emplace_back([&, w] {
            httplib::Client http("127.0.0.1", server.port());
            http.set_connection_timeout(2, 0);
            http.set_read_timeout(10, 0);
            for (int i = 0; !stop; ++i) {
                const QString name = QStringLiteral("w%1-%2").arg(w).arg(i);
                const auto result = http.Post("/api/v1/Customer", TestServer::bearer(token),
                                              jsonText({{QStringLiteral("customer_name"), name}}),
                                              "application/json");
                if (!result)
                    return; // the server is gone
                if (result->status == 201) {
                    std::lock_guard lock(mutex);
                    acknowledgedNames << name;
                    ++acknowledged;
                }
            }
        });
    }
    // Kill while the writers are still writing: well after the first acknowledgements.
    QTRY_VERIFY_WITH_TIMEOUT(acknowledged >= 300, 120000);
    QVERIFY(!server.stop(SIGKILL));
    stop = true;
    for (auto &writer : writers)
        writer.join();

    const QString db = server.file(QStringLiteral("sites/demo/db.sqlite"));
    QCOMPARE(sqlOn(db, QStringLiteral("PRAGMA integrity_check")), QStringList{"ok"});
    const QStringList stored = sqlOn(db, QStringLiteral("SELECT name FROM customer"));
    QStringList lost;
    for (const QString &name : std::as_const(acknowledgedNames)) {
        if (!stored.contains(name))
            lost << name;
    }
    qInfo() << acknowledgedNames.size() << "acknowledged," << stored.size() << "stored";
    QVERIFY2(lost.isEmpty(), qPrintable(QStringLiteral("acknowledged but lost: ") +
                                        lost.mid(0, 10).join(QStringLiteral(", "))));

    // The killed site starts again and serves what it stored.
    QVERIFY(server.start());
    auto http = server.client();
    const auto count = http.Get("/api/v1/Customer?limit=1", TestServer::bearer(token));
    QVERIFY(count);
    QCOMPARE(count->status, 200);
    QCOMPARE(jsonOf(count->body).value(QStringLiteral("total")).toInt(), stored.size());
}

void TestDurability::killedMigrationLeavesOldOrNewSchema()
{
    TestServer server;
    QVERIFY(server.create());
    const QString db = server.file(QStringLiteral("sites/demo/db.sqlite"));

    // Enough rows that rebuilding the table takes a while: one real document, copied.
    QString output;
    QCOMPARE(server.m({QStringLiteral("doc"), QStringLiteral("insert"), QStringLiteral("Customer"),
                       QStringLiteral("--data"), QStringLiteral(R"({"customer_name": "Seed"})")},
                      &output),
             0);
    constexpr int kRows = 200000;
    const QStringList columns =
        sqlOn(db, QStringLiteral("SELECT name FROM pragma_table_info('customer') ORDER BY cid"));
    QVERIFY(columns.contains(QStringLiteral("phone")));
    QStringList copied;
    for (const QString &column : columns) {
        if (column == QLatin1String("name") || column == QLatin1String("customer_name"))
            copied << QStringLiteral("'C' || i");
        else if (column == QLatin1String("phone"))
            copied << QStringLiteral("'+1 555 ' || i");
        else
            copied << QLatin1Char('"') + column + QLatin1Char('"');
    }
    const QStringList inserted = sqlOn(
        db, QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i "
                           "< %1) INSERT INTO customer (\"%2\") SELECT %3 FROM customer, n")
                .arg(kRows)
                .arg(columns.join(QStringLiteral("\",\"")), copied.join(QLatin1Char(','))));
    QVERIFY2(inserted.isEmpty(), qPrintable(inserted.join(QLatin1Char('\n'))));
    const QString oldShape = shapeOf(db, QStringLiteral("customer"));

    // The new DocType: a unique phone and a new indexed field (a table rebuild plus indexes).
    const QString doctypePath =
        server.file(QStringLiteral("apps/testapp/doctypes/customer/customer.json"));
    QFile doctypeFile(doctypePath);
    QVERIFY(doctypeFile.open(QIODevice::ReadOnly));
    QJsonObject doctype = QJsonDocument::fromJson(doctypeFile.readAll()).object();
    doctypeFile.close();
    QJsonArray fields = doctype.value(QStringLiteral("fields")).toArray();
    for (auto field = fields.begin(); field != fields.end(); ++field) {
        QJsonObject object = field->toObject();
        if (object.value(QStringLiteral("fieldname")) == QLatin1String("phone")) {
            object.insert(QStringLiteral("unique"), true);
            *field = object;
        }
    }
    fields.append(QJsonObject{{QStringLiteral("fieldname"), QStringLiteral("region")},
                              {QStringLiteral("fieldtype"), QStringLiteral("Data")},
                              {QStringLiteral("length"), 40},
                              {QStringLiteral("in_filter"), true}});
    doctype.insert(QStringLiteral("fields"), fields);
    QVERIFY(doctypeFile.open(QIODevice::WriteOnly | QIODevice::Truncate));
    doctypeFile.write(QJsonDocument(doctype).toJson());
    doctypeFile.close();

    const QString pristine = server.file(QStringLiteral("pristine.sqlite"));
    QVERIFY(copyFile(db, pristine));
    const QStringList migrate{QStringLiteral("migrate"), QStringLiteral("--force")};

    // How long a whole migration takes here, to spread the kills over it.
    QElapsedTimer clock;
    clock.start();
    QCOMPARE(server.m(migrate, &output), 0);
    const qint64 fullMs = clock.elapsed();
    const QString newShape = shapeOf(db, QStringLiteral("customer"));
    QVERIFY2(newShape != oldShape, qPrintable(output));

    int killedMidway = 0;
    for (const double fraction : {0.05, 0.2, 0.35, 0.5, 0.65, 0.8, 0.95}) {
        removeDatabase(db);
        QVERIFY(copyFile(pristine, db));
        QProcess process;
        process.setWorkingDirectory(server.path());
        process.start(QStringLiteral(FM_M_BINARY), migrate);
        QVERIFY(process.waitForStarted());
        QThread::msleep(ulong(fullMs * fraction));
        const bool wasRunning = process.state() == QProcess::Running;
        process.kill(); // SIGKILL
        process.waitForFinished(20000);

        QCOMPARE(sqlOn(db, QStringLiteral("PRAGMA integrity_check")), QStringList{"ok"});
        const QString shape = shapeOf(db, QStringLiteral("customer"));
        QVERIFY2(shape == oldShape || shape == newShape,
                 qPrintable(QStringLiteral("a mixed schema after a kill at %1 of the migration: %2")
                                .arg(fraction)
                                .arg(shape)));
        if (wasRunning && shape == oldShape)
            ++killedMidway;
        QCOMPARE(sqlOn(db, QStringLiteral("SELECT count(*) FROM customer")),
                 QStringList{QString::number(kRows + 1)});
    }
    qInfo() << "a full migration took" << fullMs << "ms;" << killedMidway
            << "of 7 kills landed before it committed";

    // Whatever the kill left, the next `m migrate` brings the new schema with every row.
    QCOMPARE(server.m(migrate, &output), 0);
    QCOMPARE(shapeOf(db, QStringLiteral("customer")), newShape);
    QCOMPARE(sqlOn(db, QStringLiteral("SELECT count(*) FROM customer")),
             QStringList{QString::number(kRows + 1)});
}

QTEST_GUILESS_MAIN(TestDurability)
#include "tst_durability.moc"
