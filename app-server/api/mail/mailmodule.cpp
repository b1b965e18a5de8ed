// SPDX-License-Identifier: MIT
// The mail module: magic-link sign-in and, under `m start --dev`, the dev mailbox.
// Order 70: after authentication and CSRF, so their middlewares have run.
#include "api/auth/authapi.h"
#include "api/documents/apiutil.h"
#include "api/mail/magiclinkapi.h"
#include "api/module.h"
#include "api/services.h"
#include "http/server.h"
#include "mail/emailqueue.h"
#include "mail/magiclink.h"
#include "project/sitecontext.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QThreadPool>

#include <chrono>
#include <memory>

namespace fm::server::api {

using fm::core::RateLimiter;

namespace {

using http::RequestContext;
using http::Response;

// Requests per address and per client in any 15 minutes. Every request counts, found
// address or not, so the limit itself tells nothing about accounts either.
constexpr RateLimiter::Limit kRequestsPerAddress{5, std::chrono::minutes(15)};
constexpr RateLimiter::Limit kRequestsPerIp{20, std::chrono::minutes(15)};
constexpr int kMailboxDefaultLimit = 20;
constexpr int kMailboxMaxLimit = 500;

const QString kAccepted =
    QStringLiteral("If the address belongs to an account, a link is on its way.");

} // namespace

struct MailApi
{
    explicit MailApi(Services &services)
        : site(services.site)
        , links(services.site.service())
        , auth(services)
        , perAddress(kRequestsPerAddress)
        , perIp(kRequestsPerIp)
    {
        // One at a time is plenty for a rate-limited route; destroyed (and so waited
        // for) with the server, before the site it writes to.
        background.setMaxThreadCount(1);
    }

