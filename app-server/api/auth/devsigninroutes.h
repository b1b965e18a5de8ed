// SPDX-License-Identifier: MIT
#pragma once

#include "api/auth/authapi.h"

#include <memory>

namespace fm::server::http {
class Server;
}

namespace fm::server::api {

// The development sign-in of `m start --dev` (docs/adr/0205), for the Studio's preview:
//   POST /api/v1/dev/sign-in {"secret"} -> 201 {"data":{"token","user","expires_in","url"}}
//   GET  /api/v1/dev/sign-in?token=...&next=/desk -> 303 to `next` with the session cookie
// Both answer only to a loopback peer without proxy headers. The secret is read once from
// FM_DEV_SIGNIN_SECRET and removed from the environment. Call only under --dev: without
// it the paths are not routes at all.
void installDevSignIn(http::Server &server, const std::shared_ptr<AuthApi> &auth);

} // namespace fm::server::api
