// SPDX-License-Identifier: MIT
// apps/<app>/renames.json: the text it is written as, reading it back, the order renames
// apply in, every problem reported at its line, and the registry reading it with an app.
#include "apptree.h"
#include "diagnosticstext.h"
#include "meta/metaregistry.h"
#include "meta/renamelog.h"

#include <QTest>

using namespace fm::core;

namespace {

QDateTime at(int minute)
{
    return QDateTime(QDate(2026, 3, 1), QTime(9, minute), Qt::UTC);
}

RenameRecord fieldRecord(const QString &doctype, const QString &from, const QString &to, int minute)
{
    RenameRecord r;
    r.kind = RenameRecord::Kind::Field;
    r.doctype = doctype;
    r.from = from;
    r.to = to;
    r.at = at(minute);
    return r;
}

RenameRecord doctypeRecord(const QString &from, const QString &to, int minute)
{
    RenameRecord r;
    r.kind = RenameRecord::Kind::DocType;
    r.from = from;
    r.to = to;
    r.at = at(minute);
    return r;
}

} // namespace

class TestRenameLog final : public QObject
{
    Q_OBJECT

private slots:
    void writesSortedLines()
    {
        const QList<RenameRecord> records{
            fieldRecord("Ticket", "subject", "title", 30),
            doctypeRecord("Ticket Category", "Ticket Topic", 10),
            fieldRecord("Ticket", "title", "headline", 40),
            fieldRecord("Customer", "customer_name", "full_name", 50),
        };
        const QByteArray text = RenameLog::toText(records);
        QCOMPARE(text,
                 QByteArray("{\n"
                            "  \"format_version\": 1,\n"
                            "  \"renames\": [\n"
                            "    {\"at\": \"2026-03-01T09:50:00.000Z\", \"kind\": \"field\", "
                            "\"doctype\": \"Customer\", \"from\": \"customer_name\", \"to\": "
                            "\"full_name\"},\n"
                            "    {\"at\": \"2026-03-01T09:30:00.000Z\", \"kind\": \"field\", "
                            "\"doctype\": \"Ticket\", \"from\": \"subject\", \"to\": \"title\"},\n"
                            "    {\"at\": \"2026-03-01T09:40:00.000Z\", \"kind\": \"field\", "
                            "\"doctype\": \"Ticket\", \"from\": \"title\", \"to\": \"headline\"},\n"
                            "    {\"at\": \"2026-03-01T09:10:00.000Z\", \"kind\": \"doctype\", "
                            "\"from\": \"Ticket Category\", \"to\": \"Ticket Topic\"}\n"
                            "  ]\n"
                            "}\n"));
        Diagnostics diagnostics;
        const QList<RenameRecord> back = RenameLog::parse(text, QStringLiteral("renames.json"),
                                                          QStringLiteral("helpdesk"), diagnostics);
        QVERIFY2(diagnostics.isEmpty(), qPrintable(diagnosticsText(diagnostics)));
        // Read back in the order they apply: by time.
        QCOMPARE(back.size(), 4);
        QCOMPARE(back, RenameLog::ordered(records));
        QCOMPARE(back.first().to, QStringLiteral("Ticket Topic"));
        QCOMPARE(back.first().app, QStringLiteral("helpdesk"));
        QCOMPARE(back.first().location.line, 7);
        QCOMPARE(RenameLog::toText(back), text); // stable
        QCOMPARE(RenameLog::toText({}), QByteArray("{\n  \"format_version\": 1,\n  \"renames\": "
                                                   "[]\n}\n"));
    }

