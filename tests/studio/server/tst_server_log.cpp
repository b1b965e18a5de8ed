// SPDX-License-Identifier: MIT
// The Server log: parsing what `m start` prints (real lines, input/server.log), the
// bounded buffer, the filters, and the console following the tail.
#include "server/serverlogentry.h"
#include "server/serverlogmodel.h"
#include "server/serverlogview.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <QTest>

using fm::studio::ServerLogEntry;
using fm::studio::ServerLogFilter;
using fm::studio::ServerLogModel;
using fm::studio::ServerLogView;
using Level = ServerLogEntry::Level;
namespace serverlog = fm::studio::serverlog;

Q_DECLARE_METATYPE(ServerLogEntry::Level)

namespace {

ServerLogEntry plain(const QString &text, Level level = Level::Info)
{
    ServerLogEntry entry;
    entry.time = QDateTime::currentDateTime();
    entry.level = level;
    entry.message = text;
    return entry;
}

QList<ServerLogEntry> numbered(int from, int count)
{
    QList<ServerLogEntry> entries;
    for (int i = from; i < from + count; ++i)
        entries << plain(QStringLiteral("line %1").arg(i));
    return entries;
}

} // namespace

class TestServerLog : public QObject
{
    Q_OBJECT

private slots:
    void parseLine_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<bool>("request");
        QTest::addColumn<Level>("level");
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("message");

