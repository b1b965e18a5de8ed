// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"
#include "meta/fieldtype.h"

#include <QHash>
#include <QStringList>

namespace fm::core {

// The field types DocTypes may use: the built-ins plus those apps register.
class FM_CORE_EXPORT FieldTypeRegistry final
{
public:
    FieldTypeRegistry(); // holds the built-in types

    // Adds an app-defined type. Refuses a name already taken and an unknown base.
    Result<void> registerType(FieldTypeInfo info);

    // Invalid FieldTypeInfo when unknown.
    FieldTypeInfo type(const QString &name) const;
    bool contains(const QString &name) const { return m_types.contains(name); }
    QStringList names() const; // sorted

    static QStringList builtinNames();

private:
    QHash<QString, FieldTypeInfo> m_types;
};

} // namespace fm::core
