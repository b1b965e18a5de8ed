// SPDX-License-Identifier: MIT
#pragma once

#include "api/services.h"
#include "common/error.h"
#include "http/requestcontext.h"

#include <memory>

namespace fm::server::api {

// The magic-link sign-in's state (its rate limits and background sender), one per
// server, shared by POST /api/v1/auth/magic-link and the Desk's login page.
struct MailApi;
std::shared_ptr<MailApi> sharedMailApi(Services &services);

// Asks for a sign-in link for `email`, exactly as POST /api/v1/auth/magic-link does:
// the same rate limits, the same check of the Host the link will point at, the same
// answer whether or not the address has an account (the mail goes out in the
// background). The message to show on success.
fm::Result<QString> requestMagicLink(MailApi &api, const http::RequestContext &context,
                                     const QString &email);

} // namespace fm::server::api