        // Lines as app-server/http/server.cpp writes them (copied from a real run).
        QTest::newRow("200")
            << R"({"duration_ms":0.512,"method":"GET","path":"/health","request_id":"4f0c6a1e-8d2b-4a57-9a43-0d5f0b7e2c11","route":"/health","status":200,"user":""})"
            << true << Level::Info << "GET"
            << "/health" << 200 << "";
        QTest::newRow("404 is a warning")
            << R"({"duration_ms":0.2,"method":"GET","path":"/api/resource/Nope","request_id":"a","route":"","status":404,"user":"Administrator"})"
            << true << Level::Warning << "GET"
            << "/api/resource/Nope" << 404 << "";
        QTest::newRow("503 with detail is an error")
            << R"({"detail":"SELECT 1 failed","duration_ms":3.1,"method":"GET","path":"/health","request_id":"b","route":"/health","status":503,"user":""})"
            << true << Level::Error << "GET"
            << "/health" << 503 << "SELECT 1 failed";
        QTest::newRow("explicit level wins")
            << R"({"level":"debug","method":"POST","path":"/x","status":500})" << true
            << Level::Debug << "POST"
            << "/x" << 500 << "";
        QTest::newRow("listening")
            << R"(Site "demo" listening on http://127.0.0.1:41234 (2 worker threads). Ctrl+C stops.)"
            << false << Level::Info << ""
            << "" << -1
            << R"(Site "demo" listening on http://127.0.0.1:41234 (2 worker threads). Ctrl+C stops.)";
        QTest::newRow("error prefix")
            << "error: cannot listen on 127.0.0.1:8000: The address is protected" << false
            << Level::Error << ""
            << "" << -1 << "error: cannot listen on 127.0.0.1:8000: The address is protected";
        QTest::newRow("warning prefix")
            << "warning: no controller plugin for app \"helpdesk\"" << false << Level::Warning << ""
            << "" << -1 << "warning: no controller plugin for app \"helpdesk\"";
        QTest::newRow("broken JSON is plain")
            << R"({"method":"GET","path":)" << false << Level::Info << ""
            << "" << -1 << R"({"method":"GET","path":)";
        QTest::newRow("a JSON array is plain") << "[1,2]" << false << Level::Info << ""
                                               << "" << -1 << "[1,2]";
        QTest::newRow("empty") << "" << false << Level::Info << ""
                               << "" << -1 << "";
    }

    void parseLine()
    {
        QFETCH(QString, line);
        QFETCH(bool, request);
        QFETCH(Level, level);
        QFETCH(QString, method);
        QFETCH(QString, path);
        QFETCH(int, status);
        QFETCH(QString, message);
        const QDateTime time = QDateTime::currentDateTime();
        const ServerLogEntry entry = serverlog::parseLine(line, time);
        QCOMPARE(entry.request, request);
        QCOMPARE(entry.level, level);
        QCOMPARE(entry.method, method);
        QCOMPARE(entry.path, path);
        QCOMPARE(entry.status, status);
        QCOMPARE(entry.message, message);
        QCOMPARE(entry.time, time);
        QCOMPARE(entry.source, ServerLogEntry::Source::Server);
    }

    void parsesARealRun()
    {
        // Captured from `m start` on examples/helpdesk (stdout and stderr, merged).
        QFile file(QStringLiteral(FM_TEST_DATA_DIR "/input/server.log"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QByteArray bytes = file.readAll();
        const QStringList lines = serverlog::takeLines(bytes);
        QVERIFY(bytes.isEmpty());
        int requests = 0;
        int errors = 0;
        for (const QString &line : lines) {
            const ServerLogEntry entry = serverlog::parseLine(line, QDateTime::currentDateTime());
            if (entry.request) {
                ++requests;
                QVERIFY2(!entry.requestId.isEmpty() && entry.durationMs >= 0, qPrintable(line));
                QVERIFY(entry.path.startsWith(QLatin1Char('/')));
            }
            errors += entry.level == Level::Error;
        }
        QVERIFY2(requests >= 3, qPrintable(QString::number(requests)));
        QVERIFY(errors >= 1); // the run has a failing request
    }

    void takeLinesKeepsThePartialLine()
    {
        QByteArray buffer("one\r\ntwo\nthr");
        QCOMPARE(serverlog::takeLines(buffer), QStringList({"one", "two"}));
        QCOMPARE(buffer, QByteArray("thr"));
        buffer += "ee\n";
        QCOMPARE(serverlog::takeLines(buffer), QStringList({"three"}));
        QVERIFY(buffer.isEmpty());
        QVERIFY(serverlog::takeLines(buffer).isEmpty());
    }

    void levelNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<Level>("level");
        QTest::newRow("debug") << "debug" << Level::Debug;
        QTest::newRow("info") << "info" << Level::Info;
        QTest::newRow("warn") << "warn" << Level::Warning;
        QTest::newRow("WARNING") << "WARNING" << Level::Warning;
        QTest::newRow("error") << "error" << Level::Error;
        QTest::newRow("unknown is info") << "loud" << Level::Info;
    }

    void levelNames()
    {
        QFETCH(QString, name);
        QFETCH(Level, level);
        QCOMPARE(serverlog::levelFromName(name), level);
        QCOMPARE(serverlog::levelFromName(serverlog::levelName(level)), level);
    }

    void theBufferIsBounded()
    {
        ServerLogModel model;
        QCOMPARE(model.capacity(), ServerLogModel::kDefaultCapacity);
        model.setCapacity(100);
        for (const ServerLogEntry &entry : numbered(0, 250))
            model.append(entry);
        QCOMPARE(model.rowCount(), 100);
        QCOMPARE(model.droppedRows(), qint64(150));
        QCOMPARE(model.entry(0).message, QStringLiteral("line 150"));
        QCOMPARE(model.entry(99).message, QStringLiteral("line 249"));

        // A batch bigger than the buffer keeps its newest rows.
        model.append(numbered(1000, 130));
        QCOMPARE(model.rowCount(), 100);
        QCOMPARE(model.entry(0).message, QStringLiteral("line 1030"));
        QCOMPARE(model.entry(99).message, QStringLiteral("line 1129"));

        model.setCapacity(10);
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(model.entry(0).message, QStringLiteral("line 1120"));
        model.setCapacity(0); // at least one row
        QCOMPARE(model.capacity(), 1);

        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.droppedRows(), qint64(0));
    }

    void theDefaultBoundHolds()
    {
        ServerLogModel model;
        model.append(numbered(0, ServerLogModel::kDefaultCapacity + 5));
        QCOMPARE(model.rowCount(), ServerLogModel::kDefaultCapacity);
        model.append(plain(QStringLiteral("newest")));
        QCOMPARE(model.rowCount(), ServerLogModel::kDefaultCapacity);
        QCOMPARE(model.entry(model.rowCount() - 1).message, QStringLiteral("newest"));
    }

    void columns()
    {
        ServerLogModel model;
        model.append(serverlog::parseLine(
            R"({"duration_ms":12.25,"method":"PUT","path":"/api/resource/Ticket/TKT-1","request_id":"r-1","status":409,"user":"jane@example.com"})",
            QDateTime(QDate(2026, 12, 7), QTime(4, 5, 6, 7))));
        auto cell = [&model](int column) {
            return model.index(0, column).data().toString();
        };
        QCOMPARE(cell(ServerLogModel::TimeColumn), QStringLiteral("04:05:06.007"));
        QCOMPARE(cell(ServerLogModel::LevelColumn), QStringLiteral("Warning"));
        QCOMPARE(cell(ServerLogModel::MethodColumn), QStringLiteral("PUT"));
        QCOMPARE(cell(ServerLogModel::PathColumn), QStringLiteral("/api/resource/Ticket/TKT-1"));
        QCOMPARE(cell(ServerLogModel::StatusColumn), QStringLiteral("409"));
        QCOMPARE(cell(ServerLogModel::DurationColumn), QStringLiteral("12.3 ms"));
        QCOMPARE(cell(ServerLogModel::UserColumn), QStringLiteral("jane@example.com"));
        QCOMPARE(cell(ServerLogModel::RequestIdColumn), QStringLiteral("r-1"));
        QCOMPARE(model.columnCount(), int(ServerLogModel::ColumnCount));
        QCOMPARE(model.headerData(ServerLogModel::RequestIdColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Request ID"));
    }

    void filterByLevelAndText()
    {
        ServerLogModel model;
        model.append({plain(QStringLiteral("debug thing"), Level::Debug),
                      plain(QStringLiteral("server started"), Level::Info),
                      plain(QStringLiteral("slow request"), Level::Warning),
                      plain(QStringLiteral("database down"), Level::Error)});
        ServerLogFilter filter;
        filter.setSourceModel(&model);
        QCOMPARE(filter.rowCount(), 4);
        filter.setMinimumLevel(Level::Warning);
        QCOMPARE(filter.rowCount(), 2);
        filter.setMinimumLevel(Level::Error);
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, ServerLogModel::MessageColumn).data().toString(),
                 QStringLiteral("database down"));
        filter.setMinimumLevel(Level::Debug);
        filter.setSearchText(QStringLiteral("REQUEST"));
        QCOMPARE(filter.rowCount(), 1);
        filter.setSearchText(QStringLiteral("nothing like it"));
        QCOMPARE(filter.rowCount(), 0);
        filter.setSearchText(QString());
        QCOMPARE(filter.rowCount(), 4);
    }

    void theConsoleFollowsTheTailUnlessScrolledUp()
    {
        ServerLogModel model;
        ServerLogView view(&model);
        view.resize(800, 200);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        model.append(numbered(0, 200));
        QScrollBar *bar = view.table()->verticalScrollBar();
        QTRY_VERIFY(bar->maximum() > 0);
        QTRY_COMPARE(bar->value(), bar->maximum());
        QVERIFY(view.isFollowingTail());

        bar->setValue(bar->maximum() / 2);
        const int kept = bar->value();
        QVERIFY(!view.isFollowingTail());
        model.append(numbered(200, 50));
        QApplication::processEvents();
        QCOMPARE(bar->value(), kept);

        bar->setValue(bar->maximum());
        QVERIFY(view.isFollowingTail());
        model.append(numbered(250, 50));
        QTRY_COMPARE(bar->value(), bar->maximum());
        QCOMPARE(view.table()->model()->rowCount(), 300);

        // The console's own controls drive the filter.
        view.levelBox()->setCurrentIndex(view.levelBox()->findData(int(Level::Error)));
        QCOMPARE(view.filter()->minimumLevel(), Level::Error);
        QCOMPARE(view.table()->model()->rowCount(), 0);
        view.levelBox()->setCurrentIndex(0);
        view.searchField()->setText(QStringLiteral("line 29"));
        QCOMPARE(view.table()->model()->rowCount(), 11); // 29, 290..299
    }
};

QTEST_MAIN(TestServerLog)
#include "tst_server_log.moc"
