// SPDX-License-Identifier: MIT
// The Desk's live connection, /desk/live (docs/reference/live-protocol.md): a page
// joins with its signed join token, the server renders the same view the page came
// from (libdesk), and after every event the connection's user may read it renders
// again and sends only what changed (LiveSnapshot::diff: keyed rows, changed parts).
#include "api/auth/authapi.h"
#include "api/desk/deskapi.h"
#include "api/live/livehub.h"
#include "auth/livejointoken.h"
#include "deskassets.h"
#include "http/server.h"
#include "livediff.h"
#include "liveprotocol.h"

#include <QPointer>
#include <QUrl>

namespace fm::server::api {

namespace {

using fm::desk::LiveProtocol;
using fm::desk::LiveSnapshot;
using http::WebSocketConnection;
namespace closecode = http::closecode;

class DeskLiveSession final : public QObject
{
public:
    DeskLiveSession(std::shared_ptr<DeskApi> desk, std::shared_ptr<LiveHub> hub,
                    WebSocketConnection *connection)
        : QObject(connection)
        , m_desk(std::move(desk))
        , m_hub(std::move(hub))
        , m_connection(connection)
        , m_feed(new LiveFeed(m_hub, connection->context().principal, this))
    {
        connect(connection, &WebSocketConnection::messageReceived, this, &DeskLiveSession::receive);
        connect(m_feed, &LiveFeed::ready, this, &DeskLiveSession::deliver);
    }

private:
    void receive(const QByteArray &text);
    void join(const LiveProtocol::Message &message);
    void navigate(const LiveProtocol::Message &message);
    void render(qint64 ref);
    void rendered(const fm::Result<fm::desk::Page> &page);
    void deliver();
    void refuse(int code, const QString &reason)
    {
        m_connection->send(LiveProtocol::close(code, reason));
        m_connection->close(code, reason);
    }
    // A full page load of `to` (a path on this server); the connection ends.
    void redirect(const QString &to, const QString &reason)
    {
        m_connection->send(LiveProtocol::redirect(safeNext(to), reason));
        m_connection->close(closecode::kNormal, reason);
    }
    // The list's DocType for a page path "/desk/<doctype>?..."; null when the path
    // is no list.
    const fm::core::DocType *listOf(const QUrl &url) const;

