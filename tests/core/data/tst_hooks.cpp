// SPDX-License-Identifier: MIT
#include "events/eventoutbox.h"
#include "i18n/translations.h"
#include "permissions/documentaccess.h"
#include "testsite.h"

#include <QFile>
#include <QSemaphore>
#include <QThread>

#include <stdexcept>

using namespace fm::core;
using fm::FieldError;
using fm::Result;

namespace {

// Writes another document from inside the hook, then fails in the way the row says,
// so the test sees that both the document and the hook's own write are rolled back.
class FailingController final : public DocumentController
{
public:
    enum class Mode { None, ReturnError, Throw, ThrowUnknown };
    Mode mode = Mode::None;
    QString failIn; // hook name
    QStringList calls;

    Result<void> step(const char *hook, HookContext &ctx)
    {
        calls << QString::fromLatin1(hook);
        if (failIn != QLatin1String(hook))
            return {};
        // Through the hook's door (the system's here: the test writes through the service).
        auto side = ctx.access.insert(ctx.principal,
                                      doc("Tag", {{"name", QStringLiteral("side-%1").arg(hook)}}));
        if (!side)
            return fm::fail(side.error());
        switch (mode) {
        case Mode::ReturnError:
            return fm::fail(fm::ErrorCode::Validation, QStringLiteral("rating is too generous"),
                            {FieldError{"rating", "policy", "no more than 3 for new customers"}});
        case Mode::Throw:
            throw std::runtime_error("database of ratings is offline");
        case Mode::ThrowUnknown:
            throw 42;
        case Mode::None:
            break;
        }
        return {};
    }

    Result<void> validate(HookContext &ctx, Document &d) override
    {
        if (ctx.user == u"coder")
            d.setValue("code", QStringLiteral("HKS"));
        return step("validate", ctx);
    }
    Result<void> beforeInsert(HookContext &ctx, Document &) override
    {
        return step("before_insert", ctx);
    }
    Result<void> beforeSave(HookContext &ctx, Document &) override
    {
        return step("before_save", ctx);
    }
    Result<void> afterInsert(HookContext &ctx, const Document &) override
    {
        return step("after_insert", ctx);
    }
    Result<void> afterSave(HookContext &ctx, const Document &) override
    {
        return step("after_save", ctx);
    }
    Result<void> beforeDelete(HookContext &ctx, const Document &) override
    {
        return step("before_delete", ctx);
    }
    Result<void> afterDelete(HookContext &ctx, const Document &) override
    {
        return step("after_delete", ctx);
    }
};

} // namespace

class TestHooks : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void hooksRunInOrder();
    void hookCanChangeDocument();
    void failingHookRollsBackEverything_data();
    void failingHookRollsBackEverything();
    void previousVersionOnUpdate();
    void pluginErrors();
    void hookFailureInTheCallersLanguage();
    void hookWriteAndAnotherWriterDoNotDeadlock();

private:
    std::unique_ptr<TestSite> site;
    std::shared_ptr<FailingController> controller;
};

void TestHooks::init()
{
    site = std::make_unique<TestSite>();
    QVERIFY(site->open());
    controller = std::make_shared<FailingController>();
    site->controllers.registerController("Customer", controller);
}

void TestHooks::cleanup()
{
    site.reset();
    controller.reset();
}

void TestHooks::hooksRunInOrder()
{
    QVERIFY(site->service->insert(doc("Customer", {{"customer_name", "Acme"}})));
    QCOMPARE(controller->calls, QStringList({"validate", "before_insert", "before_save",
                                             "after_insert", "after_save"}));
    controller->calls.clear();
    QVERIFY(site->service->update(doc("Customer", {{"name", "Acme"}, {"rating", 1}})));
    QCOMPARE(controller->calls, QStringList({"validate", "before_save", "after_save"}));
    controller->calls.clear();
    QVERIFY(site->service->remove("Customer", "Acme"));
    QCOMPARE(controller->calls, QStringList({"before_delete", "after_delete"}));
}

void TestHooks::hookCanChangeDocument()
{
    auto saved = site->service->insert(doc("Customer", {{"customer_name", "Acme"}}), "coder");
    QVERIFY(saved);
    QCOMPARE(site->service->get("Customer", "Acme")->string("code"), QStringLiteral("HKS"));
}

