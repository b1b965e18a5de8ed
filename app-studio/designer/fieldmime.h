// SPDX-License-Identifier: MIT
#pragma once

#include <QMimeData>
#include <QString>

namespace fm::studio {

// What the designer's views drag, defined once for the palette, the field list, the
// layout grid and its tray: each view accepts both and applies its own edit, and a test
// drives a drop by building the same QMimeData.
// A field type from the palette (creates a field); payload: the type's name in UTF-8.
inline constexpr QLatin1String kFieldTypeMime("application/x-fm-fieldtype");
// An existing field (moves it); payload: its fieldname in UTF-8.
inline constexpr QLatin1String kFieldMime("application/x-fm-field");
// Beside kFieldMime when the source knows it: the DocType the field belongs to, so a view
// of another DocType refuses the drop. Optional: a drag without it is of "this" DocType.
inline constexpr QLatin1String kFieldDocTypeMime("application/x-fm-field-doctype");

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
    QString doctype; // empty when the drag did not say
    QString fieldname;
    bool isValid() const { return !fieldname.isEmpty(); }
};

// A drag of the field `fieldname` of `doctype`.
inline QMimeData *fieldMimeData(const QString &doctype, const QString &fieldname)
{
    auto *data = new QMimeData;
    data->setData(kFieldMime, fieldname.toUtf8());
    data->setData(kFieldDocTypeMime, doctype.toUtf8());
    data->setText(fieldname);
    return data;
}

// The field a drag carries; invalid when it carries none.
inline DraggedField fieldFromMime(const QMimeData *data)
{
    if (!data || !data->hasFormat(kFieldMime))
        return {};
    return {QString::fromUtf8(data->data(kFieldDocTypeMime)),
            QString::fromUtf8(data->data(kFieldMime))};
}

} // namespace fm::studio
