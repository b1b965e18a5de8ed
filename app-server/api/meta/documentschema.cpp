// SPDX-License-Identifier: MIT
#include "api/meta/documentschema.h"

#include "meta/metaregistry.h"

#include <QJsonArray>

namespace fm::server::api::meta {

using fm::core::DocType;
using fm::core::Field;
using fm::core::MetaRegistry;

namespace {

QJsonObject typed(const QString &type, const QString &format = {})
{
    QJsonObject schema{{QStringLiteral("type"), type}};
    if (!format.isEmpty())
        schema.insert(QStringLiteral("format"), format);
    return schema;
}

QJsonObject readOnly(QJsonObject schema, const QString &description)
{
    schema.insert(QStringLiteral("readOnly"), true);
    schema.insert(QStringLiteral("description"), description);
    return schema;
}

// The columns every document has beside its fields (reservedFieldnames()).
void addStandardColumns(const DocType &doctype, QJsonObject &properties)
{
    const QString string = QStringLiteral("string");
    properties.insert(QStringLiteral("name"),
                      QJsonObject{{QStringLiteral("type"), string},
                                  {QStringLiteral("description"),
                                   QStringLiteral("The document's name, its key in URLs. Set by "
                                                  "the naming rule unless the DocType asks "
                                                  "for it.")}});
    if (doctype.isChild) {
        properties.insert(QStringLiteral("idx"),
                          readOnly(typed(QStringLiteral("integer")),
                                   QStringLiteral("Position of the row, from 1.")));
        for (const char *column : {"parent", "parenttype", "parentfield"}) {
            properties.insert(QLatin1String(column),
                              readOnly(typed(string), QStringLiteral("Set from the parent.")));
        }
        return;
    }
    properties.insert(QStringLiteral("owner"),
                      readOnly(typed(string), QStringLiteral("The user who created it.")));
    properties.insert(QStringLiteral("creation"),
                      readOnly(typed(string, QStringLiteral("date-time")),
                               QStringLiteral("When it was created (UTC).")));
    properties.insert(QStringLiteral("modified"),
                      readOnly(typed(string, QStringLiteral("date-time")),
                               QStringLiteral("When it was last saved (UTC).")));
    properties.insert(QStringLiteral("modified_by"),
                      readOnly(typed(string), QStringLiteral("The user who saved it last.")));
    QJsonObject docstatus = readOnly(typed(QStringLiteral("integer")),
                                     QStringLiteral("0 draft, 1 submitted, 2 cancelled."));
    docstatus.insert(QStringLiteral("enum"), QJsonArray{0, 1, 2});
    properties.insert(QStringLiteral("docstatus"), docstatus);
    if (doctype.concurrency == fm::core::Concurrency::Optimistic) {
        QJsonObject version = typed(QStringLiteral("integer"));
        version.insert(QStringLiteral("minimum"), 0);
        version.insert(QStringLiteral("description"),
                       QStringLiteral("Increases on every save. Send it back with an update "
                                      "(or as If-Match) to get 409 VERSION_CONFLICT instead "
                                      "of overwriting someone else's change."));
        properties.insert(QStringLiteral("_version"), version);
    }
    if (doctype.isSubmittable) {
        properties.insert(
            QStringLiteral("amended_from"),
            readOnly(
                QJsonObject{{QStringLiteral("type"), QJsonArray{string, QStringLiteral("null")}}},
                QStringLiteral("The cancelled document this one amends; null unless "
                               "it is an amendment.")));
    }
}

// The schema of a value by the built-in type it is stored and validated as.
QJsonObject valueSchema(const QString &base, const Field &field)
{
    const QString string = QStringLiteral("string");
    if (base == QLatin1String("Int") || base == QLatin1String("Duration") ||
        base == QLatin1String("Rating"))
        return typed(QStringLiteral("integer"));
    if (base == QLatin1String("Float") || base == QLatin1String("Currency") ||
        base == QLatin1String("Percent"))
        return typed(QStringLiteral("number"));
    if (base == QLatin1String("Check"))
        return typed(QStringLiteral("boolean"));
    if (base == QLatin1String("Date"))
        return typed(string, QStringLiteral("date"));
    if (base == QLatin1String("Datetime"))
        return typed(string, QStringLiteral("date-time"));
    if (base == QLatin1String("Time")) {
        // JSON Schema's "time" format wants a UTC offset; ours is a wall-clock time.
        QJsonObject schema = typed(string);
        schema.insert(QStringLiteral("pattern"), QStringLiteral("^\\d{2}:\\d{2}(:\\d{2})?$"));
        return schema;
    }
    if (base == QLatin1String("Email"))
        return typed(string, QStringLiteral("email"));
    if (base == QLatin1String("URL"))
        return typed(string, QStringLiteral("uri"));
    if (base == QLatin1String("JSON"))
        return {}; // any JSON value
    if (base == QLatin1String("Select")) {
        QJsonObject schema = typed(string);
        schema.insert(QStringLiteral("enum"), QJsonArray::fromStringList(field.selectOptions()));
        return schema;
    }
    if (base == QLatin1String("Password")) {
        QJsonObject schema = typed(string);
        schema.insert(QStringLiteral("writeOnly"), true);
        return schema;
    }
    return typed(string);
}

// Optional fields may be sent or come back as null.
QJsonObject nullable(QJsonObject schema)
{
    if (schema.contains(QStringLiteral("enum"))) {
        QJsonArray choices = schema.value(QStringLiteral("enum")).toArray();
        choices.append(QJsonValue::Null);
        schema.insert(QStringLiteral("enum"), choices);
    }
    const QJsonValue type = schema.value(QStringLiteral("type"));
    if (type.isString())
        schema.insert(QStringLiteral("type"), QJsonArray{type, QStringLiteral("null")});
    return schema;
}

bool isRequired(const Field &field)
{
    return field.required && !field.hasDefault() && !field.readOnly;
}

void collectChildren(const MetaRegistry &registry, const DocType &doctype, QStringList &found)
{
    for (const Field &field : doctype.fields) {
        if (!registry.fieldTypes().type(field.fieldtype).isTable || found.contains(field.options))
            continue;
        found << field.options;
        if (const DocType *child = registry.doctype(field.options))
            collectChildren(registry, *child, found);
    }
}

} // namespace

QStringList childDocTypes(const MetaRegistry &registry, const DocType &doctype)
{
    QStringList found;
    collectChildren(registry, doctype, found);
    return found;
}

QString schemaKey(const QString &doctypeName)
{
    QString key;
    for (const QChar c : doctypeName) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            key += c;
        else if (c == QLatin1Char('.') || c == QLatin1Char('-') || c == QLatin1Char('_'))
            key += c;
    }
    return key;
}

