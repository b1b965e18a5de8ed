// SPDX-License-Identifier: MIT
#pragma once

// Job functions the job tests register (and the test plugin jobplugin/ for `m worker`):
//   test.echo      returns {"user": who it runs as, "args": its arguments}
//   test.flaky     fails until attempt args.succeed_on (default 3), then returns the attempt
//   test.slow      sleeps args.ms (default 60000) in 10 ms steps, stopping early when told;
//                  with args.first_attempt_only it returns at once after the first attempt
//   test.throws    throws std::runtime_error("boom")
//   test.insert_customer  inserts Customer args.name through DocumentAccess
//   test.checked   refuses to be enqueued without an integer args.n

#include "data/controllerregistry.h"
#include "permissions/documentaccess.h"

#include <QElapsedTimer>
#include <QThread>

#include <stdexcept>

// QVERIFY2 evaluates its message even when the check passes: the error text of a
// result only when it holds one.
template<typename T> QByteArray errorOf(const fm::Result<T> &result)
{
    return result ? QByteArray() : result.error().toText().toUtf8();
}

inline void registerTestJobs(fm::core::ControllerRegistry &registry)
{
    using fm::core::JobContext;
    using fm::core::JobDefinition;
    JobDefinition echo;
    echo.name = QStringLiteral("test.echo");
    echo.run = [](JobContext &context) -> fm::Result<QJsonValue> {
        return QJsonObject{{QStringLiteral("user"), context.principal.user},
                           {QStringLiteral("args"), context.args}};
    };
    (void)registry.registerJob(echo);

    JobDefinition flaky;
    flaky.name = QStringLiteral("test.flaky");
    flaky.retryBackoffSeconds = 0;
    flaky.run = [](JobContext &context) -> fm::Result<QJsonValue> {
        const int succeedOn = context.args.value(QStringLiteral("succeed_on")).toInt(3);
        if (context.job.attempts < succeedOn)
            return fm::fail(fm::ErrorCode::Internal,
                            QStringLiteral("not yet (attempt %1)").arg(context.job.attempts));
        return context.job.attempts;
    };
    (void)registry.registerJob(flaky);

    JobDefinition slow;
    slow.name = QStringLiteral("test.slow");
    slow.retryBackoffSeconds = 0;
    slow.run = [](JobContext &context) -> fm::Result<QJsonValue> {
        if (context.args.value(QStringLiteral("first_attempt_only")).toBool() &&
            context.job.attempts > 1)
            return QJsonObject{{QStringLiteral("stopped"), false},
                               {QStringLiteral("attempt"), context.job.attempts}};
        const int ms = context.args.value(QStringLiteral("ms")).toInt(60000);
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < ms && !context.shouldStop())
            QThread::msleep(10);
        return QJsonObject{{QStringLiteral("stopped"), context.shouldStop()},
                           {QStringLiteral("attempt"), context.job.attempts}};
    };
    (void)registry.registerJob(slow);

    JobDefinition throws;
    throws.name = QStringLiteral("test.throws");
    throws.maxRetries = 0;
    throws.run = [](JobContext &) -> fm::Result<QJsonValue> {
        throw std::runtime_error("boom");
    };
    (void)registry.registerJob(throws);

    JobDefinition insert;
    insert.name = QStringLiteral("test.insert_customer");
    insert.maxRetries = 0;
    insert.run = [](JobContext &context) -> fm::Result<QJsonValue> {
        fm::core::Document customer(QStringLiteral("Customer"));
        customer.setValue(QStringLiteral("customer_name"),
                          context.args.value(QStringLiteral("name")).toString());
        auto saved = context.access.insert(context.principal, customer);
        if (!saved)
            return fm::fail(saved.error());
        return QJsonObject{{QStringLiteral("owner"), saved->owner()}};
    };
    (void)registry.registerJob(insert);

    JobDefinition checked;
    checked.name = QStringLiteral("test.checked");
    checked.checkArgs = [](const QJsonObject &args) -> fm::Result<void> {
        if (!args.value(QStringLiteral("n")).isDouble())
            return fm::fail(
                fm::ErrorCode::Validation, QStringLiteral("\"n\" must be a number"),
                {{QStringLiteral("n"), QStringLiteral("required"), QStringLiteral("a number")}});
        return {};
    };
    checked.run = [](JobContext &context) -> fm::Result<QJsonValue> {
        return context.args.value(QStringLiteral("n"));
    };
    (void)registry.registerJob(checked);
}
