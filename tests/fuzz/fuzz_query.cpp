// SPDX-License-Identifier: MIT
// The list request's parameters as a client sends them: filters (JSON), order_by (text)
// and fields (JSON), parsed and compiled to SQL against a real DocType. Invariants: no
// crash, and every value ends up bound, never spliced into the SQL text.
// Input: filters NUL order_by NUL fields.
#include "fuzzsupport.h"

#include "data/doctypetable.h"
#include "data/querycompiler.h"
#include "db/sqlitedialect.h"
#include "meta/doctypeloader.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace fm::core;

namespace {

const DocTypeTable &table()
{
    static const FieldTypeRegistry types;
    static const SqliteDialect dialect;
    static const DocTypeTable built = [] {
        Diagnostics diagnostics;
        QFile file(QStringLiteral(FM_FUZZ_DOCTYPE));
        if (!file.open(QIODevice::ReadOnly))
            fuzz::fail("cannot read the fuzzed DocType", FM_FUZZ_DOCTYPE);
        const auto doctype =
            DocTypeLoader(types).loadJson(file.readAll(), file.fileName(), diagnostics);
        if (!doctype || hasErrors(diagnostics))
            fuzz::fail("the fuzzed DocType does not load");
        return DocTypeTable::build(*doctype, types, dialect);
    }();
    return built;
}

QJsonValue jsonOf(const QByteArray &text)
{
    // A bare JSON scalar or array is what clients send as often as an object.
    const QJsonDocument document = QJsonDocument::fromJson("[" + text + "]");
    return document.isArray() && !document.array().isEmpty() ? document.array().first()
                                                             : QJsonValue();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApplication();
    const QByteArrayList input = fuzz::parts(data, size, 3);
    static const SqliteDialect dialect;
    Query query;
    query.doctype = table().doctype;
    auto filters = Query::parseFilters(jsonOf(input[0]));
    auto orderBy = Query::parseOrderBy(QString::fromUtf8(input[1]));
    auto fields = Query::parseFields(jsonOf(input[2]));
    if (!filters || !orderBy || !fields)
        return 0;
    query.filters = *filters;
    query.orderBy = *orderBy;
    query.fields = *fields;
    const QueryCompiler compiler(table(), dialect);
    for (const auto &statement : {compiler.select(query), compiler.count(query)}) {
        if (!statement)
            continue;
        // Anything the client wrote as a value is bound: one placeholder per value.
        if (statement->sql.count(QLatin1Char('?')) != statement->values.size())
            fuzz::fail("a client value reached the SQL text", statement->sql.toUtf8());
    }
    return 0;
}