QJsonObject fieldSchema(const MetaRegistry &registry, const Field &field, const QString &refBase)
{
    const fm::core::FieldTypeInfo type = registry.fieldTypes().type(field.fieldtype);
    const QString base = type.isValid() ? type.base : field.fieldtype;
    QJsonObject schema;
    if (type.isTable) {
        const QString ref =
            (refBase.isEmpty() ? QStringLiteral("#/$defs/") : refBase) + schemaKey(field.options);
        schema = typed(QStringLiteral("array"));
        schema.insert(QStringLiteral("items"), QJsonObject{{QStringLiteral("$ref"), ref}});
        if (field.required)
            schema.insert(QStringLiteral("minItems"), 1);
    } else {
        schema = valueSchema(base, field);
        if (type.supportsLength && field.length)
            schema.insert(QStringLiteral("maxLength"), *field.length);
        if (type.supportsRange && field.min)
            schema.insert(QStringLiteral("minimum"), *field.min);
        if (type.supportsRange && field.max)
            schema.insert(QStringLiteral("maximum"), *field.max);
        // Patterns must match the whole value; with the type's own pattern both apply.
        QJsonArray patterns;
        for (const QString &pattern :
             {type.pattern, type.supportsPattern ? field.pattern : QString()}) {
            if (!pattern.isEmpty())
                patterns.append(QJsonObject{
                    {QStringLiteral("pattern"), QStringLiteral("^(?:%1)$").arg(pattern)}});
        }
        if (patterns.size() == 1)
            schema.insert(QStringLiteral("pattern"), patterns.first()[QStringLiteral("pattern")]);
        else if (patterns.size() > 1)
            schema.insert(QStringLiteral("allOf"), patterns);
        if (!isRequired(field))
            schema = nullable(schema);
    }
    schema.insert(QStringLiteral("title"), field.displayLabel());
    if (!field.description.isEmpty())
        schema.insert(QStringLiteral("description"), field.description);
    if (field.hasDefault())
        schema.insert(QStringLiteral("default"), field.defaultValue);
    if (field.readOnly)
        schema.insert(QStringLiteral("readOnly"), true);
    if (type.options == fm::core::OptionsKind::DocType && !type.isTable)
        schema.insert(QStringLiteral("x-fm-link"), field.options);
    return schema;
}

QJsonObject documentSchema(const MetaRegistry &registry, const DocType &doctype,
                           const QString &refBase)
{
    QJsonObject properties;
    addStandardColumns(doctype, properties);
    QJsonArray required;
    for (const Field &field : doctype.fields) {
        properties.insert(field.fieldname, fieldSchema(registry, field, refBase));
        if (isRequired(field))
            required.append(field.fieldname);
    }
    QJsonObject schema{{QStringLiteral("title"), doctype.name},
                       {QStringLiteral("type"), QStringLiteral("object")},
                       {QStringLiteral("properties"), properties}};
    if (!doctype.description.isEmpty())
        schema.insert(QStringLiteral("description"), doctype.description);
    if (!required.isEmpty())
        schema.insert(QStringLiteral("required"), required);
    if (!refBase.isEmpty())
        return schema;

    schema.insert(QStringLiteral("$schema"),
                  QStringLiteral("https://json-schema.org/draft/2020-12/schema"));
    QJsonObject defs;
    for (const QString &child : childDocTypes(registry, doctype)) {
        if (const DocType *childType = registry.doctype(child))
            defs.insert(schemaKey(child),
                        documentSchema(registry, *childType, QStringLiteral("#/$defs/")));
    }
    if (!defs.isEmpty())
        schema.insert(QStringLiteral("$defs"), defs);
    return schema;
}

} // namespace fm::server::api::meta
