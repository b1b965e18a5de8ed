// SPDX-License-Identifier: MIT
#include "common/jsontext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <cmath>

namespace fm::json {

namespace {

char hexDigit(uint value)
{
    return char(value < 10 ? '0' + value : 'a' + value - 10);
}

// Qt's own writer, for what this file does not print itself.
void appendThroughQt(QByteArray &out, const QJsonValue &value)
{
    const QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    out.append(text.constData() + 1, text.size() - 2); // without the array's [ ]
}

// A double held as a double: as Qt's writer prints it, the shortest form that reads
// back the same, and null when not finite.
void appendDouble(QByteArray &out, double d)
{
    if (std::isfinite(d))
        out += QByteArray::number(d, 'g', QLocale::FloatingPointShortest);
    else
        out += "null";
}

// A QVariant double as QJsonValue::fromVariant() leaves it: Qt keeps an integral value
// of at most 2^53 as an integer (1e6 prints as 1000000), larger ones as a double; the
// edge goes through Qt.
void appendVariantDouble(QByteArray &out, double d)
{
    constexpr double kExact = 9007199254740992.0; // 2^53
    if (std::isfinite(d) && d == std::trunc(d)) {
        if (std::fabs(d) < kExact)
            out += QByteArray::number(qint64(d));
        else
            appendThroughQt(out, QJsonValue::fromVariant(d));
        return;
    }
    appendDouble(out, d);
}

} // namespace

void appendString(QByteArray &out, const QString &text)
{
    const qsizetype start = out.size();
    out += '"';
    const char16_t *p = reinterpret_cast<const char16_t *>(text.constData());
    const char16_t *const end = p + text.size();
    bool checked = false;
    while (p != end) {
        const char16_t c = *p;
        if (c >= 0x80) {
            // Valid UTF-16 becomes UTF-8 as in Qt's writer, which escapes a lone
            // surrogate its own way: rare enough to let Qt print the whole string.
            if (!checked && !QStringView(p, end).isValidUtf16()) {
                out.truncate(start);
                appendThroughQt(out, QJsonValue(text));
                return;
            }
            checked = true;
            const char16_t *run = p;
            while (p != end && *p >= 0x80)
                ++p;
            out += QStringView(run, p).toUtf8();
            continue;
        }
        ++p;
        if (c >= 0x20 && c != u'"' && c != u'\\') {
            out += char(c);
            continue;
        }
        out += '\\';
        switch (c) {
        case u'"':
            out += '"';
            break;
        case u'\\':
            out += '\\';
            break;
        case 0x8:
            out += 'b';
            break;
        case 0xc:
            out += 'f';
            break;
        case 0xa:
            out += 'n';
            break;
        case 0xd:
            out += 'r';
            break;
        case 0x9:
            out += 't';
            break;
        default:
            out += "u00";
            out += hexDigit(c >> 4);
            out += hexDigit(c & 0xf);
        }
    }
    out += '"';
}

void appendValue(QByteArray &out, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        out += "null";
        return;
    case QJsonValue::Bool:
        out += value.toBool() ? "true" : "false";
        return;
    case QJsonValue::String:
        appendString(out, value.toString());
        return;
    case QJsonValue::Double: {
        // A JSON number is held as an integer or a double, printed differently (1000000
        // and 1e+06): toVariant() tells which.
        const QVariant number = value.toVariant();
        if (number.metaType().id() == QMetaType::LongLong)
            out += QByteArray::number(number.toLongLong());
        else
            appendDouble(out, number.toDouble());
        return;
    }
    case QJsonValue::Object:
        out += QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
        return;
    case QJsonValue::Array:
        out += QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
        return;
    default:
        appendThroughQt(out, value);
        return;
    }
}

bool appendVariant(QByteArray &out, const QVariant &value)
{
    // In Document::toJson()'s order: a QJsonValue as it is, then null (Qt Sql hands out
    // a NULL column as a null QVariant of the column's type), then the value.
    if (value.metaType().id() == QMetaType::QJsonValue) {
        const QJsonValue json = value.toJsonValue();
        if (json.isUndefined())
            return false;
        appendValue(out, json);
        return true;
    }
    if (!value.isValid() || value.isNull()) {
        out += "null";
        return true;
    }
    switch (value.metaType().id()) {
    case QMetaType::QString:
        appendString(out, value.toString());
        return true;
    case QMetaType::LongLong:
        out += QByteArray::number(value.toLongLong());
        return true;
    case QMetaType::Int:
        out += QByteArray::number(value.toInt());
        return true;
    case QMetaType::Bool:
        out += value.toBool() ? "true" : "false";
        return true;
    case QMetaType::Double:
        appendVariantDouble(out, value.toDouble());
        return true;
    default:
        break;
    }
    const QJsonValue json = QJsonValue::fromVariant(value);
    if (json.isUndefined())
        return false;
    appendValue(out, json);
    return true;
}

} // namespace fm::json
