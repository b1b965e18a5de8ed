// SPDX-License-Identifier: MIT
#include "permsite.h"

#include <QTest>

using namespace fm::core;
using perm::PermSite;
using Reach = PermissionEngine::Reach;

namespace {

Principal principal(const QString &user, const QStringList &roles)
{
    if (user == Principal::kGuest)
        return Principal::guest();
    return PermSite::user(user, roles);
}

} // namespace

class TestPermissionEngine : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_site.open()); }

    void reach_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QStringList>("roles");
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("doctype");
        QTest::addColumn<int>("expected");

        const QStringList manager{perm::kManager}, agent{perm::kAgent}, auditor{perm::kAuditor};
        QTest::newRow("manager reads all tickets") << "dave" << manager << "read"
                                                   << "Ticket" << int(Reach::AllRows);
        QTest::newRow("manager cancels") << "dave" << manager << "cancel"
                                         << "Ticket" << int(Reach::AllRows);
        QTest::newRow("agent reads own tickets") << "alice" << agent << "read"
                                                 << "Ticket" << int(Reach::OwnRows);
        QTest::newRow("agent submits own tickets") << "alice" << agent << "submit"
                                                   << "Ticket" << int(Reach::OwnRows);
        QTest::newRow("agent may not cancel") << "alice" << agent << "cancel"
                                              << "Ticket" << int(Reach::None);
        QTest::newRow("auditor reads all") << "carol" << auditor << "read"
                                           << "Ticket" << int(Reach::AllRows);
        QTest::newRow("auditor may not write") << "carol" << auditor << "write"
                                               << "Ticket" << int(Reach::None);
        QTest::newRow("no role, no read") << "carol" << QStringList() << "read"
                                          << "Ticket" << int(Reach::None);
        QTest::newRow("level 1 rule grants no document action")
            << "alice" << agent << "write"
            << "Announcement" << int(Reach::None);
        QTest::newRow("guest reads by the Guest rule") << "Guest" << QStringList() << "read"
                                                       << "Announcement" << int(Reach::AllRows);
        QTest::newRow("signed-in user inherits the Guest rule")
            << "carol" << QStringList() << "read"
            << "Announcement" << int(Reach::AllRows);
        QTest::newRow("guest may not create announcements") << "Guest" << QStringList() << "create"
                                                            << "Announcement" << int(Reach::None);
        QTest::newRow("All grants signed-in users") << "carol" << QStringList() << "create"
                                                    << "Task" << int(Reach::AllRows);
        QTest::newRow("All does not include guests") << "Guest" << QStringList() << "create"
                                                     << "Task" << int(Reach::None);
        QTest::newRow("guest reads no ticket") << "Guest" << QStringList() << "read"
                                               << "Ticket" << int(Reach::None);
        QTest::newRow("child table follows its parent") << "alice" << agent << "read"
                                                        << "Ticket Item" << int(Reach::OwnRows);
        QTest::newRow("Administrator bypasses") << "Administrator" << QStringList() << "amend"
                                                << "Ticket" << int(Reach::AllRows);
        QTest::newRow("System Manager bypasses")
            << "erin" << QStringList{Principal::kSystemManager} << "delete"
            << "Custom Permission" << int(Reach::AllRows);
        QTest::newRow("unknown DocType") << "dave" << manager << "read"
                                         << "Nope" << int(Reach::None);
    }

    void reach()
    {
        QFETCH(QString, user);
        QFETCH(QStringList, roles);
        QFETCH(QString, action);
        QFETCH(QString, doctype);
        QFETCH(int, expected);
        const auto parsed = actionFromName(action);
        QVERIFY(parsed);
        QCOMPARE(int(m_site.engine->reach(principal(user, roles), *parsed, doctype)), expected);
    }

    void canOnDocument_data()
    {
        QTest::addColumn<QString>("doctype");
        QTest::addColumn<QString>("ownerField"); // who the row belongs to
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("action");
        QTest::addColumn<bool>("expected");

        QTest::newRow("agent writes own ticket") << "Ticket"
                                                 << "alice"
                                                 << "alice"
                                                 << "write" << true;
        QTest::newRow("agent cannot write another's") << "Ticket"
                                                      << "bob"
                                                      << "alice"
                                                      << "write" << false;
        QTest::newRow("rls_field: the assignee reads the task") << "Task"
                                                                << "bob"
                                                                << "bob"
                                                                << "read" << true;
        QTest::newRow("rls_field: the creator does not") << "Task"
                                                         << "bob"
                                                         << "alice"
                                                         << "read" << false;
    }

    void canOnDocument()
    {
        QFETCH(QString, doctype);
        QFETCH(QString, ownerField);
        QFETCH(QString, user);
        QFETCH(QString, action);
        QFETCH(bool, expected);
        fm::Result<Document> saved;
        if (doctype == u"Task") { // created by alice, assigned to ownerField
            saved = m_site.service().insert(
                doc(doctype, {{"title", "t"}, {"assigned_to", ownerField}}), "alice");
        } else {
            saved = m_site.service().insert(doc(doctype, {{"subject", "t"}}), ownerField);
        }
        QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().toText()));
        QCOMPARE(m_site.engine->ownerColumn(doctype),
                 doctype == u"Task" ? QStringLiteral("assigned_to") : QStringLiteral("owner"));
        QCOMPARE(m_site.engine->can(PermSite::user(user, {perm::kAgent}), *actionFromName(action),
                                    *saved),
                 expected);
    }

    void levels_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QStringList>("roles");
        QTest::addColumn<QString>("doctype");
        QTest::addColumn<QList<int>>("readable");
        QTest::addColumn<QList<int>>("writable");

        QTest::newRow("manager: level 1 read and write")
            << "dave" << QStringList{perm::kManager} << "Ticket" << QList<int>{0, 1}
            << QList<int>{0, 1};
        QTest::newRow("agent: level 1 read only") << "alice" << QStringList{perm::kAgent}
                                                  << "Ticket" << QList<int>{0, 1} << QList<int>{0};
        QTest::newRow("auditor: level 0 only")
            << "carol" << QStringList{perm::kAuditor} << "Ticket" << QList<int>{0} << QList<int>{0};
        QTest::newRow("child rows use the parent's levels")
            << "alice" << QStringList{perm::kAgent} << "Ticket Item" << QList<int>{0, 1}
            << QList<int>{0};
        QTest::newRow("guest: level 0 only")
            << "Guest" << QStringList() << "Announcement" << QList<int>{0} << QList<int>{0};
    }

    void levels()
    {
        QFETCH(QString, user);
        QFETCH(QStringList, roles);
        QFETCH(QString, doctype);
        QFETCH(QList<int>, readable);
        QFETCH(QList<int>, writable);
        const Principal who = principal(user, roles);
        QCOMPARE(m_site.engine->readableLevels(who, doctype),
                 QSet<int>(readable.cbegin(), readable.cend()));
        QCOMPARE(m_site.engine->writableLevels(who, doctype),
                 QSet<int>(writable.cbegin(), writable.cend()));
    }

    void administratorHoldsEveryLevel()
    {
        const QSet<int> levels = m_site.engine->readableLevels(Principal::system(), "Ticket");
        QVERIFY(levels.contains(0) && levels.contains(2) && levels.contains(9));
    }

    void readRestriction_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QStringList>("roles");
        QTest::addColumn<QString>("doctype");
        QTest::addColumn<bool>("restricted");
        QTest::addColumn<QString>("column");
        QTest::addColumn<int>("error"); // -1: none

        QTest::newRow("manager: every row")
            << "dave" << QStringList{perm::kManager} << "Ticket" << false << "" << -1;
        QTest::newRow("agent: own rows by owner")
            << "alice" << QStringList{perm::kAgent} << "Ticket" << true << "owner" << -1;
        QTest::newRow("agent: own rows by rls_field")
            << "alice" << QStringList{perm::kAgent} << "Task" << true << "assigned_to" << -1;
        QTest::newRow("no rule, no share: refused") << "bob" << QStringList() << "Ticket" << false
                                                    << "" << int(fm::ErrorCode::PermissionDenied);
        QTest::newRow("no rule, a share: shared rows only")
            << "carol" << QStringList() << "Ticket" << true << "" << -1;
        QTest::newRow("guest without a rule: log in")
            << "Guest" << QStringList() << "Ticket" << false << ""
            << int(fm::ErrorCode::Unauthorized);
        QTest::newRow("guest with a rule: every row")
            << "Guest" << QStringList() << "Announcement" << false << "" << -1;
    }

    void readRestriction()
    {
        QFETCH(QString, user);
        QFETCH(QStringList, roles);
        QFETCH(QString, doctype);
        QFETCH(bool, restricted);
        QFETCH(QString, column);
        QFETCH(int, error);
        if (user == u"carol" && !m_site.engine->hasShares(principal(user, roles), doctype))
            QVERIFY(!m_site.share(doctype, m_site.ticket("dave"), "carol", true, false).isEmpty());
        auto restriction = m_site.engine->readRestriction(principal(user, roles), doctype);
        if (error >= 0) {
            QVERIFY(!restriction);
            QCOMPARE(int(restriction.error().code()), error);
            return;
        }
        QVERIFY(restriction);
        QCOMPARE(restriction->has_value(), restricted);
        if (restricted) {
            QCOMPARE((*restriction)->userColumn, column);
            QCOMPARE((*restriction)->user, user);
            QVERIFY((*restriction)->includeShared);
            QVERIFY(!(*restriction)->none);
        }
    }

    void customPermissionReplacesRules()
    {
        const Principal guest = Principal::guest();
        const Principal auditor = PermSite::user("carol", {perm::kAuditor});
        const Principal manager = PermSite::user("dave", {perm::kManager});
        auto &engine = *m_site.engine;
        QCOMPARE(engine.reach(guest, PermissionAction::Read, "Announcement"), Reach::AllRows);
        QCOMPARE(engine.reach(auditor, PermissionAction::Read, "Announcement"), Reach::AllRows);

        // A row for another DocType changes nothing here.
        auto other = m_site.service().insert(
            doc("Custom Permission",
                {{"for_doctype", "Task"}, {"role", perm::kAuditor}, {"read", true}}));
        QVERIFY(other);
        QCOMPARE(engine.reach(guest, PermissionAction::Read, "Announcement"), Reach::AllRows);

        auto row =
            m_site.service().insert(doc("Custom Permission", {{"for_doctype", "Announcement"},
                                                              {"role", perm::kAuditor},
                                                              {"if_owner", true},
                                                              {"read", true}}));
        QVERIFY(row);
        // The cached rules were dropped by the insert's event: the row replaces them all.
        QCOMPARE(engine.rules("Announcement")->size(), 1);
        QCOMPARE(engine.reach(guest, PermissionAction::Read, "Announcement"), Reach::None);
        QCOMPARE(engine.reach(manager, PermissionAction::Read, "Announcement"), Reach::None);
        QCOMPARE(engine.reach(auditor, PermissionAction::Read, "Announcement"), Reach::OwnRows);
        QCOMPARE(engine.reach(manager, PermissionAction::Read, "Task"), Reach::None);

        auto changed = m_site.service().update(
            doc("Custom Permission", {{"name", row->name()}, {"if_owner", false}}));
        QVERIFY(changed);
        QCOMPARE(engine.reach(auditor, PermissionAction::Read, "Announcement"), Reach::AllRows);

        QVERIFY(m_site.service().remove("Custom Permission", row->name(), DeleteMode::Hard));
        QVERIFY(m_site.service().remove("Custom Permission", other->name(), DeleteMode::Soft));
        QCOMPARE(engine.reach(guest, PermissionAction::Read, "Announcement"), Reach::AllRows);
        QCOMPARE(engine.reach(manager, PermissionAction::Read, "Task"), Reach::AllRows);
    }

    void denied_data()
    {
        QTest::addColumn<bool>("guest");
        QTest::addColumn<int>("code");
        QTest::newRow("guest: log in") << true << int(fm::ErrorCode::Unauthorized);
        QTest::newRow("user: forbidden") << false << int(fm::ErrorCode::PermissionDenied);
    }

    void denied()
    {
        QFETCH(bool, guest);
        QFETCH(int, code);
        const Principal who = guest ? Principal::guest() : PermSite::user("bob", {});
        const fm::Error error = PermissionEngine::denied(who, PermissionAction::Write, "Ticket");
        QCOMPARE(int(error.code()), code);
        QVERIFY(error.message().contains("write Ticket"));
    }

    void shares_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<bool>("read");
        QTest::addColumn<bool>("write");
        QTest::addColumn<bool>("share");
        QTest::addColumn<bool>("mayShare");

        QTest::newRow("read share") << "bob" << true << false << false << false;
        QTest::newRow("write share") << "bob" << true << true << false << false;
        QTest::newRow("share grant") << "bob" << true << false << true << true;
        QTest::newRow("the owner shares without a grant")
            << "alice" << false << false << false << true;
    }

    void shares()
    {
        QFETCH(QString, user);
        QFETCH(bool, read);
        QFETCH(bool, write);
        QFETCH(bool, share);
        QFETCH(bool, mayShare);
        const QString name = m_site.ticket("alice");
        if (user != u"alice")
            QVERIFY(!m_site.share("Ticket", name, user, read, write, share).isEmpty());
        const Principal who = PermSite::user(user, {});
        const auto grant = m_site.engine->shareGrant(who, "Ticket", name);
        QCOMPARE(grant.read, read);
        QCOMPARE(grant.write, write);
        QCOMPARE(grant.share, share);
        QCOMPARE(m_site.engine->shareGrant(PermSite::user("dave", {}), "Ticket", name).read, false);
        QCOMPARE(m_site.engine->shareGrant(Principal::guest(), "Ticket", name).read, false);
        QCOMPARE(m_site.engine->canShare(who, *m_site.service().get("Ticket", name)), mayShare);
        QCOMPARE(
            m_site.engine->can(who, PermissionAction::Write, *m_site.service().get("Ticket", name)),
            write);
    }

private:
    PermSite m_site;
};

QTEST_GUILESS_MAIN(TestPermissionEngine)
#include "tst_permissionengine.moc"
