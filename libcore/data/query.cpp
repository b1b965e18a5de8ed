// SPDX-License-Identifier: MIT
#include "data/query.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace fm::core {

namespace {

struct QueryTr
{
    Q_DECLARE_TR_FUNCTIONS(fm::core::Query)
};

struct OpName
{
    FilterOp op;
    const char *name;
};

constexpr OpName kOps[] = {
    {FilterOp::Eq, "="},
    {FilterOp::Ne, "!="},
    {FilterOp::Lt, "<"},
    {FilterOp::Le, "<="},
    {FilterOp::Gt, ">"},
    {FilterOp::Ge, ">="},
    {FilterOp::Like, "like"},
    {FilterOp::NotLike, "not like"},
    {FilterOp::In, "in"},
    {FilterOp::NotIn, "not in"},
    {FilterOp::Between, "between"},
    {FilterOp::IsSet, "is set"},
    {FilterOp::IsNotSet, "is not set"},
};

QString knownOps()
{
    QStringList names;
    for (const OpName &o : kOps)
        names << QString::fromLatin1(o.name);
    return names.join(QStringLiteral(", "));
}

Error badFilter(int index, const QString &message)
{
    return Error(ErrorCode::BadRequest, QueryTr::tr("filter %1: %2").arg(index).arg(message));
}

Result<Filter> parseOne(int index, const QJsonArray &triple)
{
    if (triple.size() < 2 || triple.size() > 3 || !triple.at(0).isString() ||
        !triple.at(1).isString())
        return fail(badFilter(index, QueryTr::tr("write it as [\"field\", \"operator\", value]")));
    Filter filter;
    filter.field = triple.at(0).toString();
    QString op = triple.at(1).toString().trimmed().toLower();
    const QJsonValue value = triple.size() == 3 ? triple.at(2) : QJsonValue();
    if (op == u"is") { // Frappe's spelling: ["field", "is", "set" | "not set"]
        const QString what = value.toString().trimmed().toLower();
        if (what != u"set" && what != u"not set")
            return fail(badFilter(index, QueryTr::tr("\"is\" takes \"set\" or \"not set\"")));
        op = QStringLiteral("is ") + what;
    }
    bool known = false;
    for (const OpName &o : kOps) {
        if (op == QLatin1String(o.name)) {
            filter.op = o.op;
            known = true;
        }
    }
    if (!known) {
        return fail(badFilter(index, QueryTr::tr("unknown operator \"%1\"; use one of: %2")
                                         .arg(triple.at(1).toString(), knownOps())));
    }
    switch (filter.op) {
    case FilterOp::IsSet:
    case FilterOp::IsNotSet:
        break;
    case FilterOp::In:
    case FilterOp::NotIn:
        if (!value.isArray() || value.toArray().isEmpty())
            return fail(badFilter(index, QueryTr::tr("\"%1\" needs a non-empty list").arg(op)));
        filter.value = value.toArray().toVariantList();
        break;
    case FilterOp::Between:
        if (!value.isArray() || value.toArray().size() != 2)
            return fail(badFilter(index, QueryTr::tr("\"between\" needs [low, high]")));
        filter.value = value.toArray().toVariantList();
        break;
    default:
        if (value.isArray() || value.isObject() || value.isUndefined()) {
            return fail(badFilter(index, QueryTr::tr("\"%1\" needs a single value").arg(op)));
        }
        filter.value = value.toVariant();
        break;
    }
    return filter;
}

} // namespace

