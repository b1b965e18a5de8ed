// SPDX-License-Identifier: MIT
#pragma once

#include "api/services.h"
#include "events/scopedpubsub.h"
#include "http/websocketconnection.h"

#include <QMutex>
#include <QObject>
#include <QPointer>
#include <QThreadPool>

#include <memory>

namespace fm::server::api {

// What the server's live endpoints (/api/v1/stream, /desk/live) share: one scoped
// PubSub over the site's DocumentService, and a small thread pool for their database
// work (renders, permission checks), so the event loop that holds the sockets never
// waits on SQL.
struct LiveHub
{
    explicit LiveHub(Services &services);
    ~LiveHub();

    Services &services;
    fm::core::ScopedPubSub pubsub;
    QThreadPool pool;
};

// The server's one hub (made on first use, like sharedAuthApi).
std::shared_ptr<LiveHub> sharedLiveHub(Services &services);

// A LiveSubscriber seen from the event loop: `ready` is emitted there (once per burst)
// when events are waiting or the subscriber was overloaded. Disconnects when destroyed.
class LiveFeed final : public QObject
{
    Q_OBJECT
public:
    LiveFeed(std::shared_ptr<LiveHub> hub, const fm::core::Principal &who, QObject *parent);
    ~LiveFeed() override;

    fm::core::LiveSubscriber &subscriber() { return *m_subscriber; }

signals:
    void ready();

private:
    // Shared with the dispatcher thread's notify callback, which may run while this
    // object is destroyed: the mutex makes "post to the feed" and "forget the feed" one
    // at a time.
    struct Waker
    {
        QMutex mutex;
        LiveFeed *target = nullptr;
        std::atomic<bool> posted{false};
    };

    std::shared_ptr<LiveHub> m_hub;
    std::shared_ptr<Waker> m_waker;
    std::shared_ptr<fm::core::LiveSubscriber> m_subscriber;
};

// Signs a live connection out when its credentials stop working: every `everyMs` the
// handshake's credentials go through the auth chain again (off the event loop), and a
// revoked session, an expired token or a disabled user closes the connection with 1008.
void watchCredentials(const std::shared_ptr<LiveHub> &hub, http::WebSocketConnection *connection,
                      int everyMs = 60000);

} // namespace fm::server::api
