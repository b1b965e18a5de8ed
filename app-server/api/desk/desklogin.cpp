// SPDX-License-Identifier: MIT
// The Desk's sign-in: GET/POST /desk/login (password), POST /desk/login/link (magic
// link), POST /desk/logout. The checks are the API's own (AuthApi::checkPassword with
// its rate limits, SessionStore, requestMagicLink); these routes only turn forms into
// calls and answers into pages.
#include "api/desk/deskapi.h"
#include "auth/tokens.h"
#include "http/server.h"

#include <QUrl>

namespace fm::server::api {

namespace {

using http::RequestContext;
using http::Response;

QString field(const QUrlQuery &form, const char *name)
{
    return form.queryItemValue(QString::fromLatin1(name), QUrl::FullyDecoded);
}

// The login page with a fresh form token (cookie and hidden field).
Response loginPage(const DeskApi &desk, fm::desk::LoginForm form, int status = 200)
{
    form.csrfToken = fm::core::Tokens::generate();
    Response response = DeskApi::html(desk.views.login(form, status));
    response.headers.append({"Set-Cookie", desk.loginCookie(form.csrfToken)});
    return response;
}

// Login CSRF: the form's hidden token must equal its cookie twin, which only a page
// this server sent can hold (SameSite=Strict; another site can neither read nor set it).
bool formTokenMatches(const RequestContext &context, const QUrlQuery &form)
{
    const QString cookie = QString::fromLatin1(context.cookie(DeskApi::kLoginCookie));
    const QString given = field(form, "csrf_token");
    return !cookie.isEmpty() && fm::core::Tokens::equal(cookie, given);
}

fm::desk::LoginForm expired(const QString &next)
{
    fm::desk::LoginForm form;
    form.next = next;
    form.error =
        fm::desk::Desk::tr("This form expired or was not sent from this page; please try again.");
    return form;
}

Response showLogin(DeskApi &desk, RequestContext &context)
{
    fm::desk::LoginForm form;
    form.next = safeNext(context.query.queryItemValue(QStringLiteral("next"), QUrl::FullyDecoded));
    if (context.query.hasQueryItem(QStringLiteral("signed_out")))
        form.info = fm::desk::Desk::tr("You are signed out.");
    if (context.query.queryItemValue(QStringLiteral("link")) == u"invalid")
        form.error =
            fm::desk::Desk::tr("That sign-in link is unknown, used or expired; ask for a new one.");
    return loginPage(desk, form);
}

Response submitLogin(DeskApi &desk, RequestContext &context)
{
    const QUrlQuery form = context.form();
    const QString next = safeNext(field(form, "next"));
    if (!formTokenMatches(context, form))
        return loginPage(desk, expired(next), 403);
    const QString login = field(form, "username").trimmed();
    auto user = desk.auth->checkPassword(context, login, field(form, "password"));
    if (!user) {
        fm::desk::LoginForm again;
        again.next = next;
        again.username = login;
        // The API's own message: wrong credentials and the rate limit read the same.
        again.error = user.error().message();
        const int status = http::statusFor(user.error().code());
        Response response = loginPage(desk, again, status >= 500 ? 500 : status);
        if (status >= 500)
            response.logDetail = user.error().toText();
        return response;
    }
    auto session = desk.auth->sessions.create(user->name, context.peer.toString(),
                                              QString::fromUtf8(context.header("User-Agent")),
                                              std::chrono::hours(desk.auth->config.sessionHours));
    if (!session)
        return desk.errorPage(context, session.error());
    Response response = DeskApi::redirect(next);
    response.headers.append({"Set-Cookie", desk.auth->sessionCookie(session->token)});
    response.headers.append({"Set-Cookie", desk.loginCookie({})});
    return response;
}

Response requestLink(DeskApi &desk, RequestContext &context)
{
    const QUrlQuery form = context.form();
    if (!formTokenMatches(context, form))
        return loginPage(desk, expired(QStringLiteral("/desk")), 403);
    fm::desk::LoginForm answer;
    answer.next = QStringLiteral("/desk");
    auto sent = requestMagicLink(*desk.mail, context, field(form, "email").trimmed());
    if (!sent) {
        answer.error = sent.error().message();
        return loginPage(desk, answer, http::statusFor(sent.error().code()));
    }
    answer.info = *sent;
    return loginPage(desk, answer);
}

Response logout(DeskApi &desk, RequestContext &context)
{
    const fm::core::Principal &principal = context.principal;
    if (principal.isGuest())
        return DeskApi::redirect(QStringLiteral("/desk/login"));
    // The CSRF middleware has checked the form's csrf_token by now.
    if (principal.sessionId.isEmpty())
        return desk.errorPage(
            context,
            fm::Error(fm::ErrorCode::BadRequest,
                      fm::desk::Desk::tr("This browser signed in without a session (%1); close it "
                                         "to sign out.")
                          .arg(methodName(principal.method))));
    if (auto revoked = desk.auth->sessions.revoke(principal.sessionId); !revoked)
        return desk.errorPage(context, revoked.error());
    Response response = DeskApi::redirect(QStringLiteral("/desk/login?signed_out=1"));
    response.headers.append({"Set-Cookie", desk.auth->sessionCookie({})});
    return response;
}

} // namespace

void installDeskLogin(http::Server &server, const std::shared_ptr<DeskApi> &desk)
{
    const auto bind = [desk](Response (*handler)(DeskApi &, RequestContext &)) {
        return [desk, handler](RequestContext &context) {
            return handler(*desk, context);
        };
    };
    server.get(QStringLiteral("/desk/login"), bind(showLogin));
    server.route("POST", QStringLiteral("/desk/login"), bind(submitLogin));
    server.route("POST", QStringLiteral("/desk/login/link"), bind(requestLink));
    server.route("POST", QStringLiteral("/desk/logout"), bind(logout));
}

} // namespace fm::server::api
