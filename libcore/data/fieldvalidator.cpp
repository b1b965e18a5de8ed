// SPDX-License-Identifier: MIT
#include "data/fieldvalidator.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QRegularExpression>
#include <QUrl>

#include <cmath>
#include <cstdio>

namespace fm::core {

namespace {

struct FieldvalidatorTr
{
    Q_DECLARE_TR_FUNCTIONS(fm::core::FieldValidator)
};

// Compiled once per thread: validation runs on many threads and patterns repeat.
const QRegularExpression &cachedRegex(const QString &pattern)
{
    thread_local QHash<QString, QRegularExpression> cache;
    auto it = cache.find(pattern);
    if (it == cache.end()) {
        QRegularExpression re(QRegularExpression::anchoredPattern(pattern),
                              QRegularExpression::UseUnicodePropertiesOption);
        it = cache.insert(pattern, re);
    }
    return *it;
}

FieldError error(const Field &field, const QString &code, const QString &message)
{
    return FieldError{field.fieldname, code, message};
}

bool isString(const QVariant &v)
{
    return v.metaType().id() == QMetaType::QString;
}

bool isNumber(const QVariant &v)
{
    switch (v.metaType().id()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
    case QMetaType::Float:
        return true;
    default:
        return false;
    }
}

std::optional<FieldError> coerceInteger(const Field &field, const QVariant &in, QVariant &out)
{
    if (isNumber(in)) {
        const double d = in.toDouble();
        if (in.metaType().id() == QMetaType::LongLong || in.metaType().id() == QMetaType::Int) {
            out = in.toLongLong();
            return std::nullopt;
        }
        if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) <= 9007199254740992.0) {
            out = qint64(d);
            return std::nullopt;
        }
    } else if (isString(in)) {
        bool ok = false;
        const qint64 value = in.toString().trimmed().toLongLong(&ok);
        if (ok) {
            out = value;
            return std::nullopt;
        }
    }
    return error(field, QStringLiteral("invalid_type"),
                 FieldvalidatorTr::tr("%1 must be a whole number").arg(field.displayLabel()));
}

std::optional<FieldError> coerceReal(const Field &field, const QVariant &in, QVariant &out)
{
    bool ok = false;
    double value = 0;
    if (isNumber(in)) {
        value = in.toDouble();
        ok = true;
    } else if (isString(in)) {
        value = in.toString().trimmed().toDouble(&ok);
    }
    if (!ok || !std::isfinite(value)) {
        return error(field, QStringLiteral("invalid_type"),
                     FieldvalidatorTr::tr("%1 must be a number").arg(field.displayLabel()));
    }
    out = value;
    return std::nullopt;
}

std::optional<FieldError> coerceBoolean(const Field &field, const QVariant &in, QVariant &out)
{
    if (in.metaType().id() == QMetaType::Bool) {
        out = in.toBool();
        return std::nullopt;
    }
    if (isNumber(in) && (in.toDouble() == 0 || in.toDouble() == 1)) {
        out = in.toDouble() == 1;
        return std::nullopt;
    }
    const QString text = in.toString().trimmed().toLower();
    if (isString(in) && (text == u"true" || text == u"1" || text == u"false" || text == u"0")) {
        out = text == u"true" || text == u"1";
        return std::nullopt;
    }
    return error(field, QStringLiteral("invalid_type"),
                 FieldvalidatorTr::tr("%1 must be true or false").arg(field.displayLabel()));
}

// "2026-11-26": ASCII digits and dashes where ISO 8601 puts them.
bool isCanonicalDate(QStringView text)
{
    if (text.size() != 10 || text[4] != u'-' || text[7] != u'-')
        return false;
    for (int i : {0, 1, 2, 3, 5, 6, 8, 9}) {
        if (text[i] < u'0' || text[i] > u'9')
            return false;
    }
    return true;
}

std::optional<FieldError> coerceDate(const Field &field, const QVariant &in, QVariant &out)
{
    const QString text = in.toString().trimmed();
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!isString(in) || !date.isValid()) {
        return error(
            field, QStringLiteral("invalid_date"),
            FieldvalidatorTr::tr("%1 must be a date as YYYY-MM-DD").arg(field.displayLabel()));
    }
    // Already canonical (the usual case) is kept: formatting again costs 8% of an insert.
    // Qt's ISO parser takes any separator ("2026-12%07", found by tests/fuzz/fuzz_document),
    // so the kept text is checked to have the one canonical shape.
    out = isCanonicalDate(text) ? text : date.toString(Qt::ISODate);
    return std::nullopt;
}

