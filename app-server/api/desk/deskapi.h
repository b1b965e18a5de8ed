// SPDX-License-Identifier: MIT
#pragma once

#include "api/auth/authapi.h"
#include "api/mail/magiclinkapi.h"
#include "deskstrings.h"
#include "deskviews.h"
#include "http/requestcontext.h"
#include "http/response.h"

#include <memory>

namespace fm::server::http {
class Server;
}

namespace fm::server::api {

// What the Desk's routes share: the views (libdesk, no HTTP in them), the server's
// one AuthApi (so the login page has the API's sessions, cookie and rate limits) and
// the magic-link sender. The routes only translate HTTP to views and back.
struct DeskApi
{
    DeskApi(Services &services, fm::desk::DeskViews views);

    // Strict: no inline script or style, nothing from elsewhere, forms only to us,
    // never framed (docs/adr/0231).
    static inline const QByteArray kContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
    // The login form's CSRF token lives in this cookie and in a hidden field.
    static inline const QByteArray kLoginCookie = "fm_desk_login";

    Services &services;
    std::shared_ptr<AuthApi> auth;
    std::shared_ptr<MailApi> mail;
    fm::desk::DeskViews views;

    // The signed-in principal with the name and CSRF token the page header needs.
    fm::desk::Viewer viewer(const http::RequestContext &context) const;

    // A page as text/html with the Desk's CSP; never cached (it holds the user's data).
    static http::Response html(const fm::desk::Page &page);
    static http::Response redirect(const QString &location);
    // To /desk/login, with `next` = the page asked for.
    static http::Response signIn(const http::RequestContext &context);
    // An error page with the status the API gives `error`; a 500 hides its cause.
    http::Response errorPage(const http::RequestContext &context, const fm::Error &error) const;

    // "fm_desk_login=<token>; HttpOnly; SameSite=Strict; Path=/desk/login; ..."; an
    // empty token clears it.
    QByteArray loginCookie(const QString &token) const;
};

// `next` from a form or query when it is a path on this server, else /desk: a login
// never sends anyone to another site.
QString safeNext(const QString &next);

void installDeskLogin(http::Server &server, const std::shared_ptr<DeskApi> &desk);
// Form posts, deletes, bulk actions and the scripts' lookups (deskforms.cpp).
void installDeskForms(http::Server &server, const std::shared_ptr<DeskApi> &desk);
// /desk/live, the live views' WebSocket (desklive.cpp).
void installDeskLive(http::Server &server, const std::shared_ptr<DeskApi> &desk);

} // namespace fm::server::api
