// SPDX-License-Identifier: MIT
// The Desk's live connection, /desk/live (docs/reference/live-protocol.md): a page
// joins with its signed join token, the server renders the same view the page came
// from (libdesk), and after every event the connection's user may read it renders
// again and sends only what changed (LiveSnapshot::diff: keyed rows, changed parts).
// A list and a calendar follow their DocType; a form follows its document and the user's input
// ("change" events: checked as a save would be, errors beside the fields, a banner
// when someone else saved; docs/adr/0237).
#include "api/auth/authapi.h"
#include "api/desk/deskapi.h"
#include "api/live/livehub.h"
#include "auth/livejointoken.h"
#include "deskassets.h"
#include "fieldview.h"
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
    void change(const LiveProtocol::Message &message);
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
    // What a page path shows: "/desk/<doctype>?..." a list, "/desk/<doctype>/<name>"
    // and "/desk/<doctype>/new" a form, "/desk/<doctype>/view/calendar?..." a calendar;
    // no type when the path is no live view.
    struct View
    {
        const fm::core::DocType *type = nullptr;
        bool form = false;
        QString name;          // the form's document; empty for a new one
        bool calendar = false; // the DocType's calendar
    };
    View viewOf(const QUrl &url) const;

    std::shared_ptr<DeskApi> m_desk;
    std::shared_ptr<LiveHub> m_hub;
    WebSocketConnection *m_connection;
    LiveFeed *m_feed;
    LiveProtocol m_protocol;
    QString m_doctype;
    bool m_form = false;
    bool m_calendar = false;
    QString m_name;                         // the form's document (empty: new)
    fm::desk::DeskViews::LiveInput m_input; // the form's input, as the page last sent it
    qint64 m_pageVersion = 0;               // the _version the form's page holds
    QString m_path;                         // the page's path and query, for redirects
    QUrlQuery m_query;
    LiveSnapshot m_snapshot;
    qint64 m_rev = 0;
    bool m_rendering = false;
    bool m_dirty = false;
    QList<qint64> m_waiting; // refs that get their reply with the next render
};

DeskLiveSession::View DeskLiveSession::viewOf(const QUrl &url) const
{
    if (!url.isRelative() || !url.host().isEmpty())
        return {};
    const QStringList segments = url.path(QUrl::FullyEncoded).split(u'/');
    if (segments.size() < 3 || segments.size() > 5 || !segments.at(0).isEmpty() ||
        segments.at(1) != u"desk")
        return {};
    auto type = m_desk->views.resolve(QUrl::fromPercentEncoding(segments.at(2).toLatin1()));
    if (!type)
        return {};
    if (segments.size() == 5) {
        if (segments.at(3) != u"view" || segments.at(4) != u"calendar")
            return {};
        return {*type, false, {}, true};
    }
    if (segments.size() == 3)
        return {*type, false, {}};
    const QString name = QUrl::fromPercentEncoding(segments.at(3).toLatin1());
    // /desk/<doctype>/bulk and /view are no documents (ADR 0240's literal routes).
    if (name.isEmpty() || name == u"bulk" || name == u"view")
        return {};
    return {*type, true, name == u"new" ? QString() : fm::desk::deskSegmentValue(name)};
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
    case LiveProtocol::Kind::Change:
        return change(message);
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
    const View view = viewOf(url);
    if (!view.type)
        return refuse(closecode::kPolicy,
                      fm::desk::Desk::tr("no live view at \"%1\"; lists (/desk/<doctype>), "
                                         "forms (/desk/<doctype>/<name>) and calendars "
                                         "(/desk/<doctype>/view/calendar) are live")
                          .arg(message.path.left(80)));
    m_doctype = view.type->name;
    m_form = view.form;
    m_calendar = view.calendar;
    m_name = view.name;
    m_query = QUrlQuery(url);
    m_input.versions = m_query.queryItemValue(QStringLiteral("versions")).toInt();
    // A new document has no events yet; an open one hears its own.
    if (!(m_form && m_name.isEmpty())) {
        if (auto held = m_feed->subscriber().subscribe({m_doctype, m_form ? m_name : QString()});
            !held)
            return refuse(closecode::kPolicy, held.error().message());
    }
    render(message.ref);
}

