// SPDX-License-Identifier: MIT
#include "db/pgvalues.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QLocale>
#include <QMetaType>
#include <QRegularExpression>

#include <libpq-fe.h>

#include <QCoreApplication>
#include <algorithm>
#include <cmath>
#include <cstdio>

namespace fm::core::pg {

namespace {

struct PgvaluesTr
{
    Q_DECLARE_TR_FUNCTIONS(fm::core::PgDriver)
};

} // namespace

namespace {

// Type OIDs from PostgreSQL's catalog (src/include/catalog/pg_type.dat); fixed since 7.x.
enum Oid : unsigned int {
    kBool = 16,
    kBytea = 17,
    kInt8 = 20,
    kInt2 = 21,
    kInt4 = 23,
    kOid = 26,
    kFloat4 = 700,
    kFloat8 = 701,
    kTimestamp = 1114,
    kTimestampTz = 1184,
    kNumeric = 1700,
};

// "2026-11-26 10:00:00.5+00" (ISO DateStyle, UTC session) -> "2026-11-26T10:00:00.500Z".
QString canonicalTimestamp(const char *text, int length)
{
    if (length < 19)
        return QString::fromLatin1(text, length);
    int ms = 0;
    int i = 19;
    if (text[i] == '.') {
        int digits = 0;
        for (++i; i < length && text[i] >= '0' && text[i] <= '9'; ++i) {
            if (digits < 3) {
                ms = ms * 10 + (text[i] - '0');
                ++digits;
            }
        }
        for (; digits < 3; ++digits)
            ms *= 10;
    }
    char out[32];
    std::snprintf(out, sizeof out, "%.10sT%.8s.%03dZ", text, text + 11, ms);
    return QString::fromLatin1(out);
}

QByteArray numberText(double v)
{
    if (std::isnan(v))
        return QByteArrayLiteral("NaN");
    if (std::isinf(v))
        return v > 0 ? QByteArrayLiteral("Infinity") : QByteArrayLiteral("-Infinity");
    return QByteArray::number(v, 'g', QLocale::FloatingPointShortest);
}

} // namespace

QString positionalSql(const QString &sql, std::vector<bool> *referenced)
{
    auto mark = [referenced](qsizetype number) {
        if (!referenced || number < 1)
            return;
        if (referenced->size() < size_t(number))
            referenced->resize(size_t(number), false);
        (*referenced)[size_t(number - 1)] = true;
    };
    QString out;
    out.reserve(sql.size() + 16);
    int next = 0;
    const qsizetype n = sql.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = sql.at(i);
        if (c == u'\'' || c == u'"') { // a literal or a quoted identifier, doubled quotes inside
            const qsizetype end = sql.indexOf(c, i + 1);
            const qsizetype stop = end < 0 ? n - 1 : end;
            out += QStringView(sql).sliced(i, stop - i + 1);
            i = stop;
            continue;
        }
        if (c == u'-' && i + 1 < n && sql.at(i + 1) == u'-') { // a comment to the line's end
            const qsizetype end = sql.indexOf(u'\n', i);
            const qsizetype stop = end < 0 ? n - 1 : end;
            out += QStringView(sql).sliced(i, stop - i + 1);
            i = stop;
            continue;
        }
        if (c == u'$' && i + 1 < n && sql.at(i + 1) == u'$') { // a $$ ... $$ body
            const qsizetype end = sql.indexOf(QLatin1String("$$"), i + 2);
            const qsizetype stop = end < 0 ? n - 1 : end + 1;
            out += QStringView(sql).sliced(i, stop - i + 1);
            i = stop;
            continue;
        }
        if (c != u'?') {
            out += c;
            continue;
        }
        qsizetype j = i + 1;
        while (j < n && sql.at(j).isDigit())
            ++j;
        out += u'$';
        if (j > i + 1) {
            const QStringView number = QStringView(sql).sliced(i + 1, j - i - 1);
            out += number;
            mark(number.toInt());
            i = j - 1;
        } else {
            out += QString::number(++next);
            mark(next);
        }
    }
    return out;
}

std::vector<unsigned int> parameterTypes(const std::vector<bool> &referenced, int count)
{
    std::vector<unsigned int> types(std::max(referenced.size(), size_t(std::max(count, 0))),
                                    kTextType);
    for (size_t i = 0; i < referenced.size(); ++i) {
        if (referenced[i])
            types[i] = 0;
    }
    return types;
}

int untypedParameter(const QSqlError &error)
{
    // 42P18 when no use types it; 42P08 when a later use typed it but an earlier one
    // (`$1 IS NULL`) had already been left untyped. Both say the same.
    const QString state = error.nativeErrorCode();
    if (state != QLatin1String("42P18") && state != QLatin1String("42P08"))
        return 0;
    static const QRegularExpression parameter(QStringLiteral("parameter \\$(\\d+)"));
    const QRegularExpressionMatch match = parameter.match(error.databaseText());
    return match.hasMatch() ? match.captured(1).toInt() : 0;
}

