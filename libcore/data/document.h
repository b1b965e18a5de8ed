// SPDX-License-Identifier: MIT
#pragma once

#include "fm_core_export.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace fm::core {

// One record of a DocType: field values, standard values (name, owner, _version,
// docstatus, ...) and child rows under their Table fieldnames. A plain value:
// DocumentService validates and stores it.
//
// Values are kept in their canonical form: Text -> QString, Int -> qint64,
// Float -> double, Check -> bool, Date "yyyy-MM-dd", Datetime ISO 8601 UTC with
// milliseconds, Time "HH:mm:ss", JSON -> QJsonValue, unset -> absent.
class FM_CORE_EXPORT Document
{
public:
    Document() = default;
    explicit Document(const QString &doctype);

    QString doctype() const { return m_doctype; }
    bool isValid() const { return !m_doctype.isEmpty(); }

    QString name() const;
    void setName(const QString &name);
    QString owner() const;
    qint64 version() const; // _version, 0 when unset
    int docstatus() const;  // 0 draft, 1 submitted, 2 cancelled

    bool has(const QString &field) const { return m_values.contains(field); }
    QVariant value(const QString &field) const { return m_values.value(field); }
    void setValue(const QString &field, const QVariant &value);
    void remove(const QString &field) { m_values.remove(field); }
    const QVariantMap &values() const { return m_values; }

    QString string(const QString &field) const;
    qint64 integer(const QString &field) const;
    double number(const QString &field) const;
    bool boolean(const QString &field) const;
    QDate date(const QString &field) const;
    QDateTime datetime(const QString &field) const;

    // Child rows of one Table field, in idx order.
    QList<Document> children(const QString &tableField) const;
    void setChildren(const QString &tableField, const QList<Document> &rows);
    void appendChild(const QString &tableField, const Document &row);
    bool hasChildren(const QString &tableField) const { return m_children.contains(tableField); }
    QStringList childTableFields() const { return m_children.keys(); }

    // JSON in and out: values as they are (JSON-typed), children as arrays under
    // their Table fieldname. fromJson keeps raw values; DocumentService coerces them.
    QJsonObject toJson() const;
    static Document fromJson(const QString &doctype, const QJsonObject &json);

private:
    QString m_doctype;
    QVariantMap m_values;
    QMap<QString, QList<Document>> m_children;
};

} // namespace fm::core
