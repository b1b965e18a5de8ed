// SPDX-License-Identifier: MIT
#include "designer/fieldicons.h"

#include "meta/fieldtyperegistry.h"

#include <QHash>

namespace fm::studio {

QIcon fieldTypeIcon(const core::FieldTypeRegistry &types, const QString &fieldtype)
{
    static const QHash<QString, QString> files{
        {"Data", "text"},         {"Text", "longtext"},  {"LongText", "longtext"},
        {"Markdown", "markdown"}, {"Int", "number"},     {"Float", "number"},
        {"Currency", "currency"}, {"Percent", "number"}, {"Check", "check"},
        {"Date", "date"},         {"Datetime", "date"},  {"Time", "time"},
        {"Duration", "time"},     {"Select", "select"},  {"Link", "link"},
        {"DynamicLink", "link"},  {"Table", "table"},    {"TableMultiSelect", "table"},
        {"JSON", "json"},         {"Attach", "attach"},  {"AttachImage", "image"},
        {"Password", "password"}, {"Email", "email"},    {"Phone", "phone"},
        {"URL", "url"},           {"Color", "color"},    {"Rating", "rating"},
    };
    static QHash<QString, QIcon> cache;
    const QString base = types.type(fieldtype).base;
    const QString file = files.value(base, QStringLiteral("field"));
    auto it = cache.find(file);
    if (it == cache.end())
        it = cache.insert(file,
                          QIcon(QStringLiteral(":/fm/studio/designer/icons/%1.svg").arg(file)));
    return *it;
}

QString fieldTypeTitle(const QString &fieldtype)
{
    QString title;
    for (qsizetype i = 0; i < fieldtype.size(); ++i) {
        const QChar c = fieldtype.at(i);
        const bool wordStart = i > 0 && c.isUpper() && fieldtype.at(i - 1).isLower();
        if (wordStart)
            title += QLatin1Char(' ');
        title += c;
    }
    return title;
}

} // namespace fm::studio