Result<void> Query::checkBounds(const QList<Filter> &filters, const QList<Filter> &anyOf)
{
    const qsizetype count = filters.size() + anyOf.size();
    if (count > kMaxFilters) {
        return fail(ErrorCode::BadRequest,
                    QueryTr::tr("a list takes at most %1 filters and this one has %2; narrow "
                                "it down, or use \"in\" for many values of one field")
                        .arg(kMaxFilters)
                        .arg(count));
    }
    for (const QList<Filter> *list : {&filters, &anyOf}) {
        for (qsizetype i = 0; i < list->size(); ++i) {
            const Filter &filter = list->at(i);
            const bool isList = filter.op == FilterOp::In || filter.op == FilterOp::NotIn;
            const qsizetype values = isList ? filter.value.toList().size() : 0;
            if (values > kMaxListValues) {
                return fail(badFilter(int(i), QueryTr::tr("\"%1\" takes at most %2 values and "
                                                          "this one has %3; split the list "
                                                          "over several requests")
                                                  .arg(filterOpName(filter.op))
                                                  .arg(kMaxListValues)
                                                  .arg(values)));
            }
        }
    }
    return {};
}

QString filterOpName(FilterOp op)
{
    for (const OpName &o : kOps) {
        if (o.op == op)
            return QString::fromLatin1(o.name);
    }
    return {};
}

Result<QList<Filter>> Query::parseFilters(const QJsonValue &json)
{
    QList<Filter> filters;
    if (json.isUndefined() || json.isNull())
        return filters;
    if (json.isObject()) {
        const QJsonObject object = json.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (it.value().isArray() || it.value().isObject()) {
                return fail(ErrorCode::BadRequest,
                            QueryTr::tr("filter on \"%1\": use [[\"%1\", \"in\", [...]]] for "
                                        "lists")
                                .arg(it.key()));
            }
            filters.append(Filter{it.key(), FilterOp::Eq, it.value().toVariant()});
        }
        if (auto ok = checkBounds(filters); !ok)
            return fail(ok.error());
        return filters;
    }
    if (!json.isArray()) {
        return fail(ErrorCode::BadRequest,
                    QueryTr::tr("filters must be a list of [field, operator, value]"));
    }
    const QJsonArray list = json.toArray();
    // Refused before any of it is parsed: the count alone is the problem.
    if (list.size() > kMaxFilters) {
        return fail(ErrorCode::BadRequest,
                    QueryTr::tr("a list takes at most %1 filters and this one has %2; narrow "
                                "it down, or use \"in\" for many values of one field")
                        .arg(kMaxFilters)
                        .arg(list.size()));
    }
    for (int i = 0; i < list.size(); ++i) {
        if (!list.at(i).isArray())
            return fail(badFilter(i, QueryTr::tr("write it as [\"field\", \"operator\", value]")));
        auto filter = parseOne(i, list.at(i).toArray());
        if (!filter)
            return fail(filter.error());
        filters.append(*filter);
    }
    if (auto ok = checkBounds(filters); !ok)
        return fail(ok.error());
    return filters;
}

Result<QList<OrderBy>> Query::parseOrderBy(const QString &text)
{
    QList<OrderBy> order;
    const QStringList parts = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const QStringList words = part.simplified().split(QLatin1Char(' '));
        const QString direction = words.size() > 1 ? words.at(1).toLower() : QStringLiteral("asc");
        if (words.size() > 2 || (direction != u"asc" && direction != u"desc")) {
            return fail(ErrorCode::BadRequest,
                        QueryTr::tr("order_by \"%1\": write \"field asc\" or \"field desc\"")
                            .arg(part.trimmed()));
        }
        order.append(OrderBy{words.at(0), direction == u"desc"});
    }
    return order;
}

Result<QStringList> Query::parseFields(const QJsonValue &json)
{
    QStringList fields;
    if (json.isUndefined() || json.isNull())
        return fields;
    if (!json.isArray())
        return fail(ErrorCode::BadRequest, QueryTr::tr("fields must be a list of fieldnames"));
    for (const QJsonValue &v : json.toArray()) {
        if (!v.isString())
            return fail(ErrorCode::BadRequest, QueryTr::tr("fields must be a list of fieldnames"));
        fields << v.toString();
    }
    return fields;
}

} // namespace fm::core
