// SPDX-License-Identifier: MIT
#include "api/module.h"

#include <QList>

#include <algorithm>

namespace fm::server::api {

namespace {

// Filled by static initialisers before main(); read once when the server starts.
QList<Module> &modules()
{
    static QList<Module> list;
    return list;
}

} // namespace

bool registerModule(const Module &module)
{
    modules().append(module);
    return true;
}

void installAll(http::Server &server, Services &services)
{
    QList<Module> ordered = modules();
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const Module &a, const Module &b) { return a.order < b.order; });
    for (const Module &module : ordered)
        module.install(server, services);
}

} // namespace fm::server::api
