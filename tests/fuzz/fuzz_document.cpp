// SPDX-License-Identifier: MIT
// A JSON request body for a document (POST/PUT /api/v1/{doctype}), turned into a Document
// and every value coerced to its field's canonical form, as DocumentService does before it
// touches the database. Invariants: no crash; a canonical value coerces to itself.
#include "fuzzsupport.h"

#include "data/document.h"
#include "data/fieldvalidator.h"
#include "meta/doctypeloader.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using namespace fm::core;

namespace {

const DocType &doctype()
{
    static const DocType loaded = [] {
        Diagnostics diagnostics;
        QFile file(QStringLiteral(FM_FUZZ_DOCTYPE));
        if (!file.open(QIODevice::ReadOnly))
            fuzz::fail("cannot read the fuzzed DocType", FM_FUZZ_DOCTYPE);
        static const FieldTypeRegistry types;
        const auto doctype =
            DocTypeLoader(types).loadJson(file.readAll(), file.fileName(), diagnostics);
        if (!doctype || hasErrors(diagnostics))
            fuzz::fail("the fuzzed DocType does not load");
        return *doctype;
    }();
    return loaded;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    fuzz::ensureApplication();
    static const FieldTypeRegistry types;
    const QJsonDocument json =
        QJsonDocument::fromJson(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!json.isObject())
        return 0;
    const Document document = Document::fromJson(doctype().name, json.object());
    for (const Field &field : doctype().fields) {
        const FieldTypeInfo type = types.type(field.fieldtype);
        if (!type.isValid())
            continue;
        QVariant canonical;
        if (FieldValidator::coerce(field, type, document.value(field.fieldname), canonical))
            continue; // refused, with a message: fine
        QVariant again;
        if (FieldValidator::coerce(field, type, canonical, again) || again != canonical)
            fuzz::fail("a canonical value does not coerce to itself",
                       field.fieldname.toUtf8() + ": " + canonical.toString().toUtf8());
    }
    return 0;
}
