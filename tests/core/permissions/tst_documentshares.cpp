// SPDX-License-Identifier: MIT
#include "permissions/documentshares.h"
#include "permsite.h"

#include <QTest>

using namespace fm::core;
using perm::PermSite;

namespace {

constexpr int kOk = -1;

template<typename T> int codeOf(const fm::Result<T> &result)
{
    return result ? kOk : int(result.error().code());
}

Principal actor(const QString &user, const QStringList &roles)
{
    if (user == Principal::kGuest)
        return Principal::guest();
    if (user == Principal::kAdministrator)
        return Principal::system();
    return PermSite::user(user, roles);
}

} // namespace

class TestDocumentShares : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_site.open());
        m_shares = std::make_unique<DocumentShares>(*m_site.access);
    }

    // Tickets belong to alice (an agent); bob, carol and dave try to share them.
    void share_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QStringList>("roles");
        QTest::addColumn<QString>("held"); // share bob holds first: "", "read", "share"
        QTest::addColumn<bool>("write");   // pass write on
        QTest::addColumn<int>("expected");

        const QStringList agent{perm::kAgent};
        const int denied = int(fm::ErrorCode::PermissionDenied);
        QTest::newRow("owner shares read") << "alice" << agent << "" << false << kOk;
        QTest::newRow("owner shares write") << "alice" << agent << "" << true << kOk;
        QTest::newRow("administrator shares")
            << "Administrator" << QStringList() << "" << true << kOk;
        QTest::newRow("a share grant shares further")
            << "bob" << QStringList() << "share" << false << kOk;
        QTest::newRow("a share grant cannot pass write on")
            << "bob" << QStringList() << "share" << true << denied;
        QTest::newRow("a read share cannot share")
            << "bob" << QStringList() << "read" << false << denied;
        QTest::newRow("a reader by role cannot share")
            << "dave" << QStringList{perm::kAuditor} << "" << false << denied;
        QTest::newRow("hidden document: not found")
            << "dave" << agent << "" << false << int(fm::ErrorCode::NotFound);
        QTest::newRow("guest: log in")
            << "Guest" << QStringList() << "" << false << int(fm::ErrorCode::Unauthorized);
    }

    void share()
    {
        QFETCH(QString, user);
        QFETCH(QStringList, roles);
        QFETCH(QString, held);
        QFETCH(bool, write);
        QFETCH(int, expected);
        const QString name = m_site.ticket("alice");
        if (!held.isEmpty())
            QVERIFY(!m_site.share("Ticket", name, "bob", true, false, held == u"share").isEmpty());
        auto saved = m_shares->share(actor(user, roles), {"Ticket", name, "carol", true, write});
        QCOMPARE(codeOf(saved), expected);
        const Principal carol = PermSite::user("carol", {});
        QCOMPARE(m_site.engine->shareGrant(carol, "Ticket", name).read, saved.has_value());
        if (!saved)
            return;
        QVERIFY(saved->created);
        QCOMPARE(saved->share.string("user"), QStringLiteral("carol"));
        QCOMPARE(saved->share.owner(), actor(user, roles).user);
        QCOMPARE(m_site.engine->shareGrant(carol, "Ticket", name).write, write);
    }

    void secondShareUpdatesTheFirst()
    {
        const QString name = m_site.ticket("alice");
        const Principal alice = PermSite::user("alice", {perm::kAgent});
        auto first = m_shares->share(alice, {"Ticket", name, "carol", true, false});
        auto second = m_shares->share(alice, {"Ticket", name, "carol", true, true});
        QVERIFY(first && second);
        QVERIFY(first->created);
        QVERIFY(!second->created);
        QCOMPARE(second->share.name(), first->share.name());
        QCOMPARE(m_shares->shares(alice, "Ticket", name)->size(), 1);
        QVERIFY(m_site.engine->shareGrant(PermSite::user("carol", {}), "Ticket", name).write);
    }

    void unknownUserIsRefused()
    {
        auto saved = m_shares->share(PermSite::user("alice", {perm::kAgent}),
                                     {"Ticket", m_site.ticket("alice"), "nobody", true, false});
        QCOMPARE(codeOf(saved), int(fm::ErrorCode::Validation));
    }

    void unshare_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QStringList>("roles");
        QTest::addColumn<int>("expected");

        QTest::newRow("the owner") << "alice" << QStringList{perm::kAgent} << kOk;
        QTest::newRow("the user it was shared with") << "carol" << QStringList() << kOk;
        QTest::newRow("administrator") << "Administrator" << QStringList() << kOk;
        QTest::newRow("a reader who may not share")
            << "dave" << QStringList{perm::kAuditor} << int(fm::ErrorCode::PermissionDenied);
        QTest::newRow("a stranger: not found")
            << "bob" << QStringList{perm::kAgent} << int(fm::ErrorCode::NotFound);
        QTest::newRow("a guest: not found")
            << "Guest" << QStringList() << int(fm::ErrorCode::NotFound);
    }

    void unshare()
    {
        QFETCH(QString, user);
        QFETCH(QStringList, roles);
        QFETCH(int, expected);
        const QString name = m_site.ticket("alice");
        const QString id = m_site.share("Ticket", name, "carol", true, false);
        QCOMPARE(codeOf(m_shares->unshare(actor(user, roles), id)), expected);
        QCOMPARE(m_site.engine->shareGrant(PermSite::user("carol", {}), "Ticket", name).read,
                 expected != kOk);
        QCOMPARE(codeOf(m_shares->unshare(Principal::system(), "no-such-share")),
                 int(fm::ErrorCode::NotFound));
    }

    void listing_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QStringList>("roles");
        QTest::addColumn<QStringList>("users"); // share rows seen
        QTest::addColumn<int>("expected");

        QTest::newRow("owner sees all")
            << "alice" << QStringList{perm::kAgent} << QStringList{"bob", "carol"} << kOk;
        QTest::newRow("a recipient sees their own")
            << "carol" << QStringList() << QStringList{"carol"} << kOk;
        QTest::newRow("a reader by role sees none")
            << "dave" << QStringList{perm::kAuditor} << QStringList() << kOk;
        QTest::newRow("a stranger: not found")
            << "dave" << QStringList{perm::kAgent} << QStringList() << int(fm::ErrorCode::NotFound);
    }

    void listing()
    {
        QFETCH(QString, user);
        QFETCH(QStringList, roles);
        QFETCH(QStringList, users);
        QFETCH(int, expected);
        const QString name = m_site.ticket("alice");
        m_site.share("Ticket", name, "bob", true, false);
        m_site.share("Ticket", name, "carol", true, false);
        auto rows = m_shares->shares(actor(user, roles), "Ticket", name);
        QCOMPARE(codeOf(rows), expected);
        if (!rows)
            return;
        QStringList seen;
        for (const Document &row : std::as_const(*rows))
            seen << row.string("user");
        seen.sort();
        QCOMPARE(seen, users);
    }

private:
    PermSite m_site;
    std::unique_ptr<DocumentShares> m_shares;
};

QTEST_GUILESS_MAIN(TestDocumentShares)
#include "tst_documentshares.moc"
