// SPDX-License-Identifier: MIT
#include "api/documents/documentjson.h"

#include "common/jsontext.h"
#include "data/document.h"

namespace fm::server::api {

namespace {

void appendKey(QByteArray &out, const QString &key, bool &first)
{
    if (!first)
        out += ',';
    first = false;
    fm::json::appendString(out, key);
    out += ':';
}

} // namespace

void appendDocumentJson(QByteArray &out, const fm::core::Document &doc)
{
    // QJsonObject keeps its keys sorted, as the document's two maps do: merge them,
    // a child table winning over a value of the same name as in Document::toJson().
    const QVariantMap &values = doc.values();
    const QStringList tables = doc.childTableFields();
    auto value = values.cbegin();
    qsizetype table = 0;
    bool first = true;
    out += '{';
    while (value != values.cend() || table < tables.size()) {
        const bool takeTable =
            table < tables.size() && (value == values.cend() || !(value.key() < tables.at(table)));
        if (!takeTable) {
            const qsizetype mark = out.size();
            const bool wasFirst = first;
            appendKey(out, value.key(), first);
            if (!fm::json::appendVariant(out, value.value())) {
                out.truncate(mark); // Undefined: no key, as QJsonObject::insert
                first = wasFirst;
            }
            ++value;
            continue;
        }
        const QString &key = tables.at(table++);
        if (value != values.cend() && value.key() == key)
            ++value;
        appendKey(out, key, first);
        out += '[';
        const QList<fm::core::Document> rows = doc.children(key);
        for (qsizetype i = 0; i < rows.size(); ++i) {
            if (i > 0)
                out += ',';
            appendDocumentJson(out, rows.at(i));
        }
        out += ']';
    }
    out += '}';
}

} // namespace fm::server::api
