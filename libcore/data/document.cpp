// SPDX-License-Identifier: MIT
#include "data/document.h"

#include <QJsonArray>
#include <QJsonValue>

namespace fm::core {

namespace {
const QString kName = QStringLiteral("name");
const QString kOwner = QStringLiteral("owner");
const QString kVersion = QStringLiteral("_version");
const QString kDocstatus = QStringLiteral("docstatus");
} // namespace

Document::Document(const QString &doctype)
    : m_doctype(doctype)
{}

QString Document::name() const
{
    return m_values.value(kName).toString();
}

void Document::setName(const QString &name)
{
    m_values.insert(kName, name);
}

QString Document::owner() const
{
    return m_values.value(kOwner).toString();
}

qint64 Document::version() const
{
    return m_values.value(kVersion).toLongLong();
}

int Document::docstatus() const
{
    return m_values.value(kDocstatus).toInt();
}

void Document::setValue(const QString &field, const QVariant &value)
{
    m_values.insert(field, value);
}

QString Document::string(const QString &field) const
{
    const QVariant v = m_values.value(field);
    if (v.metaType().id() == QMetaType::QJsonValue)
        return v.toJsonValue().toString();
    return v.toString();
}

qint64 Document::integer(const QString &field) const
{
    return m_values.value(field).toLongLong();
}

double Document::number(const QString &field) const
{
    return m_values.value(field).toDouble();
}

bool Document::boolean(const QString &field) const
{
    return m_values.value(field).toBool();
}

QDate Document::date(const QString &field) const
{
    return QDate::fromString(m_values.value(field).toString(), Qt::ISODate);
}

QDateTime Document::datetime(const QString &field) const
{
    return QDateTime::fromString(m_values.value(field).toString(), Qt::ISODateWithMs);
}

QList<Document> Document::children(const QString &tableField) const
{
    return m_children.value(tableField);
}

void Document::setChildren(const QString &tableField, const QList<Document> &rows)
{
    m_children.insert(tableField, rows);
}

void Document::appendChild(const QString &tableField, const Document &row)
{
    m_children[tableField].append(row);
}

QJsonObject Document::toJson() const
{
    QJsonObject out;
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it) {
        const QVariant &v = it.value();
        if (v.metaType().id() == QMetaType::QJsonValue)
            out.insert(it.key(), v.toJsonValue());
        else if (!v.isValid() || v.isNull())
            out.insert(it.key(), QJsonValue::Null);
        else
            out.insert(it.key(), QJsonValue::fromVariant(v));
    }
    for (auto it = m_children.cbegin(); it != m_children.cend(); ++it) {
        QJsonArray rows;
        for (const Document &row : it.value())
            rows.append(row.toJson());
        out.insert(it.key(), rows);
    }
    return out;
}

Document Document::fromJson(const QString &doctype, const QJsonObject &json)
{
    Document doc(doctype);
    for (auto it = json.constBegin(); it != json.constEnd(); ++it)
        doc.m_values.insert(it.key(), QVariant::fromValue(QJsonValue(it.value())));
    return doc;
}

} // namespace fm::core
