// SPDX-License-Identifier: MIT
// Existence must not leak through the write path (issue 12 item 1): Link and Dynamic
// Link targets, fetch_from sources and duplicate refusals, checked as the principal who
// writes (data/callerscope.h), on a real SQLite site.
#include "permsite.h"

#include <QTest>

using namespace fm::core;
using perm::PermSite;

namespace {

const QString kPicker = QStringLiteral("Picker");

QString linkMessage(const fm::Result<Document> &result, const QString &field)
{
    if (result)
        return QStringLiteral("<saved>");
    for (const fm::FieldError &error : result.error().fields()) {
        if (error.field == field)
            return error.code + u' ' + error.message;
    }
    return result.error().toText();
}

} // namespace

class TestLinkVisibility : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_site.open());
        // alice owns her customer; bob owns another, which alice may not read.
        m_own = customer("alice", "Alice Corp", "alice's notes", 100);
        m_hidden = customer("bob", "Hidden Corp", "bob's notes", 5000);
        QVERIFY(!m_own.isEmpty() && !m_hidden.isEmpty());
    }

    // The answer for a record the caller may not see is the answer for a missing one,
    // word for word but the name, over a Link and a Dynamic Link.
    void hiddenTargetsLookMissing_data()
    {
        QTest::addColumn<QStringList>("roles");
        QTest::addColumn<QString>("target"); // own, hidden, missing
        QTest::addColumn<bool>("dynamic");
        QTest::addColumn<bool>("saved");

        const QStringList agent{perm::kAgent}, picker{perm::kAgent, kPicker},
            manager{perm::kManager};
        for (bool dynamic : {false, true}) {
            const char *how = dynamic ? "dynamic link " : "link ";
            QTest::addRow("%sown", how) << agent << "own" << dynamic << true;
            QTest::addRow("%shidden", how) << agent << "hidden" << dynamic << false;
            QTest::addRow("%smissing", how) << agent << "missing" << dynamic << false;
            QTest::addRow("%sselect rule", how) << picker << "hidden" << dynamic << true;
            QTest::addRow("%smanager", how) << manager << "hidden" << dynamic << true;
            QTest::addRow("%smissing for the manager", how)
                << manager << "missing" << dynamic << false;
        }
    }

    void hiddenTargetsLookMissing()
    {
        QFETCH(QStringList, roles);
        QFETCH(QString, target);
        QFETCH(bool, dynamic);
        QFETCH(bool, saved);
        const QString name = target == u"own"      ? m_own
                             : target == u"hidden" ? m_hidden
                                                   : QStringLiteral("no-such-customer");
        Document deal = doc("Deal", {{"title", "t"}});
        if (dynamic) {
            deal.setValue("party_type", "Account");
            deal.setValue("party", name);
        } else {
            deal.setValue("customer", name);
        }
        auto result = m_site.access->insert(PermSite::user("alice", roles), deal);
        QCOMPARE(bool(result), saved);
        if (saved)
            return;
        QCOMPARE(result.error().code(), fm::ErrorCode::Validation);
        const QString field = dynamic ? QStringLiteral("party") : QStringLiteral("customer");
        QString message = linkMessage(result, field);
        message.replace(name, QStringLiteral("<name>"));
        QCOMPARE(message, QStringLiteral("link_not_found Account \"<name>\" does not exist; pick "
                                         "an existing Account"));
    }

    // fetch_from copies what the caller may read of the record: level-0 fields when they
    // may read it, the title when they may only select it, nothing above their levels.
    void fetchFollowsTheCallersView_data()
    {
        QTest::addColumn<QStringList>("roles");
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("notes");
        QTest::addColumn<QVariant>("limit");

        QTest::newRow("own customer") << QStringList{perm::kAgent} << "own"
                                      << "Alice Corp"
                                      << "alice's notes" << QVariant();
        QTest::newRow("select only: the title") << QStringList{perm::kAgent, kPicker} << "hidden"
                                                << "Hidden Corp" << QString() << QVariant();
        QTest::newRow("manager: level 1 too") << QStringList{perm::kManager} << "hidden"
                                              << "Hidden Corp"
                                              << "bob's notes" << QVariant(5000.0);
    }

    void fetchFollowsTheCallersView()
    {
        QFETCH(QStringList, roles);
        QFETCH(QString, target);
        QFETCH(QString, name);
        QFETCH(QString, notes);
        QFETCH(QVariant, limit);
        const Principal who = PermSite::user("alice", roles);
        auto saved = m_site.access->insert(
            who, doc("Deal", {{"customer", target == u"own" ? m_own : m_hidden}}));
        QVERIFY2(saved, saved ? "" : qPrintable(saved.error().toText()));
        // What is stored, not what the caller is shown.
        auto stored = m_site.service().get("Deal", saved->name());
        QVERIFY(stored);
        QCOMPARE(stored->string("customer_name"), name);
        QCOMPARE(stored->string("customer_notes"), notes);
        QCOMPARE(stored->value("customer_limit").isNull(), limit.isNull());
        if (!limit.isNull())
            QCOMPARE(stored->value("customer_limit").toDouble(), limit.toDouble());
    }

    // Whether a value is taken cannot be hidden (the unique index says so), but the
    // document holding it is named only to those who may read it.
    void duplicatesNameOnlyReadableHolders()
    {
        const Principal manager = PermSite::user("carol", {perm::kManager});
        auto held = m_site.access->insert(manager, doc("Deal", {{"reference", "R-1"}}));
        QVERIFY(held);
        const Principal agent = PermSite::user("alice", {perm::kAgent});
        auto refused = m_site.access->insert(agent, doc("Deal", {{"reference", "R-1"}}));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code(), fm::ErrorCode::Duplicate);
        QVERIFY2(!refused.error().toText().contains(held->name()),
                 qPrintable(refused.error().toText()));
        QVERIFY(refused.error().toText().contains("already used by another Deal"));
        auto told = m_site.access->insert(PermSite::user("dave", {perm::kManager}),
                                          doc("Deal", {{"reference", "R-1"}}));
        QVERIFY(!told);
        QVERIFY2(told.error().toText().contains(held->name()), qPrintable(told.error().toText()));
    }

    // A Link the document already held stays savable after the caller lost sight of its
    // target; the fetched value is kept, not re-read and not cleared. A new Link to it is
    // refused.
    void unchangedLinksStaySavable()
    {
        const Principal alice = PermSite::user("alice", {perm::kAgent});
        const QString share = m_site.share("Account", m_hidden, "alice", true, false);
        QVERIFY(!share.isEmpty());
        auto deal = m_site.access->insert(alice, doc("Deal", {{"customer", m_hidden}}));
        QVERIFY2(deal, deal ? "" : qPrintable(deal.error().toText()));
        QCOMPARE(m_site.service().get("Deal", deal->name())->string("customer_notes"),
                 QStringLiteral("bob's notes"));
        QVERIFY(m_site.service().remove("Document Share", share, DeleteMode::Hard));
        // bob changes his notes; alice may no longer see them.
        Document notes("Account");
        notes.setName(m_hidden);
        notes.setValue("notes", "bob's new notes");
        QVERIFY(m_site.service().update(notes));

        Document retitled("Deal");
        retitled.setName(deal->name());
        retitled.setValue("title", "renamed");
        auto updated = m_site.access->update(alice, retitled);
        QVERIFY2(updated, updated ? "" : qPrintable(updated.error().toText()));
        auto stored = m_site.service().get("Deal", deal->name());
        QCOMPARE(stored->string("customer"), m_hidden);
        QCOMPARE(stored->string("customer_notes"), QStringLiteral("bob's notes"));

        auto another = m_site.access->insert(alice, doc("Deal", {{"customer", m_hidden}}));
        QVERIFY(!another);
        QCOMPARE(another.error().fields().value(0).code, QStringLiteral("link_not_found"));
    }

    // Links to users work for every signed-in user: the core User grants All `select`.
    void usersArePickable()
    {
        auto task = m_site.access->insert(PermSite::user("bob", {}),
                                          doc("Task", {{"title", "x"}, {"assigned_to", "carol"}}));
        QVERIFY2(task, task ? "" : qPrintable(task.error().toText()));
    }

private:
    QString customer(const QString &owner, const QString &name, const QString &notes, double limit)
    {
        auto saved = m_site.service().insert(
            doc("Account", {{"customer_name", name}, {"notes", notes}, {"credit_limit", limit}}),
            owner);
        if (!saved)
            qWarning().noquote() << saved.error().toText();
        return saved ? saved->name() : QString();
    }

    PermSite m_site;
    QString m_own;
    QString m_hidden;
};

QTEST_GUILESS_MAIN(TestLinkVisibility)
#include "tst_linkvisibility.moc"
