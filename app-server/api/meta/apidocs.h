// SPDX-License-Identifier: MIT
#pragma once

#include "http/response.h"

#include <QString>

namespace fm::server::api::meta {

// The documentation page (GET /api/docs) and its files (GET /api/docs/assets/{file})
// from the resource :/fm/apidocs that cmake/FmWebAssets.cmake bundles into `m`.
// Both carry a Content-Security-Policy that lets the page load its own scripts,
// styles and images, and nothing from elsewhere.
http::Response apiDocsPage(const QString &requestId);
http::Response apiDocsAsset(const QString &file, const QString &requestId);

// The Content-Type for a file name by its extension ("app.js" -> JavaScript).
QByteArray contentTypeFor(const QString &fileName);

} // namespace fm::server::api::meta