// "2026-11-26T10:00:00.000Z": already canonical, checked without a full parse.
bool isCanonicalDatetime(const QString &text)
{
    if (text.size() != 24 || text[4] != u'-' || text[7] != u'-' || text[10] != u'T' ||
        text[13] != u':' || text[16] != u':' || text[19] != u'.' || text[23] != u'Z')
        return false;
    // Digits only: toInt() also takes a sign or a space ("+026", " 1"), which would keep a
    // text that sorts apart from the canonical one (tests/fuzz/fuzz_document checks this).
    for (int i : {0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18, 20, 21, 22}) {
        if (text[i] < u'0' || text[i] > u'9')
            return false;
    }
    const auto number = [&](int from, int length) {
        return QStringView(text).mid(from, length).toInt();
    };
    return QDate(number(0, 4), number(5, 2), number(8, 2)).isValid() &&
           QTime(number(11, 2), number(14, 2), number(17, 2), number(20, 3)).isValid();
}

std::optional<FieldError> coerceDatetime(const Field &field, const QVariant &in, QVariant &out)
{
    if (isString(in) && isCanonicalDatetime(in.toString())) {
        out = in.toString();
        return std::nullopt;
    }
    QString text = in.toString().trimmed();
    if (text.size() > 10 && text[10] == QLatin1Char(' '))
        text[10] = QLatin1Char('T');
    QDateTime value = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!isString(in) || !value.isValid()) {
        return error(field, QStringLiteral("invalid_datetime"),
                     FieldvalidatorTr::tr("%1 must be a date and time in ISO 8601, e.g. "
                                          "2026-11-26T14:30:00Z")
                         .arg(field.displayLabel()));
    }
    if (value.timeSpec() == Qt::LocalTime) // no offset given: the value is UTC
        value.setTimeSpec(Qt::UTC);
    // The canonical text has a four-digit year: an offset can push 9999-12-31 into year
    // 10000 or 0001-01-01 before year 1, a text that would not read back (checked by
    // tests/fuzz/fuzz_document).
    const int year = value.toUTC().date().year();
    if (year < 1 || year > 9999) {
        return error(field, QStringLiteral("invalid_datetime"),
                     FieldvalidatorTr::tr("%1 must fall between the years 0001 and 9999 in UTC")
                         .arg(field.displayLabel()));
    }
    out = FieldValidator::canonicalDatetime(value);
    return std::nullopt;
}

std::optional<FieldError> coerceTime(const Field &field, const QVariant &in, QVariant &out)
{
    const QString text = in.toString().trimmed();
    QTime time = QTime::fromString(text, QStringLiteral("HH:mm:ss"));
    if (!time.isValid())
        time = QTime::fromString(text, QStringLiteral("HH:mm"));
    if (!isString(in) || !time.isValid()) {
        return error(field, QStringLiteral("invalid_time"),
                     FieldvalidatorTr::tr("%1 must be a time as HH:MM or HH:MM:SS")
                         .arg(field.displayLabel()));
    }
    out = time.toString(QStringLiteral("HH:mm:ss"));
    return std::nullopt;
}

// Formats that a base type checks beyond "is a string".
std::optional<FieldError> checkFormat(const Field &field, const QString &base, const QString &text)
{
    // The message is translated when it is shown: the table outlives any one language.
    static const QHash<QString, std::pair<QString, const char *>> formats{
        {QStringLiteral("Email"),
         {QStringLiteral("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"),
          QT_TRANSLATE_NOOP("fm::core::FieldValidator", "%1 must be an email address")}},
        {QStringLiteral("Phone"),
         {QStringLiteral("\\+?[0-9 ()./-]{3,32}"),
          QT_TRANSLATE_NOOP("fm::core::FieldValidator", "%1 must be a phone number")}},
        {QStringLiteral("Color"),
         {QStringLiteral("#([0-9a-fA-F]{3}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})"),
          QT_TRANSLATE_NOOP("fm::core::FieldValidator", "%1 must be a colour as #RGB or #RRGGBB")}},
    };
    const auto it = formats.constFind(base);
    if (it != formats.constEnd() && !cachedRegex(it->first).match(text).hasMatch()) {
        return error(field, QStringLiteral("invalid_") + base.toLower(),
                     FieldvalidatorTr::tr(it->second).arg(field.displayLabel()));
    }
    if (base == u"URL") {
        const QUrl url(text, QUrl::StrictMode);
        if (!url.isValid() || url.scheme().isEmpty() ||
            (url.host().isEmpty() && url.scheme() != u"mailto")) {
            return error(field, QStringLiteral("invalid_url"),
                         FieldvalidatorTr::tr("%1 must be a full URL such as https://example.com")
                             .arg(field.displayLabel()));
        }
    }
    if (base == u"Select" && !field.selectOptions().contains(text)) {
        return error(
            field, QStringLiteral("invalid_option"),
            FieldvalidatorTr::tr("%1 must be one of: %2")
                .arg(field.displayLabel(), field.selectOptions().join(QStringLiteral(", "))));
    }
    return std::nullopt;
}

