// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace fm::core {
class MetaRegistry;
struct DocType;
} // namespace fm::core

namespace fm::server::api::meta {

struct OpenApiOptions
{
    QString title = QStringLiteral("Framework M API");
    QString version;    // info.version: the server's version
    bool dev = false;   // `m start --dev`: documents the dev-only routes too
    QStringList routes; // servedRoutes() ("GET /health", ...), published as "x-fm-routes"
};

// The OpenAPI 3.1 document of the REST API: the fixed routes (auth, RPC, share,
// meta, operations) and, for each DocType in `doctypes` that is an API resource and
// not a child, its CRUD routes (submit/cancel/amend when submittable) under its slug
// with its JSON Schema as a component. One error body, one list envelope, and the
// security schemes (session cookie + X-CSRF-Token, bearer, API key, basic).
QJsonObject openApiDocument(const fm::core::MetaRegistry &registry,
                            const QList<const fm::core::DocType *> &doctypes,
                            const OpenApiOptions &options);

} // namespace fm::server::api::meta
