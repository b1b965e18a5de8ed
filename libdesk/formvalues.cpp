// SPDX-License-Identifier: MIT
#include "formvalues.h"

#include "data/documentchecks.h"
#include "data/fieldvalidator.h"
#include "deskstrings.h"
#include "meta/metaregistry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace fm::desk {

namespace {

using fm::core::DocType;
using fm::core::Document;
using fm::core::Field;

const QString kVersion = QStringLiteral("_version");
const QString kAction = QStringLiteral("_action");
const QString kNext = QStringLiteral("_next");
const QString kTable = QStringLiteral("_table");
const QString kName = QStringLiteral("name");

bool isTable(const fm::core::MetaRegistry &meta, const Field &field)
{
    return meta.fieldTypes().type(field.fieldtype).isTable;
}

QString baseOf(const fm::core::MetaRegistry &meta, const Field &field)
{
    return meta.fieldTypes().type(field.fieldtype).base;
}

bool isNumeric(const QString &base)
{
    static const QStringList kNumbers{QStringLiteral("Int"),      QStringLiteral("Float"),
                                      QStringLiteral("Currency"), QStringLiteral("Percent"),
                                      QStringLiteral("Rating"),   QStringLiteral("Duration")};
    return kNumbers.contains(base);
}

FormValues::Row rowOf(const fm::core::MetaRegistry &meta, const DocType *child, const Document &row)
{
    FormValues::Row out;
    out.insert(kName, row.name());
    if (!child)
        return out;
    for (const Field &field : child->fields) {
        if (row.has(field.fieldname))
            out.insert(field.fieldname,
                       FormValues::inputText(baseOf(meta, field), row.value(field.fieldname)));
    }
    return out;
}

// One input's text as the service takes it; an error for text that is no JSON.
QVariant inputValue(const QString &base, const Field &field, const QString &path,
                    const QString &text, QList<fm::FieldError> &errors)
{
    if (base == u"Check")
        return text == u"1" || text.compare(u"true", Qt::CaseInsensitive) == 0 ||
               text.compare(u"on", Qt::CaseInsensitive) == 0;
    if (text.trimmed().isEmpty())
        return QVariant();
    if (base == u"JSON") {
        // Wrapped in an array so a bare number, string or true is JSON too.
        QJsonParseError parsed;
        const QJsonDocument json = QJsonDocument::fromJson("[" + text.toUtf8() + "]", &parsed);
        if (parsed.error != QJsonParseError::NoError || json.array().size() != 1) {
            errors << fm::FieldError{
                path, QStringLiteral("invalid_json"),
                Desk::tr("%1 must be valid JSON, such as {\"key\": \"value\"} (%2)")
                    .arg(field.displayLabel(), parsed.error != QJsonParseError::NoError
                                                   ? parsed.errorString()
                                                   : Desk::tr("give one value, not several"))};
            return QVariant();
        }
        return QVariant::fromValue(json.array().first());
    }
    if (base == u"Datetime") {
        // A datetime-local input sends no zone; the form shows UTC, so it is UTC.
        static const QRegularExpression local(
            QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,3})?)?$"));
        if (local.match(text.trimmed()).hasMatch()) {
            const QDateTime local = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
            const QDateTime at(local.date(), local.time(), Qt::UTC);
            if (local.isValid())
                return fm::core::FieldValidator::canonicalDatetime(at);
        }
    }
    return text;
}

} // namespace

QString FormValues::rowInput(const QString &table, int row, const QString &field)
{
    return QStringLiteral("%1[%2].%3").arg(table).arg(row).arg(field);
}

