// SPDX-License-Identifier: MIT
// RPC authorization in libcore (permissions/rpcaccess.h): who may call a method or a
// function, that the code gets the caller's DocumentAccess, and that elevation is
// explicit and logged. A real SQLite site; the HTTP face is tst_rest_rpc.
#include "data/documentservice.h"
#include "permissions/rpcaccess.h"
#include "permsite.h"

#include <QJsonObject>
#include <QTest>

using namespace fm::core;
using perm::PermSite;

namespace {

// Registered code that reads a ticket through the door it is given, and one that
// elevates to count every ticket.
fm::Result<QJsonValue> readTicket(RpcCall &call)
{
    auto ticket = call.access.get(call.principal, "Ticket", call.args.value("ticket").toString());
    if (!ticket)
        return fm::fail(ticket.error());
    return QJsonObject{{"internal_note", ticket->string("internal_note")}};
}

fm::Result<QJsonValue> countAll(RpcCall &call)
{
    Query query;
    query.doctype = "Ticket";
    auto count = call.elevated("the dashboard shows the total to everyone").count(query);
    if (!count)
        return fm::fail(count.error());
    return QJsonValue(double(*count));
}

} // namespace

class TestRpcAccess : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_site.open());
        auto &registry = m_site.site.controllers;
        QVERIFY(registry.registerFunction({"permapp.read_ticket", {"All"}, false, {}, readTicket}));
        QVERIFY(registry.registerFunction({"permapp.count_all", {"All"}, false, {}, countAll}));
        QVERIFY(registry.registerFunction({"permapp.admins_only", {}, false, {}, countAll}));
        QVERIFY(
            registry.registerFunction({"permapp.managers", {perm::kManager}, false, {}, countAll}));
        QVERIFY(registry.registerFunction({"permapp.public", {}, true, {}, countAll}));
        QVERIFY(registry.registerMethod(
            "Ticket",
            {"touch", PermissionAction::Write, {}, [](RpcCall &call) -> fm::Result<QJsonValue> {
                 return call.document->name();
             }}));
        m_rpc = std::make_unique<RpcAccess>(registry, *m_site.access);
        m_ticket = m_site.ticket("bob");
        QVERIFY(!m_ticket.isEmpty());
    }

    void whoMayCall_data()
    {
        QTest::addColumn<QString>("function");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QStringList>("roles");
        QTest::addColumn<int>("expected"); // -1: called

        const int denied = int(fm::ErrorCode::PermissionDenied);
        const int unauthorized = int(fm::ErrorCode::Unauthorized);
        const int notFound = int(fm::ErrorCode::NotFound);
        QTest::newRow("no roles: not for a signed-in user")
            << "permapp.admins_only"
            << "alice" << QStringList{perm::kAgent} << denied;
        QTest::newRow("no roles: administrators") << "permapp.admins_only"
                                                  << "Administrator" << QStringList() << -1;
        QTest::newRow("All: any signed-in user") << "permapp.count_all"
                                                 << "alice" << QStringList() << -1;
        QTest::newRow("All: not guests") << "permapp.count_all"
                                         << "Guest" << QStringList() << unauthorized;
        QTest::newRow("named role") << "permapp.managers"
                                    << "carol" << QStringList{perm::kManager} << -1;
        QTest::newRow("other role") << "permapp.managers"
                                    << "alice" << QStringList{perm::kAgent} << denied;
        QTest::newRow("guests allowed") << "permapp.public"
                                        << "Guest" << QStringList() << -1;
        QTest::newRow("unknown") << "permapp.nope"
                                 << "alice" << QStringList() << notFound;
    }

    void whoMayCall()
    {
        QFETCH(QString, function);
        QFETCH(QString, user);
        QFETCH(QStringList, roles);
        QFETCH(int, expected);
        const Principal who = user == u"Guest"           ? Principal::guest()
                              : user == u"Administrator" ? Principal::system()
                                                         : PermSite::user(user, roles);
        auto result = m_rpc->callFunction(who, function, {});
        QCOMPARE(result ? -1 : int(result.error().code()), expected);
    }

    // The code's door is the caller's: a field above their level is not there, a ticket
    // they may not see does not exist.
    void codeGetsTheCallersDoor()
    {
        const Principal auditor = PermSite::user("dave", {perm::kAuditor});
        auto read = m_rpc->callFunction(auditor, "permapp.read_ticket", {{"ticket", m_ticket}});
        QVERIFY2(read, read ? "" : qPrintable(read.error().toText()));
        QCOMPARE(read->toObject().value("internal_note").toString(), QString()); // level 1
        const Principal manager = PermSite::user("carol", {perm::kManager});
        auto all = m_rpc->callFunction(manager, "permapp.read_ticket", {{"ticket", m_ticket}});
        QVERIFY(all);
        QCOMPARE(all->toObject().value("internal_note").toString(), QStringLiteral("secret"));
        const Principal alice = PermSite::user("alice", {perm::kAgent});
        auto hidden = m_rpc->callFunction(alice, "permapp.read_ticket", {{"ticket", m_ticket}});
        QVERIFY(!hidden);
        QCOMPARE(hidden.error().code(), fm::ErrorCode::NotFound);
    }

    // Elevation works and says so in the log, naming the callee, the caller and why.
    void elevationIsLogged()
    {
        QTest::ignoreMessage(QtInfoMsg, "permapp.count_all called by alice acts as the system: the "
                                        "dashboard shows the total to everyone");
        auto counted = m_rpc->callFunction(PermSite::user("alice", {}), "permapp.count_all", {});
        QVERIFY(counted);
        QVERIFY(counted->toDouble() >= 1);
    }

    void methodsNeedTheirPermission()
    {
        auto touched = m_rpc->callMethod(PermSite::user("bob", {perm::kAgent}), "Ticket", "touch",
                                         m_ticket, {});
        QVERIFY2(touched, touched ? "" : qPrintable(touched.error().toText()));
        QCOMPARE(touched->toString(), m_ticket);
        // alice cannot see bob's ticket at all: not found, not forbidden.
        auto hidden = m_rpc->callMethod(PermSite::user("alice", {perm::kAgent}), "Ticket", "touch",
                                        m_ticket, {});
        QCOMPARE(hidden.error().code(), fm::ErrorCode::NotFound);
        // An auditor reads every ticket but may not write: forbidden.
        auto readOnly = m_rpc->callMethod(PermSite::user("dave", {perm::kAuditor}), "Ticket",
                                          "touch", m_ticket, {});
        QCOMPARE(readOnly.error().code(), fm::ErrorCode::PermissionDenied);
        auto unknown = m_rpc->callMethod(PermSite::user("bob", {perm::kAgent}), "Ticket", "nope",
                                         m_ticket, {});
        QCOMPARE(unknown.error().code(), fm::ErrorCode::NotFound);
        QVERIFY(unknown.error().message().contains("Whitelisted: touch"));
    }

private:
    PermSite m_site;
    std::unique_ptr<RpcAccess> m_rpc;
    QString m_ticket;
};

QTEST_GUILESS_MAIN(TestRpcAccess)
#include "tst_rpcaccess.moc"
