// SPDX-License-Identifier: MIT
// A DocType file, as `m check`, the Studio and `m migrate` read it. Invariants: no crash;
// a file that loads without errors can be formatted (`m format`), and formatting is
// idempotent (the canonical text formats to itself).
#include "fuzzsupport.h"

#include "meta/doctypeformat.h"
#include "meta/doctypeloader.h"

using namespace fm::core;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApplication();
    static const FieldTypeRegistry types;
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    Diagnostics diagnostics;
    const auto doctype =
        DocTypeLoader(types).loadJson(json, QStringLiteral("fuzz.json"), diagnostics);
    if (!doctype || hasErrors(diagnostics))
        return 0;
    Diagnostics formatting;
    const auto canonical =
        canonicalDocTypeText(json, QStringLiteral("fuzz.json"), types, formatting);
    if (!canonical)
        fuzz::fail("a DocType that loads without errors cannot be formatted", json);
    Diagnostics again;
    const auto twice = canonicalDocTypeText(*canonical, QStringLiteral("fuzz.json"), types, again);
    if (!twice || *twice != *canonical)
        fuzz::fail("formatting is not idempotent", *canonical);
    return 0;
}