    std::shared_ptr<DeskApi> m_desk;
    std::shared_ptr<LiveHub> m_hub;
    WebSocketConnection *m_connection;
    LiveFeed *m_feed;
    LiveProtocol m_protocol;
    QString m_doctype;
    QString m_path; // the page's path and query, for redirects
    QUrlQuery m_query;
    LiveSnapshot m_snapshot;
    qint64 m_rev = 0;
    bool m_rendering = false;
    bool m_dirty = false;
    QList<qint64> m_waiting; // refs that get their reply with the next render
};

const fm::core::DocType *DeskLiveSession::listOf(const QUrl &url) const
{
    if (!url.isRelative() || !url.host().isEmpty())
        return nullptr;
    const QStringList segments = url.path(QUrl::FullyEncoded).split(u'/');
    if (segments.size() != 3 || !segments.at(0).isEmpty() || segments.at(1) != u"desk")
        return nullptr;
    auto type = m_desk->views.resolve(QUrl::fromPercentEncoding(segments.at(2).toLatin1()));
    return type ? *type : nullptr;
}

void DeskLiveSession::receive(const QByteArray &text)
{
    auto read = m_protocol.read(text);
    if (const auto *refusal = std::get_if<LiveProtocol::Refusal>(&read))
        return refuse(refusal->code, refusal->reason);
    const auto &message = std::get<LiveProtocol::Message>(read);
    switch (message.kind) {
    case LiveProtocol::Kind::Join:
        return join(message);
    case LiveProtocol::Kind::Heartbeat:
        m_connection->send(LiveProtocol::heartbeat(message.ref));
        return;
    case LiveProtocol::Kind::Refresh:
        return render(message.ref);
    case LiveProtocol::Kind::Navigate:
        return navigate(message);
    }
}

void DeskLiveSession::join(const LiveProtocol::Message &message)
{
    m_path = message.path;
    // A page from another version of the server reloads: its client may not speak
    // this protocol, and its assets are gone.
    if (message.version != LiveProtocol::kVersion)
        return redirect(message.path, fm::desk::Desk::tr("The Desk speaks live protocol %1; this "
                                                         "page speaks %2. Reloading.")
                                          .arg(LiveProtocol::kVersion)
                                          .arg(message.version));
    if (message.assets != fm::desk::DeskAssets::instance().url(QStringLiteral("live.js")))
        return redirect(message.path, fm::desk::Desk::tr("The Desk was updated. Reloading."));
    const fm::core::Principal &who = m_connection->context().principal;
    const QString sessionToken =
        QString::fromLatin1(m_connection->context().cookie(AuthApi::kCookie));
    if (who.method != fm::core::Principal::Method::Session || sessionToken.isEmpty())
        return refuse(closecode::kPolicy,
                      fm::desk::Desk::tr("the Desk's live connection needs the session cookie of a "
                                         "signed-in page; sign in at /desk/login"));
    switch (fm::core::LiveJoinToken::check(message.token, sessionToken, who.sessionId)) {
    case fm::core::LiveJoinToken::Check::Valid:
        break;
    case fm::core::LiveJoinToken::Check::Expired:
        return redirect(message.path,
                        fm::desk::Desk::tr("The page is too old to join. Reloading."));
    case fm::core::LiveJoinToken::Check::Malformed:
    case fm::core::LiveJoinToken::Check::Forged:
        return refuse(closecode::kPolicy,
                      fm::desk::Desk::tr("the join token was not issued to this "
                                         "session; reload the page"));
    }
    const QUrl url(message.path);
    const fm::core::DocType *type = listOf(url);
    if (!type)
        return refuse(
            closecode::kPolicy,
            fm::desk::Desk::tr("no live view at \"%1\"; the list views (/desk/<doctype>) are "
                               "live")
                .arg(message.path.left(80)));
    m_doctype = type->name;
    m_query = QUrlQuery(url);
    if (auto held = m_feed->subscriber().subscribe({m_doctype, {}}); !held)
        return refuse(closecode::kPolicy, held.error().message());
    render(message.ref);
}

void DeskLiveSession::navigate(const LiveProtocol::Message &message)
{
    const QUrl url(message.path);
    const fm::core::DocType *type = listOf(url);
    if (!type || type->name != m_doctype)
        return redirect(message.path, fm::desk::Desk::tr("Opening another page."));
    m_path = message.path;
    m_query = QUrlQuery(url);
    m_connection->send(LiveProtocol::navigate(safeNext(message.path)));
    render(message.ref);
}

// Renders off the event loop; events that arrive meanwhile ask for one more render
// after this one, never a queue of them.
void DeskLiveSession::render(qint64 ref)
{
    if (ref > 0)
        m_waiting << ref;
    if (m_rendering) {
        m_dirty = true;
        return;
    }
    m_rendering = true;
    m_dirty = false;
    QPointer<DeskLiveSession> self(this);
    auto desk = m_desk;
    const http::RequestContext context = m_connection->context();
    const QString doctype = m_doctype;
    const QUrlQuery query = m_query;
    m_hub->pool.start([self, desk, context, doctype, query] {
        const fm::desk::Viewer viewer = desk->viewer(context);
        auto page = desk->views.list(viewer, doctype, query);
        QMetaObject::invokeMethod(
            qApp,
            [self, page] {
                if (self)
                    self->rendered(page);
            },
            Qt::QueuedConnection);
    });
}

void DeskLiveSession::rendered(const fm::Result<fm::desk::Page> &page)
{
    m_rendering = false;
    if (!page) {
        const fm::ErrorCode code = page.error().code();
        // Access lost (a role or a share removed) or the DocType gone: a full load
        // shows the page the user may see now.
        if (code == fm::ErrorCode::PermissionDenied || code == fm::ErrorCode::NotFound ||
            code == fm::ErrorCode::Unauthorized)
            return redirect(m_path, page.error().message());
        const qint64 ref = m_waiting.isEmpty() ? 0 : m_waiting.takeFirst();
        m_connection->send(LiveProtocol::error(
            ref, fm::desk::Desk::tr(
                     "The list could not be refreshed; it shows what it showed before.")));
    } else {
        LiveSnapshot now = LiveSnapshot::parse(page->html);
        // The first render after joining sends every part: the page may have been
        // rendered before a change the connection never heard of.
        const QJsonObject diff = m_rev == 0 ? now.full() : LiveSnapshot::diff(m_snapshot, now);
        m_snapshot = std::move(now);
        if (!diff.isEmpty() || !m_waiting.isEmpty())
            ++m_rev;
        if (!m_waiting.isEmpty()) {
            m_connection->send(LiveProtocol::reply(m_waiting.takeFirst(), m_rev, diff));
            for (const qint64 ref : std::exchange(m_waiting, {}))
                m_connection->send(LiveProtocol::reply(ref, m_rev));
        } else if (!diff.isEmpty()) {
            m_connection->send(LiveProtocol::diff(m_rev, diff));
        }
    }
    if (m_dirty)
        render(0);
}

void DeskLiveSession::deliver()
{
    if (const QString reason = m_feed->subscriber().overloaded(); !reason.isEmpty())
        return refuse(closecode::kOverloaded, reason);
    // The events say only that the list may have changed; the render decides what.
    if (!m_feed->subscriber().take().isEmpty())
        render(0);
}

} // namespace

void installDeskLive(http::Server &server, const std::shared_ptr<DeskApi> &desk)
{
    auto hub = sharedLiveHub(desk->services);
    server.webSocket(QStringLiteral("/desk/live"), [desk, hub](WebSocketConnection *connection) {
        if (connection->context().principal.isGuest()) {
            const QString reason = fm::desk::Desk::tr(
                "sign in first: the Desk's live connection needs a signed-in page");
            connection->send(LiveProtocol::close(closecode::kPolicy, reason));
            connection->close(closecode::kPolicy, reason);
            return;
        }
        watchCredentials(hub, connection);
        new DeskLiveSession(desk, hub, connection);
    });
}

} // namespace fm::server::api
