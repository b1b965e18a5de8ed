// SPDX-License-Identifier: MIT
#pragma once

#include "api/auth/authapi.h"

namespace fm::server::api {

// The /api/v1/auth routes (docs/guide/authentication.md).
http::Response login(AuthApi &api, http::RequestContext &context);
http::Response logout(AuthApi &api, http::RequestContext &context);
http::Response me(AuthApi &api, http::RequestContext &context);
http::Response listSessions(AuthApi &api, http::RequestContext &context);
http::Response revokeSession(AuthApi &api, http::RequestContext &context);
http::Response revokeAllSessions(AuthApi &api, http::RequestContext &context);
// api/auth/apikeyroutes.cpp: a user's own API keys.
http::Response createApiKey(AuthApi &api, http::RequestContext &context);
http::Response listApiKeys(AuthApi &api, http::RequestContext &context);
http::Response revokeApiKey(AuthApi &api, http::RequestContext &context);
http::Response changePassword(AuthApi &api, http::RequestContext &context);

} // namespace fm::server::api
