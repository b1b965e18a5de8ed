// SPDX-License-Identifier: MIT
#include "meta/fieldproperties.h"

#include "meta/doctypeloader_p.h"
#include "meta/edits_p.h"

#include <QtGlobal>

#include <QCoreApplication>
#include <cmath>

namespace fm::core {

namespace {

struct FieldpropertiesTr
{
    Q_DECLARE_TR_FUNCTIONS(fm::core::FieldProperties)
};

} // namespace

namespace {

using Kind = FieldProperty::Kind;
using Scope = FieldProperty::Scope;

// The one table of field properties; labels are translated by the Studio.
const QList<FieldProperty> kProperties{
    {"fieldname", QT_TRANSLATE_NOOP("FieldProperty", "Fieldname"), Kind::Fieldname, Scope::Any},
    {"fieldtype", QT_TRANSLATE_NOOP("FieldProperty", "Type"), Kind::FieldType, Scope::Any},
    {"label", QT_TRANSLATE_NOOP("FieldProperty", "Label"), Kind::String, Scope::Any},
    {"description", QT_TRANSLATE_NOOP("FieldProperty", "Description"), Kind::Text, Scope::Any},
    {"options", QT_TRANSLATE_NOOP("FieldProperty", "Options"), Kind::Options, Scope::WithOptions},
    {"required", QT_TRANSLATE_NOOP("FieldProperty", "Required"), Kind::Bool, Scope::Any},
    {"unique", QT_TRANSLATE_NOOP("FieldProperty", "Unique"), Kind::Bool, Scope::WithUnique},
    {"read_only", QT_TRANSLATE_NOOP("FieldProperty", "Read only"), Kind::Bool, Scope::Any},
    {"hidden", QT_TRANSLATE_NOOP("FieldProperty", "Hidden"), Kind::Bool, Scope::Any},
    {"in_list_view", QT_TRANSLATE_NOOP("FieldProperty", "In list view"), Kind::Bool, Scope::Any},
    {"in_filter", QT_TRANSLATE_NOOP("FieldProperty", "In filter"), Kind::Bool, Scope::Any},
    {"default", QT_TRANSLATE_NOOP("FieldProperty", "Default"), Kind::Default, Scope::WithColumn},
    {"fetch_from", QT_TRANSLATE_NOOP("FieldProperty", "Fetch from"), Kind::FetchFrom,
     Scope::WithColumn},
    {"depends_on", QT_TRANSLATE_NOOP("FieldProperty", "Depends on"), Kind::String, Scope::Any},
    {"permlevel", QT_TRANSLATE_NOOP("FieldProperty", "Permission level"), Kind::Int, Scope::Any},
    {"min", QT_TRANSLATE_NOOP("FieldProperty", "Minimum"), Kind::OptReal, Scope::WithRange},
    {"max", QT_TRANSLATE_NOOP("FieldProperty", "Maximum"), Kind::OptReal, Scope::WithRange},
    {"length", QT_TRANSLATE_NOOP("FieldProperty", "Length"), Kind::OptInt, Scope::WithLength},
    {"pattern", QT_TRANSLATE_NOOP("FieldProperty", "Pattern"), Kind::String, Scope::WithPattern},
};

QString typeName(QJsonValue::Type type)
{
    switch (type) {
    case QJsonValue::Bool:
        return FieldpropertiesTr::tr("true or false");
    case QJsonValue::Double:
        return FieldpropertiesTr::tr("a number");
    case QJsonValue::String:
        return FieldpropertiesTr::tr("a string");
    default:
        return FieldpropertiesTr::tr("a JSON value");
    }
}

// The JSON type a property takes; Undefined for "any" (default).
QJsonValue::Type expectedType(Kind kind)
{
    switch (kind) {
    case Kind::Bool:
        return QJsonValue::Bool;
    case Kind::Int:
    case Kind::OptInt:
    case Kind::OptReal:
        return QJsonValue::Double;
    case Kind::Default:
        return QJsonValue::Undefined;
    default:
        return QJsonValue::String;
    }
}

const QJsonValue kUnset(QJsonValue::Undefined);

QJsonValue text(const QString &s)
{
    return s.isEmpty() ? kUnset : QJsonValue(s);
}

bool isClear(const QJsonValue &value)
{
    return value.isNull() || value.isUndefined() ||
           (value.isString() && value.toString().isEmpty());
}

// Drops what `type` does not use after a type change, so the field stays loadable.
void dropUnused(Field &field, const FieldTypeInfo &before, const FieldTypeInfo &type)
{
    if (type.options != before.options || type.isTable != before.isTable)
        field.options.clear();
    if (!type.supportsUnique)
        field.unique = false;
    if (!type.supportsLength)
        field.length.reset();
    if (!type.supportsRange) {
        field.min.reset();
        field.max.reset();
    }
    if (!type.supportsPattern)
        field.pattern.clear();
    if (type.storage != before.storage)
        field.defaultValue = kUnset;
    if (type.storage == StorageType::None)
        field.fetchFrom.clear();
}

} // namespace

bool FieldProperty::appliesTo(const FieldTypeInfo &type) const
{
    switch (scope) {
    case Scope::Any:
        return true;
    case Scope::WithOptions:
        return type.options != OptionsKind::None;
    case Scope::WithColumn:
        return type.storage != StorageType::None;
    case Scope::WithUnique:
        return type.supportsUnique;
    case Scope::WithLength:
        return type.supportsLength;
    case Scope::WithRange:
        return type.supportsRange;
    case Scope::WithPattern:
        return type.supportsPattern;
    }
    return false;
}

const QList<FieldProperty> &fieldProperties()
{
    return kProperties;
}

const FieldProperty *fieldProperty(const QString &key)
{
    for (const FieldProperty &property : kProperties) {
        if (key == QLatin1String(property.key))
            return &property;
    }
    return nullptr;
}

QJsonValue fieldPropertyValue(const Field &field, const QString &key)
{
    static const QHash<QString, std::function<QJsonValue(const Field &)>> getters{
        {QStringLiteral("fieldname"),
         [](const Field &f) {
             return text(f.fieldname);
         }},
        {QStringLiteral("fieldtype"),
         [](const Field &f) {
             return text(f.fieldtype);
         }},
        {QStringLiteral("label"),
         [](const Field &f) {
             return text(f.label);
         }},
        {QStringLiteral("description"),
         [](const Field &f) {
             return text(f.description);
         }},
        {QStringLiteral("options"),
         [](const Field &f) {
             return text(f.options);
         }},
        {QStringLiteral("required"),
         [](const Field &f) {
             return QJsonValue(f.required);
         }},
        {QStringLiteral("unique"),
         [](const Field &f) {
             return QJsonValue(f.unique);
         }},
        {QStringLiteral("read_only"),
         [](const Field &f) {
             return QJsonValue(f.readOnly);
         }},
        {QStringLiteral("hidden"),
         [](const Field &f) {
             return QJsonValue(f.hidden);
         }},
        {QStringLiteral("in_list_view"),
         [](const Field &f) {
             return QJsonValue(f.inListView);
         }},
        {QStringLiteral("in_filter"),
         [](const Field &f) {
             return QJsonValue(f.inFilter);
         }},
        {QStringLiteral("default"),
         [](const Field &f) {
             return f.hasDefault() ? f.defaultValue : kUnset;
         }},
        {QStringLiteral("fetch_from"),
         [](const Field &f) {
             return text(f.fetchFrom);
         }},
        {QStringLiteral("depends_on"),
         [](const Field &f) {
             return text(f.dependsOn);
         }},
        {QStringLiteral("permlevel"),
         [](const Field &f) {
             return QJsonValue(f.permlevel);
         }},
        {QStringLiteral("min"),
         [](const Field &f) {
             return f.min ? QJsonValue(*f.min) : kUnset;
         }},
        {QStringLiteral("max"),
         [](const Field &f) {
             return f.max ? QJsonValue(*f.max) : kUnset;
         }},
        {QStringLiteral("length"),
         [](const Field &f) {
             return f.length ? QJsonValue(*f.length) : kUnset;
         }},
        {QStringLiteral("pattern"),
         [](const Field &f) {
             return text(f.pattern);
         }},
    };
    const auto getter = getters.constFind(key);
    return getter == getters.constEnd() ? kUnset : (*getter)(field);
}

Result<DocType> setFieldProperty(const DocType &doctype, const FieldTypeRegistry &types,
                                 const QString &fieldname, const QString &key,
                                 const QJsonValue &value)
{
    const qsizetype index = doctype.fieldnames().indexOf(fieldname);
    if (index < 0)
        return fail(edits::notAField(doctype, fieldname));
    const FieldProperty *property = fieldProperty(key);
    if (!property) {
        QStringList keys;
        for (const FieldProperty &p : kProperties)
            keys << p.name();
        return fail(
            ErrorCode::InvalidMeta,
            edits::withHint(FieldpropertiesTr::tr("\"%1\" is not a field property").arg(key),
                            loader::suggestion(key, keys)));
    }
    if (property->kind == Kind::Fieldname) {
        return fail(
            ErrorCode::InvalidMeta,
            FieldpropertiesTr::tr("a fieldname is changed by renaming the field, so that its "
                                  "data and the references to it follow"));
    }
    const QJsonValue::Type expected = expectedType(property->kind);
    if (!isClear(value) && expected != QJsonValue::Undefined && value.type() != expected) {
        return fail(ErrorCode::InvalidMeta,
                    FieldpropertiesTr::tr("\"%1\" takes %2, not %3")
                        .arg(key, typeName(expected), loader::describe(value)));
    }
    DocType edited = doctype;
    Field &field = edited.fields[index];
    const FieldTypeInfo type = types.type(field.fieldtype);
    if (property->kind != Kind::FieldType && type.isValid() && !property->appliesTo(type) &&
        !isClear(value)) {
        return fail(ErrorCode::InvalidMeta,
                    FieldpropertiesTr::tr("\"%1\" does not apply to %2 field \"%3\"")
                        .arg(key, field.fieldtype, fieldname));
    }

    const QString text = value.toString();
    const double number = value.toDouble();
    if (key == QLatin1String("fieldtype")) {
        const FieldTypeInfo next = types.type(text);
        if (!next.isValid()) {
            return fail(
                ErrorCode::InvalidMeta,
                edits::withHint(FieldpropertiesTr::tr("unknown field type \"%1\"").arg(text),
                                loader::suggestion(text, types.names())));
        }
        field.fieldtype = text;
        if (type.isValid())
            dropUnused(field, type, next);
    } else if (key == QLatin1String("label")) {
        field.label = text;
    } else if (key == QLatin1String("description")) {
        field.description = text;
    } else if (key == QLatin1String("options")) {
        field.options = text;
    } else if (key == QLatin1String("fetch_from")) {
        field.fetchFrom = text.trimmed();
    } else if (key == QLatin1String("depends_on")) {
        field.dependsOn = text;
    } else if (key == QLatin1String("pattern")) {
        field.pattern = text;
    } else if (property->kind == Kind::Bool) {
        const bool on = value.toBool();
        bool *flags[] = {&field.required, &field.unique,     &field.readOnly,
                         &field.hidden,   &field.inListView, &field.inFilter};
        const char *keys[] = {"required", "unique",       "read_only",
                              "hidden",   "in_list_view", "in_filter"};
        for (size_t i = 0; i < std::size(keys); ++i) {
            if (key == QLatin1String(keys[i]))
                *flags[i] = on;
        }
    } else if (key == QLatin1String("permlevel")) {
        if (isClear(value)) {
            field.permlevel = 0;
        } else if (number != std::floor(number) || number < 0 || number > 9) {
            return fail(
                ErrorCode::InvalidMeta,
                FieldpropertiesTr::tr("permlevel %1 is outside 0..9; use a level from 0 (the "
                                      "default) to 9")
                    .arg(number));
        } else {
            field.permlevel = int(number);
        }
    } else if (key == QLatin1String("length")) {
        if (isClear(value)) {
            field.length.reset();
        } else if (number != std::floor(number) || number < 1) {
            return fail(
                ErrorCode::InvalidMeta,
                FieldpropertiesTr::tr("\"length\" must be a whole number greater than 0, not "
                                      "%1; give the maximum number of characters, e.g. 140")
                    .arg(number));
        } else {
            field.length = int(qMin(number, 1e9));
        }
    } else if (key == QLatin1String("min") || key == QLatin1String("max")) {
        std::optional<double> &bound = key == QLatin1String("min") ? field.min : field.max;
        bound = isClear(value) ? std::nullopt : std::optional<double>(number);
    } else if (key == QLatin1String("default")) {
        field.defaultValue = isClear(value) ? kUnset : value;
    }
    return edited;
}

} // namespace fm::core
