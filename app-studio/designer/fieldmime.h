// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QMimeData>
#include <QString>

namespace fm::studio {

// What the designer's views drag: a field type from the palette (to create a field) or an
// existing field of a DocType (to move it). The field list and the layout grid accept
// both, so a drag carries only names and each view applies its own edit.
inline const QString kFieldTypeMime = QStringLiteral("application/x-fm-fieldtype");
inline const QString kFieldMime = QStringLiteral("application/x-fm-field");

// A drag of the field type `fieldtype` ("Link").
inline QMimeData *fieldTypeMimeData(const QString &fieldtype)
{
    auto *data = new QMimeData;
    data->setData(kFieldTypeMime, fieldtype.toUtf8());
    data->setText(fieldtype);
    return data;
}

// The field type a drag carries; empty when it carries none.
inline QString fieldTypeFromMime(const QMimeData *data)
{
    return data && data->hasFormat(kFieldTypeMime) ? QString::fromUtf8(data->data(kFieldTypeMime))
                                                   : QString();
}

struct DraggedField
{
    QString doctype;
    QString fieldname;
    bool isValid() const { return !doctype.isEmpty() && !fieldname.isEmpty(); }
};

// A drag of the field `fieldname` of `doctype`.
inline QMimeData *fieldMimeData(const QString &doctype, const QString &fieldname)
{
    auto *data = new QMimeData;
    const QJsonObject object{{QStringLiteral("doctype"), doctype},
                             {QStringLiteral("fieldname"), fieldname}};
    data->setData(kFieldMime, QJsonDocument(object).toJson(QJsonDocument::Compact));
    data->setText(fieldname);
    return data;
}

// The field a drag carries; invalid when it carries none.
inline DraggedField fieldFromMime(const QMimeData *data)
{
    if (!data || !data->hasFormat(kFieldMime))
        return {};
    const QJsonObject object = QJsonDocument::fromJson(data->data(kFieldMime)).object();
    return {object.value(QStringLiteral("doctype")).toString(),
            object.value(QStringLiteral("fieldname")).toString()};
}

} // namespace fm::studio