std::optional<FieldError> coerceText(const Field &field, const FieldTypeInfo &type,
                                     const QVariant &in, QVariant &out)
{
    if (!isString(in)) {
        return error(field, QStringLiteral("invalid_type"),
                     FieldvalidatorTr::tr("%1 must be text").arg(field.displayLabel()));
    }
    const QString text = in.toString();
    if (auto formatError = checkFormat(field, type.base, text))
        return formatError;
    if (field.length && text.size() > *field.length) {
        return error(field, QStringLiteral("too_long"),
                     FieldvalidatorTr::tr("%1 is %2 characters long; the most allowed is %3")
                         .arg(field.displayLabel())
                         .arg(text.size())
                         .arg(*field.length));
    }
    for (const QString &pattern : {field.pattern, type.pattern}) {
        if (!pattern.isEmpty() && !cachedRegex(pattern).match(text).hasMatch()) {
            return error(field, QStringLiteral("pattern_mismatch"),
                         FieldvalidatorTr::tr("%1 does not match the pattern %2")
                             .arg(field.displayLabel(), pattern));
        }
    }
    out = text;
    return std::nullopt;
}

std::optional<FieldError> checkRange(const Field &field, const FieldTypeInfo &type, double value)
{
    std::optional<double> min = field.min;
    std::optional<double> max = field.max;
    if (type.base == u"Rating") {
        min = min.value_or(0);
        max = max.value_or(5);
    } else if (type.base == u"Duration") {
        min = min.value_or(0);
    }
    if (min && value < *min) {
        return error(
            field, QStringLiteral("too_small"),
            FieldvalidatorTr::tr("%1 must be at least %2").arg(field.displayLabel()).arg(*min));
    }
    if (max && value > *max) {
        return error(
            field, QStringLiteral("too_large"),
            FieldvalidatorTr::tr("%1 must be at most %2").arg(field.displayLabel()).arg(*max));
    }
    return std::nullopt;
}

} // namespace

QVariant FieldValidator::unwrapJson(const QVariant &value)
{
    if (value.metaType().id() != QMetaType::QJsonValue)
        return value;
    const QJsonValue json = value.toJsonValue();
    switch (json.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Bool:
        return json.toBool();
    case QJsonValue::Double:
        return json.toDouble();
    case QJsonValue::String:
        return json.toString();
    case QJsonValue::Array:
    case QJsonValue::Object:
        return value;
    }
    return value;
}

bool FieldValidator::isEmpty(const QVariant &value)
{
    const QVariant v = unwrapJson(value);
    if (!v.isValid() || v.isNull())
        return true;
    return isString(v) && v.toString().isEmpty();
}

QString FieldValidator::canonicalDatetime(const QDateTime &value)
{
    // By hand: QDateTime::toString costs more than the rest of an insert's stamping.
    const QDateTime utc = value.toUTC();
    const QDate d = utc.date();
    const QTime t = utc.time();
    char text[32];
    std::snprintf(text, sizeof text, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", d.year(), d.month(),
                  d.day(), t.hour(), t.minute(), t.second(), t.msec());
    return QString::fromLatin1(text);
}

std::optional<FieldError> FieldValidator::coerce(const Field &field, const FieldTypeInfo &type,
                                                 const QVariant &input, QVariant &canonical)
{
    canonical = QVariant();
    if (type.storage == StorageType::Json) { // any JSON value but null is a value
        const QJsonValue json = input.metaType().id() == QMetaType::QJsonValue
                                    ? input.toJsonValue()
                                    : QJsonValue::fromVariant(input);
        if (!json.isNull() && !json.isUndefined())
            canonical = QVariant::fromValue(json);
        return std::nullopt;
    }
    if (isEmpty(input))
        return std::nullopt;
    const QVariant in = unwrapJson(input);
    if (in.metaType().id() == QMetaType::QJsonValue) { // an object or array for a scalar field
        return error(field, QStringLiteral("invalid_type"),
                     FieldvalidatorTr::tr("%1 must be a single value, not a list or object")
                         .arg(field.displayLabel()));
    }
    std::optional<FieldError> problem;
    switch (type.storage) {
    case StorageType::Integer:
        problem = coerceInteger(field, in, canonical);
        if (!problem)
            problem = checkRange(field, type, double(canonical.toLongLong()));
        break;
    case StorageType::Real:
        problem = coerceReal(field, in, canonical);
        if (!problem)
            problem = checkRange(field, type, canonical.toDouble());
        break;
    case StorageType::Boolean:
        problem = coerceBoolean(field, in, canonical);
        break;
    case StorageType::Date:
        problem = coerceDate(field, in, canonical);
        break;
    case StorageType::Datetime:
        problem = coerceDatetime(field, in, canonical);
        break;
    case StorageType::Time:
        problem = coerceTime(field, in, canonical);
        break;
    case StorageType::Text:
        problem = coerceText(field, type, in, canonical);
        break;
    case StorageType::Json:
        break;
    case StorageType::None:
        problem = error(field, QStringLiteral("invalid_type"),
                        FieldvalidatorTr::tr("%1 holds rows; pass a list of objects")
                            .arg(field.displayLabel()));
        break;
    }
    if (problem)
        canonical = QVariant();
    return problem;
}

} // namespace fm::core