    fm::core::SiteContext &site;
    fm::core::MagicLink links;
    // Login's sessions, cookie and limits; its per-IP counter here counts wrong links
    // (a budget of the same size as login's, kept apart from it).
    AuthApi auth;
    RateLimiter perAddress;
    RateLimiter perIp;
    QThreadPool background;
};

namespace {

// Where the link in the mail points: the site's public_url when it is set (production);
// else the address the client reached us at, a Host the HostPolicy already allowed, and
// only a plain host[:port], so it cannot smuggle a path or a second URL into the mail
// (docs/adr/0120).
fm::Result<QString> baseUrl(const RequestContext &context, const ServerConfig &config)
{
    if (!config.publicUrl.isEmpty())
        return config.publicUrl;
    static const QRegularExpression hostPort(
        QStringLiteral("^([A-Za-z0-9.-]+|\\[[0-9A-Fa-f:.]+\\])(:[0-9]{1,5})?$"));
    const QString host = QString::fromLatin1(context.header("Host"));
    if (!hostPort.match(host).hasMatch()) {
        return fm::fail(fm::ErrorCode::BadRequest,
                        QStringLiteral("The Host header is missing or not a host[:port]; send "
                                       "the address you reach this server at."));
    }
    return (config.secureCookies ? QStringLiteral("https://") : QStringLiteral("http://")) + host;
}

} // namespace

fm::Result<QString> requestMagicLink(MailApi &api, const RequestContext &context,
                                     const QString &email)
{
    if (email.isEmpty()) {
        return fm::fail(fm::ErrorCode::BadRequest,
                        QStringLiteral("Give the account's e-mail address: "
                                       "{\"email\": \"you@example.com\"}."));
    }
    auto base = baseUrl(context, api.auth.config);
    if (!base)
        return fm::fail(base.error());
    const QString addressKey = email.toLower();
    const QString ipKey = context.peer.toString();
    for (const auto &[limiter, key] :
         {std::pair{&api.perIp, ipKey}, {&api.perAddress, addressKey}}) {
        if (auto allowed = limiter->check(key); !allowed)
            return fm::fail(allowed.error());
    }
    api.perIp.recordFailure(ipKey);
    api.perAddress.recordFailure(addressKey);
    // The lookup and the writes happen after the answer, so neither the answer nor its
    // timing tells whether the address has an account (docs/adr/0120).
    api.background.start([&api, email, url = *base, id = context.requestId] {
        if (auto sent = api.links.request(email, url); !sent) {
            qWarning().noquote() << "magic link request" << id
                                 << "failed:" << sent.error().toText();
        }
    });
    return kAccepted;
}

std::shared_ptr<MailApi> sharedMailApi(Services &services)
{
    static std::weak_ptr<MailApi> current;
    std::shared_ptr<MailApi> api = current.lock();
    if (!api) {
        api = std::make_shared<MailApi>(services);
        current = api;
    }
    return api;
}

namespace {

Response requestLink(MailApi &api, RequestContext &context)
{
    auto body = jsonOnlyBody(context);
    if (!body)
        return errorResponse(body.error(), context);
    auto accepted =
        requestMagicLink(api, context, body->value(QStringLiteral("email")).toString().trimmed());
    if (!accepted)
        return errorResponse(accepted.error(), context);
    return dataResponse(202, QJsonObject{{QStringLiteral("message"), *accepted}});
}

// A browser that opened the link from the mail goes on to the Desk (signed in) or to
// its login page saying the link did not work; API clients get JSON as before.
Response toDesk(const RequestContext &context, Response answer)
{
    if (!context.acceptsHtml())
        return answer;
    Response response;
    response.status = 303;
    response.mimeType.clear();
    const bool signedIn = answer.status == 200;
    response.headers.append(
        {QByteArray("Location"), QByteArray(signedIn ? "/desk" : "/desk/login?link=invalid")});
    for (const auto &[name, value] : answer.headers) {
        if (name.compare("Set-Cookie", Qt::CaseInsensitive) == 0)
            response.headers.append({name, value});
    }
    // The URL held a token: keep it out of caches and out of the next page's Referer.
    response.headers.append({QByteArray("Cache-Control"), QByteArray("no-store")});
    return response;
}

// Answers like POST /api/v1/auth/login: the same body and the same session cookie.
Response redeemJson(MailApi &api, RequestContext &context)
{
    // Wrong links are limited per client like wrong passwords (fm::core::SignIn).
    auto signedIn =
        api.auth.signIn.redeemMagicLink(api.links, context.param(QStringLiteral("token")),
                                        AuthApi::client(context), api.auth.sessionLifetime());
    if (!signedIn)
        return errorResponse(signedIn.error(), context);
    return api.auth.signedIn(signedIn->user, signedIn->session);
}

Response redeemLink(MailApi &api, RequestContext &context)
{
    return toDesk(context, redeemJson(api, context));
}

bool isLoopback(const QHostAddress &peer)
{
    bool mapped = false;
    const quint32 v4 = peer.toIPv4Address(&mapped);
    return mapped ? QHostAddress(v4).isLoopback() : peer.isLoopback();
}

Response mailbox(MailApi &api, RequestContext &context)
{
    if (!isLoopback(context.peer)) {
        return errorResponse(fm::Error(fm::ErrorCode::PermissionDenied,
                                       QStringLiteral("The dev mailbox answers only to this "
                                                      "machine; open it from the server's host "
                                                      "or use `m mail list` there.")),
                             context);
    }
    int limit = kMailboxDefaultLimit;
    if (context.query.hasQueryItem(QStringLiteral("limit"))) {
        bool ok = false;
        limit = context.query.queryItemValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1 || limit > kMailboxMaxLimit) {
            return errorResponse(fm::Error(fm::ErrorCode::BadRequest,
                                           QStringLiteral("limit must be a whole number from 1 "
                                                          "to %1.")
                                               .arg(kMailboxMaxLimit)),
                                 context);
        }
    }
    auto mails = fm::core::EmailQueue(api.site.service()).latest(limit);
    if (!mails)
        return errorResponse(mails.error(), context);
    QJsonArray data;
    for (const auto &mail : *mails)
        data.append(mail.toJson());
    return dataResponse(200, data);
}

void install(http::Server &server, Services &services)
{
    auto api = sharedMailApi(services);
    server.route("POST", QStringLiteral("/api/v1/auth/magic-link"),
                 [api](RequestContext &context) { return requestLink(*api, context); });
    server.get(QStringLiteral("/api/v1/auth/magic-link/{token}"),
               [api](RequestContext &context) { return redeemLink(*api, context); });
    // Not registered at all without --dev: the path is then an ordinary 404.
    if (services.config.dev) {
        server.get(QStringLiteral("/api/v1/dev/mailbox"),
                   [api](RequestContext &context) { return mailbox(*api, context); });
    }
}

} // namespace

FM_API_MODULE(mail, 70, install);

} // namespace fm::server::api
