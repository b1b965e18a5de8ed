// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>

namespace fm::core {
class Document;
}

namespace fm::server::api {

// A document as compact JSON text, byte for byte what
// QJsonDocument(doc.toJson()).toJson(QJsonDocument::Compact) gives (keys in order, Qt's
// escapes and number formats), written straight from the document's values: a list of
// 20 spent a third of its time building QJsonObjects only to print them (ADR 0274).
// Values of a type it does not know go through QJsonValue, so the text never differs.
void appendDocumentJson(QByteArray &out, const fm::core::Document &doc);

} // namespace fm::server::api
