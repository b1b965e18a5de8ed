// SPDX-License-Identifier: MIT
// The timeline of changes (ADR 0242): DocumentService writes a Version for each saved
// change of a DocType with track_changes in the change's own transaction, and
// VersionHistory shows a reader only the changes of fields they may read.
#include "data/documentcontroller.h"
#include "db/transaction.h"
#include "permissions/versionhistory.h"
#include "permsite.h"

#include <QJsonArray>
#include <QTest>

using namespace fm::core;
using perm::PermSite;

namespace {

// Fails the save after it wrote its rows when asked to.
class AfterSaveFails final : public DocumentController
{
public:
    bool fail = false;
    fm::Result<void> afterSave(HookContext &, const Document &) override
    {
        if (fail)
            return fm::fail(fm::ErrorCode::Validation, QStringLiteral("the ledger is closed"));
        return {};
    }
};

QStringList fieldsOf(const VersionHistory::Entry &entry)
{
    QStringList names;
    for (const FieldChange &change : entry.changes)
        names << change.field;
    return names;
}

} // namespace

class TestVersionHistory : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_site = std::make_unique<PermSite>();
        QVERIFY(m_site->open());
        m_hook = std::make_shared<AfterSaveFails>();
        m_site->site.controllers.registerController(QStringLiteral("Ticket"), m_hook);
        m_history = std::make_unique<VersionHistory>(*m_site->access);
    }
    void cleanup()
    {
        m_history.reset();
        m_site.reset();
    }

    void updateWritesOneVersion()
    {
        const QString name = m_site->ticket(QStringLiteral("alice"), QStringLiteral("Printer"));
        QCOMPARE(versionRows(), 0); // an insert is no change: the form shows who created it
        Document changes(QStringLiteral("Ticket"));
        changes.setName(name);
        changes.setValue(QStringLiteral("subject"), QStringLiteral("Printer on fire"));
        changes.setValue(QStringLiteral("priority"), 2);
        QVERIFY(m_site->service().update(changes, QStringLiteral("bob")));
        QCOMPARE(versionRows(), 1);

        auto page = m_history->list(Principal::system(), QStringLiteral("Ticket"), name, 10);
        QVERIFY2(page, qPrintable(page ? QString() : page.error().toText()));
        QCOMPARE(page->entries.size(), 1);
        QVERIFY(!page->hasMore);
        const VersionHistory::Entry &entry = page->entries.first();
        QCOMPARE(entry.user, QStringLiteral("bob"));
        QCOMPARE(entry.type, EventType::Update);
        QVERIFY(!entry.time.isEmpty());
        QCOMPARE(fieldsOf(entry), (QStringList{"priority", "subject"}));
        QCOMPARE(entry.changes.at(1).oldValue, QJsonValue(QStringLiteral("Printer")));
        QCOMPARE(entry.changes.at(1).newValue, QJsonValue(QStringLiteral("Printer on fire")));

        // A save that changes nothing leaves no entry; submit (docstatus) does.
        QVERIFY(m_site->service().update(changes, QStringLiteral("bob")));
        QVERIFY(m_site->service().submit(QStringLiteral("Ticket"), name, QStringLiteral("bob")));
        page = m_history->list(Principal::system(), QStringLiteral("Ticket"), name, 10);
        QVERIFY(page);
        QCOMPARE(page->entries.size(), 2);
        QCOMPARE(page->entries.first().type, EventType::Submit); // newest first
        QCOMPARE(fieldsOf(page->entries.first()), QStringList{"docstatus"});
    }

    // A DocType without track_changes keeps no history.
    void untrackedKeepsNone()
    {
        auto task = m_site->service().insert(
            doc(QStringLiteral("Task"), {{QStringLiteral("title"), QStringLiteral("a")}}));
        QVERIFY2(task, qPrintable(task ? QString() : task.error().toText()));
        Document changes(QStringLiteral("Task"));
        changes.setName(task->name());
        changes.setValue(QStringLiteral("title"), QStringLiteral("b"));
        QVERIFY(m_site->service().update(changes));
        QCOMPARE(versionRows(), 0);
    }

    void rollbackLeavesNone()
    {
        const QString name = m_site->ticket(QStringLiteral("alice"));
        Document changes(QStringLiteral("Ticket"));
        changes.setName(name);
        changes.setValue(QStringLiteral("priority"), 5);
        // A hook failing after the rows were written rolls the Version back with them.
        m_hook->fail = true;
        auto refused = m_site->service().update(changes);
        QVERIFY(!refused);
        QCOMPARE(versionRows(), 0);
        m_hook->fail = false;

        // An update inside a caller's transaction that rolls back leaves none either.
        {
            auto db = m_site->site.pool->connection();
            QVERIFY(db);
            auto tx =
                Transaction::begin(*db, m_site->site.pool->dialect(), Transaction::Mode::Write);
            QVERIFY(tx);
            QVERIFY(m_site->service().update(changes));
            QCOMPARE(versionRows(), 1); // seen inside the transaction
            tx->rollback();
        }
        QCOMPARE(versionRows(), 0);
        QVERIFY(m_site->service().update(changes));
        QCOMPARE(versionRows(), 1);
    }

    // Auditor reads level 0 only: internal_note (level 1) never appears, and an entry
    // that changed nothing else is not there at all. Child columns follow the levels.
    void permlevelHidesFields()
    {
        const QString name = m_site->ticket(QStringLiteral("alice"), QStringLiteral("Printer"));
        Document changes(QStringLiteral("Ticket"));
        changes.setName(name);
        changes.setValue(QStringLiteral("internal_note"), QStringLiteral("customer owes us"));
        QVERIFY(m_site->service().update(changes));
        changes = Document(QStringLiteral("Ticket"));
        changes.setName(name);
        changes.setValue(QStringLiteral("subject"), QStringLiteral("Printer jammed"));
        changes.setValue(QStringLiteral("internal_note"), QStringLiteral("still owes us"));
        QVERIFY(m_site->service().update(changes));
        changes = Document(QStringLiteral("Ticket"));
        changes.setName(name);
        changes.setChildren(QStringLiteral("items"), {doc(QStringLiteral("Ticket Item"),
                                                          {{QStringLiteral("description"), "toner"},
                                                           {QStringLiteral("cost"), 12.5},
                                                           {QStringLiteral("margin"), 3.0}})});
        QVERIFY(m_site->service().update(changes));

        const Principal manager = PermSite::user(QStringLiteral("mia"), {perm::kManager});
        auto all = m_history->list(manager, QStringLiteral("Ticket"), name, 10);
        QVERIFY(all);
        QCOMPARE(all->entries.size(), 3);
        QCOMPARE(fieldsOf(all->entries.at(1)), (QStringList{"internal_note", "subject"}));

        const Principal auditor = PermSite::user(QStringLiteral("otto"), {perm::kAuditor});
        auto seen = m_history->list(auditor, QStringLiteral("Ticket"), name, 10);
        QVERIFY2(seen, qPrintable(seen ? QString() : seen.error().toText()));
        QCOMPARE(seen->entries.size(), 2);
        QCOMPARE(fieldsOf(seen->entries.at(0)), QStringList{"items"});
        const QJsonObject row =
            seen->entries.at(0).changes.first().newValue.toArray().at(0).toObject();
        QCOMPARE(row.value(QStringLiteral("description")).toString(), QStringLiteral("toner"));
        QVERIFY(!row.contains(QStringLiteral("cost")));
        QVERIFY(!row.contains(QStringLiteral("margin")));
        QCOMPARE(fieldsOf(seen->entries.at(1)), QStringList{"subject"});
        for (const VersionHistory::Entry &entry : seen->entries) {
            for (const FieldChange &change : entry.changes) {
                QVERIFY(!change.oldValue.toString().contains(QStringLiteral("owes")));
                QVERIFY(!change.newValue.toString().contains(QStringLiteral("owes")));
            }
        }
    }

    // Whoever may not read the document gets what DocumentAccess::get says.
    void readFollowsTheDocument()
    {
        const QString name = m_site->ticket(QStringLiteral("alice"));
        Document changes(QStringLiteral("Ticket"));
        changes.setName(name);
        changes.setValue(QStringLiteral("priority"), 1);
        QVERIFY(m_site->service().update(changes));
        const Principal owner = PermSite::user(QStringLiteral("alice"), {perm::kAgent});
        auto own = m_history->list(owner, QStringLiteral("Ticket"), name, 10);
        QVERIFY(own);
        QCOMPARE(own->entries.size(), 1);
        const Principal other = PermSite::user(QStringLiteral("bob"), {perm::kAgent});
        auto hidden = m_history->list(other, QStringLiteral("Ticket"), name, 10);
        QVERIFY(!hidden);
        QCOMPARE(hidden.error().code(), fm::ErrorCode::NotFound);
        const Principal stranger = PermSite::user(QStringLiteral("carol"), {});
        auto denied = m_history->list(stranger, QStringLiteral("Ticket"), name, 10);
        QVERIFY(!denied);
        QCOMPARE(denied.error().code(), fm::ErrorCode::PermissionDenied);
        auto missing = m_history->list(owner, QStringLiteral("Ticket"), QStringLiteral("nope"), 10);
        QVERIFY(!missing);
        QCOMPARE(missing.error().code(), fm::ErrorCode::NotFound);
    }

    void pages()
    {
        const QString name = m_site->ticket(QStringLiteral("alice"));
        for (int i = 1; i <= 5; ++i) {
            Document changes(QStringLiteral("Ticket"));
            changes.setName(name);
            changes.setValue(QStringLiteral("priority"), i);
            QVERIFY(m_site->service().update(changes));
        }
        auto first = m_history->list(Principal::system(), QStringLiteral("Ticket"), name, 2);
        QVERIFY(first);
        QCOMPARE(first->entries.size(), 2);
        QVERIFY(first->hasMore);
        QCOMPARE(first->entries.at(0).changes.first().newValue.toInt(), 5);
        QCOMPARE(first->entries.at(1).changes.first().newValue.toInt(), 4);
        auto last = m_history->list(Principal::system(), QStringLiteral("Ticket"), name, 2, 4);
        QVERIFY(last);
        QCOMPARE(last->entries.size(), 1);
        QVERIFY(!last->hasMore);
        QCOMPARE(last->entries.at(0).changes.first().newValue.toInt(), 1);

        for (const auto &[limit, offset] :
             {std::pair{0, 0}, std::pair{VersionHistory::kMaxLimit + 1, 0}, std::pair{10, -1}}) {
            auto bad =
                m_history->list(Principal::system(), QStringLiteral("Ticket"), name, limit, offset);
            QVERIFY(!bad);
            QCOMPARE(bad.error().code(), fm::ErrorCode::BadRequest);
        }
    }

private:
    int versionRows()
    {
        Query query;
        query.doctype = VersionHistory::kDocType;
        query.limit = -1;
        auto rows = m_site->service().list(query);
        return rows ? int(rows->size()) : -1;
    }

    std::unique_ptr<PermSite> m_site;
    std::shared_ptr<AfterSaveFails> m_hook;
    std::unique_ptr<VersionHistory> m_history;
};

QTEST_GUILESS_MAIN(TestVersionHistory)
#include "tst_versionhistory.moc"
