// SPDX-License-Identifier: MIT
// The live runtime's figures (docs/benchmarks.md, "Live updates"): against a running
// `m start` (bench/live/run.sh prepares one), a Desk list of 50 rows joined over
// /desk/live and a stream client on /api/v1/stream. For each of N updates made through
// the REST API it measures the time from sending the PUT to the diff (Desk) and the
// event (stream) arriving, and the size of each diff message.
//   fm_live_bench <port> <admin password> [updates]
#include <httplib.h>

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QRegularExpression>
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
    if (!desk.open(QUrl(origin.replace("http", "ws") + "/desk/live"),
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

    QList<double> deskMs, streamMs;
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
        const QByteArray event = stream.next("event");
        streamMs << timer.nsecsElapsed() / 1e6;
        const QByteArray diff = desk.next("diff");
        deskMs << timer.nsecsElapsed() / 1e6;
        if (event.isEmpty() || diff.isEmpty()) {
            std::fprintf(stderr, "no event or diff after update %d\n", i);
            return 1;
        }
        deskBytes << int(diff.size());
    }
    report("stream: PUT sent -> event received", streamMs, {});
    report("desk: PUT sent -> diff received (50 rows)", deskMs, deskBytes);
    return 0;
}
