// SPDX-License-Identifier: MIT
#include "api/live/livehub.h"

#include "api/auth/credentials.h"
#include "permissions/permissionengine.h"
#include "project/sitecontext.h"

#include <QCoreApplication>
#include <QTimer>

namespace fm::server::api {

LiveHub::LiveHub(Services &services)
    : services(services)
    , pubsub(services.site.service(), services.permissions)
{
    // Two threads: renders and checks are short; more would only compete with the
    // request handlers for the same cores.
    pool.setMaxThreadCount(2);
    pool.setObjectName(QStringLiteral("fm-live"));
}

LiveHub::~LiveHub()
{
    pool.waitForDone();
}

std::shared_ptr<LiveHub> sharedLiveHub(Services &services)
{
    static std::weak_ptr<LiveHub> current;
    std::shared_ptr<LiveHub> hub = current.lock();
    if (!hub) {
        hub = std::make_shared<LiveHub>(services);
        current = hub;
    }
    return hub;
}

LiveFeed::LiveFeed(std::shared_ptr<LiveHub> hub, const fm::core::Principal &who, QObject *parent)
    : QObject(parent)
    , m_hub(std::move(hub))
    , m_waker(std::make_shared<Waker>())
{
    m_waker->target = this;
    m_subscriber = m_hub->pubsub.connect(who, [waker = m_waker] {
        // Many events in a burst wake the event loop once.
        if (waker->posted.exchange(true))
            return;
        QMutexLocker lock(&waker->mutex);
        if (LiveFeed *feed = waker->target) {
            QMetaObject::invokeMethod(
                feed,
                [feed, waker] {
                    waker->posted = false;
                    emit feed->ready();
                },
                Qt::QueuedConnection);
        }
    });
}

LiveFeed::~LiveFeed()
{
    {
        QMutexLocker lock(&m_waker->mutex);
        m_waker->target = nullptr;
    }
    m_hub->pubsub.disconnect(m_subscriber);
}

void watchCredentials(const std::shared_ptr<LiveHub> &hub, http::WebSocketConnection *connection,
                      int everyMs)
{
    auto *timer = new QTimer(connection);
    QPointer<http::WebSocketConnection> guard(connection);
    auto auth = sharedAuthApi(hub->services);
    QObject::connect(timer, &QTimer::timeout, connection, [hub, guard, auth] {
        http::RequestContext context = guard->context();
        const QString user = context.principal.user;
        hub->pool.start([guard, auth, context, user]() mutable {
            const std::optional<http::Response> refused = authenticate(*auth, context);
            const bool signedOut = refused || context.principal.user != user;
            if (!signedOut)
                return;
            QMetaObject::invokeMethod(
                qApp,
                [guard] {
                    if (guard)
                        guard->close(http::closecode::kPolicy,
                                     QCoreApplication::translate(
                                         "Live", "signed out: the credentials of this connection "
                                                 "no longer work; sign in again"));
                },
                Qt::QueuedConnection);
        });
    });
    timer->start(everyMs);
}

} // namespace fm::server::api
