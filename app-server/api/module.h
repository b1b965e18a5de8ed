// SPDX-License-Identifier: MIT
#pragma once

namespace fm::server::http {
class Server;
}

namespace fm::server::api {

struct Services;

// One area of the API (documents, auth, meta, metrics, ...) installs its routes,
// middlewares and response hooks through one of these. Modules register themselves
// with FM_API_MODULE, so adding an area touches no shared file. Middlewares run in
// module order, lowest first (CORS 10, auth 20, rate limits 30, CSRF 40, ...).
struct Module
{
    const char *name;
    int order;
    void (*install)(http::Server &server, Services &services);
};

// Adds a module to the list installAll() goes through; called from static objects.
bool registerModule(const Module &module);
// Installs every registered module in order.
void installAll(http::Server &server, Services &services);

} // namespace fm::server::api

#define FM_API_MODULE(id, order, install)                                                          \
    [[maybe_unused]] static const bool fmApiModule_##id =                                          \
        fm::server::api::registerModule({#id, order, install})
