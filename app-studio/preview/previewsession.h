// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QUrl>

QT_BEGIN_NAMESPACE
class QNetworkReply;
QT_END_NAMESPACE

namespace fm::studio::preview {

// The two questions the preview asks the running server over loopback before it loads a
// page: which page to show (/desk when the server has it, else /api/docs), and a one-time
// development sign-in for the secret it was started with (docs/adr/0205). Only the
// latest prepare() answers; an earlier one still running is dropped.
class PreviewSession final : public QObject
{
    Q_OBJECT

public:
    static constexpr int kTimeoutMs = 5000;

    explicit PreviewSession(QObject *parent = nullptr);

    // Answers with ready(): the redeem URL that signs in and goes on to `path` (on
    // `base`), or `path` itself when there is no secret or the server refused it (then
    // problem() says why first). `path` empty: probe for /desk first.
    void prepare(const QUrl &base, const QByteArray &secret, const QString &path = {});
    // Drops what prepare() was doing; no signal follows.
    void cancel();

signals:
    void ready(const QUrl &url);
    // level "warning" or "error", message for the log console.
    void problem(const QString &level, const QString &message);

private:
    void signIn(const QString &path);
    QNetworkReply *send(const QUrl &url, const QByteArray &body = {});

    QNetworkAccessManager m_network;
    QPointer<QNetworkReply> m_reply;
    QUrl m_base;
    QByteArray m_secret;
};

// What the server's error body says ({"error":{"message"}}), else the reply's own error.
QString errorMessageOf(QNetworkReply *reply, const QByteArray &body);

} // namespace fm::studio::preview
