// SPDX-License-Identifier: MIT
#include "preview/previewsession.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace fm::studio::preview {

namespace {

const QString kDeskPath = QStringLiteral("/desk");
const QString kDocsPath = QStringLiteral("/api/docs");
const QString kSignInPath = QStringLiteral("/api/v1/dev/sign-in");

int statusOf(QNetworkReply *reply)
{
    return reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
}

} // namespace

QString errorMessageOf(QNetworkReply *reply, const QByteArray &body)
{
    const QJsonObject error =
        QJsonDocument::fromJson(body).object().value(QStringLiteral("error")).toObject();
    const QString message = error.value(QStringLiteral("message")).toString();
    if (!message.isEmpty())
        return message;
    return reply->errorString();
}

PreviewSession::PreviewSession(QObject *parent)
    : QObject(parent)
{
    // The server is on this machine: a proxy from the environment must not see the secret.
    m_network.setProxy(QNetworkProxy::NoProxy);
}

void PreviewSession::cancel()
{
    if (m_reply) {
        QNetworkReply *reply = m_reply;
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

QNetworkReply *PreviewSession::send(const QUrl &url, const QByteArray &body)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(kTimeoutMs);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    if (body.isNull())
        return m_network.get(request);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    return m_network.post(request, body);
}

void PreviewSession::prepare(const QUrl &base, const QByteArray &secret, const QString &path)
{
    cancel();
    m_base = base;
    m_secret = secret;
    if (!path.isEmpty()) {
        signIn(path);
        return;
    }
    QUrl desk = base;
    desk.setPath(kDeskPath);
    QNetworkReply *reply = send(desk);
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        m_reply = nullptr;
        // Anything but a page (404 until the Desk exists, a refusal, no answer) means the
        // API docs, which every server has.
        signIn(statusOf(reply) == 200 ? kDeskPath : kDocsPath);
    });
}

void PreviewSession::signIn(const QString &path)
{
    const QUrl page = m_base.resolved(QUrl(path));
    if (m_secret.isEmpty()) {
        emit ready(page);
        return;
    }
    QUrl trade = m_base;
    trade.setPath(kSignInPath);
    const QByteArray body =
        QJsonDocument(QJsonObject{{QStringLiteral("secret"), QString::fromUtf8(m_secret)}})
            .toJson(QJsonDocument::Compact);
    QNetworkReply *reply = send(trade, body);
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, [this, reply, path, page] {
        reply->deleteLater();
        m_reply = nullptr;
        const QByteArray answer = reply->readAll();
        const QString url = QJsonDocument::fromJson(answer)
                                .object()
                                .value(QStringLiteral("data"))
                                .toObject()
                                .value(QStringLiteral("url"))
                                .toString();
        if (statusOf(reply) != 201 || url.isEmpty()) {
            emit problem(QStringLiteral("warning"),
                         tr("The preview is not signed in: the server refused the development "
                            "sign-in (%1).")
                             .arg(errorMessageOf(reply, answer)));
            emit ready(page);
            return;
        }
        QUrl redeem = m_base.resolved(QUrl(url));
        redeem.setQuery(redeem.query(QUrl::FullyEncoded) + QStringLiteral("&next=") +
                            QString::fromLatin1(QUrl::toPercentEncoding(path)),
                        QUrl::StrictMode);
        emit ready(redeem);
    });
}

} // namespace fm::studio::preview