    void problems_data()
    {
        QTest::addColumn<QByteArray>("record"); // one line, on line 4 of the file
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        const QByteArray ok = R"("at": "2026-03-01T09:30:00Z", )";
        QTest::newRow("unknown key")
            << ok + R"("kind": "field", "doctype": "Ticket", "from": "a", "to": "b", "table": "x")"
            << "unknown-key"
            << "\"table\"";
        QTest::newRow("missing to") << ok + R"("kind": "field", "doctype": "Ticket", "from": "a")"
                                    << "missing-key"
                                    << "\"to\"";
        QTest::newRow("unknown kind") << ok + R"("kind": "feild", "from": "a", "to": "b")"
                                      << "invalid-rename-kind"
                                      << "\"feild\"";
        QTest::newRow("field without doctype") << ok + R"("kind": "field", "from": "a", "to": "b")"
                                               << "missing-key"
                                               << "\"doctype\"";
        QTest::newRow("doctype with doctype")
            << ok + R"("kind": "doctype", "doctype": "X", "from": "A", "to": "B")"
            << "unknown-key"
            << "has no \"doctype\"";
        QTest::newRow("invalid fieldname")
            << ok + R"("kind": "field", "doctype": "Ticket", "from": "a", "to": "Bad Name")"
            << "invalid-fieldname"
            << "\"Bad Name\"";
        QTest::newRow("invalid doctype name")
            << ok + R"("kind": "doctype", "from": "Ticket", "to": "ticket x")"
            << "invalid-doctype-name"
            << "\"ticket x\"";
        QTest::newRow("invalid doctype of a field")
            << ok + R"("kind": "field", "doctype": "ticket", "from": "a", "to": "b")"
            << "invalid-doctype-name"
            << "\"ticket\"";
        QTest::newRow("reserved target")
            << ok + R"("kind": "field", "doctype": "Ticket", "from": "a", "to": "owner")"
            << "reserved-fieldname"
            << "\"owner\"";
        QTest::newRow("to itself")
            << ok + R"("kind": "field", "doctype": "Ticket", "from": "a", "to": "a")"
            << "rename-to-itself"
            << "keeps the name \"a\"";
        QTest::newRow("bad time")
            << QByteArray(
                   R"("at": "yesterday", "kind": "field", "doctype": "Ticket", "from": "a", "to": "b")")
            << "invalid-rename-time"
            << "\"yesterday\"";
        QTest::newRow("wrong type")
            << QByteArray(
                   R"("at": 5, "kind": "field", "doctype": "Ticket", "from": "a", "to": "b")")
            << "wrong-type"
            << "\"at\"";
    }

    void problems()
    {
        QFETCH(QByteArray, record);
        QFETCH(QString, code);
        QFETCH(QString, message);
        const QByteArray json =
            "{\n  \"format_version\": 1,\n  \"renames\": [\n    {" + record + "}\n  ]\n}\n";
        Diagnostics diagnostics;
        const QList<RenameRecord> records = RenameLog::parse(
            json, QStringLiteral("apps/x/renames.json"), QStringLiteral("x"), diagnostics);
        QVERIFY(records.isEmpty()); // a record with a problem is left out
        QVERIFY2(!diagnostics.isEmpty(), json.constData());
        const Diagnostic &d = diagnostics.first();
        QCOMPARE(d.code, code);
        QVERIFY2(d.message.contains(message), qPrintable(d.toString()));
        QCOMPARE(d.location.file, QStringLiteral("apps/x/renames.json"));
        QCOMPARE(d.location.line, 4);
        QVERIFY(!d.hint.isEmpty());
    }

