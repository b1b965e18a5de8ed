// SPDX-License-Identifier: MIT
#include "livediff.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QSet>

#include <cstring>

namespace fm::desk {

namespace {

const QString kPartAttribute = QStringLiteral("data-live-part=\"");
const QString kKeyAttribute = QStringLiteral("data-live-key=\"");

LiveSnapshot::Digest digestOf(QStringView text)
{
    const QByteArray sha = QCryptographicHash::hash(
        QByteArrayView(reinterpret_cast<const char *>(text.data()), text.size() * 2),
        QCryptographicHash::Sha256);
    LiveSnapshot::Digest digest;
    std::memcpy(digest.data(), sha.constData(), sizeof digest);
    return digest;
}

QString decodeEntities(QString text)
{
    // The five escapes Mustache writes; &amp; last so "&amp;lt;" stays "&lt;".
    text.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
    text.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    text.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
    text.replace(QStringLiteral("&#39;"), QStringLiteral("'"));
    text.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return text;
}

// One element found by an attribute: where it starts and ends in the text.
struct Element
{
    qsizetype begin = -1;
    qsizetype end = -1; // one past its closing tag
    QString value;      // the attribute's raw value
};

// The element holding the attribute at `at`: back to its "<", then forward, counting
// nested elements of the same name, to its closing tag.
Element elementAt(const QString &html, qsizetype at, qsizetype valueStart)
{
    Element element;
    const qsizetype open = html.lastIndexOf(u'<', at);
    const qsizetype valueEnd = html.indexOf(u'"', valueStart);
    if (open < 0 || valueEnd < 0)
        return element;
    qsizetype nameEnd = open + 1;
    while (nameEnd < html.size() && html.at(nameEnd).isLetterOrNumber())
        ++nameEnd;
    const QString name = html.mid(open + 1, nameEnd - open - 1);
    if (name.isEmpty())
        return element;
    const QString opening = u'<' + name;
    const QString closing = QStringLiteral("</") + name + u'>';
    int depth = 0;
    qsizetype pos = open;
    while (pos >= 0 && pos < html.size()) {
        const qsizetype nextOpen = html.indexOf(opening, pos);
        const qsizetype nextClose = html.indexOf(closing, pos);
        if (nextClose < 0)
            return element;
        const bool opens = nextOpen >= 0 && nextOpen < nextClose &&
                           nextOpen + opening.size() < html.size() &&
                           !html.at(nextOpen + opening.size()).isLetterOrNumber();
        if (opens) {
            ++depth;
            pos = nextOpen + opening.size();
        } else if (nextOpen >= 0 && nextOpen < nextClose) {
            pos = nextOpen + opening.size(); // "<tbody" while looking for "<t"
        } else {
            --depth;
            pos = nextClose + closing.size();
            if (depth == 0) {
                element.begin = open;
                element.end = pos;
                element.value = html.mid(valueStart, valueEnd - valueStart);
                return element;
            }
        }
    }
    return element;
}

QList<Element> elementsWith(const QString &html, const QString &attribute)
{
    QList<Element> found;
    qsizetype from = 0;
    while (true) {
        const qsizetype at = html.indexOf(attribute, from);
        if (at < 0)
            break;
        const Element element = elementAt(html, at, at + attribute.size());
        if (element.begin < 0)
            break; // unbalanced markup: stop rather than guess
        found << element;
        from = element.end;
    }
    return found;
}

// The rows of `now` that need not move: the longest subsequence of the rows both
// orders hold that keeps the old relative order (patience sorting, O(n log n)).
QSet<QString> stableRows(const QStringList &now, const QStringList &before)
{
    QHash<QString, qsizetype> oldIndex;
    for (qsizetype i = 0; i < before.size(); ++i)
        oldIndex.insert(before.at(i), i);
    QList<qsizetype> sequence; // old positions of the surviving rows, in new order
    QStringList keys;
    for (const QString &key : now) {
        if (const auto it = oldIndex.constFind(key); it != oldIndex.constEnd()) {
            sequence << *it;
            keys << key;
        }
    }
    QList<qsizetype> tails; // index into sequence of the smallest tail of each length
    QList<qsizetype> previous(sequence.size(), -1);
    for (qsizetype i = 0; i < sequence.size(); ++i) {
        const auto at =
            std::lower_bound(tails.begin(), tails.end(), sequence.at(i),
                             [&](qsizetype t, qsizetype v) { return sequence.at(t) < v; });
        const qsizetype length = at - tails.begin();
        if (length > 0)
            previous[i] = tails.at(length - 1);
        if (at == tails.end())
            tails.append(i);
        else
            *at = i;
    }
    QSet<QString> stable;
    for (qsizetype i = tails.isEmpty() ? -1 : tails.last(); i >= 0; i = previous.at(i))
        stable.insert(keys.at(i));
    return stable;
}

} // namespace

LiveSnapshot LiveSnapshot::parse(const QString &html)
{
    LiveSnapshot snapshot;
    for (const Element &element : elementsWith(html, kPartAttribute)) {
        Part part;
        part.id = decodeEntities(element.value);
        part.html = html.mid(element.begin, element.end - element.begin);
        qsizetype copied = 0;
        bool afterRow = false;
        for (const Element &row : elementsWith(part.html, kKeyAttribute)) {
            const QString key = decodeEntities(row.value);
            const QStringView between = QStringView(part.html).mid(copied, row.begin - copied);
            // A run of rows is one marker, so adding or removing a row leaves the
            // skeleton as it was.
            if (!afterRow || !between.trimmed().isEmpty()) {
                part.skeleton += between;
                part.skeleton += QStringLiteral("<!--rows-->");
            }
            afterRow = true;
            copied = row.end;
            const QString rowHtml = part.html.mid(row.begin, row.end - row.begin);
            part.rows << Row{key, rowHtml, digestOf(rowHtml)};
        }
        part.skeleton += QStringView(part.html).mid(copied);
        part.htmlDigest = digestOf(part.html);
        part.skeletonDigest = digestOf(part.skeleton);
        snapshot.m_parts << part;
    }
    return snapshot;
}

const LiveSnapshot::Part *LiveSnapshot::part(const QString &id) const
{
    for (const Part &part : m_parts) {
        if (part.id == id)
            return &part;
    }
    return nullptr;
}

QJsonObject LiveSnapshot::full() const
{
    QJsonObject parts;
    for (const Part &part : m_parts)
        parts.insert(part.id, part.html);
    return parts.isEmpty() ? QJsonObject{} : QJsonObject{{QStringLiteral("parts"), parts}};
}

LiveSnapshot LiveSnapshot::withoutHtml() &&
{
    for (Part &part : m_parts) {
        part.html = QString();
        part.skeleton = QString();
        for (Row &row : part.rows)
            row.html = QString();
        part.rows.squeeze();
    }
    m_parts.squeeze();
    return std::move(*this);
}

QJsonObject LiveSnapshot::diff(const LiveSnapshot &before, const LiveSnapshot &after)
{
    QJsonObject parts;
    QJsonObject rows;
    for (const Part &now : after.m_parts) {
        const Part *was = before.part(now.id);
        if (!was || was->skeletonDigest != now.skeletonDigest) {
            if (!was || was->htmlDigest != now.htmlDigest)
                parts.insert(now.id, now.html);
            continue;
        }
        QHash<QString, Digest> old;
        QStringList oldOrder;
        for (const Row &row : was->rows) {
            old.insert(row.key, row.digest);
            oldOrder << row.key;
        }
        QJsonObject set;
        QStringList newOrder;
        for (const Row &row : now.rows) {
            newOrder << row.key;
            const auto it = old.constFind(row.key);
            if (it == old.constEnd() || *it != row.digest)
                set.insert(row.key, row.html);
        }
        QJsonArray remove;
        const QSet<QString> kept(newOrder.cbegin(), newOrder.cend());
        for (const QString &key : std::as_const(oldOrder)) {
            if (!kept.contains(key))
                remove.append(key);
        }
        QJsonObject change;
        if (!set.isEmpty())
            change.insert(QStringLiteral("set"), set);
        if (!remove.isEmpty())
            change.insert(QStringLiteral("remove"), remove);
        // New rows and rows that moved get a place: the key they follow (empty: first).
        // Rows on the longest run that kept its order stay where they are.
        const QSet<QString> stay = stableRows(newOrder, oldOrder);
        QJsonArray place;
        for (qsizetype i = 0; i < newOrder.size(); ++i) {
            if (!stay.contains(newOrder.at(i)))
                place.append(QJsonArray{newOrder.at(i), i == 0 ? QString() : newOrder.at(i - 1)});
        }
        if (!place.isEmpty())
            change.insert(QStringLiteral("place"), place);
        if (!change.isEmpty())
            rows.insert(now.id, change);
    }
    QJsonObject out;
    if (!parts.isEmpty())
        out.insert(QStringLiteral("parts"), parts);
    if (!rows.isEmpty())
        out.insert(QStringLiteral("rows"), rows);
    return out;
}

QStringList LiveSnapshot::attributeValues(const QString &html, const QString &attribute)
{
    QStringList values;
    const QString marker = u' ' + attribute + QStringLiteral("=\"");
    for (qsizetype at = html.indexOf(marker); at >= 0; at = html.indexOf(marker, at)) {
        at += marker.size();
        const qsizetype close = html.indexOf(u'"', at);
        if (close < 0)
            break;
        values << decodeEntities(html.mid(at, close - at));
        at = close;
    }
    return values;
}

} // namespace fm::desk