QString FormValues::inputText(const QString &base, const QVariant &stored)
{
    const QVariant value = fm::core::FieldValidator::unwrapJson(stored);
    if (base == u"JSON") {
        const QJsonValue json = stored.metaType().id() == QMetaType::QJsonValue
                                    ? stored.toJsonValue()
                                    : QJsonValue::fromVariant(stored);
        if (json.isNull() || json.isUndefined())
            return {};
        if (json.isObject())
            return QString::fromUtf8(QJsonDocument(json.toObject()).toJson(QJsonDocument::Indented))
                .trimmed();
        if (json.isArray())
            return QString::fromUtf8(QJsonDocument(json.toArray()).toJson(QJsonDocument::Indented))
                .trimmed();
        // A scalar as JSON text: the string "abc" shows its quotes, so it saves back as one.
        const QByteArray wrapped = QJsonDocument(QJsonArray{json}).toJson(QJsonDocument::Compact);
        return QString::fromUtf8(wrapped.mid(1, wrapped.size() - 2));
    }
    if (!value.isValid() || value.isNull())
        return {};
    if (base == u"Check")
        return value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    if (base == u"Datetime") {
        const QDateTime at = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
        if (at.isValid())
            return at.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"));
    }
    if (base == u"Float" || base == u"Currency" || base == u"Percent")
        return QString::number(value.toDouble(), 'g', 15);
    return value.toString();
}

FormValues FormValues::fromDocument(const fm::core::MetaRegistry &meta, const DocType &type,
                                    const Document &doc)
{
    FormValues values;
    values.version = doc.has(kVersion) ? QString::number(doc.version()) : QString();
    for (const Field &field : type.fields) {
        values.posted.insert(field.fieldname);
        if (isTable(meta, field)) {
            QList<Row> rows;
            const DocType *child = meta.doctype(field.options);
            for (const Document &row : doc.children(field.fieldname))
                rows << rowOf(meta, child, row);
            values.rows.insert(field.fieldname, rows);
        } else if (doc.has(field.fieldname)) {
            values.fields.insert(field.fieldname,
                                 inputText(baseOf(meta, field), doc.value(field.fieldname)));
        }
    }
    return values;
}

FormValues FormValues::defaults(const fm::core::MetaRegistry &meta, const DocType &type)
{
    FormValues values;
    for (const Field &field : type.fields) {
        if (isTable(meta, field)) {
            values.rows.insert(field.fieldname, {});
            continue;
        }
        if (!field.hasDefault())
            continue;
        const auto info = meta.fieldTypes().type(field.fieldtype);
        values.fields.insert(
            field.fieldname,
            inputText(info.base, fm::core::DocumentChecks::defaultValue(field, info)));
    }
    return values;
}

FormValues FormValues::fromPost(const DocType &type, const FormFields &fields)
{
    static const QRegularExpression rowName(
        QStringLiteral("^([A-Za-z_][A-Za-z0-9_]*)\\[(\\d{1,6})\\]\\.([A-Za-z_][A-Za-z0-9_]*)$"));
    FormValues values;
    // Rows by table, in the order their first input arrived, keyed by the number posted.
    QMap<QString, QList<QString>> rowOrder;
    QMap<QString, QHash<QString, Row>> rowsByKey;
    for (const auto &[name, text] : fields) {
        if (name == kVersion) {
            values.version = text;
        } else if (name == kAction) {
            values.action = text;
        } else if (name == kNext) {
            values.next = text;
        } else if (name == kTable) {
            const Field *field = type.field(text);
            if (field && !rowOrder.contains(text))
                rowOrder.insert(text, {});
        } else if (const auto match = rowName.match(name); match.hasMatch()) {
            const QString table = match.captured(1);
            if (!type.field(table))
                continue;
            const QString key = match.captured(2);
            if (!rowOrder[table].contains(key))
                rowOrder[table] << key;
            // The last value wins: a checkbox follows its hidden "0".
            rowsByKey[table][key].insert(match.captured(3), text);
        } else if (type.field(name)) {
            values.fields.insert(name, text);
            values.posted.insert(name);
        }
    }
    for (auto it = rowOrder.cbegin(); it != rowOrder.cend(); ++it) {
        QList<Row> rows;
        for (const QString &key : it.value())
            rows << rowsByKey[it.key()].value(key);
        values.rows.insert(it.key(), rows);
        values.posted.insert(it.key());
    }
    return values;
}

