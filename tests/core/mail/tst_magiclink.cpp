// SPDX-License-Identifier: MIT
#include "auth/tokens.h"
#include "auth/useraccounts.h"
#include "mail/emailqueue.h"
#include "mail/magiclink.h"

#include "testsite.h"

#include <QRegularExpression>
#include <QtConcurrent>

using fm::ErrorCode;
using fm::core::Document;
using fm::core::EmailQueue;
using fm::core::MagicLink;
using fm::core::Query;

namespace {

const QString kBase = QStringLiteral("http://erp.example.com:8000");

} // namespace

class TestMagicLink final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void request_data();
    void request();
    void tokenStoredHashed();
    void consume_data();
    void consume();
    void racingConsumersSignInOnce();

private:
    qint64 count(const QString &doctype)
    {
        Query query;
        query.doctype = doctype;
        return *m_site.service->count(query);
    }
    // Requests a link for ann@example.com and reads the token from the mail, as she would.
    QString mailedToken(MagicLink &links);
    void addUser(const QString &email, bool enabled);

    TestSite m_site;
    QDateTime m_now = QDateTime(QDate(2026, 3, 1), QTime(9, 0), Qt::UTC);
};

void TestMagicLink::addUser(const QString &email, bool enabled)
{
    fm::core::NewUser user{
        email, email, QStringLiteral("Ann Example"), QStringLiteral("password-123"), {}};
    auto added = fm::core::UserAccounts::add(*m_site.service, user);
    QVERIFY2(added, added ? "" : qPrintable(added.error().toText()));
    if (!enabled) {
        Document off(QStringLiteral("User"));
        off.setName(email);
        off.setValue(QStringLiteral("enabled"), false);
        QVERIFY(m_site.service->update(off));
    }
}

void TestMagicLink::initTestCase()
{
    QVERIFY(m_site.open());
    addUser(QStringLiteral("ann@example.com"), true);
    addUser(QStringLiteral("off@example.com"), false);
    addUser(QStringLiteral("a_b@example.com"), true);
}

QString TestMagicLink::mailedToken(MagicLink &links)
{
    auto asked = links.request(QStringLiteral("ann@example.com"), kBase);
    if (!asked || asked->email.isEmpty())
        return {};
    auto mail = m_site.service->get(EmailQueue::kDocType, asked->email);
    static const QRegularExpression link(
        QStringLiteral("http://erp\\.example\\.com:8000/api/v1/auth/magic-link/([A-Za-z0-9_-]+)"));
    return link.match(mail->string(QStringLiteral("body"))).captured(1);
}

void TestMagicLink::request_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("user"); // empty: nothing may be queued
    QTest::newRow("known") << "ann@example.com"
                           << "ann@example.com";
    QTest::newRow("other case") << "ANN@Example.com"
                                << "ann@example.com";
    QTest::newRow("spaces") << "  ann@example.com  "
                            << "ann@example.com";
    QTest::newRow("underscore is literal") << "a_b@example.com"
                                           << "a_b@example.com";
    QTest::newRow("unknown") << "nobody@example.com"
                             << "";
    QTest::newRow("disabled user") << "off@example.com"
                                   << "";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("percent wildcard") << "%@example.com"
                                      << "";
    QTest::newRow("underscore wildcard") << "ann@example.co_"
                                         << "";
    QTest::newRow("Administrator has no address") << "Administrator"
                                                  << "";
}

void TestMagicLink::request()
{
    QFETCH(QString, email);
    QFETCH(QString, user);
    MagicLink links(*m_site.service);
    const qint64 mails = count(EmailQueue::kDocType);
    const qint64 stored = count(MagicLink::kDocType);
    auto asked = links.request(email, kBase);
    QVERIFY2(asked, asked ? "" : qPrintable(asked.error().toText()));
    QCOMPARE(asked->user, user);
    const int sent = user.isEmpty() ? 0 : 1;
    QCOMPARE(count(EmailQueue::kDocType), mails + sent);
    QCOMPARE(count(MagicLink::kDocType), stored + sent);
    if (!sent) {
        QVERIFY(asked->email.isEmpty());
        return;
    }
    auto mail = m_site.service->get(EmailQueue::kDocType, asked->email);
    QVERIFY(mail);
    QCOMPARE(mail->string(QStringLiteral("recipient")), user);
    QCOMPARE(mail->string(QStringLiteral("status")), QStringLiteral("Not Sent"));
    QCOMPARE(mail->string(QStringLiteral("reference_doctype")), MagicLink::kDocType);
    QVERIFY(mail->string(QStringLiteral("body")).contains(kBase + MagicLink::kPath));
    auto link =
        m_site.service->get(MagicLink::kDocType, mail->string(QStringLiteral("reference_name")));
    QVERIFY(link);
    QCOMPARE(link->string(QStringLiteral("user")), user);
    QVERIFY(link->string(QStringLiteral("used_at")).isEmpty());
}