    void fileProblems_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("line");
        QTest::newRow("not json") << QByteArray("{\n  \"renames\": [\n    {,\n  ]\n}\n")
                                  << "invalid-json" << 3;
        QTest::newRow("not an object") << QByteArray("[]\n") << "wrong-type" << 1;
        QTest::newRow("no renames")
            << QByteArray("{\n  \"format_version\": 1\n}\n") << "missing-key" << 1;
        QTest::newRow("renames not a list")
            << QByteArray("{\n  \"renames\": {}\n}\n") << "wrong-type" << 2;
        QTest::newRow("future format")
            << QByteArray("{\n  \"format_version\": 2,\n  \"renames\": []\n}\n")
            << "unsupported-format-version" << 2;
        QTest::newRow("same rename twice")
            << QByteArray("{\n  \"renames\": [\n"
                          "    {\"at\": \"2026-03-01T09:30:00Z\", \"kind\": \"field\", "
                          "\"doctype\": \"Ticket\", \"from\": \"subject\", \"to\": \"title\"},\n"
                          "    {\"at\": \"2026-03-01T09:30:00Z\", \"kind\": \"field\", "
                          "\"doctype\": \"Ticket\", \"from\": \"subject\", \"to\": \"title\"}\n"
                          "  ]\n}\n")
            << "rename-conflict" << 4;
        QTest::newRow("renamed two ways (a merge kept both)")
            << QByteArray("{\n  \"renames\": [\n"
                          "    {\"at\": \"2026-03-01T09:30:00Z\", \"kind\": \"doctype\", "
                          "\"from\": \"Ticket\", \"to\": \"Case\"},\n"
                          "    {\"at\": \"2026-03-01T09:31:00Z\", \"kind\": \"doctype\", "
                          "\"from\": \"Ticket\", \"to\": \"Issue\"}\n"
                          "  ]\n}\n")
            << "rename-conflict" << 4;
    }

    void fileProblems()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, code);
        QFETCH(int, line);
        Diagnostics diagnostics;
        RenameLog::parse(json, QStringLiteral("renames.json"), QStringLiteral("x"), diagnostics);
        QVERIFY2(!diagnostics.isEmpty(), json.constData());
        QCOMPARE(diagnostics.first().code, code);
        QCOMPARE(diagnostics.first().location.line, line);
    }

    void renamingBackIsNoConflict()
    {
        // subject -> title -> subject -> topic: each name is free again when renamed away.
        const QList<RenameRecord> records{
            fieldRecord("Ticket", "subject", "title", 1),
            fieldRecord("Ticket", "title", "subject", 2),
            fieldRecord("Ticket", "subject", "topic", 3),
            doctypeRecord("Ticket", "Case", 4),
            doctypeRecord("Case", "Ticket", 5),
            fieldRecord("Ticket", "topic", "subject", 6),
        };
        Diagnostics diagnostics;
        const auto back = RenameLog::parse(RenameLog::toText(records), QStringLiteral("r.json"),
                                           QString(), diagnostics);
        QVERIFY2(diagnostics.isEmpty(), qPrintable(diagnosticsText(diagnostics)));
        QCOMPARE(back.size(), 6);
    }

    void registryReadsTheApps()
    {
        QTemporaryDir dir;
        const QString app = dir.filePath(QStringLiteral("apps/shop"));
        const QByteArray good = RenameLog::toText({fieldRecord("Order", "total", "amount", 5)});
        QVERIFY(QDir().mkpath(app + QStringLiteral("/doctypes/order")));
        const auto write = [](const QString &path, const QByteArray &bytes) {
            QFile file(path);
            return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
        };
        QVERIFY(write(app + QStringLiteral("/app.json"),
                      apptree::appJson(QStringLiteral("shop")).toUtf8()));
        QVERIFY(write(app + QStringLiteral("/doctypes/order/order.json"),
                      apptree::doctypeJson("Order", {apptree::field("amount", "Float")}).toUtf8()));
        QVERIFY(write(RenameLog::pathIn(app), good));
        {
            MetaRegistry meta;
            Diagnostics diagnostics;
            QVERIFY2(meta.loadApps({app}, diagnostics), qPrintable(diagnosticsText(diagnostics)));
            QCOMPARE(meta.renames().size(), 1);
            QCOMPARE(meta.renames().first().app, QStringLiteral("shop"));
            QCOMPARE(meta.renames().first().to, QStringLiteral("amount"));
        }
        // A broken record makes the project fail to load, at the record's line.
        QByteArray bad = good;
        bad.replace("\"field\"", "\"column\"");
        QVERIFY(write(RenameLog::pathIn(app), bad));
        MetaRegistry meta;
        Diagnostics diagnostics;
        QVERIFY(!meta.loadApps({app}, diagnostics));
        QCOMPARE(diagnostics.size(), 1);
        QCOMPARE(diagnostics.first().code, QStringLiteral("invalid-rename-kind"));
        QCOMPARE(diagnostics.first().location.file, RenameLog::pathIn(app));
        QCOMPARE(diagnostics.first().location.line, 4);
    }
};

QTEST_GUILESS_MAIN(TestRenameLog)
#include "tst_renamelog.moc"
