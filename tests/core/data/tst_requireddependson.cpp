// SPDX-License-Identifier: MIT
// A required field whose depends_on is false is not asked for (ADR 0264): the Desk does
// not show it, so the save must not insist on it; once the condition holds it is
// required as usual. An unreadable condition counts as true, as it shows the field.
#include "testsite.h"

#include <QTest>

using namespace fm::core;

namespace {

QStringList missing(const fm::Result<Document> &result)
{
    QStringList fields;
    if (result)
        return fields;
    for (const fm::FieldError &field : result.error().fields()) {
        if (field.code == u"required")
            fields << field.field;
    }
    return fields;
}

} // namespace

class TestRequiredDependsOn : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_site = std::make_unique<TestSite>();
        QVERIFY(m_site->open({QStringLiteral(FM_TEST_DATA_DIR "/input/apps/reqapp")}));
    }
    void cleanup() { m_site.reset(); }

    void insert_data()
    {
        QTest::addColumn<QVariantMap>("values");
        QTest::addColumn<QStringList>("missing");
        // "notes" has an unreadable condition: it is always asked for.
        QTest::newRow("conditions false: only the unconditional one")
            << QVariantMap{} << QStringList{"notes"};
        QTest::newRow("conditions false, notes given")
            << QVariantMap{{"notes", "n"}} << QStringList{};
        QTest::newRow("cancelled without a reason")
            << QVariantMap{{"notes", "n"}, {"cancelled", true}} << QStringList{"cancel_reason"};
        QTest::newRow("cancelled with a reason")
            << QVariantMap{{"notes", "n"}, {"cancelled", true}, {"cancel_reason", "rain"}}
            << QStringList{};
        QTest::newRow("follow-ups without a note")
            << QVariantMap{{"notes", "n"}, {"follow_ups", 2}} << QStringList{"follow_up_note"};
        QTest::newRow("zero follow-ups")
            << QVariantMap{{"notes", "n"}, {"follow_ups", 0}} << QStringList{};
        QTest::newRow("both conditions true")
            << QVariantMap{{"notes", "n"}, {"cancelled", true}, {"follow_ups", 1}}
            << QStringList{"cancel_reason", "follow_up_note"};
    }
    void insert()
    {
        QFETCH(QVariantMap, values);
        QFETCH(QStringList, missing);
        auto saved = m_site->service->insert(doc(QStringLiteral("Visit"), values));
        QCOMPARE(::missing(saved), missing);
        QCOMPARE(bool(saved), missing.isEmpty());
    }

    // An update is checked on the merged document: turning a condition on asks for the
    // field; nothing is written while it is missing.
    void update()
    {
        auto saved = m_site->service->insert(doc(QStringLiteral("Visit"), {{"notes", "n"}}));
        QVERIFY(saved);
        Document changes(QStringLiteral("Visit"));
        changes.setName(saved->name());
        changes.setValue(QStringLiteral("cancelled"), true);
        auto refused = m_site->service->update(changes);
        QCOMPARE(missing(refused), QStringList{"cancel_reason"});
        auto stored = m_site->service->get(QStringLiteral("Visit"), saved->name());
        QVERIFY(stored);
        QCOMPARE(stored->value(QStringLiteral("cancelled")).toBool(), false);
        changes.setValue(QStringLiteral("cancel_reason"), QStringLiteral("rain"));
        QVERIFY(m_site->service->update(changes));
        // validate() answers the same (the Desk checks live forms with it).
        Document off = changes;
        off.setValue(QStringLiteral("cancel_reason"), QString());
        QVERIFY(!m_site->service->validate(off, false));
        off.setValue(QStringLiteral("cancelled"), false);
        QVERIFY(m_site->service->validate(off, false));
    }

private:
    std::unique_ptr<TestSite> m_site;
};

QTEST_GUILESS_MAIN(TestRequiredDependsOn)
#include "tst_requireddependson.moc"
