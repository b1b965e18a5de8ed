// SPDX-License-Identifier: MIT
#include "api/desk/deskapi.h"

#include "auth/devsignin.h"
#include "auth/livejointoken.h"
#include "auth/userdirectory.h"

#include <QUrl>

namespace fm::server::api {

using http::RequestContext;
using http::Response;

DeskApi::DeskApi(Services &services, fm::desk::DeskViews views)
    : services(services)
    , auth(sharedAuthApi(services))
    , mail(sharedMailApi(services))
    , views(std::move(views))
{}

fm::desk::Viewer DeskApi::viewer(const RequestContext &context) const
{
    fm::desk::Viewer viewer{context.principal, context.principal.user, {}, {}};
    if (auto user = auth->passwords.users().find(context.principal.user); user && *user) {
        if (!(*user)->fullName.isEmpty())
            viewer.display = (*user)->fullName;
    }
    if (context.principal.method == fm::core::Principal::Method::Session) {
        const QString token = QString::fromLatin1(context.cookie(AuthApi::kCookie));
        viewer.csrfToken = fm::core::SessionStore::csrfTokenFor(token);
        // Only a cookie session can join: the live connection carries the same cookie. The
        // answer to a form post is not at its view's URL (/desk/x/bulk), so it stays still.
        if (context.method == "GET")
            viewer.liveToken = fm::core::LiveJoinToken::issue(token, context.principal.sessionId);
    }
    return viewer;
}

Response DeskApi::html(const fm::desk::Page &page)
{
    Response response;
    response.status = page.status;
    response.mimeType = "text/html; charset=utf-8";
    response.body = page.html.toUtf8();
    response.headers = {{"Content-Security-Policy", kContentSecurityPolicy},
                        {"Cache-Control", "no-store"},
                        {"Referrer-Policy", "same-origin"}};
    return response;
}

Response DeskApi::redirect(const QString &location)
{
    Response response;
    response.status = 303;
    response.mimeType.clear();
    response.headers = {{"Location", QUrl(location).toEncoded()}, {"Cache-Control", "no-store"}};
    return response;
}

Response DeskApi::signIn(const RequestContext &context)
{
    QString asked = QString::fromUtf8(context.encodedPath);
    if (const QString query = context.query.toString(QUrl::FullyEncoded); !query.isEmpty())
        asked += u'?' + query;
    Response response = redirect(QStringLiteral("/desk/login"));
    // Built as bytes: QUrl would decode the %2F and %3F of `next` again.
    response.headers.first().second = "/desk/login?next=" + QUrl::toPercentEncoding(asked);
    return response;
}

Response DeskApi::errorPage(const RequestContext &context, const fm::Error &error) const
{
    const int status = http::statusFor(error.code());
    QString message = error.message();
    if (status >= 500) {
        // As in the API: the cause may hold SQL or paths; the log has it.
        message = fm::desk::Desk::tr("The server failed to show this page. The server log has the "
                                     "details under request %1.")
                      .arg(context.requestId);
    }
    const fm::desk::Viewer who = viewer(context);
    Response response =
        html(views.error(context.principal.isGuest() ? nullptr : &who, status, message));
    if (status >= 500)
        response.logDetail = error.toText();
    return response;
}

QByteArray DeskApi::loginCookie(const QString &token) const
{
    QByteArray cookie = kLoginCookie + '=' + token.toLatin1() +
                        "; HttpOnly; SameSite=Strict; Path=/desk/login; Max-Age=" +
                        (token.isEmpty() ? "0" : "7200");
    if (auth->config.secureCookies)
        cookie += "; Secure";
    return cookie;
}

QString safeNext(const QString &next)
{
    if (next.isEmpty())
        return QStringLiteral("/desk");
    auto safe = fm::core::DevSignIn::safeNextPath(next);
    return safe ? *safe : QStringLiteral("/desk");
}

} // namespace fm::server::api