void TestHooks::failingHookRollsBackEverything_data()
{
    QTest::addColumn<QString>("hook");
    QTest::addColumn<int>("mode");
    QTest::addColumn<int>("expectedCode");
    const int validation = int(fm::ErrorCode::Validation);
    const int hookFailed = int(fm::ErrorCode::HookFailed);
    for (const char *hook :
         {"validate", "before_insert", "before_save", "after_insert", "after_save"}) {
        QTest::addRow("%s returns error", hook)
            << hook << int(FailingController::Mode::ReturnError) << validation;
        QTest::addRow("%s throws", hook)
            << hook << int(FailingController::Mode::Throw) << hookFailed;
    }
    QTest::newRow("unknown exception")
        << "after_save" << int(FailingController::Mode::ThrowUnknown) << hookFailed;
}

void TestHooks::failingHookRollsBackEverything()
{
    QFETCH(QString, hook);
    QFETCH(int, mode);
    QFETCH(int, expectedCode);
    controller->failIn = hook;
    controller->mode = FailingController::Mode(mode);
    auto saved = site->service->insert(doc("Customer", {{"customer_name", "Acme"}, {"rating", 5}}));
    QVERIFY(!saved);
    QCOMPARE(int(saved.error().code()), expectedCode);
    QVERIFY2(saved.error().message().contains("Customer " + hook + " hook"),
             qPrintable(saved.error().message()));
    if (mode == int(FailingController::Mode::ReturnError))
        QCOMPARE(saved.error().fields().value(0).code, QStringLiteral("policy"));
    if (mode == int(FailingController::Mode::Throw))
        QVERIFY(saved.error().message().contains("ratings is offline"));
    QVERIFY(!site->service->get("Customer", "Acme", true));
    QVERIFY(!site->service->get("Tag", "side-" + hook, true)); // the hook's own write is gone too
}

void TestHooks::previousVersionOnUpdate()
{
    class Auditor final : public DocumentController
    {
    public:
        qint64 previousRating = -1;
        Result<void> beforeSave(HookContext &ctx, Document &) override
        {
            if (ctx.previous)
                previousRating = ctx.previous->integer("rating");
            return {};
        }
    };
    auto auditor = std::make_shared<Auditor>();
    site->controllers.registerController("Customer", auditor);
    QVERIFY(site->service->insert(doc("Customer", {{"customer_name", "Acme"}, {"rating", 2}})));
    QCOMPARE(auditor->previousRating, -1);
    QVERIFY(site->service->update(doc("Customer", {{"name", "Acme"}, {"rating", 4}})));
    QCOMPARE(auditor->previousRating, 2);
}

void TestHooks::pluginErrors()
{
    ControllerRegistry registry;
    auto missing = registry.loadPlugin(site->path() + "/nothing.so");
    QVERIFY(!missing);
    QVERIFY(missing.error().message().contains("does not exist"));
    QFile junk(site->path() + "/junk.so");
    QVERIFY(junk.open(QIODevice::WriteOnly));
    junk.write("not a shared library");
    junk.close();
    auto broken = registry.loadPlugin(junk.fileName());
    QVERIFY(!broken);
    QVERIFY(broken.error().message().contains("cannot load controller plugin"));
    QVERIFY(registry.loadedPlugins().isEmpty());
}

// The frame around a hook's failure speaks the caller's language; the hook's own words
// are its own.
void TestHooks::hookFailureInTheCallersLanguage()
{
    QCOMPARE(Translations::install(QStringLiteral("en")), QStringLiteral("en"));
    controller->failIn = QStringLiteral("validate");
    controller->mode = FailingController::Mode::Throw;
    {
        const ThreadLanguage german(QStringLiteral("de"));
        auto saved = site->service->insert(doc("Customer", {{"customer_name", "Acme"}}));
        QVERIFY(!saved);
        QCOMPARE(saved.error().code(), fm::ErrorCode::HookFailed);
        QVERIFY2(saved.error().message().startsWith(
                     QStringLiteral("Customer validate-Hook fehlgeschlagen: ")) &&
                     saved.error().message().endsWith(QStringLiteral("; nichts wurde gespeichert")),
                 qPrintable(saved.error().message()));
    }
    auto saved = site->service->insert(doc("Customer", {{"customer_name", "Acme"}}));
    QVERIFY(!saved);
    QVERIFY2(saved.error().message().startsWith(QStringLiteral("Customer validate hook failed: ")),
             qPrintable(saved.error().message()));
}

