// SPDX-License-Identifier: MIT
// DocType-level edits as pure functions: settings by JSON key, permission rules,
// indexes, views. Every accepted edit must still load cleanly.
#include "editstestdata.h"
#include "meta/doctypeedits.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace fm::core;

namespace {

QJsonValue json(const QString &text)
{
    return QJsonDocument::fromJson(QStringLiteral("[%1]").arg(text).toUtf8()).array().first();
}

QString text(const QJsonValue &value)
{
    const QByteArray bytes = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(bytes.mid(1, bytes.size() - 2));
}

} // namespace

class TestDocTypeEdits : public QObject
{
    Q_OBJECT

private:
    DocType m_ticket;
    FieldTypeRegistry m_types;

    static PermissionRule rule(const QString &role, int level = 0, bool ifOwner = false)
    {
        return PermissionRule{role, level, ifOwner, {PermissionAction::Read}};
    }

private slots:
    void initTestCase()
    {
        m_ticket = loadTicket();
        QVERIFY(m_ticket.isValid());
    }

    void setting_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");    // JSON
        QTest::addColumn<QString>("expected"); // JSON read back, or a part of the refusal
        QTest::addColumn<bool>("ok");
        QTest::newRow("label") << "label"
                               << "\"Support Ticket\""
                               << "\"Support Ticket\"" << true;
        QTest::newRow("module") << "module"
                                << "\"Support\""
                                << "\"Support\"" << true;
        QTest::newRow("series") << "naming"
                                << "\"series:INV-.YYYY.-.####\""
                                << "\"series:INV-.YYYY.-.####\"" << true;
        QTest::newRow("by field") << "naming"
                                  << "\"field:subject\""
                                  << "\"field:subject\"" << true;
        QTest::newRow("prompt") << "naming"
                                << "\"prompt\""
                                << "\"prompt\"" << true;
        QTest::newRow("uuid") << "naming"
                              << "\"uuid\""
                              << "\"uuid\"" << true;
        QTest::newRow("unknown rule") << "naming"
                                      << "\"serial:X\""
                                      << "unknown naming rule \"serial:X\"" << false;
        QTest::newRow("field not there") << "naming"
                                         << "\"field:subjet\""
                                         << "did you mean \"subject\"?" << false;
        QTest::newRow("sort") << "sort"
                              << "\"subject asc\""
                              << "\"subject asc\"" << true;
        QTest::newRow("sort by column") << "sort"
                                        << "\"creation asc\""
                                        << "\"creation asc\"" << true;
        QTest::newRow("bad sort") << "sort"
                                  << "\"subject up\""
                                  << "is not \"<field> asc\"" << false;
        QTest::newRow("sort unknown") << "sort"
                                      << "\"nope desc\""
                                      << "not a field" << false;
        QTest::newRow("title") << "title_field"
                               << "\"customer_name\""
                               << "\"customer_name\"" << true;
        QTest::newRow("title unknown") << "title_field"
                                       << "\"nope\""
                                       << "not a field" << false;
        QTest::newRow("search") << "search_fields"
                                << "[\"subject\",\"subject\",\"status\"]"
                                << "[\"subject\",\"status\"]" << true;
        QTest::newRow("search unknown") << "search_fields"
                                        << "[\"nope\"]"
                                        << "not a field" << false;
        QTest::newRow("search not a list") << "search_fields"
                                           << "\"subject\""
                                           << "takes a list of fieldnames" << false;
        QTest::newRow("child") << "is_child"
                               << "true"
                               << "true" << true;
        QTest::newRow("flag wrong type") << "is_single"
                                         << "2"
                                         << "takes true or false" << false;
        QTest::newRow("flag as 1") << "track_changes"
                                   << "1"
                                   << "true" << true;
        QTest::newRow("concurrency") << "concurrency"
                                     << "\"none\""
                                     << "\"none\"" << true;
        QTest::newRow("bad concurrency") << "concurrency"
                                         << "\"pessimistic\""
                                         << "unknown concurrency" << false;
        QTest::newRow("name") << "name"
                              << "\"Issue\""
                              << "renamed with its own operation" << false;
        QTest::newRow("unknown") << "colour"
                                 << "\"red\""
                                 << "not a DocType setting" << false;
    }
    void setting()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        QFETCH(bool, ok);
        const auto edited = setDocTypeSetting(m_ticket, key, json(value));
        QCOMPARE(bool(edited), ok);
        if (!ok) {
            QVERIFY2(edited.error().message().contains(expected),
                     qPrintable(edited.error().message()));
            return;
        }
        QCOMPARE(text(docTypeSetting(*edited, key)), expected);
        QCOMPARE(reloadErrors(*edited), QString());
    }

    void childExcludesSubmittable()
    {
        auto submittable = setDocTypeSetting(m_ticket, QStringLiteral("is_submittable"), true);
        QVERIFY(submittable);
        const auto child = setDocTypeSetting(*submittable, QStringLiteral("is_child"), true);
        QVERIFY(!child);
        QVERIFY2(child.error().message().contains("clear \"is_submittable\" first"),
                 qPrintable(child.error().message()));
        auto isChild = setDocTypeSetting(m_ticket, QStringLiteral("is_child"), true);
        QVERIFY(isChild);
        const auto single = setDocTypeSetting(*isChild, QStringLiteral("is_single"), true);
        QVERIFY(!single);
        QVERIFY(single.error().message().contains("clear \"is_child\" first"));
    }

    void permissions()
    {
        auto added = addPermissionRule(m_ticket, rule(QStringLiteral(" Customer "), 0, true));
        QVERIFY(added);
        QCOMPARE(added->permissions.size(), 3);
        QCOMPARE(added->permissions.last().role, QStringLiteral("Customer"));
        QCOMPARE(reloadErrors(*added), QString());

        auto granted = setPermissionAction(*added, 2, PermissionAction::Write, true);
        QVERIFY(granted);
        QVERIFY(granted->permissions.at(2).allows(PermissionAction::Write));
        auto withdrawn = setPermissionAction(*granted, 2, PermissionAction::Read, false);
        QVERIFY(withdrawn);
        QCOMPARE(withdrawn->permissions.at(2).actions, {PermissionAction::Write});
        QCOMPARE(reloadErrors(*withdrawn), QString());

        auto removed = removePermissionRule(*withdrawn, 0);
        QVERIFY(removed);
        QCOMPARE(removed->permissions.first().role, QStringLiteral("Support Agent"));
    }

    void permissionRefusals_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<int>("level");
        QTest::addColumn<bool>("ifOwner");
        QTest::addColumn<QString>("error");
        QTest::newRow("no role") << "  " << 0 << false << "needs a role";
        QTest::newRow("duplicate") << "Support Agent" << 0 << false << "already has a rule";
        QTest::newRow("level 10") << "Customer" << 10 << false << "outside 0..9";
    }
    void permissionRefusals()
    {
        QFETCH(QString, role);
        QFETCH(int, level);
        QFETCH(bool, ifOwner);
        QFETCH(QString, error);
        const auto added = addPermissionRule(m_ticket, rule(role, level, ifOwner));
        QVERIFY(!added);
        QVERIFY2(added.error().message().contains(error), qPrintable(added.error().message()));
        const auto set = setPermissionRule(m_ticket, 0, rule(role, level, ifOwner));
        QVERIFY(!set);
        // Changing a rule into itself is no duplicate.
        QVERIFY(setPermissionRule(m_ticket, 1, m_ticket.permissions.at(1)));
        QVERIFY(!removePermissionRule(m_ticket, 2));
        QVERIFY(!setPermissionAction(m_ticket, -1, PermissionAction::Read, true));
    }

    void indexes_data()
    {
        QTest::addColumn<QStringList>("fields");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("error");
        QTest::newRow("one field") << QStringList{"priority"} << ""
                                   << "";
        QTest::newRow("standard column") << QStringList{"owner", "status"} << "idx_owner"
                                         << "";
        QTest::newRow("no fields") << QStringList() << ""
                                   << "at least one field";
        QTest::newRow("unknown") << QStringList{"priorty"} << ""
                                 << "did you mean \"priority\"?";
        QTest::newRow("twice") << QStringList{"status", "status"} << ""
                               << "lists \"status\" twice";
        QTest::newRow("same columns") << QStringList{"status", "modified"} << ""
                                      << "already has an index on status, modified";
        QTest::newRow("bad name") << QStringList{"priority"} << "Idx Priority"
                                  << "is not an SQL identifier";
    }
    void indexes()
    {
        QFETCH(QStringList, fields);
        QFETCH(QString, name);
        QFETCH(QString, error);
        const IndexDef index{name, fields, false};
        const auto added = addIndex(m_ticket, index);
        QCOMPARE(bool(added), error.isEmpty());
        if (!added) {
            QVERIFY2(added.error().message().contains(error), qPrintable(added.error().message()));
            return;
        }
        QCOMPARE(added->indexes.last().fields, fields);
        QCOMPARE(reloadErrors(*added), QString());
        auto changed = setIndex(*added, 2, IndexDef{name, fields, true});
        QVERIFY(changed);
        QVERIFY(changed->indexes.at(2).unique);
        QVERIFY(!setIndex(*added, 0, IndexDef{QString(), {"customer", "status"}, false}));
        auto removed = removeIndex(*changed, 0);
        QVERIFY(removed);
        QCOMPARE(removed->indexes.size(), 2);
        QVERIFY(!removeIndex(*changed, 3));
    }

    void views_data()
    {
        QTest::addColumn<QStringList>("list");
        QTest::addColumn<QString>("kanban");
        QTest::addColumn<QStringList>("calendar"); // start, end, title
        QTest::addColumn<QString>("error");
        QTest::newRow("all") << QStringList{"subject", "name", "subject"} << "priority"
                             << QStringList{"opened_on", "", "subject"} << "";
        QTest::newRow("none") << QStringList() << "" << QStringList{"", "", ""} << "";
        QTest::newRow("unknown column")
            << QStringList{"subjet"} << "" << QStringList{"", "", ""} << "did you mean \"subject\"";
        QTest::newRow("kanban by Data") << QStringList() << "subject" << QStringList{"", "", ""}
                                        << "kanban \"group_by\" names Data field \"subject\"; name "
                                           "a field of type Select or Link";
        QTest::newRow("calendar by Select")
            << QStringList() << "" << QStringList{"status", "", ""} << "of type Date or Datetime";
        QTest::newRow("end without start")
            << QStringList() << "" << QStringList{"", "due_on", ""} << "needs a start field";
    }
    void views()
    {
        QFETCH(QStringList, list);
        QFETCH(QString, kanban);
        QFETCH(QStringList, calendar);
        QFETCH(QString, error);
        const Views views{list, kanban, calendar.at(0), calendar.at(1), calendar.at(2)};
        const auto edited = setViews(m_ticket, m_types, views);
        QCOMPARE(bool(edited), error.isEmpty());
        if (!edited) {
            QVERIFY2(edited.error().message().contains(error),
                     qPrintable(edited.error().message()));
            return;
        }
        list.removeDuplicates();
        QCOMPARE(edited->views.listColumns, list);
        QCOMPARE(edited->views.kanbanGroupBy, kanban);
        QCOMPARE(reloadErrors(*edited), QString());
    }
};

QTEST_GUILESS_MAIN(TestDocTypeEdits)
#include "tst_doctypeedits.moc"
