// SPDX-License-Identifier: MIT
// The live runtime's figures (docs/benchmarks.md, "Live updates"): against a running
// `m start` (bench/live/run.sh prepares one), a Desk list of 50 rows joined over
// /desk/live and a stream client on /api/v1/stream. For each of N updates made through
// the REST API it measures the time from sending the PUT to the diff (Desk) and the
// event (stream) arriving, and the size of each diff message. With `idle <n> <pid>` it
// opens n Desk sessions instead (each a WebSocket joined to a 50-row list, as an open
// browser tab), waits, and reports the server's RSS (/proc/<pid>/status) before and
// after: the memory an idle live session costs.
//   fm_live_bench <port> <admin password> [updates]
//   fm_live_bench <port> <admin password> idle <sessions> <server pid>
#include <httplib.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QThread>
#include <QWebSocket>

#include <algorithm>
#include <cstdio>

namespace {

struct Client
{
    QWebSocket socket;
    QList<QByteArray> messages;

    explicit Client(const QString &origin = {})
        : socket(origin)
    {
        QObject::connect(&socket, &QWebSocket::textMessageReceived, &socket,
                         [this](const QString &text) { messages << text.toUtf8(); });
    }
    bool open(const QUrl &url, const QList<QPair<QByteArray, QByteArray>> &headers)
    {
        QNetworkRequest request(url);
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        socket.open(request);
        return waitFor([this] { return socket.state() == QAbstractSocket::ConnectedState; });
    }
    // The next message whose type is `type`; empty after 10 s.
    QByteArray next(const QString &type)
    {
        QByteArray found;
        waitFor([&] {
            while (!messages.isEmpty()) {
                const QByteArray message = messages.takeFirst();
                if (QJsonDocument::fromJson(message).object().value("type").toString() == type) {
                    found = message;
                    return true;
                }
            }
            return false;
        });
        return found;
    }
    static bool waitFor(const std::function<bool()> &done)
    {
        QDeadlineTimer deadline(10000);
        while (!done() && !deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
        return done();
    }
};

// The resident set of process `pid` in KiB (VmRSS), -1 when unreadable.
long rssKiB(const QByteArray &pid)
{
    QFile status("/proc/" + pid + "/status");
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return -1;
}

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(qMin(values.size() - 1, qsizetype(p * values.size())));
}

void report(const char *what, const QList<double> &ms, const QList<int> &bytes)
{
    std::printf("%-44s p50 %6.2f ms  p99 %6.2f ms", what, percentile(ms, 0.5),
                percentile(ms, 0.99));
    if (!bytes.isEmpty()) {
        QList<double> sizes(bytes.cbegin(), bytes.cend());
        std::printf("  bytes p50 %5.0f max %5.0f", percentile(sizes, 0.5),
                    *std::max_element(sizes.cbegin(), sizes.cend()));
    }
    std::printf("  (n=%lld)\n", static_cast<long long>(ms.size()));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc < 3) {
        std::fprintf(stderr, "usage: fm_live_bench <port> <admin password> [updates]\n");
        return 2;
    }
    const int port = QByteArray(argv[1]).toInt();
    const std::string password = argv[2];
    const int updates = argc > 3 ? QByteArray(argv[3]).toInt() : 200;
    httplib::Client http("127.0.0.1", port);
    // Headers and body go out as two writes: without TCP_NODELAY the body would wait
    // for the server's delayed ACK of the headers, which is the client's cost, not ours.
    http.set_tcp_nodelay(true);
    const auto login = http.Post("/api/v1/auth/login",
                                 R"({"email":"Administrator","password":")" + password + "\"}",
                                 "application/json");
    if (!login || login->status != 200) {
        std::fprintf(stderr, "login failed\n");
        return 1;
    }
    const std::string token = QJsonDocument::fromJson(QByteArray::fromStdString(login->body))
                                  .object()
                                  .value("token")
                                  .toString()
                                  .toStdString();
    const std::string setCookie = login->get_header_value("Set-Cookie");
    const std::string cookie = setCookie.substr(0, setCookie.find(';'));
    const httplib::Headers bearer{{"Authorization", "Bearer " + token}};

    // The page a person would have open: 50 rows, newest change first.
    const std::string listPath = "/desk/ticket?limit=50&sort=modified&dir=desc";
    const auto page = http.Get(listPath, {{"Cookie", cookie}, {"Accept", "text/html"}});
    const QString html = QString::fromStdString(page ? page->body : std::string());
    const QString joinToken = QRegularExpression(R"re(<meta name="fm-live" content="([^"]+)">)re")
                                  .match(html)
                                  .captured(1);
    const QString assets =
        QRegularExpression(R"re(<script src="(/desk/assets/live\.[0-9a-f]+\.js)")re")
            .match(html)
            .captured(1);
    const auto rows =
        http.Get("/api/v1/ticket?limit=50&order_by=modified%20desc&fields=[\"name\"]", bearer);
    QStringList names;
    for (const QJsonValue &row : QJsonDocument::fromJson(QByteArray::fromStdString(rows->body))
                                     .object()
                                     .value("data")
                                     .toArray())
        names << row.toObject().value("name").toString();
    if (joinToken.isEmpty() || names.size() < 50) {
        std::fprintf(stderr, "the list page or its rows are missing\n");
        return 1;
    }

    const QString origin = QStringLiteral("http://127.0.0.1:%1").arg(port);
    Client desk(origin);
    Client stream;
    if (!desk.open(QUrl(QString(origin).replace("http", "ws") + "/desk/live"),
                   {{"Cookie", QByteArray::fromStdString(cookie)}}) ||
        !stream.open(QUrl(QStringLiteral("ws://127.0.0.1:%1/api/v1/stream").arg(port)),
                     {{"Authorization", QByteArray::fromStdString("Bearer " + token)}})) {
        std::fprintf(stderr, "a WebSocket did not open\n");
        return 1;
    }
    desk.socket.sendTextMessage(
        QJsonDocument(QJsonObject{{"type", "join"},
                                  {"ref", 1},
                                  {"v", 1},
                                  {"token", joinToken},
                                  {"assets", assets},
                                  {"path", QString::fromStdString(listPath)}})
            .toJson(QJsonDocument::Compact));
    const QByteArray joined = desk.next("reply");
    stream.socket.sendTextMessage(R"({"type":"subscribe","doctype":"Ticket","ref":1})");
    if (joined.isEmpty() || stream.next("subscribed").isEmpty()) {
        std::fprintf(stderr, "join or subscribe failed\n");
        return 1;
    }
    std::printf("join reply (every live part of a 50-row list): %lld bytes\n",
                static_cast<long long>(joined.size()));

    if (argc > 5 && QByteArray(argv[3]) == "idle") {
        // n more tabs on the same list, each joined, then left alone.
        const int sessions = QByteArray(argv[4]).toInt();
        const QByteArray pid(argv[5]);
        const auto settle = [] {
            QDeadlineTimer pause(5000);
            while (!pause.hasExpired())
                QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        };
        settle();
        const long before = rssKiB(pid);
        std::vector<std::unique_ptr<Client>> tabs;
        QElapsedTimer opening;
        opening.start();
        for (int i = 0; i < sessions; ++i) {
            auto tab = std::make_unique<Client>(origin);
            if (!tab->open(QUrl(QString(origin).replace("http", "ws") + "/desk/live"),
                           {{"Cookie", QByteArray::fromStdString(cookie)}})) {
                std::fprintf(stderr, "session %d did not open\n", i);
                return 1;
            }
            tab->socket.sendTextMessage(
                QJsonDocument(QJsonObject{{"type", "join"},
                                          {"ref", 1},
                                          {"v", 1},
                                          {"token", joinToken},
                                          {"assets", assets},
                                          {"path", QString::fromStdString(listPath)}})
                    .toJson(QJsonDocument::Compact));
            if (tab->next("reply").isEmpty()) {
                std::fprintf(stderr, "session %d did not join\n", i);
                return 1;
            }
            tab->messages.clear();
            tabs.push_back(std::move(tab));
        }
        const double openMs = opening.nsecsElapsed() / 1e6;
        settle();
        const long after = rssKiB(pid);
        std::printf("%d idle sessions joined in %.0f ms; server RSS %ld KiB before, %ld KiB "
                    "after: %.1f KiB per session\n",
                    sessions, openMs, before, after, double(after - before) / sessions);
        return before < 0 || after < 0 ? 1 : 0;
    }

    QList<double> deskMs, streamMs, putMs, lagMs;
    QList<int> deskBytes;
    static const char *priorities[] = {"Low", "Medium", "High", "Urgent"};
    for (int i = 0; i < updates; ++i) {
        // A row in the middle of the page changes (and moves to the top: newest first).
        const QString name = names.at(10 + i % 30);
        QElapsedTimer timer;
        timer.start();
        const auto put = http.Put(("/api/v1/ticket/" + name).toStdString(), bearer,
                                  std::string(R"({"priority":")") + priorities[i % 4] + "\"}",
                                  "application/json");
        if (!put || put->status != 200) {
            std::fprintf(stderr, "update failed\n");
            return 1;
        }
        putMs << timer.nsecsElapsed() / 1e6;
        const QByteArray event = stream.next("event");
        streamMs << timer.nsecsElapsed() / 1e6;
        // The event's time is the write's `modified` (UTC, milliseconds), taken in its
        // transaction before the commit: received minus that bounds commit -> client from
        // above (plus the write's own time), within 1 ms.
        // ISO 8601 UTC with milliseconds ("2026-12-07T23:26:14.123Z", the canonical
        // Datetime); an event without a readable time fails the run instead of
        // reporting the epoch.
        const QDateTime written = QDateTime::fromString(QJsonDocument::fromJson(event)
                                                            .object()
                                                            .value("event")
                                                            .toObject()
                                                            .value("time")
                                                            .toString(),
                                                        Qt::ISODateWithMs);
        if (!written.isValid()) {
            std::fprintf(stderr, "the event's time is not ISO 8601: %s\n", event.constData());
            return 1;
        }
        lagMs << double(QDateTime::currentMSecsSinceEpoch() - written.toMSecsSinceEpoch());
        const QByteArray diff = desk.next("diff");
        deskMs << timer.nsecsElapsed() / 1e6;
        if (event.isEmpty() || diff.isEmpty()) {
            std::fprintf(stderr, "no event or diff after update %d\n", i);
            return 1;
        }
        deskBytes << int(diff.size());
    }
    report("PUT sent -> answer received", putMs, {});
    report("stream: PUT sent -> event received", streamMs, {});
    report("stream: event time -> received (1 ms steps)", lagMs, {});
    report("desk: PUT sent -> diff received (50 rows)", deskMs, deskBytes);
    return 0;
}
