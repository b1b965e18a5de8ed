// SPDX-License-Identifier: MIT
#pragma once

#include "data/document.h"
#include "meta/doctype.h"

namespace fm::core {
class MetaRegistry;
}

namespace fm::desk {

// "/desk/ticket" or "/desk/ticket/TKT-00001": the DocType's slug, the name
// percent-encoded as one path segment (a "/" in it travels as %2F). A name the Desk's
// own pages take after a DocType (new, bulk, view) or one that starts with "~" gets a
// "~" in front ("/desk/ticket/~new"), and so does a slug that is one of the Desk's own
// pages (login, api, ...): such documents and DocTypes stay reachable (docs/adr/0263).
QString deskPath(const fm::core::DocType &type, const QString &name = {});
// What a path segment after /desk/ names: the segment without one leading "~".
QString deskSegmentValue(const QString &segment);
// "/desk/ticket/view/kanban" (kanbanview.cpp).
QString kanbanPath(const fm::core::DocType &type);
// "/desk/ticket/view/calendar" (calendarview.cpp).
QString calendarPath(const fm::core::DocType &type);

// How one field's value shows on a page. Everything here is text that the template
// escapes; `href` is only ever a path on this Desk, an http(s) URL or a mailto:, so
// a stored "javascript:..." is shown as text and never becomes a link.
struct FieldDisplay
{
    enum class Kind {
        Empty, // no value
        Plain, // one line of text
        Block, // multi-line text, line breaks kept
        Code,  // JSON, pretty-printed
        Link,  // text with href
    };
    Kind kind = Kind::Empty;
    QString text;
    QString href;
};

// The value of `field` in `doc`, by field type (Check: Yes/No, Currency: two
// decimals, Link: to the linked document's form, Datetime: UTC minutes, ...).
FieldDisplay displayField(const fm::core::MetaRegistry &meta, const fm::core::Field &field,
                          const fm::core::Document &doc);

// The standard columns a list may show and sort by, with their labels.
QString standardLabel(const QString &column); // "Name", "Last Modified", ...; empty if not one
// "2026-12-07 09:15 UTC" from a stored ISO date-time; the text itself when it is not one.
QString formatDatetime(const QString &iso);

} // namespace fm::desk
