// SPDX-License-Identifier: MIT
// RateLimiter: at most N failures per key in a sliding window, with Retry-After; in
// memory, and shared through the site's database (SQLite and PostgreSQL) by every
// process and server of the site.
#include "auth/ratelimiter.h"
#include "testsite.h"

#include <QTest>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

using fm::ErrorCode;
using fm::core::RateLimiter;
using namespace std::chrono_literals;

class TestRateLimiter final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_site.open()); }
    void window_data();
    void window();
    void sharedBetweenProcesses();
    void withoutTheTableCountsInMemory();
    void keysAreSeparate();
    void resetForgets();
    void threadSafe();
    void loginLimits();

private:
    TestSite m_site;
};

void TestRateLimiter::window_data()
{
    // Failures at the given times (ms), then check() at `checkAt`: 3 per 10 s.
    QTest::addColumn<QList<qint64>>("failures");
    QTest::addColumn<qint64>("checkAt");
    QTest::addColumn<int>("retryAfter"); // 0: allowed
    QTest::newRow("none") << QList<qint64>{} << qint64(0) << 0;
    QTest::newRow("below the limit") << QList<qint64>{0, 1000} << qint64(2000) << 0;
    QTest::newRow("at the limit") << QList<qint64>{0, 1000, 2000} << qint64(2000) << 8;
    QTest::newRow("over the limit") << QList<qint64>{0, 1000, 2000, 3000} << qint64(3000) << 8;
    QTest::newRow("partly left the window") << QList<qint64>{0, 1000, 2000} << qint64(9500) << 1;
    QTest::newRow("oldest left the window") << QList<qint64>{0, 1000, 2000} << qint64(10000) << 0;
    QTest::newRow("all left the window") << QList<qint64>{0, 1000, 2000} << qint64(60000) << 0;
    QTest::newRow("sliding, not fixed") << QList<qint64>{9000, 11000, 12000} << qint64(15000) << 4;
    QTest::newRow("old failures forgotten") << QList<qint64>{0, 1, 2, 30000} << qint64(30001) << 0;
}

void TestRateLimiter::window()
{
    QFETCH(QList<qint64>, failures);
    QFETCH(qint64, checkAt);
    QFETCH(int, retryAfter);
    qint64 now = 0;
    // The same rules in memory and in the database (a scope of its own per row).
    RateLimiter inMemory({3, 10s}, [&now] { return now; });
    RateLimiter shared({3, 10s}, *m_site.pool, QString::fromLatin1(QTest::currentDataTag()),
                       [&now] { return now; });
    for (RateLimiter *limiter : {&inMemory, &shared}) {
        for (qint64 at : failures) {
            now = at;
            limiter->recordFailure(QStringLiteral("ann"));
        }
        now = checkAt;
        auto checked = limiter->check(QStringLiteral("ann"));
        QCOMPARE(bool(checked), retryAfter == 0);
        if (retryAfter == 0)
            continue;
        QCOMPARE(checked.error().code(), ErrorCode::RateLimited);
        QCOMPARE(checked.error().details().value(QStringLiteral("retry_after")).toLongLong(),
                 qint64(retryAfter));
        QVERIFY2(
            checked.error().message().contains(QStringLiteral("wait %1 seconds").arg(retryAfter)),
            qPrintable(checked.error().message()));
    }
}

// Two pools on one database stand for two servers: failures through either count
// against one budget, a reset through either forgets them, scopes stay apart.
void TestRateLimiter::sharedBetweenProcesses()
{
    auto otherPool = fm::core::ConnectionPool::open(m_site.pool->config());
    QVERIFY(otherPool);
    RateLimiter first({3, 60s}, *m_site.pool, QStringLiteral("login-account"));
    RateLimiter second({3, 60s}, **otherPool, QStringLiteral("login-account"));
    RateLimiter otherScope({3, 60s}, **otherPool, QStringLiteral("login-address"));
    first.recordFailure(QStringLiteral("ann"));
    second.recordFailure(QStringLiteral("ann"));
    QVERIFY(first.check(QStringLiteral("ann")));
    first.recordFailure(QStringLiteral("ann"));
    auto refused = second.check(QStringLiteral("ann"));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code(), ErrorCode::RateLimited);
    QCOMPARE(first.failures(QStringLiteral("ann")), 3);
    QVERIFY(otherScope.check(QStringLiteral("ann")));
    QVERIFY(second.check(QStringLiteral("bob")));
    second.reset(QStringLiteral("ann"));
    QVERIFY(first.check(QStringLiteral("ann")));
    QCOMPARE(first.failures(QStringLiteral("ann")), 0);
}

