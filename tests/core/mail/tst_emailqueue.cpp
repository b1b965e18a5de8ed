// SPDX-License-Identifier: MIT
#include "mail/emailqueue.h"

#include "testsite.h"

using fm::ErrorCode;
using fm::core::EmailQueue;
using fm::core::OutgoingEmail;

class TestEmailQueue final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void enqueue_data();
    void enqueue();
    void latest_data();
    void latest();

private:
    qint64 queueSize()
    {
        fm::core::Query query;
        query.doctype = EmailQueue::kDocType;
        return *m_site.service->count(query);
    }

    TestSite m_site;
};

void TestEmailQueue::initTestCase()
{
    QVERIFY(m_site.open());
}

void TestEmailQueue::enqueue_data()
{
    QTest::addColumn<QString>("recipient");
    QTest::addColumn<QString>("subject");
    QTest::addColumn<QString>("reference");
    QTest::addColumn<bool>("later");
    QTest::addColumn<int>("error"); // -1: queued
    QTest::newRow("plain") << "ann@example.com"
                           << "Hello"
                           << "" << false << -1;
    QTest::newRow("about a document") << "ann@example.com"
                                      << "Order"
                                      << "SO-1" << false << -1;
    QTest::newRow("send later") << "bob@example.com"
                                << "Later"
                                << "" << true << -1;
    QTest::newRow("spaces trimmed") << "  ann@example.com "
                                    << "Hi"
                                    << "" << false << -1;
    QTest::newRow("no recipient") << ""
                                  << "Hello"
                                  << "" << false << int(ErrorCode::Validation);
    QTest::newRow("not an address") << "ann-at-example"
                                    << "Hello"
                                    << "" << false << int(ErrorCode::Validation);
    QTest::newRow("no subject") << "ann@example.com"
                                << ""
                                << "" << false << int(ErrorCode::Validation);
}

void TestEmailQueue::enqueue()
{
    QFETCH(QString, recipient);
    QFETCH(QString, subject);
    QFETCH(QString, reference);
    QFETCH(bool, later);
    QFETCH(int, error);
    EmailQueue queue(*m_site.service);
    const qint64 before = queueSize();

    OutgoingEmail mail{recipient, subject, QStringLiteral("Line one\nLine two"), {}, {}, {}};
    const QDateTime sendAfter = QDateTime(QDate(2030, 1, 2), QTime(3, 4, 5), Qt::UTC);
    if (later)
        mail.sendAfter = sendAfter;
    if (!reference.isEmpty()) {
        mail.referenceDoctype = QStringLiteral("Sales Order");
        mail.referenceName = reference;
    }
    auto queued = queue.enqueue(mail);
    const qint64 after = queueSize();
    if (error >= 0) {
        QVERIFY(!queued);
        QCOMPARE(int(queued.error().code()), error);
        QCOMPARE(after, before);
        return;
    }
    QVERIFY2(queued, queued ? "" : qPrintable(queued.error().toText()));
    QCOMPARE(after, before + 1);
    auto stored = m_site.service->get(EmailQueue::kDocType, queued->name());
    QVERIFY(stored);
    QCOMPARE(stored->string(QStringLiteral("recipient")), recipient.trimmed());
    QCOMPARE(stored->string(QStringLiteral("subject")), subject);
    QCOMPARE(stored->string(QStringLiteral("body")), QStringLiteral("Line one\nLine two"));
    QCOMPARE(stored->string(QStringLiteral("status")), QStringLiteral("Not Sent"));
    QCOMPARE(stored->integer(QStringLiteral("retries")), 0);
    QCOMPARE(stored->string(QStringLiteral("reference_name")), reference);
    QCOMPARE(stored->string(QStringLiteral("reference_doctype")),
             reference.isEmpty() ? QString() : QStringLiteral("Sales Order"));
    if (later)
        QCOMPARE(stored->datetime(QStringLiteral("send_after")), sendAfter);
    else
        QVERIFY(!stored->datetime(QStringLiteral("send_after")).isValid());
}

void TestEmailQueue::latest_data()
{
    QTest::addColumn<int>("limit");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("two newest") << 2 << QStringList{"third", "second"};
    QTest::newRow("all") << -1 << QStringList{"third", "second", "first"};
    QTest::newRow("one") << 1 << QStringList{"third"};
    QTest::newRow("none") << 0 << QStringList{};
}

void TestEmailQueue::latest()
{
    QFETCH(int, limit);
    QFETCH(QStringList, expected);
    TestSite site; // its own site, so the rows of enqueue() do not count
    QVERIFY(site.open());
    EmailQueue queue(*site.service);
    for (const char *subject : {"first", "second", "third"}) {
        QVERIFY(queue.enqueue(
            {QStringLiteral("ann@example.com"), QString::fromLatin1(subject), {}, {}, {}, {}}));
    }
    auto mails = queue.latest(limit);
    QVERIFY2(mails, mails ? "" : qPrintable(mails.error().toText()));
    QStringList subjects;
    for (const auto &mail : *mails)
        subjects << mail.string(QStringLiteral("subject"));
    QCOMPARE(subjects, expected);
}

QTEST_GUILESS_MAIN(TestEmailQueue)
#include "tst_emailqueue.moc"
