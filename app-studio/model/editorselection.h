// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>

namespace fm::studio {

// What is selected in one DocType editor: a field (by fieldname), shared by the field
// list, the layout grid, the form preview and the property editor.
class EditorSelection final : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    QString field() const { return m_field; }
    void selectField(const QString &fieldname);

signals:
    void fieldSelected(const QString &fieldname); // empty: nothing selected

private:
    QString m_field;
};

} // namespace fm::studio
