// SPDX-License-Identifier: MIT
#pragma once

#include "api/auth/authapi.h"

#include <optional>

namespace fm::server::api {

// The auth middleware (order 20): sets context.principal from the first credential the
// request carries, in this order: the fm_session cookie, `Authorization: Bearer`,
// `Authorization: token <key>:<secret>`, `Authorization: Basic`, the trusted gateway
// header (only from a trusted proxy). None: the guest. The sign-in routes (API and
// /desk/login) skip this, so stale credentials never block a login. A credential that is wrong,
// expired or revoked ends the request with 401 UNAUTHORIZED.
std::optional<http::Response> authenticate(AuthApi &api, http::RequestContext &context);

// The CSRF middleware (order 40): a POST, PUT, PATCH or DELETE authenticated by the
// session cookie needs the session's CSRF token in X-CSRF-Token (or, for an HTML form
// post, in its field csrf_token), else 403 FORBIDDEN.
std::optional<http::Response> checkCsrf(AuthApi &api, http::RequestContext &context);

} // namespace fm::server::api
