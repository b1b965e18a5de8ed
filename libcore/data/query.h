// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace fm::core {

enum class FilterOp { Eq, Ne, Lt, Le, Gt, Ge, Like, NotLike, In, NotIn, Between, IsSet, IsNotSet };

FM_CORE_EXPORT QString filterOpName(FilterOp op); // "=", "not like", "is set", ...

struct Filter
{
    QString field;
    FilterOp op = FilterOp::Eq;
    QVariant value; // a list for in / not in / between; unused for is set / is not set
};

struct OrderBy
{
    QString field;
    bool descending = false;
};

// A list request for one DocType. Field names and operators are checked against
// the DocType when the query is compiled; nothing here ever becomes SQL text as is.
struct FM_CORE_EXPORT Query
{
    QString doctype;
    QList<Filter> filters;  // joined with AND
    QStringList fields;     // empty: every column
    QList<OrderBy> orderBy; // empty: the DocType's sort
    int limit = 20;         // < 0: no limit
    int offset = 0;
    bool includeDeleted = false;

    // [[field, op, value], ...] or {"field": value, ...} (equality).
    static Result<QList<Filter>> parseFilters(const QJsonValue &json);
    // "priority desc, modified" -> [{priority, desc}, {modified, asc}]
    static Result<QList<OrderBy>> parseOrderBy(const QString &text);
    // ["subject", "status"]
    static Result<QStringList> parseFields(const QJsonValue &json);
};

} // namespace fm::core