void DeskLiveSession::navigate(const LiveProtocol::Message &message)
{
    const QUrl url(message.path);
    const View view = viewOf(url);
    if (!view.type || view.form || m_form || view.calendar != m_calendar ||
        view.type->name != m_doctype)
        return redirect(message.path, fm::desk::Desk::tr("Opening another page."));
    m_path = message.path;
    m_query = QUrlQuery(url);
    m_connection->send(LiveProtocol::navigate(safeNext(message.path)));
    render(message.ref);
}

// The form's input as the page holds it now: the next render checks it.
void DeskLiveSession::change(const LiveProtocol::Message &message)
{
    if (!m_form)
        return refuse(closecode::kPolicy,
                      fm::desk::Desk::tr("out of order: \"change\" is for a form; this "
                                         "connection shows a list"));
    m_input.fields = message.values;
    for (const QString &name : message.touched)
        m_input.touched.insert(name);
    for (const auto &[name, value] : message.values) {
        if (name == u"_version")
            m_pageVersion = value.toLongLong();
    }
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
    const bool form = m_form;
    const bool calendar = m_calendar;
    const QString name = m_name;
    const fm::desk::DeskViews::LiveInput input = m_input;
    m_hub->run(context, [self, desk, context, doctype, query, form, calendar, name, input] {
        const fm::desk::Viewer viewer = desk->viewer(context);
        auto page = form       ? desk->views.liveForm(viewer, doctype, name, input)
                    : calendar ? desk->views.calendar(viewer, doctype, query)
                               : desk->views.list(viewer, doctype, query);
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
        // A calendar period it cannot show (BadRequest) gets its error page the same way.
        if (code == fm::ErrorCode::PermissionDenied || code == fm::ErrorCode::NotFound ||
            code == fm::ErrorCode::Unauthorized || code == fm::ErrorCode::BadRequest)
            return redirect(m_path, page.error().message());
        const qint64 ref = m_waiting.isEmpty() ? 0 : m_waiting.takeFirst();
        m_connection->send(LiveProtocol::error(
            ref, m_form ? fm::desk::Desk::tr("The form could not be checked; your input is kept.")
                        : fm::desk::Desk::tr(
                              "The list could not be refreshed; it shows what it showed before.")));
    } else {
        LiveSnapshot now = LiveSnapshot::parse(page->html);
        // The rows on screen: one that leaves the user's reach (a change moves it out of
        // their rows) is still heard of, so the next render drops it.
        // A calendar's rows are weeks; its documents are the entries' data-doc.
        QStringList shown;
        if (m_calendar) {
            shown = LiveSnapshot::attributeValues(page->html, QStringLiteral("data-doc"));
        } else {
            for (const LiveSnapshot::Part &part : now.parts()) {
                for (const LiveSnapshot::Row &row : part.rows)
                    shown << row.key;
            }
        }
        m_feed->subscriber().show(m_doctype, shown);
        // The first render after joining sends every part: the page may have been
        // rendered before a change the connection never heard of.
        const QJsonObject diff = m_rev == 0 ? now.full() : LiveSnapshot::diff(m_snapshot, now);
        // Between events the session keeps digests, not HTML (docs/adr/0243).
        m_snapshot = std::move(now).withoutHtml();
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
    // The events say only that the view may have changed; the render decides what.
    const QList<fm::core::Event> events = m_feed->subscriber().take();
    if (events.isEmpty())
        return;
    if (m_form) {
        // What others changed since the page's version names the banner's fields.
        for (const fm::core::Event &event : events) {
            if (event.version > m_pageVersion) {
                for (const fm::core::FieldChange &change : event.changes)
                    m_input.changedByOthers.insert(change.field);
            }
        }
    }
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