// A site not migrated since the table came: the limiter still limits, in memory, and
// says once how to share the counts.
void TestRateLimiter::withoutTheTableCountsInMemory()
{
    QTemporaryDir dir;
    auto pool = fm::core::ConnectionPool::open(testdb::config(dir.path()));
    QVERIFY(pool);
    RateLimiter limiter({2, 60s}, **pool, QStringLiteral("login-account"));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression("_fm_rate_limit table is missing.*"
                                                          "run `m migrate`"));
    QVERIFY(limiter.check(QStringLiteral("ann")));
    limiter.recordFailure(QStringLiteral("ann"));
    limiter.recordFailure(QStringLiteral("ann"));
    QVERIFY(!limiter.check(QStringLiteral("ann")));
    limiter.reset(QStringLiteral("ann"));
    QVERIFY(limiter.check(QStringLiteral("ann")));
}

void TestRateLimiter::keysAreSeparate()
{
    qint64 now = 0;
    RateLimiter limiter({2, 60s}, [&now] { return now; });
    limiter.recordFailure(QStringLiteral("a"));
    limiter.recordFailure(QStringLiteral("a"));
    limiter.recordFailure(QStringLiteral("b"));
    QVERIFY(!limiter.check(QStringLiteral("a")));
    QVERIFY(limiter.check(QStringLiteral("b")));
    QVERIFY(limiter.check(QStringLiteral("c")));
    QCOMPARE(limiter.failures(QStringLiteral("a")), 2);
    QCOMPARE(limiter.failures(QStringLiteral("b")), 1);
    QCOMPARE(limiter.failures(QStringLiteral("c")), 0);
}

void TestRateLimiter::resetForgets()
{
    qint64 now = 0;
    RateLimiter limiter({1, 60s}, [&now] { return now; });
    limiter.recordFailure(QStringLiteral("a"));
    QVERIFY(!limiter.check(QStringLiteral("a")));
    limiter.reset(QStringLiteral("a"));
    QVERIFY(limiter.check(QStringLiteral("a")));
    QCOMPARE(limiter.failures(QStringLiteral("a")), 0);
}

void TestRateLimiter::threadSafe()
{
    RateLimiter limiter({1000000, 3600s});
    QThreadPool pool;
    pool.setMaxThreadCount(4);
    QList<QFuture<void>> runs;
    for (int t = 0; t < 4; ++t) {
        runs << QtConcurrent::run(&pool, [&limiter, t] {
            for (int i = 0; i < 2000; ++i) {
                limiter.recordFailure(QStringLiteral("shared"));
                limiter.recordFailure(QStringLiteral("own-%1").arg(t));
                (void)limiter.check(QStringLiteral("shared"));
            }
        });
    }
    for (auto &run : runs)
        run.waitForFinished();
    QCOMPARE(limiter.failures(QStringLiteral("shared")), 8000);
    for (int t = 0; t < 4; ++t)
        QCOMPARE(limiter.failures(QStringLiteral("own-%1").arg(t)), 2000);
}

void TestRateLimiter::loginLimits()
{
    QCOMPARE(RateLimiter::kLoginsPerAccount.attempts, 5);
    QCOMPARE(RateLimiter::kLoginsPerAccount.window, std::chrono::seconds(15min));
    QCOMPARE(RateLimiter::kLoginsPerIp.attempts, 20);
    QVERIFY(RateLimiter::kLoginsPerIp.attempts > RateLimiter::kLoginsPerAccount.attempts);
    // The default clock runs: a fresh limiter with the login limits refuses the sixth try.
    RateLimiter limiter(RateLimiter::kLoginsPerAccount);
    for (int i = 0; i < 5; ++i) {
        QVERIFY(limiter.check(QStringLiteral("ann")));
        limiter.recordFailure(QStringLiteral("ann"));
    }
    auto refused = limiter.check(QStringLiteral("ann"));
    QVERIFY(!refused);
    const qint64 retry =
        refused.error().details().value(QStringLiteral("retry_after")).toLongLong();
    QVERIFY2(retry > 890 && retry <= 900, qPrintable(QString::number(retry)));
}

QTEST_MAIN(TestRateLimiter)
#include "tst_ratelimiter.moc"
