// SPDX-License-Identifier: MIT
// The timeline under a form (docs/adr/0242): the document's saved changes, newest
// first, as VersionHistory gives them to the viewer (fields above their permlevels are
// never there), then who created it once the oldest change is on the page. A live part
// with a row per change, so someone else's save sends one new row.
#include "deskstrings.h"
#include "fieldview.h"
#include "meta/metaregistry.h"
#include "permissions/documentaccess.h"
#include "permissions/versionhistory.h"
#include "views_p.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace fm::desk {

namespace {

using fm::core::EventType;
using fm::core::Field;

constexpr int kValueChars = 120;

QString clipped(QString text)
{
    text = text.simplified();
    return text.size() > kValueChars ? text.left(kValueChars - 1) + QChar(0x2026) : text;
}

// One old or new value as a line of text: what the form shows for the field, so a
// Check says Yes/No and a Datetime its minutes; child tables say how many rows.
QString valueText(const fm::core::MetaRegistry &meta, const Field *field, const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined() || (value.isString() && value.toString().isEmpty()))
        return Desk::tr("(empty)");
    if (value.isArray())
        return Desk::tr("%n row(s)", nullptr, int(value.toArray().size()));
    if (value.isObject())
        return clipped(
            QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)));
    if (!field)
        return clipped(value.toVariant().toString());
    fm::core::Document holder(QString{});
    holder.setValue(field->fieldname, value.toVariant());
    const FieldDisplay shown = displayField(meta, *field, holder);
    return shown.kind == FieldDisplay::Kind::Empty ? Desk::tr("(empty)") : clipped(shown.text);
}

} // namespace

fm::Result<Data> DeskViews::timeline(const Viewer &viewer, const fm::core::DocType &type,
                                     const fm::core::Document &stored, int shown) const
{
    const fm::core::VersionHistory history(*m_access);
    const int limit = qBound(kTimelinePage, shown, fm::core::VersionHistory::kMaxLimit);
    auto page = history.list(viewer.principal, type.name, stored.name(), limit);
    if (!page)
        return fm::fail(page.error());
    Data entries = emptyList();
    bool any = false;
    for (const fm::core::VersionHistory::Entry &entry : page->entries) {
        Data changes = emptyList();
        bool hasLines = false;
        for (const fm::core::FieldChange &change : entry.changes) {
            const Field *field = type.field(change.field);
            // docstatus and amended_from say what the summary says already; hidden
            // fields are not on the form either.
            if (!field || field->hidden)
                continue;
            Data item;
            item.set("label", utf8(field->displayLabel()));
            item.set("old", utf8(valueText(*m_meta, field, change.oldValue)));
            item.set("new", utf8(valueText(*m_meta, field, change.newValue)));
            changes.push_back(item);
            hasLines = true;
        }
        QString summary;
        switch (entry.type) {
        case EventType::Submit:
            summary = Desk::tr("%1 submitted this");
            break;
        case EventType::Cancel:
            summary = Desk::tr("%1 cancelled this");
            break;
        default:
            summary = Desk::tr("%1 changed");
            break;
        }
        Data item;
        item.set("key", utf8(entry.name));
        item.set("summary", utf8(summary.arg(entry.user)));
        item.set("when", utf8(formatDatetime(entry.time)));
        item.set("has_changes", hasLines);
        item.set("changes", changes);
        entries.push_back(item);
        any = true;
    }
    Data data;
    data.set("entries", entries);
    data.set(
        "older_href",
        page->hasMore && limit < fm::core::VersionHistory::kMaxLimit
            ? Data(utf8(deskPath(type, stored.name()) +
                        QStringLiteral("?versions=%1#timeline")
                            .arg(qMin(limit + kTimelinePage, fm::core::VersionHistory::kMaxLimit))))
            : Data(false));
    const QString created = stored.string(QStringLiteral("creation"));
    data.set(
        "created",
        page->hasMore || created.isEmpty()
            ? Data(false)
            : Data(utf8(
                  Desk::tr("%1 created this · %2").arg(stored.owner(), formatDatetime(created)))));
    data.set("empty", !any);
    return data;
}

} // namespace fm::desk
