// SPDX-License-Identifier: MIT
#include "meta/doctypeloader_p.h"

#include "common/textdistance.h"

#include <QDateTime>
#include <QRegularExpression>

#include <QCoreApplication>
#include <cmath>

namespace fm::core::loader {

namespace {

struct DoctypeloaderFieldsTr
{
    Q_DECLARE_TR_FUNCTIONS(fm::core::DocTypeLoader)
};

} // namespace

namespace {

const QStringList &fieldKeys()
{
    static const QStringList keys{
        QStringLiteral("fieldname"),    QStringLiteral("fieldtype"),    QStringLiteral("label"),
        QStringLiteral("description"),  QStringLiteral("options"),      QStringLiteral("required"),
        QStringLiteral("unique"),       QStringLiteral("read_only"),    QStringLiteral("hidden"),
        QStringLiteral("in_list_view"), QStringLiteral("in_filter"),    QStringLiteral("default"),
        QStringLiteral("fetch_from"),   QStringLiteral("depends_on"),   QStringLiteral("permlevel"),
        QStringLiteral("min"),          QStringLiteral("max"),          QStringLiteral("length"),
        QStringLiteral("pattern"),      QStringLiteral("insert_after"),
    };
    return keys;
}

QString validatorsOf(const FieldTypeInfo &info)
{
    QStringList names;
    if (info.supportsRange)
        names << QStringLiteral("min") << QStringLiteral("max");
    if (info.supportsLength)
        names << QStringLiteral("length");
    if (info.supportsPattern)
        names << QStringLiteral("pattern");
    return names.isEmpty() ? DoctypeloaderFieldsTr::tr("no validators")
                           : QStringLiteral("only ") + names.join(QStringLiteral(", "));
}

void checkOptions(Context &context, const FieldTypeInfo &info, const Field &field,
                  const QJsonObject &object, const QString &pointer)
{
    const QString at = JsonSource::child(pointer, QStringLiteral("options"));
    const bool present = object.contains(QStringLiteral("options"));
    const QString options = field.options.trimmed();
    if (info.options == OptionsKind::None) {
        if (present) {
            context.report(context.keyLocation(at), QStringLiteral("unused-options"),
                           DoctypeloaderFieldsTr::tr("%1 fields take no \"options\"; it is ignored")
                               .arg(info.name),
                           DoctypeloaderFieldsTr::tr("remove \"options\""),
                           Diagnostic::Severity::Warning);
        }
        return;
    }
    if (options.isEmpty() ||
        (info.options == OptionsKind::Choices && field.selectOptions().isEmpty())) {
        // Not static: tr() answers in the language of each call.
        const QHash<OptionsKind, QString> examples{
            {OptionsKind::Choices,
             DoctypeloaderFieldsTr::tr("\"options\": \"Open\\nClosed\" (one choice per line)")},
            {OptionsKind::DocType,
             DoctypeloaderFieldsTr::tr("\"options\": \"Customer\" (the DocType it refers to)")},
            {OptionsKind::FieldName,
             DoctypeloaderFieldsTr::tr(
                 "\"options\": \"reference_type\" (a Link field to \"DocType\")")},
        };
        context.report(present ? context.location(at) : context.location(pointer),
                       QStringLiteral("missing-options"),
                       DoctypeloaderFieldsTr::tr("%1 field \"%2\" needs \"options\"")
                           .arg(info.name, field.fieldname),
                       DoctypeloaderFieldsTr::tr("add %1").arg(examples.value(info.options)));
        return;
    }
    if (info.options == OptionsKind::DocType && !isValidDocTypeName(options)) {
        context.error(
            at, QStringLiteral("invalid-options"),
            DoctypeloaderFieldsTr::tr("\"options\" of %1 field \"%2\" must name a DocType, and "
                                      "\"%3\" is not a DocType name")
                .arg(info.name, field.fieldname, options),
            DoctypeloaderFieldsTr::tr(
                "write the DocType's name in Title Case, e.g. \"Sales Invoice\""));
    }
}

QString numberText(double d)
{
    return QString::number(d, 'g', 15);
}

void checkDefault(Context &context, const FieldTypeInfo &info, const Field &field,
                  const QString &pointer)
{
    const QJsonValue value = field.defaultValue;
    if (!field.hasDefault())
        return;
    const QString at = JsonSource::child(pointer, QStringLiteral("default"));
    const auto bad = [&](const QString &expected, const QString &example) {
        context.error(at, QStringLiteral("invalid-default"),
                      DoctypeloaderFieldsTr::tr("the default of %1 field \"%2\" must be %3, not %4")
                          .arg(info.name, field.fieldname, expected, describe(value)),
                      DoctypeloaderFieldsTr::tr("write e.g. \"default\": %1").arg(example));
    };
    const QString text = value.toString();
    switch (info.storage) {
    case StorageType::None:
        context.error(at, QStringLiteral("invalid-default"),
                      DoctypeloaderFieldsTr::tr("%1 field \"%2\" cannot have a default")
                          .arg(info.name, field.fieldname),
                      DoctypeloaderFieldsTr::tr("remove \"default\"; rows are added by users"));
        return;
    case StorageType::Boolean:
        if (!loader::flagValue(value))
            return bad(DoctypeloaderFieldsTr::tr("true or false (or 0 or 1)"),
                       QStringLiteral("false"));
        return;
    case StorageType::Integer:
        if (!value.isDouble() || value.toDouble() != std::floor(value.toDouble()))
            return bad(DoctypeloaderFieldsTr::tr("a whole number"), QStringLiteral("0"));
        break;
    case StorageType::Real:
        if (!value.isDouble())
            return bad(DoctypeloaderFieldsTr::tr("a number"), QStringLiteral("0"));
        break;
    case StorageType::Date:
        if (!value.isString() || (text.compare(QLatin1String("Today"), Qt::CaseInsensitive) != 0 &&
                                  !QDate::fromString(text, Qt::ISODate).isValid()))
            return bad(DoctypeloaderFieldsTr::tr("a date \"YYYY-MM-DD\" or \"Today\""),
                       QStringLiteral("\"Today\""));
        return;
    case StorageType::Datetime:
        if (!value.isString() || (text.compare(QLatin1String("now"), Qt::CaseInsensitive) != 0 &&
                                  !QDateTime::fromString(text, Qt::ISODate).isValid()))
            return bad(DoctypeloaderFieldsTr::tr("an ISO date-time or \"now\""),
                       QStringLiteral("\"now\""));
        return;
    case StorageType::Time:
        if (!value.isString() || (text.compare(QLatin1String("now"), Qt::CaseInsensitive) != 0 &&
                                  !QTime::fromString(text, Qt::ISODate).isValid()))
            return bad(DoctypeloaderFieldsTr::tr("a time \"HH:MM:SS\" or \"now\""),
                       QStringLiteral("\"09:00:00\""));
        return;
    case StorageType::Json:
        return;
    case StorageType::Text:
        if (!value.isString())
            return bad(DoctypeloaderFieldsTr::tr("a string"), QStringLiteral("\"text\""));
        break;
    }
    if (value.isDouble()) {
        const double d = value.toDouble();
        if ((field.min && d < *field.min) || (field.max && d > *field.max)) {
            context.error(
                at, QStringLiteral("invalid-default"),
                DoctypeloaderFieldsTr::tr("the default %1 of field \"%2\" lies outside its "
                                          "min/max range")
                    .arg(numberText(d), field.fieldname),
                DoctypeloaderFieldsTr::tr("choose a default between \"min\" and \"max\""));
        }
        return;
    }
    if (info.options == OptionsKind::Choices) {
        const QStringList choices = field.selectOptions();
        if (!choices.isEmpty() && !choices.contains(text)) {
            context.error(
                at, QStringLiteral("default-not-a-choice"),
                DoctypeloaderFieldsTr::tr("the default \"%1\" of Select field \"%2\" is not one of "
                                          "its options")
                    .arg(text, field.fieldname),
                suggestion(text, choices));
        }
        return;
    }
    if (field.length && *field.length > 0 && text.size() > *field.length) {
        context.error(
            at, QStringLiteral("invalid-default"),
            DoctypeloaderFieldsTr::tr("the default of field \"%1\" is %2 characters long, more "
                                      "than its \"length\" %3")
                .arg(field.fieldname)
                .arg(text.size())
                .arg(*field.length),
            DoctypeloaderFieldsTr::tr("shorten the default or raise \"length\""));
    }
    for (const QString &pattern : {info.pattern, field.pattern}) {
        const QRegularExpression re(QRegularExpression::anchoredPattern(pattern));
        if (!pattern.isEmpty() && re.isValid() && !text.isEmpty() && !re.match(text).hasMatch()) {
            context.error(
                at, QStringLiteral("invalid-default"),
                DoctypeloaderFieldsTr::tr("the default \"%1\" of field \"%2\" does not match the "
                                          "pattern %3")
                    .arg(text, field.fieldname, pattern),
                DoctypeloaderFieldsTr::tr("change the default so that it matches the pattern"));
        }
    }
}

void checkValidators(Context &context, const FieldTypeInfo &info, const Field &field,
                     const QJsonObject &object, const QString &pointer)
{
    const QList<std::pair<QString, bool>> validators{
        {QStringLiteral("min"), info.supportsRange},
        {QStringLiteral("max"), info.supportsRange},
        {QStringLiteral("length"), info.supportsLength},
        {QStringLiteral("pattern"), info.supportsPattern},
    };
    for (const auto &[key, supported] : validators) {
        if (object.contains(key) && !supported) {
            context.errorAtKey(JsonSource::child(pointer, key),
                               QStringLiteral("validator-not-applicable"),
                               DoctypeloaderFieldsTr::tr("\"%1\" does not apply to %2 field \"%3\"")
                                   .arg(key, info.name, field.fieldname),
                               DoctypeloaderFieldsTr::tr("remove \"%1\"; %2 fields take %3")
                                   .arg(key, info.name, validatorsOf(info)));
        }
    }
    if (object.contains(QStringLiteral("unique")) && field.unique && !info.supportsUnique) {
        context.errorAtKey(
            JsonSource::child(pointer, QStringLiteral("unique")),
            QStringLiteral("unique-not-supported"),
            DoctypeloaderFieldsTr::tr("%1 field \"%2\" cannot be unique")
                .arg(info.name, field.fieldname),
            DoctypeloaderFieldsTr::tr("remove \"unique\"; %1 values have no column to "
                                      "constrain")
                .arg(info.name));
    }
}

} // namespace

std::optional<Field> loadField(Context &context, const FieldTypeRegistry &types,
                               const QJsonValue &value, const QString &pointer,
                               bool allowInsertAfter)
{
    if (!context.expect(value, QJsonValue::Object, pointer,
                        DoctypeloaderFieldsTr::tr("each field")))
        return std::nullopt;
    const QJsonObject object = value.toObject();
    const auto at = [&](const char *key) {
        return JsonSource::child(pointer, QLatin1String(key));
    };
    context.checkKeys(object, pointer, fieldKeys(), QStringLiteral("field"));

    Field field;
    field.location = context.location(pointer);
    context.require(object, pointer, QStringLiteral("fieldname"),
                    DoctypeloaderFieldsTr::tr("this field"), QStringLiteral("\"my_field\""));
    const std::optional<QString> fieldname =
        context.string(object, pointer, QStringLiteral("fieldname"));
    if (fieldname) {
        field.fieldname = *fieldname;
        if (!isValidFieldname(field.fieldname)) {
            const QString fixed = snakeCase(field.fieldname).left(64);
            context.error(
                at("fieldname"), QStringLiteral("invalid-fieldname"),
                DoctypeloaderFieldsTr::tr("\"%1\" is not a valid fieldname").arg(field.fieldname),
                DoctypeloaderFieldsTr::tr("use at most 64 lowercase letters, digits and '_', "
                                          "starting with a letter%1")
                    .arg(isValidFieldname(fixed)
                             ? DoctypeloaderFieldsTr::tr(", e.g. \"%1\"").arg(fixed)
                             : QString()));
        } else if (reservedFieldnames().contains(field.fieldname)) {
            context.error(at("fieldname"), QStringLiteral("reserved-fieldname"),
                          DoctypeloaderFieldsTr::tr("\"%1\" is a standard column every DocType has")
                              .arg(field.fieldname),
                          DoctypeloaderFieldsTr::tr("choose another fieldname; reserved are: %1")
                              .arg(reservedFieldnames().join(QStringLiteral(", "))));
        }
    }

    context.require(object, pointer, QStringLiteral("fieldtype"),
                    DoctypeloaderFieldsTr::tr("this field"), QStringLiteral("\"Data\""));
    FieldTypeInfo info;
    if (const auto fieldtype = context.string(object, pointer, QStringLiteral("fieldtype"))) {
        field.fieldtype = *fieldtype;
        info = types.type(field.fieldtype);
        if (!info.isValid()) {
            context.error(
                at("fieldtype"), QStringLiteral("unknown-fieldtype"),
                DoctypeloaderFieldsTr::tr("unknown fieldtype \"%1\"").arg(field.fieldtype),
                suggestion(field.fieldtype, types.names()));
        }
    }

    field.label = context.string(object, pointer, QStringLiteral("label")).value_or(QString());
    field.description =
        context.string(object, pointer, QStringLiteral("description")).value_or(QString());
    field.options = context.string(object, pointer, QStringLiteral("options")).value_or(QString());
    field.required = context.boolean(object, pointer, QStringLiteral("required")).value_or(false);
    field.unique = context.boolean(object, pointer, QStringLiteral("unique")).value_or(false);
    field.readOnly = context.boolean(object, pointer, QStringLiteral("read_only")).value_or(false);
    field.hidden = context.boolean(object, pointer, QStringLiteral("hidden")).value_or(false);
    field.inListView =
        context.boolean(object, pointer, QStringLiteral("in_list_view")).value_or(false);
    field.inFilter = context.boolean(object, pointer, QStringLiteral("in_filter")).value_or(false);
    field.defaultValue = object.value(QStringLiteral("default"));
    field.fetchFrom =
        context.string(object, pointer, QStringLiteral("fetch_from")).value_or(QString());
    field.dependsOn =
        context.string(object, pointer, QStringLiteral("depends_on")).value_or(QString());
    field.min = context.number(object, pointer, QStringLiteral("min"));
    field.max = context.number(object, pointer, QStringLiteral("max"));
    field.length = context.integer(object, pointer, QStringLiteral("length"));
    field.pattern = context.string(object, pointer, QStringLiteral("pattern")).value_or(QString());
    field.insertAfter =
        context.string(object, pointer, QStringLiteral("insert_after")).value_or(QString());

    if (const auto permlevel = context.integer(object, pointer, QStringLiteral("permlevel"))) {
        field.permlevel = *permlevel;
        checkPermlevel(context, at("permlevel"), *permlevel);
    }
    if (field.min && field.max && *field.min > *field.max) {
        context.error(at("max"), QStringLiteral("invalid-range"),
                      DoctypeloaderFieldsTr::tr("\"max\" %1 is less than \"min\" %2")
                          .arg(numberText(*field.max), numberText(*field.min)),
                      DoctypeloaderFieldsTr::tr("swap them, or raise \"max\" to at least %1")
                          .arg(numberText(*field.min)));
    }
    if (field.length && *field.length <= 0) {
        context.error(at("length"), QStringLiteral("invalid-length"),
                      DoctypeloaderFieldsTr::tr("\"length\" must be greater than 0, not %1")
                          .arg(*field.length),
                      DoctypeloaderFieldsTr::tr("give the maximum number of characters, e.g. 140"));
    }
    if (object.contains(QStringLiteral("pattern"))) {
        const QRegularExpression re(field.pattern);
        if (!re.isValid()) {
            context.error(
                at("pattern"), QStringLiteral("invalid-pattern"),
                DoctypeloaderFieldsTr::tr("\"pattern\" is not a valid regular expression: %1 at "
                                          "offset %2 of \"%3\"")
                    .arg(re.errorString())
                    .arg(re.patternErrorOffset())
                    .arg(field.pattern),
                DoctypeloaderFieldsTr::tr("fix the expression (Perl syntax; in JSON a backslash "
                                          "is written \\\\)"));
        }
    }
    if (object.contains(QStringLiteral("insert_after"))) {
        if (!allowInsertAfter) {
            context.errorAtKey(
                at("insert_after"), QStringLiteral("insert-after-not-allowed"),
                DoctypeloaderFieldsTr::tr("\"insert_after\" is only allowed in DocType "
                                          "extension files"),
                DoctypeloaderFieldsTr::tr("remove it; in a DocType the order of \"fields\" "
                                          "and \"layout\" places the field"));
        } else if (!field.insertAfter.isEmpty() && !isValidFieldname(field.insertAfter)) {
            context.error(
                at("insert_after"), QStringLiteral("invalid-fieldname"),
                DoctypeloaderFieldsTr::tr("\"insert_after\" must name a field, and \"%1\" is not "
                                          "a fieldname")
                    .arg(field.insertAfter),
                DoctypeloaderFieldsTr::tr("write the fieldname of the field to follow"));
        }
    }
    if (info.isValid()) {
        checkOptions(context, info, field, object, pointer);
        checkValidators(context, info, field, object, pointer);
        checkDefault(context, info, field, pointer);
    }
    if (field.fieldname.isEmpty())
        return std::nullopt;
    return field;
}

void checkFieldRelations(Context &context, const FieldTypeRegistry &types, const DocType &doctype,
                         const QList<FieldRef> &fields)
{
    const auto report = [&](const FieldRef &ref, const char *key, const QString &code,
                            const QString &message, const QString &hint) {
        context.report(ref.pointer.isEmpty()
                           ? ref.field->location
                           : context.location(JsonSource::child(ref.pointer, QLatin1String(key))),
                       code, message, hint);
    };
    const auto isLink = [&](const Field *f) {
        const FieldTypeInfo info = f ? types.type(f->fieldtype) : FieldTypeInfo();
        return info.options == OptionsKind::DocType && !info.isTable;
    };
    QStringList linkFields;
    for (const FieldRef &ref : fields) {
        if (isLink(ref.field))
            linkFields << ref.field->fieldname;
    }

    QHash<QString, const FieldRef *> seen;
    for (const FieldRef &ref : fields) {
        const Field &field = *ref.field;
        if (const FieldRef *first = seen.value(field.fieldname)) {
            report(
                ref, "fieldname", QStringLiteral("duplicate-fieldname"),
                DoctypeloaderFieldsTr::tr("fieldname \"%1\" is used twice; the first is on line %2")
                    .arg(field.fieldname)
                    .arg(first->field->location.line),
                DoctypeloaderFieldsTr::tr("rename one of the two fields"));
        } else {
            seen.insert(field.fieldname, &ref);
        }
        const FieldTypeInfo info = types.type(field.fieldtype);
        if (info.isTable && doctype.isChild) {
            report(ref, "fieldtype", QStringLiteral("nested-table"),
                   DoctypeloaderFieldsTr::tr(
                       "child DocType \"%1\" cannot hold the %2 field \"%3\": tables do "
                       "not nest")
                       .arg(doctype.name, field.fieldtype, field.fieldname),
                   DoctypeloaderFieldsTr::tr("link to another DocType with a Link field instead"));
        }
        if (info.options == OptionsKind::FieldName && !field.options.isEmpty()) {
            const Field *target = doctype.field(field.options.trimmed());
            if (!isLink(target) || target->options.trimmed() != QLatin1String("DocType")) {
                QStringList candidates;
                for (const QString &name : linkFields) {
                    if (doctype.field(name)->options.trimmed() == QLatin1String("DocType"))
                        candidates << name;
                }
                report(ref, "options", QStringLiteral("invalid-options"),
                       DoctypeloaderFieldsTr::tr(
                           "\"options\" of DynamicLink field \"%1\" must name a Link "
                           "field to \"DocType\" in this DocType, and \"%2\" is not one")
                           .arg(field.fieldname, field.options),
                       candidates.isEmpty()
                           ? DoctypeloaderFieldsTr::tr(
                                 "add a Link field with \"options\": \"DocType\" and "
                                 "name it here")
                           : suggestion(field.options, candidates));
            }
        }
        if (!field.fetchFrom.isEmpty()) {
            static const QRegularExpression syntax(
                QStringLiteral("^([a-z][a-z0-9_]*)\\.([a-z][a-z0-9_]*)$"));
            const QRegularExpressionMatch match = syntax.match(field.fetchFrom);
            if (!match.hasMatch()) {
                report(ref, "fetch_from", QStringLiteral("invalid-fetch-from"),
                       DoctypeloaderFieldsTr::tr(
                           "\"fetch_from\" \"%1\" is not <link_field>.<target_field>")
                           .arg(field.fetchFrom),
                       DoctypeloaderFieldsTr::tr(
                           "write the Link field of this DocType, a dot and the field "
                           "of the linked DocType, e.g. \"customer.customer_name\""));
            } else if (!isLink(doctype.field(match.captured(1)))) {
                report(ref, "fetch_from", QStringLiteral("invalid-fetch-from"),
                       DoctypeloaderFieldsTr::tr(
                           "\"fetch_from\" of field \"%1\" goes through \"%2\", which "
                           "is not a Link field of this DocType")
                           .arg(field.fieldname, match.captured(1)),
                       linkFields.isEmpty()
                           ? DoctypeloaderFieldsTr::tr("add a Link field and fetch through it")
                           : suggestion(match.captured(1), linkFields));
            }
        }
    }
}

} // namespace fm::core::loader
