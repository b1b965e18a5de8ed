// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"
#include "data/query.h"
#include "meta/doctype.h"

#include <QUrlQuery>

namespace fm::desk {

// "%text%" with SQL LIKE's own characters escaped: a search for `text` as typed.
QString containsPattern(const QString &text);

struct PageLimits
{
    int defaultPageLength = 20;
    int maxPageLength = 500;
};

// Everything a list page shows, as it travels in the URL so a page can be shared:
//   q=<search>  f.<field>=<value>  op.<field>=<operator>  sort=<field>  dir=asc|desc
//   page=<n>  limit=<rows per page>
// Filters exist for the DocType's in_filter fields, with the REST API's operators;
// "in" and "not in" take a comma-separated list, "between" two values "low,high".
struct ListState
{
    struct FilterInput
    {
        QString field;
        QString op = QStringLiteral("=");
        QString value;
        bool active() const;
    };

    QString search;
    QList<FilterInput> filters; // one per in_filter field, in field order
    QString sort;               // empty: the DocType's sort
    bool descending = true;
    int page = 1;
    int pageLength = 20;
    bool explicitLimit = false;

    // Reads the URL's state for `type`. Whatever cannot be used (an unknown
    // operator, a page that is no number, a sort on an unknown field) is left at its
    // default and described in `problems`, so a mistyped link still shows a list.
    static ListState parse(const fm::core::DocType &type, const QUrlQuery &url,
                           const PageLimits &limits, QStringList *problems);

    // The operators a filter offers: the REST API's, in its order.
    static const QStringList &operators();

    // The URL query for this state, defaults left out (links keep it short).
    QUrlQuery toUrl() const;

    // The Query for DocumentAccess::list: filters through Query::parseFilters (so the
    // API's checks and messages apply), the search as `like` over `searchFields`.
    fm::Result<fm::core::Query> query(const fm::core::DocType &type,
                                      const QStringList &searchFields) const;
};

} // namespace fm::desk
