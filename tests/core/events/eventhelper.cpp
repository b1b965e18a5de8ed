// SPDX-License-Identifier: MIT
// A second process for tst_eventrelay, on a site the test created and migrated:
//   fm_event_helper write <db> <customer>   inserts a Customer, prints "committed", and
//                                           waits to be killed
//   fm_event_helper relay <db> <consumer>   resumes the durable consumer, prints each
//                                           delivered event as "<type> <doctype> <name>"
#include "data/controllerregistry.h"
#include "data/documentservice.h"
#include "db/connectionpool.h"
#include "meta/metaregistry.h"

#include <QCoreApplication>
#include <QThread>

#include <cstdio>

using namespace fm::core;

namespace {

int failWith(const QString &message)
{
    std::fprintf(stderr, "%s\n", qPrintable(message));
    return 1;
}

void print(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4)
        return failWith(QStringLiteral("usage: fm_event_helper write|relay <db> <name>"));
    MetaRegistry meta;
    Diagnostics diagnostics;
    if (!meta.loadApps({QStringLiteral(FM_SOURCE_DIR "/tests/core/data/input/apps/testapp")},
                       diagnostics))
        return failWith(QStringLiteral("the test app does not load"));
    auto config = DatabaseConfig::fromUrl(args.at(2)); // a SQLite path or a PostgreSQL URL
    if (!config)
        return failWith(config.error().toText());
    auto pool = ConnectionPool::open(*config);
    if (!pool)
        return failWith(pool.error().toText());
    ControllerRegistry controllers;
    DocumentService service(**pool, meta, controllers);

    if (args.at(1) == u"write") {
        const EventSubscription inProcess = service.events().subscribe(
            {}, [](const Event &e) { print(QStringLiteral("delivered in-process ") + e.name); });
        Document customer(QStringLiteral("Customer"));
        customer.setValue(QStringLiteral("customer_name"), args.at(3));
        if (auto saved = service.insert(customer); !saved)
            return failWith(saved.error().toText());
        print(QStringLiteral("committed"));
        for (;;) // the test kills this process: a crash right after the commit
            QThread::sleep(1);
    }
    if (args.at(1) == u"relay") {
        EventRelay &relay = service.events();
        const EventSubscription printer = relay.subscribe({}, [](const Event &e) {
            print(QStringLiteral("%1 %2 %3").arg(eventTypeName(e.type), e.doctype, e.name));
        });
        if (auto resumed = relay.resume(args.at(3)); !resumed)
            return failWith(resumed.error().toText());
        if (auto delivered = relay.deliverPending(); !delivered)
            return failWith(delivered.error().toText());
        return 0; // the relay stores its position as it goes
    }
    return failWith(QStringLiteral("unknown mode ") + args.at(1));
}