// A Sales Order of `customer` with one item row.
static Document salesOrder(const QString &customer)
{
    Document order = doc("Sales Order", {{"customer", customer}});
    order.appendChild("items", doc("Sales Order Item", {{"item", "Bolt"}, {"qty", 1}}));
    return order;
}

// An after_insert hook that writes a second document, while another writer holds a
// lock that second write needs and is about to record its own event. On PostgreSQL the
// outbox takes a lock to hand out sequences in commit order (docs/adr/0248): were it
// taken at the first event (before the hook), the two would wait for each other until
// PostgreSQL broke the deadlock by failing one of them. Here the lock the second write
// needs is the naming counter of Sales Order (SO-.YYYY.-.####): thread B inserts an
// order and, holding the counter, waits in before_insert until thread A has recorded
// its Customer event and runs the hook that inserts an order too. Both must succeed. On
// SQLite writers take turns (the waits below simply time out), so both succeed there too.
void TestHooks::hookWriteAndAnotherWriterDoNotDeadlock()
{
    QSemaphore counterHeld, eventRecorded;
    class OrderOnInsert final : public DocumentController
    {
    public:
        QSemaphore *eventRecorded = nullptr;
        Result<void> afterInsert(HookContext &ctx, const Document &customer) override
        {
            eventRecorded->release();
            auto order = ctx.access.insert(ctx.principal, salesOrder(customer.name()));
            return order ? Result<void>() : fm::fail(order.error());
        }
    };
    class WaitingOrder final : public DocumentController
    {
    public:
        QSemaphore *counterHeld = nullptr;
        QSemaphore *eventRecorded = nullptr;
        std::atomic<bool> wait{false};
        Result<void> beforeInsert(HookContext &, Document &) override
        {
            if (!wait.exchange(false))
                return {};
            counterHeld->release();
            // Bounded: on SQLite the other writer cannot start until this one commits.
            eventRecorded->tryAcquire(1, 5000);
            return {};
        }
    };
    auto onCustomer = std::make_shared<OrderOnInsert>();
    onCustomer->eventRecorded = &eventRecorded;
    auto onOrder = std::make_shared<WaitingOrder>();
    onOrder->counterHeld = &counterHeld;
    onOrder->eventRecorded = &eventRecorded;
    QVERIFY(site->service->insert(doc("Customer", {{"customer_name", "Base"}})));
    auto first = site->service->insert(salesOrder("Base")); // makes the series' counter
    QVERIFY2(first, qPrintable(first ? QString() : first.error().toText()));
    site->controllers.registerController("Customer", onCustomer);
    site->controllers.registerController("Sales Order", onOrder);
    const auto lastBefore = EventOutbox(*site->pool).lastSequence();
    QVERIFY(lastBefore);

    onOrder->wait = true;
    Result<Document> orderB = fm::fail(fm::ErrorCode::Internal, QString());
    Result<Document> customerA = fm::fail(fm::ErrorCode::Internal, QString());
    std::unique_ptr<QThread> b(
        QThread::create([&] { orderB = site->service->insert(salesOrder("Base")); }));
    b->start();
    QVERIFY(counterHeld.tryAcquire(1, 60000));
    std::unique_ptr<QThread> a(QThread::create([&] {
        customerA = site->service->insert(doc("Customer", {{"customer_name", "Acme"}}));
    }));
    a->start();
    QVERIFY(a->wait(120000));
    QVERIFY(b->wait(120000));
    QVERIFY2(orderB, qPrintable(orderB ? QString() : orderB.error().toText()));
    QVERIFY2(customerA, qPrintable(customerA ? QString() : customerA.error().toText()));

    // Three events, in the order the transactions committed: B's order (A's hook waited
    // for B's counter on PostgreSQL, A's BEGIN for B's commit on SQLite), then A's.
    auto events = EventOutbox(*site->pool).after(*lastBefore, 10);
    QVERIFY(events);
    QStringList seen;
    for (const Event &event : *events)
        seen << event.doctype + u' ' + (event.name == orderB->name() ? u'B' : u'A');
    QCOMPARE(seen, (QStringList{"Sales Order B", "Customer A", "Sales Order A"}));
}

QTEST_GUILESS_MAIN(TestHooks)
#include "tst_hooks.moc"
