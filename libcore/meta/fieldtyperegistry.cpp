// SPDX-License-Identifier: MIT
#include "meta/fieldtyperegistry.h"

#include <QCoreApplication>
#include <algorithm>

namespace fm::core {

namespace {

struct FieldtyperegistryTr
{
    Q_DECLARE_TR_FUNCTIONS(fm::core::FieldTypeRegistry)
};

} // namespace

namespace {

struct Builtin
{
    const char *name;
    StorageType storage;
    OptionsKind options;
    const char *widget;
    bool length, range, pattern, table;
};

// The one table of built-in types; everything else derives from it.
constexpr Builtin kBuiltins[] = {
    {"Data", StorageType::Text, OptionsKind::None, "input", true, false, true, false},
    {"Text", StorageType::Text, OptionsKind::None, "textarea", true, false, true, false},
    {"LongText", StorageType::Text, OptionsKind::None, "textarea", true, false, false, false},
    {"Markdown", StorageType::Text, OptionsKind::None, "markdown", true, false, false, false},
    {"Int", StorageType::Integer, OptionsKind::None, "number", false, true, false, false},
    {"Float", StorageType::Real, OptionsKind::None, "number", false, true, false, false},
    {"Currency", StorageType::Real, OptionsKind::None, "currency", false, true, false, false},
    {"Percent", StorageType::Real, OptionsKind::None, "percent", false, true, false, false},
    {"Check", StorageType::Boolean, OptionsKind::None, "checkbox", false, false, false, false},
    {"Date", StorageType::Date, OptionsKind::None, "date", false, false, false, false},
    {"Datetime", StorageType::Datetime, OptionsKind::None, "datetime", false, false, false, false},
    {"Time", StorageType::Time, OptionsKind::None, "time", false, false, false, false},
    {"Duration", StorageType::Integer, OptionsKind::None, "duration", false, true, false, false},
    {"Select", StorageType::Text, OptionsKind::Choices, "select", false, false, false, false},
    {"Link", StorageType::Text, OptionsKind::DocType, "link", false, false, false, false},
    {"DynamicLink", StorageType::Text, OptionsKind::FieldName, "dynamic-link", false, false, false,
     false},
    {"Table", StorageType::None, OptionsKind::DocType, "table", false, false, false, true},
    {"TableMultiSelect", StorageType::None, OptionsKind::DocType, "multi-select", false, false,
     false, true},
    {"JSON", StorageType::Json, OptionsKind::None, "code", false, false, false, false},
    {"Attach", StorageType::Text, OptionsKind::None, "attach", false, false, false, false},
    {"AttachImage", StorageType::Text, OptionsKind::None, "attach-image", false, false, false,
     false},
    {"Password", StorageType::Text, OptionsKind::None, "password", true, false, true, false},
    {"Email", StorageType::Text, OptionsKind::None, "email", true, false, true, false},
    {"Phone", StorageType::Text, OptionsKind::None, "phone", true, false, true, false},
    {"URL", StorageType::Text, OptionsKind::None, "url", true, false, true, false},
    {"Color", StorageType::Text, OptionsKind::None, "color", false, false, false, false},
    {"Rating", StorageType::Integer, OptionsKind::None, "rating", false, true, false, false},
};

} // namespace

FieldTypeRegistry::FieldTypeRegistry()
{
    for (const Builtin &b : kBuiltins) {
        FieldTypeInfo info;
        info.name = info.base = QString::fromLatin1(b.name);
        info.storage = b.storage;
        info.options = b.options;
        info.widget = QString::fromLatin1(b.widget);
        info.app = QStringLiteral("core");
        info.isTable = b.table;
        info.supportsLength = b.length;
        info.supportsRange = b.range;
        info.supportsPattern = b.pattern;
        info.supportsUnique = !b.table && b.storage != StorageType::Json;
        m_types.insert(info.name, info);
    }
}

Result<void> FieldTypeRegistry::registerType(FieldTypeInfo info)
{
    if (info.name.isEmpty())
        return fail(ErrorCode::InvalidMeta, FieldtyperegistryTr::tr("a field type needs a name"));
    if (m_types.contains(info.name)) {
        return fail(
            ErrorCode::InvalidMeta,
            FieldtyperegistryTr::tr("field type \"%1\" is already registered by app \"%2\"; "
                                    "choose another name")
                .arg(info.name, m_types.value(info.name).app));
    }
    const FieldTypeInfo base = type(info.base);
    if (!base.isValid() || base.base != base.name) {
        return fail(
            ErrorCode::InvalidMeta,
            FieldtyperegistryTr::tr("field type \"%1\" names base \"%2\", which is not a built-in "
                                    "type; use one of: %3")
                .arg(info.name, info.base, builtinNames().join(QStringLiteral(", "))));
    }
    if (base.isTable) {
        return fail(
            ErrorCode::InvalidMeta,
            FieldtyperegistryTr::tr("field type \"%1\" cannot derive from the table type \"%2\"")
                .arg(info.name, info.base));
    }
    // The derived type behaves like its base in storage and validators.
    info.storage = base.storage;
    info.options = base.options;
    info.isTable = false;
    info.supportsLength = base.supportsLength;
    info.supportsRange = base.supportsRange;
    info.supportsPattern = base.supportsPattern;
    info.supportsUnique = base.supportsUnique;
    if (info.widget.isEmpty())
        info.widget = base.widget;
    m_types.insert(info.name, info);
    return {};
}

FieldTypeInfo FieldTypeRegistry::type(const QString &name) const
{
    return m_types.value(name);
}

QStringList FieldTypeRegistry::names() const
{
    QStringList list = m_types.keys();
    std::sort(list.begin(), list.end());
    return list;
}

QStringList FieldTypeRegistry::builtinNames()
{
    QStringList list;
    for (const Builtin &b : kBuiltins)
        list << QString::fromLatin1(b.name);
    return list;
}

} // namespace fm::core
