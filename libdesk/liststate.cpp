// SPDX-License-Identifier: MIT
#include "liststate.h"

#include "deskstrings.h"
#include "fieldview.h"

#include <QJsonArray>

namespace fm::desk {

namespace {

bool takesNoValue(const QString &op)
{
    return op == u"is set" || op == u"is not set";
}

// "%text%" unless the user wrote a wildcard; SQL LIKE's own characters escaped
// with the dialect's escape character when searching for the text as is.
QString likePattern(const QString &text, bool escape)
{
    if (!escape && text.contains(u'%'))
        return text;
    QString escaped = text;
    escaped.replace(u'\\', QStringLiteral("\\\\"));
    escaped.replace(u'%', QStringLiteral("\\%"));
    escaped.replace(u'_', QStringLiteral("\\_"));
    return u'%' + escaped + u'%';
}

QJsonValue filterValue(const QString &op, const QString &value)
{
    if (op == u"in" || op == u"not in" || op == u"between") {
        QJsonArray items;
        for (const QString &part : value.split(u',', Qt::SkipEmptyParts))
            items.append(part.trimmed());
        return items;
    }
    if (op == u"like" || op == u"not like")
        return likePattern(value, false);
    return value;
}

} // namespace

bool ListState::FilterInput::active() const
{
    return takesNoValue(op) || !value.isEmpty();
}

const QStringList &ListState::operators()
{
    static const QStringList ops{
        QStringLiteral("="),         QStringLiteral("!="),       QStringLiteral("<"),
        QStringLiteral("<="),        QStringLiteral(">"),        QStringLiteral(">="),
        QStringLiteral("like"),      QStringLiteral("not like"), QStringLiteral("in"),
        QStringLiteral("not in"),    QStringLiteral("between"),  QStringLiteral("is set"),
        QStringLiteral("is not set")};
    return ops;
}

QString containsPattern(const QString &text)
{
    return likePattern(text, true);
}

ListState ListState::parse(const fm::core::DocType &type, const QUrlQuery &url,
                           const PageLimits &limits, QStringList *problems)
{
    auto value = [&url](const QString &key) {
        return url.queryItemValue(key, QUrl::FullyDecoded);
    };
    ListState state;
    state.pageLength = limits.defaultPageLength;
    state.search = value(QStringLiteral("q")).trimmed();
    for (const fm::core::Field &field : type.fields) {
        if (!field.inFilter)
            continue;
        FilterInput input;
        input.field = field.fieldname;
        input.value = value(QStringLiteral("f.") + field.fieldname).trimmed();
        const QString op = value(QStringLiteral("op.") + field.fieldname).trimmed().toLower();
        if (!op.isEmpty() && operators().contains(op)) {
            input.op = op;
        } else if (!op.isEmpty()) {
            problems->append(Desk::tr("The operator \"%1\" for %2 is unknown; use one of: %3.")
                                 .arg(op, field.displayLabel(), operators().join(u", ")));
        }
        state.filters.append(input);
    }
    if (const QString sort = value(QStringLiteral("sort")); !sort.isEmpty()) {
        const bool known = type.hasField(sort) || !standardLabel(sort).isEmpty();
        if (known)
            state.sort = sort;
        else
            problems->append(
                Desk::tr("Cannot sort by \"%1\": %2 has no such field.").arg(sort, type.name));
    }
    state.descending =
        state.sort.isEmpty() ? type.sortDescending : value(QStringLiteral("dir")) != u"asc";
    if (const QString page = value(QStringLiteral("page")); !page.isEmpty()) {
        bool ok = false;
        const int number = page.toInt(&ok);
        if (ok && number >= 1)
            state.page = number;
        else
            problems->append(
                Desk::tr("Page \"%1\" is not a page number; showing the first page.").arg(page));
    }
    if (const QString limit = value(QStringLiteral("limit")); !limit.isEmpty()) {
        bool ok = false;
        const int number = limit.toInt(&ok);
        if (ok && number >= 1) {
            state.pageLength = qMin(number, limits.maxPageLength);
            state.explicitLimit = true;
        } else {
            problems->append(
                Desk::tr("\"%1\" rows per page is not a number of at least 1.").arg(limit));
        }
    }
    return state;
}

QUrlQuery ListState::toUrl() const
{
    QUrlQuery url;
    auto add = [&url](const QString &key, const QString &value) {
        // Encoded here so "+", "&" and "#" in a value survive the round trip.
        url.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    };
    if (!search.isEmpty())
        add(QStringLiteral("q"), search);
    for (const FilterInput &filter : filters) {
        if (!filter.active())
            continue;
        if (filter.op != u"=")
            add(QStringLiteral("op.") + filter.field, filter.op);
        if (!takesNoValue(filter.op))
            add(QStringLiteral("f.") + filter.field, filter.value);
    }
    if (!sort.isEmpty()) {
        add(QStringLiteral("sort"), sort);
        add(QStringLiteral("dir"), descending ? QStringLiteral("desc") : QStringLiteral("asc"));
    }
    if (explicitLimit)
        add(QStringLiteral("limit"), QString::number(pageLength));
    if (page > 1)
        add(QStringLiteral("page"), QString::number(page));
    return url;
}

fm::Result<fm::core::Query> ListState::query(const fm::core::DocType &type,
                                             const QStringList &searchFields) const
{
    fm::core::Query query;
    query.doctype = type.name;
    query.limit = pageLength;
    query.offset = (page - 1) * pageLength;
    QJsonArray filterJson;
    for (const FilterInput &filter : filters) {
        if (!filter.active())
            continue;
        QJsonArray triple{filter.field, filter.op};
        if (!takesNoValue(filter.op))
            triple.append(filterValue(filter.op, filter.value));
        filterJson.append(triple);
    }
    auto parsed = fm::core::Query::parseFilters(filterJson);
    if (!parsed)
        return fm::fail(parsed.error());
    query.filters = *parsed;
    if (!search.isEmpty()) {
        for (const QString &field : searchFields)
            query.anyOf.append({field, fm::core::FilterOp::Like, likePattern(search, true)});
    }
    if (!sort.isEmpty())
        query.orderBy.append({sort, descending});
    return query;
}

} // namespace fm::desk