Parameters::Parameters(const QVariantList &values)
{
    const qsizetype n = values.size();
    m_storage.resize(size_t(n));
    m_pointers.resize(size_t(n), nullptr);
    m_lengths.resize(size_t(n), 0);
    m_formats.resize(size_t(n), 0);
    for (qsizetype i = 0; i < n; ++i) {
        const QVariant &v = values.at(i);
        if (!v.isValid() || v.isNull())
            continue; // SQL NULL: a null pointer
        QByteArray &text = m_storage[size_t(i)];
        switch (v.metaType().id()) {
        case QMetaType::Bool:
            text = v.toBool() ? QByteArrayLiteral("1") : QByteArrayLiteral("0");
            break;
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::Long:
        case QMetaType::LongLong:
        case QMetaType::Short:
            text = QByteArray::number(v.toLongLong());
            break;
        case QMetaType::ULong:
        case QMetaType::ULongLong:
            text = QByteArray::number(v.toULongLong());
            break;
        case QMetaType::Double:
        case QMetaType::Float:
            text = numberText(v.toDouble());
            break;
        case QMetaType::QByteArray:
            text = v.toByteArray();
            m_formats[size_t(i)] = 1; // binary: bytea takes the bytes as they are
            break;
        case QMetaType::QJsonValue:
        case QMetaType::QJsonObject:
        case QMetaType::QJsonArray: {
            // Wrapping in an array serialises scalars too; the brackets come off again.
            const QByteArray json = QJsonDocument(QJsonArray{QJsonValue::fromVariant(v)})
                                        .toJson(QJsonDocument::Compact);
            text = json.mid(1, json.size() - 2);
            break;
        }
        default:
            text = v.toString().toUtf8();
            break;
        }
        m_pointers[size_t(i)] = text.constData();
        m_lengths[size_t(i)] = int(text.size());
    }
}

QVariant value(const pg_result *result, int row, int column)
{
    if (PQgetisnull(result, row, column))
        return QVariant();
    const char *text = PQgetvalue(result, row, column);
    const int length = PQgetlength(result, row, column);
    switch (PQftype(result, column)) {
    case kBool:
        return qint64(text[0] == 't' ? 1 : 0);
    case kInt2:
    case kInt4:
    case kInt8:
    case kOid:
        return QByteArray::fromRawData(text, length).toLongLong();
    case kFloat4:
    case kFloat8:
    case kNumeric:
        return QByteArray::fromRawData(text, length).toDouble();
    case kTimestamp:
    case kTimestampTz:
        return canonicalTimestamp(text, length);
    case kBytea: {
        size_t size = 0;
        unsigned char *bytes =
            PQunescapeBytea(reinterpret_cast<const unsigned char *>(text), &size);
        const QByteArray out(reinterpret_cast<const char *>(bytes), qsizetype(size));
        PQfreemem(bytes);
        return out;
    }
    default:
        return QString::fromUtf8(text, length);
    }
}

int metaTypeFor(unsigned int oid)
{
    switch (oid) {
    case kBool:
    case kInt2:
    case kInt4:
    case kInt8:
    case kOid:
        return QMetaType::LongLong;
    case kFloat4:
    case kFloat8:
    case kNumeric:
        return QMetaType::Double;
    case kBytea:
        return QMetaType::QByteArray;
    default:
        return QMetaType::QString;
    }
}

bool succeeded(const pg_result *result)
{
    const ExecStatusType status = PQresultStatus(result);
    return status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK;
}

QSqlError error(const pg_conn *connection, const pg_result *result, QSqlError::ErrorType type)
{
    if (!result) {
        QString text = QString::fromUtf8(PQerrorMessage(connection)).trimmed();
        if (text.isEmpty())
            text = PgvaluesTr::tr("the PostgreSQL server did not answer");
        return QSqlError(QString(), text, QSqlError::ConnectionError, QStringLiteral("08006"));
    }
    const QString state = QString::fromLatin1(PQresultErrorField(result, PG_DIAG_SQLSTATE));
    QString text = QString::fromUtf8(PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY));
    if (text.isEmpty())
        text = QString::fromUtf8(PQresultErrorMessage(result)).trimmed();
    if (state == QLatin1String("23505")) {
        // DETAIL: Key (subject, customer)=(a, b) already exists. Only the columns go on:
        // the values may be secrets the caller must not see.
        static const QRegularExpression key(QStringLiteral("^Key \\(([^)]*)\\)="));
        const QRegularExpressionMatch match =
            key.match(QString::fromUtf8(PQresultErrorField(result, PG_DIAG_MESSAGE_DETAIL)));
        if (match.hasMatch())
            text += QStringLiteral(" (columns: %1)").arg(match.captured(1));
    }
    if (state.startsWith(QLatin1String("08")))
        type = QSqlError::ConnectionError;
    return QSqlError(QString(), text, type, state);
}

} // namespace fm::core::pg
