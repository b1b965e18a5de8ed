// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"

#include <kainjow/mustache.hpp>

#include <QHash>
#include <QString>

#include <string>

namespace fm::desk {

using Data = kainjow::mustache::data;
using List = kainjow::mustache::list;

// Mustache wants std::string (UTF-8).
inline std::string utf8(const QString &text)
{
    return text.toStdString();
}

// A Mustache list, empty: `{{#items}}` renders nothing and `{{^items}}` renders once.
inline Data emptyList()
{
    return Data(Data::type::list);
}

// The Desk's Mustache templates (resources/desk/templates/<name>.mustache). `{{x}}`
// escapes HTML (& < > " '); the layout's `{{{body}}}` is the one unescaped value and
// holds HTML another template rendered. Every template is parsed when the set is
// loaded, so a broken one is an error naming its file and position before any page
// is served.
class DeskTemplates final
{
public:
    static inline const QString kResourceDir = QStringLiteral(":/fm/desk/templates");

    // Reads and parses every *.mustache file in `dir`; InvalidMeta naming the file and
    // the parser's message (line and column) for the first one that does not parse.
    static fm::Result<DeskTemplates> load(const QString &dir = kResourceDir);

    bool has(const QString &name) const { return m_texts.contains(name); }
    // Renders `name` ("list") with `data`; Internal when it is unknown.
    fm::Result<QString> render(const QString &name, const Data &data) const;

private:
    QHash<QString, std::string> m_texts;
};

} // namespace fm::desk
