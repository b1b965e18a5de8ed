// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <array>

namespace fm::desk {

// A rendered page as the live runtime compares it (docs/reference/live-protocol.md):
// the elements marked data-live-part="<id>" and, inside them, the rows marked
// data-live-key="<key>". Everything else on the page is static and never sent again.
// Works on the Desk's own templates, whose values Mustache escapes, so a "<" in the
// text is always a tag.
//
// A live session keeps the last render between events; it only ever needs to know
// whether a part or a row changed, never its old HTML (the new HTML comes from the new
// render), so it keeps the digests alone (withoutHtml()): a 50-row list is a few KB per
// session instead of its whole text (docs/adr/0243).
class LiveSnapshot final
{
public:
    // The first 128 bits of a SHA-256 of the text: what "changed" compares.
    using Digest = std::array<quint64, 2>;
    struct Row
    {
        QString key; // the attribute's value, HTML entities decoded
        QString html;
        Digest digest{};
    };
    struct Part
    {
        QString id;
        QString html;     // the whole element
        QString skeleton; // the element with each run of rows replaced by one marker
        QList<Row> rows;
        Digest htmlDigest{};
        Digest skeletonDigest{};
    };

    // The parts of `html`, in document order; parts inside parts are not supported
    // (their rows are the outer part's rows).
    static LiveSnapshot parse(const QString &html);

    const QList<Part> &parts() const { return m_parts; }
    const Part *part(const QString &id) const;
    bool isEmpty() const { return m_parts.isEmpty(); }

    // What turns `before` into `after`:
    // {"parts": {id: html}, "rows": {id: {"set": {key: html}, "remove": [key],
    //  "place": [[key, after], ...]}}}. A part whose skeleton changed is sent whole;
    // otherwise only its changed and new rows, and where new or moved rows go (after
    // the key `after`, first when it is empty, applied in order). Empty when nothing
    // changed. `before` may be withoutHtml(); `after` must hold its HTML.
    static QJsonObject diff(const LiveSnapshot &before, const LiveSnapshot &after);
    // Every part whole (what a client that just joined needs).
    QJsonObject full() const;
    // The same snapshot with ids, keys and digests only: still a `before` for diff(),
    // no longer an `after` or something full() can send.
    LiveSnapshot withoutHtml() &&;
    // The values of every `attribute`="..." in `html`, in order, entities decoded: the
    // documents a calendar shows (data-doc), which are no keyed rows.
    static QStringList attributeValues(const QString &html, const QString &attribute);

private:
    QList<Part> m_parts;
};

} // namespace fm::desk
