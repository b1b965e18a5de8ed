// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace fm::core {
class MetaRegistry;
struct DocType;
struct Field;
} // namespace fm::core

namespace fm::server::api::meta {

// JSON Schema (draft 2020-12) of the documents of a DocType, as the REST API sends
// and takes them: one property per field typed by its field type (app-defined types
// by their base), the standard columns, Select choices as an enum, Password
// write-only, child tables as arrays of the child DocType's schema.
//
// `refBase` is where child schemas are referenced: empty gives a standalone schema
// with "$schema" and the children under "$defs" (GET /api/meta); OpenAPI passes
// "#/components/schemas/" and adds the children itself.
QJsonObject documentSchema(const fm::core::MetaRegistry &registry, const fm::core::DocType &doctype,
                           const QString &refBase = {});

// The schema of one field's value (without the standard columns).
QJsonObject fieldSchema(const fm::core::MetaRegistry &registry, const fm::core::Field &field,
                        const QString &refBase);

// The child DocTypes reachable from `doctype` through Table fields, each once.
QStringList childDocTypes(const fm::core::MetaRegistry &registry, const fm::core::DocType &doctype);

// A DocType's name as a schema key ("Sales Invoice" -> "SalesInvoice"): OpenAPI
// component names allow only letters, digits, '.', '-' and '_'.
QString schemaKey(const QString &doctypeName);

} // namespace fm::server::api::meta
