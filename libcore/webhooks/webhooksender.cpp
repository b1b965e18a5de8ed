// SPDX-License-Identifier: MIT
#include "webhooks/webhooksender.h"

#include "auth/sodium.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QUrl>

#include <httplib.h>

namespace fm::core {

namespace {
// Enough bytes for kResponseExcerpt characters of UTF-8 in most answers.
constexpr size_t kExcerptBytes = 4096;
} // namespace

QString webhookSignature(const QByteArray &secret, const QByteArray &timestamp,
                         const QByteArray &body)
{
    detail::sodiumReady();
    // The streaming API takes a key of any length (standard HMAC), unlike
    // crypto_auth_hmacsha256's fixed 32-byte key, so receivers can use any HMAC library.
    crypto_auth_hmacsha256_state state;
    crypto_auth_hmacsha256_init(&state, reinterpret_cast<const unsigned char *>(secret.constData()),
                                size_t(secret.size()));
    const QByteArray message = timestamp + '.' + body;
    crypto_auth_hmacsha256_update(&state,
                                  reinterpret_cast<const unsigned char *>(message.constData()),
                                  quint64(message.size()));
    unsigned char mac[crypto_auth_hmacsha256_BYTES];
    crypto_auth_hmacsha256_final(&state, mac);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(mac), sizeof mac).toHex());
}

WebhookAttempt sendWebhook(const Webhook &webhook, const QString &eventId, const QByteArray &body)
{
    WebhookAttempt attempt;
    QElapsedTimer timer;
    timer.start();
    const QUrl url(webhook.url);
    // An IPv6 literal keeps its brackets in the origin cpp-httplib parses.
    const QString host = url.host().contains(u':') ? u'[' + url.host() + u']' : url.host();
    const QString origin = url.scheme().toLower() + QStringLiteral("://") + host +
                           (url.port() > 0 ? QStringLiteral(":%1").arg(url.port()) : QString());
    QByteArray target = url.path(QUrl::FullyEncoded).toUtf8();
    if (target.isEmpty())
        target = "/";
    if (url.hasQuery())
        target += '?' + url.query(QUrl::FullyEncoded).toUtf8();

    httplib::Client client(origin.toStdString());
    const time_t timeout = webhook.timeoutSeconds;
    client.set_connection_timeout(timeout, 0);
    client.set_read_timeout(timeout, 0);
    client.set_write_timeout(timeout, 0);
    client.set_follow_location(false);

    const QByteArray timestamp = QByteArray::number(QDateTime::currentSecsSinceEpoch());
    httplib::Headers headers;
    for (const auto &[name, value] : webhook.headers)
        headers.emplace(name.toStdString(), value.toStdString());
    headers.emplace("X-Webhook-Id", webhook.name.toStdString());
    headers.emplace("X-Event-Id", eventId.toStdString());
    headers.emplace("X-Timestamp", timestamp.toStdString());
    if (!webhook.secret.isEmpty()) {
        headers.emplace("X-Signature",
                        webhookSignature(webhook.secret.toUtf8(), timestamp, body).toStdString());
    }
    httplib::Request request;
    request.method = webhook.method.toStdString();
    request.path = target.toStdString();
    request.headers = std::move(headers);
    request.set_header("Content-Type", "application/json");
    request.body = body.toStdString();
    // Keep only the start of the answer: a receiver cannot make the worker hold a huge
    // body in memory (the rest is read and dropped, within the read timeout).
    std::string excerpt;
    request.content_receiver = [&excerpt](const char *data, size_t length, uint64_t, uint64_t) {
        if (excerpt.size() < kExcerptBytes)
            excerpt.append(data, std::min(length, kExcerptBytes - excerpt.size()));
        return true;
    };
    httplib::Result result = client.send(request);
    attempt.durationMs = timer.elapsed();
    if (!result) {
        const bool timedOut = result.error() == httplib::Error::Read ||
                              result.error() == httplib::Error::Write ||
                              result.error() == httplib::Error::ConnectionTimeout;
        attempt.error =
            timedOut ? QStringLiteral("no answer from %1 within the timeout of %2 s (%3)")
                           .arg(origin)
                           .arg(webhook.timeoutSeconds)
                           .arg(QString::fromStdString(httplib::to_string(result.error())))
                     : QStringLiteral("could not reach %1: %2")
                           .arg(origin, QString::fromStdString(httplib::to_string(result.error())));
        return attempt;
    }
    attempt.httpCode = result->status;
    attempt.response = QString::fromUtf8(excerpt.data(), qsizetype(excerpt.size()))
                           .left(WebhookAttempt::kResponseExcerpt);
    attempt.ok = result->status >= 200 && result->status < 300;
    if (!attempt.ok) {
        attempt.error = QStringLiteral("%1 answered HTTP %2").arg(webhook.url).arg(result->status);
        if (result->status >= 300 && result->status < 400 && result->has_header("Location")) {
            attempt.error += QStringLiteral(" (redirects are not followed; set the URL to %1)")
                                 .arg(QString::fromStdString(result->get_header_value("Location")));
        }
    }
    return attempt;
}

} // namespace fm::core