void TestMagicLink::tokenStoredHashed()
{
    MagicLink links(*m_site.service);
    const QString token = mailedToken(links);
    QCOMPARE(token.size(), 43);
    const QString hash = *fm::core::Tokens::storedForm(token);
    Query query;
    query.doctype = MagicLink::kDocType;
    query.filters = {{QStringLiteral("token_hash"), fm::core::FilterOp::Eq, hash}};
    auto rows = m_site.service->list(query);
    QVERIFY(rows);
    QCOMPARE(rows->size(), 1);
    // No column of the link holds the token itself.
    for (const QVariant &value : rows->first().values())
        QVERIFY(!value.toString().contains(token));
}

void TestMagicLink::consume_data()
{
    QTest::addColumn<QString>("token"); // "mailed": a fresh link's token
    QTest::addColumn<int>("usesBefore");
    QTest::addColumn<int>("secondsLater");
    QTest::addColumn<bool>("disableUser");
    QTest::addColumn<bool>("signsIn");
    QTest::newRow("fresh") << "mailed" << 0 << 0 << false << true;
    QTest::newRow("just before expiry") << "mailed" << 0 << 15 * 60 - 1 << false << true;
    QTest::newRow("reused") << "mailed" << 1 << 0 << false << false;
    QTest::newRow("used twice before") << "mailed" << 2 << 0 << false << false;
    QTest::newRow("expired") << "mailed" << 0 << 15 * 60 << false << false;
    QTest::newRow("long expired") << "mailed" << 0 << 86400 << false << false;
    QTest::newRow("user disabled since") << "mailed" << 0 << 0 << true << false;
    QTest::newRow("unknown") << QString(43, u'A') << 0 << 0 << false << false;
    QTest::newRow("empty") << "" << 0 << 0 << false << false;
    QTest::newRow("garbage") << "../../etc/passwd" << 0 << 0 << false << false;
}

void TestMagicLink::consume()
{
    QFETCH(QString, token);
    QFETCH(int, usesBefore);
    QFETCH(int, secondsLater);
    QFETCH(bool, disableUser);
    QFETCH(bool, signsIn);
    QDateTime now = m_now;
    MagicLink links(*m_site.service, [&now] { return now; });
    if (token == QLatin1String("mailed"))
        token = mailedToken(links);
    QVERIFY(!token.isEmpty() || !signsIn);
    for (int i = 0; i < usesBefore; ++i)
        links.consume(token);
    now = now.addSecs(secondsLater);
    if (disableUser) {
        Document off(QStringLiteral("User"));
        off.setName(QStringLiteral("ann@example.com"));
        off.setValue(QStringLiteral("enabled"), false);
        QVERIFY(m_site.service->update(off));
    }
    auto user = links.consume(token);
    if (disableUser) {
        Document on(QStringLiteral("User"));
        on.setName(QStringLiteral("ann@example.com"));
        on.setValue(QStringLiteral("enabled"), true);
        QVERIFY(m_site.service->update(on));
    }
    if (signsIn) {
        QVERIFY2(user, user ? "" : qPrintable(user.error().toText()));
        QCOMPARE(*user, QStringLiteral("ann@example.com"));
        // The link is spent now, whatever the clock says.
        QVERIFY(!links.consume(token));
        return;
    }
    QVERIFY(!user);
    QCOMPARE(user.error().code(), ErrorCode::Unauthorized);
    // Every refusal reads the same, so none tells which case it was.
    auto unknown = links.consume(QStringLiteral("never-issued"));
    QCOMPARE(user.error().message(), unknown.error().message());
}

void TestMagicLink::racingConsumersSignInOnce()
{
    MagicLink links(*m_site.service);
    const QString token = mailedToken(links);
    QVERIFY(!token.isEmpty());
    QThreadPool pool;
    pool.setMaxThreadCount(4);
    QList<QFuture<bool>> tries;
    for (int i = 0; i < 4; ++i)
        tries << QtConcurrent::run(&pool, [&links, token] { return bool(links.consume(token)); });
    int signedIn = 0;
    for (auto &attempt : tries)
        signedIn += attempt.result() ? 1 : 0;
    QCOMPARE(signedIn, 1);
}

QTEST_GUILESS_MAIN(TestMagicLink)
#include "tst_magiclink.moc"
