// SPDX-License-Identifier: MIT
// fm::core::SignIn: the sign-in rules the REST API and the Desk share (issue 12 item 3):
// password checks under the per-account and per-address limits, recent-auth re-entry,
// magic-link redemption into a session. Real SQLite site, real users and links.
#include "auth/signin.h"
#include "authfixture.h"
#include "mail/emailqueue.h"
#include "mail/magiclink.h"

#include <QRegularExpression>

using fm::ErrorCode;
using fm::core::MagicLink;
using fm::core::Principal;
using fm::core::SignIn;
using fm::core::SignInClient;

namespace {
const SignInClient kHere{QStringLiteral("192.0.2.1"), QStringLiteral("tst_signin")};
constexpr std::chrono::hours kHour{1};
} // namespace

class TestSignIn final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_site = std::make_unique<TestSite>();
        QVERIFY(m_site->open());
        QVERIFY(addAuthUsers(*m_site->service));
        m_signIn = std::make_unique<SignIn>(*m_site->pool, *m_site->service);
    }
    void cleanup()
    {
        m_signIn.reset();
        m_site.reset();
    }

    void passwordOpensASession()
    {
        auto in =
            m_signIn->withPassword(QStringLiteral("Ann@Example.com"), kAnnPassword, kHere, kHour);
        QVERIFY2(in, in ? "" : qPrintable(in.error().toText()));
        QCOMPARE(in->user.name, kAnn);
        auto who = m_signIn->sessions().verify(in->session.token, Principal::Method::Bearer);
        QVERIFY(who);
        QCOMPARE(who->user, kAnn);
    }

    // Five wrong passwords lock the account for everyone, the right one included, while
    // another account from another address still signs in.
    void accountLimit()
    {
        for (int i = 0; i < 5; ++i) {
            auto wrong = m_signIn->checkPassword(kAnn, QStringLiteral("nope"), kHere);
            QVERIFY(!wrong);
            QCOMPARE(wrong.error().code(), ErrorCode::InvalidCredentials);
        }
        const SignInClient elsewhere{QStringLiteral("192.0.2.99"), {}};
        auto locked = m_signIn->withPassword(QStringLiteral("ANN"), kAnnPassword, elsewhere, kHour);
        QVERIFY(!locked);
        QCOMPARE(locked.error().code(), ErrorCode::RateLimited);
        QVERIFY(m_signIn->withPassword(kBob, kBobPassword, elsewhere, kHour));
    }

    // Twenty failures from one address lock that address, whatever the account.
    void addressLimit()
    {
        for (int i = 0; i < 20; ++i)
            QVERIFY(
                !m_signIn->checkPassword(QStringLiteral("u%1").arg(i), QStringLiteral("x"), kHere));
        auto locked = m_signIn->checkPassword(kBob, kBobPassword, kHere);
        QVERIFY(!locked);
        QCOMPARE(locked.error().code(), ErrorCode::RateLimited);
        QVERIFY(m_signIn->checkPassword(kBob, kBobPassword, {QStringLiteral("192.0.2.2"), {}}));
    }

    void recentAuth()
    {
        Principal stale;
        stale.user = kAnn;
        stale.method = Principal::Method::Session;
        stale.authenticatedAt = QDateTime::currentDateTimeUtc().addSecs(-11 * 60);
        auto refused = m_signIn->requireRecentAuth(stale, {}, QStringLiteral("password"), kHere);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code(), ErrorCode::ReauthRequired);
        QVERIFY(refused.error().message().contains(QStringLiteral("\"password\"")));

        auto wrong = m_signIn->requireRecentAuth(stale, QStringLiteral("nope"),
                                                 QStringLiteral("password"), kHere);
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().code(), ErrorCode::ReauthRequired);
        QVERIFY(
            m_signIn->requireRecentAuth(stale, kAnnPassword, QStringLiteral("password"), kHere));

        Principal fresh = stale;
        fresh.authenticatedAt = QDateTime::currentDateTimeUtc().addSecs(-60);
        QVERIFY(m_signIn->requireRecentAuth(fresh, {}, QStringLiteral("password"), kHere));
    }

    // A link opens one magic-link session once; wrong links count against the address.
    void magicLink()
    {
        MagicLink links(*m_site->service);
        auto asked = links.request(QStringLiteral("bob@example.com"),
                                   QStringLiteral("http://erp.example.com"));
        QVERIFY2(asked && !asked->email.isEmpty(),
                 asked ? "no mail" : qPrintable(asked.error().toText()));
        auto mail = m_site->service->get(fm::core::EmailQueue::kDocType, asked->email);
        QVERIFY(mail);
        static const QRegularExpression pattern(QStringLiteral("/magic-link/([A-Za-z0-9_-]+)"));
        const QString token = pattern.match(mail->string(QStringLiteral("body"))).captured(1);
        QVERIFY(!token.isEmpty());

        auto in = m_signIn->redeemMagicLink(links, token, kHere, kHour);
        QVERIFY2(in, in ? "" : qPrintable(in.error().toText()));
        QCOMPARE(in->user.name, kBob);
        auto who = m_signIn->sessions().verify(in->session.token, Principal::Method::Bearer);
        QVERIFY(who);
        QCOMPARE(who->user, kBob);

        auto again = m_signIn->redeemMagicLink(links, token, kHere, kHour);
        QVERIFY(!again);
        QCOMPARE(again.error().message(), MagicLink::refusal().message());
        for (int i = 0; i < 19; ++i)
            QVERIFY(
                !m_signIn->redeemMagicLink(links, QStringLiteral("bad%1").arg(i), kHere, kHour));
        auto limited = m_signIn->redeemMagicLink(links, token, kHere, kHour);
        QVERIFY(!limited);
        QCOMPARE(limited.error().code(), ErrorCode::RateLimited);
        // The same budget as wrong passwords: that address cannot try a password now.
        QCOMPARE(m_signIn->checkPassword(kBob, kBobPassword, kHere).error().code(),
                 ErrorCode::RateLimited);
    }

private:
    std::unique_ptr<TestSite> m_site;
    std::unique_ptr<SignIn> m_signIn;
};

QTEST_GUILESS_MAIN(TestSignIn)
#include "tst_signin.moc"
