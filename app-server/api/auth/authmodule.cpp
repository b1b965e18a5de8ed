// SPDX-License-Identifier: MIT
// The auth module: the credential chain (order 20), the CSRF check for cookie
// sessions (order 40, after the rate limits) and the /api/v1/auth routes; under --dev
// also the development sign-in (api/auth/devsigninroutes.h).
#include "api/auth/authroutes.h"
#include "api/auth/credentials.h"
#include "api/auth/devsigninroutes.h"
#include "api/module.h"
#include "http/server.h"

#include <memory>

namespace fm::server::api {

namespace {

using http::RequestContext;

void install(http::Server &server, Services &services)
{
    auto api = sharedAuthApi(services);
    server.use([api](RequestContext &context) { return authenticate(*api, context); });
    const auto bind = [api](http::Response (*handler)(AuthApi &, RequestContext &)) {
        return [api, handler](RequestContext &context) {
            return handler(*api, context);
        };
    };
    server.route("POST", QStringLiteral("/api/v1/auth/login"), bind(login));
    server.route("POST", QStringLiteral("/api/v1/auth/logout"), bind(logout));
    server.get(QStringLiteral("/api/v1/auth/me"), bind(me));
    server.get(QStringLiteral("/api/v1/auth/sessions"), bind(listSessions));
    server.route("DELETE", QStringLiteral("/api/v1/auth/sessions"), bind(revokeAllSessions));
    server.route("DELETE", QStringLiteral("/api/v1/auth/sessions/{id}"), bind(revokeSession));
    server.route("POST", QStringLiteral("/api/v1/auth/api-keys"), bind(createApiKey));
    server.get(QStringLiteral("/api/v1/auth/api-keys"), bind(listApiKeys));
    server.route("DELETE", QStringLiteral("/api/v1/auth/api-keys/{id}"), bind(revokeApiKey));
    server.route("POST", QStringLiteral("/api/v1/auth/password"), bind(changePassword));
    // Not registered at all without --dev: the path is then an ordinary 404.
    if (services.config.dev)
        installDevSignIn(server, api);
}

void installCsrf(http::Server &server, Services &services)
{
    auto api = sharedAuthApi(services);
    server.use([api](RequestContext &context) { return checkCsrf(*api, context); });
}

} // namespace

FM_API_MODULE(auth, 20, install);
FM_API_MODULE(csrf, 40, installCsrf);

} // namespace fm::server::api
