// SPDX-License-Identifier: MIT
#include "permsite.h"

#include <QJsonArray>
#include <QTest>

using namespace fm::core;
using perm::PermSite;

namespace {

constexpr int kOk = -1;

Principal actor(const QString &user, const QStringList &roles)
{
    if (user == Principal::kGuest)
        return Principal::guest();
    if (user == Principal::kAdministrator)
        return Principal::system();
    return PermSite::user(user, roles);
}

template<typename T> int codeOf(const fm::Result<T> &result)
{
    return result ? kOk : int(result.error().code());
}

QStringList fieldsOf(const fm::Error &error)
{
    QStringList names;
    for (const fm::FieldError &field : error.fields()) {
        if (field.code == u"permlevel")
            names << field.field;
    }
    names.sort();
    return names;
}

} // namespace

class TestDocumentAccess : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_site.open()); }

    // Roles x actions x owner / shared / other, each on a fresh Ticket.
    void matrix_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QStringList>("roles");
        QTest::addColumn<QString>("target"); // own, read-share, write-share, other
        QTest::addColumn<QString>("action");
        QTest::addColumn<int>("expected");

        const QStringList agent{perm::kAgent}, manager{perm::kManager}, auditor{perm::kAuditor};
        const int notFound = int(fm::ErrorCode::NotFound);
        const int denied = int(fm::ErrorCode::PermissionDenied);
        const int unauthorized = int(fm::ErrorCode::Unauthorized);
        for (const char *action : {"read", "write", "delete", "submit"})
            QTest::addRow("agent %s own", action) << "alice" << agent << "own" << action << kOk;
        for (const char *action : {"read", "write", "delete", "submit"})
            QTest::addRow("agent %s other's: hidden", action)
                << "alice" << agent << "other" << action << notFound;
        QTest::newRow("agent reads a read share") << "alice" << agent << "read-share"
                                                  << "read" << kOk;
        QTest::newRow("agent writes a read share: refused") << "alice" << agent << "read-share"
                                                            << "write" << denied;
        QTest::newRow("agent deletes a read share: refused") << "alice" << agent << "read-share"
                                                             << "delete" << denied;
        QTest::newRow("agent writes a write share") << "alice" << agent << "write-share"
                                                    << "write" << kOk;
        QTest::newRow("agent cancels: never") << "alice" << agent << "own"
                                              << "cancel" << denied;
        for (const char *action : {"read", "write", "delete", "submit"})
            QTest::addRow("manager %s other's", action)
                << "dave" << manager << "other" << action << kOk;
        QTest::newRow("auditor reads other's") << "carol" << auditor << "other"
                                               << "read" << kOk;
        QTest::newRow("auditor writes: refused") << "carol" << auditor << "other"
                                                 << "write" << denied;
        QTest::newRow("auditor deletes: refused") << "carol" << auditor << "other"
                                                  << "delete" << denied;
        QTest::newRow("no role reads: refused") << "carol" << QStringList() << "other"
                                                << "read" << denied;
        QTest::newRow("no role reads a read share") << "carol" << QStringList() << "read-share"
                                                    << "read" << kOk;
        QTest::newRow("no role writes a read share: refused")
            << "carol" << QStringList() << "read-share"
            << "write" << denied;
        QTest::newRow("no role writes a write share") << "carol" << QStringList() << "write-share"
                                                      << "write" << kOk;
        QTest::newRow("a write share does not delete") << "carol" << QStringList() << "write-share"
                                                       << "delete" << denied;
        QTest::newRow("guest reads: log in") << "Guest" << QStringList() << "other"
                                             << "read" << unauthorized;
        QTest::newRow("guest deletes: log in") << "Guest" << QStringList() << "other"
                                               << "delete" << unauthorized;
        QTest::newRow("Administrator deletes") << "Administrator" << QStringList() << "other"
                                               << "delete" << kOk;
    }

    void matrix()
    {
        QFETCH(QString, user);
        QFETCH(QStringList, roles);
        QFETCH(QString, target);
        QFETCH(QString, action);
        QFETCH(int, expected);
        const QString name = m_site.ticket(target == u"own" ? user : QStringLiteral("bob"));
        QVERIFY(!name.isEmpty());
        if (target.endsWith(u"-share"))
            QVERIFY(!m_site.share("Ticket", name, user, true, target == u"write-share").isEmpty());
        const Principal who = actor(user, roles);
        DocumentAccess &access = *m_site.access;
        int code = kOk;
        if (action == u"read") {
            code = codeOf(access.get(who, "Ticket", name));
        } else if (action == u"write") {
            code = codeOf(access.update(who, doc("Ticket", {{"name", name}, {"priority", 3}})));
            if (code == kOk)
                QCOMPARE(m_site.service().get("Ticket", name)->integer("priority"), 3);
        } else if (action == u"delete") {
            code = codeOf(access.remove(who, "Ticket", name, DeleteMode::Soft));
            QCOMPARE(bool(m_site.service().get("Ticket", name)), code != kOk);
        } else if (action == u"submit") {
            code = codeOf(access.submit(who, "Ticket", name));
        } else {
            code = codeOf(access.cancel(who, "Ticket", name));
        }
        QCOMPARE(code, expected);
    }

    void hiddenLooksMissing()
    {
        const Principal alice = PermSite::user("alice", {perm::kAgent});
        const QString name = m_site.ticket("bob");
        auto hidden = m_site.access->get(alice, "Ticket", name);
        auto missing = m_site.access->get(alice, "Ticket", "no-such-ticket");
        QVERIFY(!hidden && !missing);
        QCOMPARE(hidden.error().code(), fm::ErrorCode::NotFound);
        QCOMPARE(missing.error().code(), fm::ErrorCode::NotFound);
        QCOMPARE(hidden.error().message(), QStringLiteral("Ticket %1 does not exist").arg(name));
        QCOMPARE(missing.error().message(), QStringLiteral("Ticket no-such-ticket does not exist"));
    }

    void listUnderRowLevelSecurity_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QStringList>("roles");
        QTest::addColumn<QStringList>("owners"); // of the rows the user must see

        QTest::newRow("agent: own and shared") << "alice" << QStringList{perm::kAgent}
                                               << QStringList{"alice", "alice", "alice", "dave"};
        QTest::newRow("other agent: own only")
            << "bob" << QStringList{perm::kAgent} << QStringList{"bob", "bob"};
        QTest::newRow("no role: shared only") << "carol" << QStringList() << QStringList{"dave"};
        QTest::newRow("manager: every row")
            << "dave" << QStringList{perm::kManager}
            << QStringList{"alice", "alice", "alice", "bob", "bob", "dave", "dave", "dave", "dave"};
    }

    void listUnderRowLevelSecurity()
    {
        QFETCH(QString, user);
        QFETCH(QStringList, roles);
        QFETCH(QStringList, owners);
        if (!m_listSeeded) {
            for (const char *owner :
                 {"alice", "alice", "alice", "bob", "bob", "dave", "dave", "dave", "dave"})
                m_listed[m_site.ticket(owner, "listed")] = QLatin1String(owner);
            const QString shared = m_listed.key("dave");
            QVERIFY(!m_site.share("Ticket", shared, "alice", true, false).isEmpty());
            QVERIFY(!m_site.share("Ticket", shared, "carol", true, false).isEmpty());
            m_listSeeded = true;
        }
        Query query;
        query.doctype = "Ticket";
        query.filters = {Filter{"subject", FilterOp::Eq, "listed"}};
        query.limit = 2;
        QStringList seen;
        for (query.offset = 0; query.offset < 12; query.offset += 2) {
            auto page = m_site.access->list(actor(user, roles), query);
            QVERIFY2(page, qPrintable(page ? QString() : page.error().toText()));
            QCOMPARE(page->total, qint64(owners.size()));
            QVERIFY(page->rows.size() <= 2);
            for (const Document &row : std::as_const(page->rows)) {
                QVERIFY(m_listed.contains(row.name()));
                seen << m_listed.value(row.name());
            }
        }
        seen.sort();
        QCOMPARE(seen, owners);
    }

    // How a page's total is found (ADR 0270): counted in full, up to a cap, or not at all.
    // Seven "totals" tickets, three of them bob's (an agent sees only his own).
    void listTotals_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<int>("mode"); // TotalMode
        QTest::addColumn<int>("cap");
        QTest::addColumn<int>("offset");
        QTest::addColumn<int>("limit");
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("total");
        QTest::addColumn<bool>("exact");
        QTest::addColumn<bool>("hasMore");

        const int exactly = int(TotalMode::Exact), capped = int(TotalMode::Capped),
                  none = int(TotalMode::None);
        const QString admin = Principal::kAdministrator;
        QTest::newRow("exact") << admin << exactly << 4 << 0 << 2 << 2 << 7 << true << true;
        QTest::newRow("capped, under the cap")
            << admin << capped << 10 << 0 << 2 << 2 << 7 << true << true;
        QTest::newRow("capped, at the cap")
            << admin << capped << 7 << 0 << 2 << 2 << 7 << true << true;
        QTest::newRow("capped, over the cap")
            << admin << capped << 4 << 0 << 2 << 2 << 4 << false << true;
        QTest::newRow("capped, page past the cap")
            << admin << capped << 4 << 4 << 2 << 2 << 6 << false << true;
        QTest::newRow("capped, last page past the cap")
            << admin << capped << 4 << 6 << 2 << 1 << 7 << true << false;
        QTest::newRow("capped, full last page")
            << admin << capped << 4 << 5 << 2 << 2 << 7 << true << false;
        QTest::newRow("capped, empty page far past the end")
            << admin << capped << 4 << 20 << 2 << 0 << 4 << false << false;
        QTest::newRow("capped, empty page past the end, under the cap")
            << admin << capped << 10 << 20 << 2 << 0 << 7 << true << false;
        QTest::newRow("capped, no limit")
            << admin << capped << 4 << 0 << -1 << 7 << 7 << true << false;
        QTest::newRow("limit 0: the total only")
            << admin << exactly << 4 << 0 << 0 << 0 << 7 << true << false;
        QTest::newRow("limit 0, capped")
            << admin << capped << 4 << 0 << 0 << 0 << 4 << false << false;
        QTest::newRow("none") << admin << none << 4 << 0 << 2 << 2 << 2 << false << true;
        QTest::newRow("none, last page") << admin << none << 4 << 6 << 2 << 1 << 7 << true << false;
        QTest::newRow("none, empty page past the end")
            << admin << none << 10 << 20 << 2 << 0 << 7 << true << false;
        QTest::newRow("row-level security, capped")
            << "bob" << capped << 2 << 0 << 1 << 1 << 2 << false << true;
        QTest::newRow("row-level security, under the cap")
            << "bob" << capped << 3 << 0 << 1 << 1 << 3 << true << true;
        QTest::newRow("row-level security, exact")
            << "bob" << exactly << 2 << 0 << 1 << 1 << 3 << true << true;
    }

    void listTotals()
    {
        QFETCH(QString, user);
        QFETCH(int, mode);
        QFETCH(int, cap);
        QFETCH(int, offset);
        QFETCH(int, limit);
        QFETCH(int, rows);
        QFETCH(int, total);
        QFETCH(bool, exact);
        QFETCH(bool, hasMore);
        if (!m_totalsSeeded) {
            for (const char *owner : {"bob", "dave", "bob", "dave", "bob", "dave", "dave"})
                QVERIFY(!m_site.ticket(owner, "totals").isEmpty());
            m_totalsSeeded = true;
        }
        Query query;
        query.doctype = "Ticket";
        query.filters = {Filter{"subject", FilterOp::Eq, "totals"}};
        query.total = TotalMode(mode);
        query.totalCap = cap;
        query.offset = offset;
        query.limit = limit;
        auto page = m_site.access->list(actor(user, {perm::kAgent}), query);
        QVERIFY2(page, qPrintable(page ? QString() : page.error().toText()));
        QCOMPARE(page->rows.size(), rows);
        QCOMPARE(page->total, qint64(total));
        QCOMPARE(page->totalExact, exact);
        QCOMPARE(page->hasMore, hasMore);
    }

    void listRefusals_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QStringList>("roles");
        QTest::addColumn<QString>("doctype");
        QTest::addColumn<QStringList>("fields");
        QTest::addColumn<QString>("filterField");
        QTest::addColumn<int>("expected");
        QTest::addColumn<QStringList>("named");

        const int denied = int(fm::ErrorCode::PermissionDenied);
        QTest::newRow("auditor asks for a level 1 field")
            << "carol" << QStringList{perm::kAuditor} << "Ticket"
            << QStringList{"subject", "internal_note"} << "" << denied
            << QStringList{"internal_note"};
        QTest::newRow("auditor filters on a level 1 field")
            << "carol" << QStringList{perm::kAuditor} << "Ticket" << QStringList()
            << "internal_note" << denied << QStringList{"internal_note"};
        QTest::newRow("agent reads level 1")
            << "alice" << QStringList{perm::kAgent} << "Ticket" << QStringList{"internal_note"}
            << "internal_note" << kOk << QStringList();
        QTest::newRow("child table on its own")
            << "dave" << QStringList{perm::kManager} << "Ticket Item" << QStringList() << ""
            << denied << QStringList();
        QTest::newRow("guest lists tickets: log in")
            << "Guest" << QStringList() << "Ticket" << QStringList() << ""
            << int(fm::ErrorCode::Unauthorized) << QStringList();
        QTest::newRow("user without a rule or share")
            << "bob" << QStringList() << "Ticket" << QStringList() << "" << denied << QStringList();
        QTest::newRow("guest lists announcements") << "Guest" << QStringList() << "Announcement"
                                                   << QStringList() << "" << kOk << QStringList();
        QTest::newRow("unknown DocType") << "dave" << QStringList() << "Nope" << QStringList() << ""
                                         << int(fm::ErrorCode::NotFound) << QStringList();
    }

    void listRefusals()
    {
        QFETCH(QString, user);
        QFETCH(QStringList, roles);
        QFETCH(QString, doctype);
        QFETCH(QStringList, fields);
        QFETCH(QString, filterField);
        QFETCH(int, expected);
        QFETCH(QStringList, named);
        Query query;
        query.doctype = doctype;
        query.fields = fields;
        if (!filterField.isEmpty())
            query.filters = {Filter{filterField, FilterOp::IsSet, {}}};
        auto page = m_site.access->list(actor(user, roles), query);
        QCOMPARE(codeOf(page), expected);
        if (!page)
            QCOMPARE(fieldsOf(page.error()), named);
    }

    void rlsFieldDecidesOwnRows()
    {
        auto task = m_site.access->insert(PermSite::user("alice", {}),
                                          doc("Task", {{"title", "t"}, {"assigned_to", "bob"}}));
        QVERIFY2(task, qPrintable(task ? QString() : task.error().toText()));
        QCOMPARE(task->owner(), QStringLiteral("alice"));
        const Principal alice = PermSite::user("alice", {perm::kAgent});
        const Principal bob = PermSite::user("bob", {perm::kAgent});
        QCOMPARE(codeOf(m_site.access->get(alice, "Task", task->name())),
                 int(fm::ErrorCode::NotFound));
        QCOMPARE(codeOf(m_site.access->get(bob, "Task", task->name())), kOk);
        Query query;
        query.doctype = "Task";
        QCOMPARE(m_site.access->list(alice, query)->total, qint64(0));
        QCOMPARE(m_site.access->list(bob, query)->total, qint64(1));
    }

    void sharesGrantReadThenWrite()
    {
        const QString name = m_site.ticket("dave");
        const Principal carol = PermSite::user("carol", {});
        DocumentAccess &access = *m_site.access;
        const Document change = doc("Ticket", {{"name", name}, {"subject", "by carol"}});
        QCOMPARE(codeOf(access.get(carol, "Ticket", name)), int(fm::ErrorCode::PermissionDenied));

        const QString share = m_site.share("Ticket", name, "carol", true, false);
        QCOMPARE(codeOf(access.get(carol, "Ticket", name)), kOk);
        QCOMPARE(codeOf(access.update(carol, change)), int(fm::ErrorCode::PermissionDenied));

        QVERIFY(m_site.service().update(doc("Document Share", {{"name", share}, {"write", true}})));
        QCOMPARE(codeOf(access.update(carol, change)), kOk);
        QCOMPARE(m_site.service().get("Ticket", name)->string("subject"),
                 QStringLiteral("by carol"));

        QVERIFY(m_site.service().remove("Document Share", share, DeleteMode::Soft));
        QCOMPARE(codeOf(access.get(carol, "Ticket", name)), int(fm::ErrorCode::PermissionDenied));
    }

    void redaction_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QStringList>("roles");
        QTest::addColumn<bool>("seesNote");
        QTest::addColumn<bool>("seesCost");
        QTest::addColumn<bool>("seesMargin");

        QTest::newRow("manager: levels 0 and 1")
            << "dave" << QStringList{perm::kManager} << true << true << false;
        QTest::newRow("agent: level 1 read")
            << "alice" << QStringList{perm::kAgent} << true << true << false;
        QTest::newRow("auditor: level 0")
            << "carol" << QStringList{perm::kAuditor} << false << false << false;
        QTest::newRow("administrator: all")
            << "Administrator" << QStringList() << true << true << true;
    }

    void redaction()
    {
        QFETCH(QString, user);
        QFETCH(QStringList, roles);
        QFETCH(bool, seesNote);
        QFETCH(bool, seesCost);
        QFETCH(bool, seesMargin);
        const QString name = ticketWithItem("alice");
        const Principal who = actor(user, roles);
        auto got = m_site.access->get(who, "Ticket", name);
        QVERIFY2(got, qPrintable(got ? QString() : got.error().toText()));
        QCOMPARE(got->has("internal_note"), seesNote);
        QCOMPARE(got->has("subject"), true);
        const QList<Document> items = got->children("items");
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.first().has("description"), true);
        QCOMPARE(items.first().has("cost"), seesCost);
        QCOMPARE(items.first().has("margin"), seesMargin);

        Query query;
        query.doctype = "Ticket";
        query.filters = {Filter{"name", FilterOp::Eq, name}};
        auto page = m_site.access->list(who, query);
        QVERIFY(page);
        QCOMPARE(page->rows.size(), 1);
        QCOMPARE(page->rows.first().has("internal_note"), seesNote);
    }

    void refusedWrites_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QStringList>("roles");
        QTest::addColumn<QVariantMap>("changes");
        QTest::addColumn<QString>("items"); // "", "same", "cost", "margin", "new"
        QTest::addColumn<QStringList>("refused");

        const QStringList agent{perm::kAgent}, manager{perm::kManager};
        QTest::newRow("agent: level 0 field")
            << "alice" << agent << QVariantMap{{"priority", 2}} << "" << QStringList();
        QTest::newRow("agent: level 1 field refused, nothing written")
            << "alice" << agent << QVariantMap{{"priority", 5}, {"internal_note", "mine"}} << ""
            << QStringList{"internal_note"};
        QTest::newRow("agent: level 1 sent back unchanged")
            << "alice" << agent << QVariantMap{{"priority", 2}, {"internal_note", "secret"}} << ""
            << QStringList();
        QTest::newRow("agent: rows sent back unchanged")
            << "alice" << agent << QVariantMap{{"priority", 2}} << "same" << QStringList();
        QTest::newRow("agent: child level 1 changed")
            << "alice" << agent << QVariantMap{{"priority", 5}} << "cost"
            << QStringList{"items.cost"};
        QTest::newRow("agent: child level 2, unreadable")
            << "alice" << agent << QVariantMap() << "margin" << QStringList{"items.margin"};
        QTest::newRow("agent: a new row at level 0")
            << "alice" << agent << QVariantMap() << "new" << QStringList();
        QTest::newRow("manager: level 1 field")
            << "dave" << manager << QVariantMap{{"internal_note", "changed"}} << ""
            << QStringList();
        QTest::newRow("manager: child level 2 refused")
            << "dave" << manager << QVariantMap{{"internal_note", "changed"}} << "margin"
            << QStringList{"items.margin"};
    }

    void refusedWrites()
    {
        QFETCH(QString, user);
        QFETCH(QStringList, roles);
        QFETCH(QVariantMap, changes);
        QFETCH(QString, items);
        QFETCH(QStringList, refused);
        const QString name = ticketWithItem("alice");
        const Document before = *m_site.service().get("Ticket", name);
        Document change = doc("Ticket", changes);
        change.setName(name);
        if (!items.isEmpty()) {
            QList<Document> rows = before.children("items");
            Document &row = rows.first();
            if (items == u"cost")
                row.setValue("cost", 99.0);
            else if (items == u"margin")
                row.setValue("margin", 0.9);
            else if (items == u"new")
                rows << doc("Ticket Item", {{"description", "extra"}});
            for (Document &r : rows)
                r.remove("margin");
            if (items == u"margin")
                rows.first().setValue("margin", 0.9);
            change.setChildren("items", rows);
        }
        auto saved = m_site.access->update(PermSite::user(user, roles), change);
        if (refused.isEmpty()) {
            QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().toText()));
            // Rows come back without the levels the user cannot write; those keep their value.
            QCOMPARE(
                m_site.service().get("Ticket", name)->children("items").first().number("margin"),
                0.25);
            return;
        }
        QVERIFY(!saved);
        QCOMPARE(saved.error().code(), fm::ErrorCode::PermissionDenied);
        QCOMPARE(fieldsOf(saved.error()), refused);
        const Document after = *m_site.service().get("Ticket", name);
        QCOMPARE(after.version(), before.version()); // no partial write
        QCOMPARE(after.integer("priority"), before.integer("priority"));
    }

    void insertChecksLevels_data()
    {
        QTest::addColumn<QStringList>("roles");
        QTest::addColumn<bool>("withNote");
        QTest::addColumn<int>("expected");
        QTest::newRow("agent without level 1") << QStringList{perm::kAgent} << false << kOk;
        QTest::newRow("agent with level 1 refused")
            << QStringList{perm::kAgent} << true << int(fm::ErrorCode::PermissionDenied);
        QTest::newRow("manager with level 1") << QStringList{perm::kManager} << true << kOk;
        QTest::newRow("auditor may not create")
            << QStringList{perm::kAuditor} << false << int(fm::ErrorCode::PermissionDenied);
    }

    void insertChecksLevels()
    {
        QFETCH(QStringList, roles);
        QFETCH(bool, withNote);
        QFETCH(int, expected);
        Document ticket = doc("Ticket", {{"subject", "new"}});
        if (withNote)
            ticket.setValue("internal_note", "n");
        auto saved = m_site.access->insert(PermSite::user("bob", roles), ticket);
        QCOMPARE(codeOf(saved), expected);
        if (saved)
            QCOMPARE(saved->owner(), QStringLiteral("bob"));
    }

    // validate: the refusal a save would meet, with nothing written and no event.
    void validateSaysWhatASaveWouldWithoutWriting()
    {
        const Principal alice = actor("alice", {perm::kAgent});
        const QString own = m_site.ticket("alice", "mine");
        const QString other = m_site.ticket("bob", "theirs");
        const qint64 version = m_site.service().get("Ticket", own)->version();
        auto countTickets = [&] {
            Query query;
            query.doctype = QStringLiteral("Ticket");
            return m_site.service().count(query).value_or(-1);
        };
        const qint64 tickets = countTickets();
        std::atomic<int> events{0};
        const auto listening =
            m_site.service().events().subscribe({}, [&events](const Event &) { ++events; });

        // Valid: no error, nothing written.
        Document fine("Ticket");
        fine.setName(own);
        fine.setValue("subject", "still mine");
        fine.setValue("_version", version - 1); // a stale version is not this check's business
        QCOMPARE(codeOf(m_site.access->validate(alice, fine, false)), kOk);
        QCOMPARE(m_site.service().get("Ticket", own)->string("subject"), QStringLiteral("mine"));
        QCOMPARE(m_site.service().get("Ticket", own)->version(), version);

        // The service's field errors, as update gives them.
        Document empty("Ticket");
        empty.setName(own);
        empty.setValue("subject", QVariant());
        auto refused = m_site.access->validate(alice, empty, false);
        QCOMPARE(codeOf(refused), int(fm::ErrorCode::Validation));
        auto saved = m_site.access->update(alice, empty);
        QCOMPARE(codeOf(saved), int(fm::ErrorCode::Validation));
        QCOMPARE(refused.error().fields().size(), saved.error().fields().size());
        QCOMPARE(refused.error().fields().first().field, saved.error().fields().first().field);
        QCOMPARE(refused.error().fields().first().message, saved.error().fields().first().message);

        // Permissions as for a save: another's ticket is hidden, a level 1 field refused,
        // a new document needs create.
        Document theirs("Ticket");
        theirs.setName(other);
        theirs.setValue("subject", "x");
        QCOMPARE(codeOf(m_site.access->validate(alice, theirs, false)),
                 int(fm::ErrorCode::NotFound));
        Document note("Ticket");
        note.setName(own);
        note.setValue("internal_note", "n");
        QCOMPARE(codeOf(m_site.access->validate(alice, note, false)),
                 int(fm::ErrorCode::PermissionDenied));
        const Document fresh = doc("Ticket", {{"subject", "new one"}});
        QCOMPARE(codeOf(m_site.access->validate(alice, fresh, true)), kOk);
        QCOMPARE(codeOf(m_site.access->validate(actor("dave", {perm::kAuditor}), fresh, true)),
                 int(fm::ErrorCode::PermissionDenied));
        QCOMPARE(codeOf(m_site.access->validate(alice, doc("Ticket", {}), true)),
                 int(fm::ErrorCode::Validation));

        QCOMPARE(countTickets(), tickets);
        QCOMPARE(events.load(), 0); // nothing committed, so nothing was told
    }

    void guestsWhereAllowed()
    {
        auto made =
            m_site.access->insert(PermSite::user("dave", {perm::kManager}),
                                  doc("Announcement", {{"title", "hi"}, {"audience", "staff"}}));
        QVERIFY(made);
        const Principal guest = Principal::guest();
        auto read = m_site.access->get(guest, "Announcement", made->name());
        QVERIFY(read);
        QVERIFY(!read->has("audience"));
        QCOMPARE(codeOf(m_site.access->insert(guest, doc("Announcement", {{"title", "x"}}))),
                 int(fm::ErrorCode::Unauthorized));
        QCOMPARE(codeOf(m_site.access->update(
                     PermSite::user("carol", {}),
                     doc("Announcement", {{"name", made->name()}, {"title", "y"}}))),
                 int(fm::ErrorCode::PermissionDenied));

        // A Custom Permission row replaces the DocType's rules: the Guest rule is gone.
        auto custom = m_site.service().insert(
            doc("Custom Permission",
                {{"for_doctype", "Announcement"}, {"role", perm::kAuditor}, {"read", true}}));
        QVERIFY(custom);
        QCOMPARE(codeOf(m_site.access->get(guest, "Announcement", made->name())),
                 int(fm::ErrorCode::Unauthorized));
        QCOMPARE(codeOf(m_site.access->get(PermSite::user("carol", {perm::kAuditor}),
                                           "Announcement", made->name())),
                 kOk);
        QVERIFY(m_site.service().remove("Custom Permission", custom->name(), DeleteMode::Hard));
        QCOMPARE(codeOf(m_site.access->get(guest, "Announcement", made->name())), kOk);
    }

    void childTablesFollowTheirParent()
    {
        const Principal agent = PermSite::user("alice", {perm::kAgent});
        QCOMPARE(codeOf(m_site.access->get(agent, "Ticket Item", "x")),
                 int(fm::ErrorCode::PermissionDenied));
        const QString name = ticketWithItem("alice");
        QCOMPARE(m_site.access->get(agent, "Ticket", name)->children("items").size(), 1);
    }

    void describe_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QStringList>("roles");
        QTest::addColumn<QString>("doctype");
        QTest::addColumn<QStringList>("allowed");
        QTest::addColumn<QStringList>("ownOnly");
        QTest::addColumn<QStringList>("readable");
        QTest::addColumn<QStringList>("writable");

        QTest::newRow("agent on Ticket")
            << "alice" << QStringList{perm::kAgent} << "Ticket"
            << QStringList{"read", "write", "create", "delete", "submit"}
            << QStringList{"read", "write", "create", "delete", "submit"}
            << QStringList{"subject", "priority", "internal_note", "items"}
            << QStringList{"subject", "priority", "items"};
        QTest::newRow("auditor on Ticket")
            << "carol" << QStringList{perm::kAuditor} << "Ticket" << QStringList{"read"}
            << QStringList() << QStringList{"subject", "priority", "items"} << QStringList();
        QTest::newRow("guest on Announcement")
            << "Guest" << QStringList() << "Announcement" << QStringList{"read"} << QStringList()
            << QStringList{"title"} << QStringList();
        QTest::newRow("manager on Announcement")
            << "dave" << QStringList{perm::kManager} << "Announcement"
            << QStringList{"read", "write", "create", "delete"} << QStringList()
            << QStringList{"title", "audience"} << QStringList{"title", "audience"};
        QTest::newRow("nobody on an unknown DocType")
            << "carol" << QStringList() << "Nope" << QStringList() << QStringList() << QStringList()
            << QStringList();
    }

    void describe()
    {
        QFETCH(QString, user);
        QFETCH(QStringList, roles);
        QFETCH(QString, doctype);
        QFETCH(QStringList, allowed);
        QFETCH(QStringList, ownOnly);
        QFETCH(QStringList, readable);
        QFETCH(QStringList, writable);
        const QJsonObject described = m_site.access->describe(actor(user, roles), doctype);
        for (PermissionAction action : allActions())
            QCOMPARE(described.value(actionName(action)).toBool(),
                     allowed.contains(actionName(action)));
        auto strings = [&](const char *key) {
            QStringList out;
            for (const QJsonValue &v : described.value(QLatin1String(key)).toArray())
                out << v.toString();
            return out;
        };
        QCOMPARE(strings("if_owner"), ownOnly);
        QCOMPARE(strings("readable_fields"), readable);
        QCOMPARE(strings("writable_fields"), writable);
    }

private:
    QString ticketWithItem(const QString &owner)
    {
        Document ticket = doc("Ticket", {{"subject", "with item"}, {"internal_note", "secret"}});
        ticket.setChildren(
            "items",
            {doc("Ticket Item", {{"description", "part"}, {"cost", 10.0}, {"margin", 0.25}})});
        auto saved = m_site.service().insert(ticket, owner);
        return saved ? saved->name() : QString();
    }

    PermSite m_site;
    QMap<QString, QString> m_listed; // name -> owner of the rows listUnderRowLevelSecurity made
    bool m_listSeeded = false;
    bool m_totalsSeeded = false;
};

QTEST_GUILESS_MAIN(TestDocumentAccess)
#include "tst_documentaccess.moc"
