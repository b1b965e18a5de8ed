// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

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

// Row-level security for a list (ARCHITECTURE section 7), filled in by DocumentAccess
// and compiled inside the WHERE so counts and pages only ever see the rows the user
// may read: `userColumn = user`, OR-ed with the documents shared with the user.
struct RowRestriction
{
    QString userColumn;         // "owner" or the DocType's rls_field; empty: no own rows
    QString user;               // the principal's user name, bound as a value
    bool includeShared = false; // also rows a Document Share lets `user` read
    bool none = false;          // no row at all

    static inline const QString kShareDocType = QStringLiteral("Document Share");
    static inline const QString kShareTable = QStringLiteral("document_share");
};

// A list request for one DocType. Field names and operators are checked against
// the DocType when the query is compiled; nothing here ever becomes SQL text as is.
struct FM_CORE_EXPORT Query
{
    QString doctype;
    QList<Filter> filters; // joined with AND
    // Joined with OR, then AND-ed with `filters` (empty: no condition): a search over
    // several fields, like the Desk's search box over the DocType's search_fields.
    QList<Filter> anyOf;
    QStringList fields;     // empty: every column
    QList<OrderBy> orderBy; // empty: the DocType's sort
    int limit = 20;         // < 0: no limit
    int offset = 0;
    bool includeDeleted = false;
    std::optional<RowRestriction> restriction; // unset: every row

    // Bounds on what one request may ask for (issue 12 item 9): past them the answer is a
    // 400 saying so, never a statement the engine refuses (a 500) or one more shape in
    // every thread's statement cache. Checked when filters are parsed and again when a
    // query is compiled, whoever built it.
    static constexpr int kMaxFilters = 50;     // filters and anyOf together
    static constexpr int kMaxListValues = 500; // values of one "in" / "not in"
    // BadRequest when `filters` break a bound above; `anyOf` counts towards the total.
    static Result<void> checkBounds(const QList<Filter> &filters, const QList<Filter> &anyOf = {});

    // [[field, op, value], ...] or {"field": value, ...} (equality).
    static Result<QList<Filter>> parseFilters(const QJsonValue &json);
    // "priority desc, modified" -> [{priority, desc}, {modified, asc}]
    static Result<QList<OrderBy>> parseOrderBy(const QString &text);
    // ["subject", "status"]
    static Result<QStringList> parseFields(const QJsonValue &json);
};

} // namespace fm::core