fm::Result<Document> FormValues::toDocument(const fm::core::MetaRegistry &meta, const DocType &type,
                                            const QString &name, bool isNew) const
{
    Document doc(type.name);
    if (!name.isEmpty())
        doc.setName(name);
    if (!version.isEmpty())
        doc.setValue(kVersion, version.toLongLong());
    QList<fm::FieldError> errors;
    for (const Field &field : type.fields) {
        if (!posted.contains(field.fieldname))
            continue;
        if (isTable(meta, field)) {
            const DocType *child = meta.doctype(field.options);
            if (!child)
                continue;
            QList<Document> children;
            const QList<Row> given = rows.value(field.fieldname);
            for (int i = 0; i < given.size(); ++i) {
                Document row(child->name);
                if (const QString rowName = given.at(i).value(kName); !rowName.isEmpty())
                    row.setName(rowName);
                for (const Field &column : child->fields) {
                    if (!given.at(i).contains(column.fieldname))
                        continue;
                    const QVariant value =
                        inputValue(baseOf(meta, column), column,
                                   rowInput(field.fieldname, i, column.fieldname),
                                   given.at(i).value(column.fieldname), errors);
                    if (value.isValid())
                        row.setValue(column.fieldname, value);
                }
                children << row;
            }
            doc.setChildren(field.fieldname, children);
            continue;
        }
        const QVariant value = inputValue(baseOf(meta, field), field, field.fieldname,
                                          fields.value(field.fieldname), errors);
        // A new document leaves an empty input out, so its default applies; an edit
        // sends "no value" to clear the field.
        if (value.isValid() || !isNew)
            doc.setValue(field.fieldname, value);
    }
    if (!errors.isEmpty())
        return fm::fail(fm::ErrorCode::Validation,
                        Desk::tr("Some values are not valid; correct the fields marked below."),
                        errors);
    return doc;
}

bool FormValues::applyRowAction(const DocType &type, const QString &name, QString *focus)
{
    const QStringList parts = name.split(u':');
    if (parts.size() < 2 || !rows.contains(parts.at(1)) || !type.field(parts.at(1)))
        return false;
    const QString verb = parts.at(0);
    const QString table = parts.at(1);
    QList<Row> &list = rows[table];
    posted.insert(table);
    if (verb == u"add" && parts.size() == 2) {
        list << Row();
        if (focus)
            *focus = rowInput(table, int(list.size()) - 1, {});
        return true;
    }
    if (parts.size() != 3)
        return false;
    bool ok = false;
    const int row = parts.at(2).toInt(&ok);
    if (!ok || row < 0 || row >= list.size())
        return false;
    if (verb == u"remove") {
        list.removeAt(row);
        if (focus)
            *focus = list.isEmpty() ? QStringLiteral("add:") + table
                                    : rowInput(table, qMin(row, int(list.size()) - 1), {});
        return true;
    }
    const int to = verb == u"up" ? row - 1 : verb == u"down" ? row + 1 : -1;
    if (to < 0 || to >= list.size() || (verb != u"up" && verb != u"down"))
        return false;
    list.move(row, to);
    if (focus)
        *focus = QStringLiteral("%1:%2:%3").arg(verb, table).arg(to);
    return true;
}

DependsOn::Values FormValues::conditionValues(const fm::core::MetaRegistry &meta,
                                              const DocType &type) const
{
    DependsOn::Values out;
    for (const Field &field : type.fields) {
        const QString base = baseOf(meta, field);
        const QString text = fields.value(field.fieldname);
        if (isTable(meta, field)) {
            out.insert(field.fieldname, double(rows.value(field.fieldname).size()));
        } else if (base == u"Check") {
            out.insert(field.fieldname, text == u"1");
        } else if (text.isEmpty()) {
            out.insert(field.fieldname, QVariant());
        } else if (isNumeric(base)) {
            bool ok = false;
            const double number = text.toDouble(&ok);
            out.insert(field.fieldname, ok ? QVariant(number) : QVariant(text));
        } else {
            out.insert(field.fieldname, text);
        }
    }
    return out;
}

} // namespace fm::desk
