// SPDX-License-Identifier: MIT
// The calendar view (/desk/{doctype}/view/calendar): the documents of a month or a week
// placed on their days by the DocType's views.calendar start (and optional end) field,
// titled by its title field. The period lives in the URL (mode=month|week,
// date=YYYY-MM-DD), so a calendar page can be shared; every read goes through
// DocumentAccess, so the row restriction of the list applies. Days are UTC days, as the
// Desk shows every time in UTC. Narrow screens show the same grid as an agenda (CSS).
// docs/adr/0238.
#include "deskstrings.h"
#include "deskviews.h"
#include "fieldview.h"
#include "formvalues.h"
#include "i18n/translations.h"
#include "meta/metaregistry.h"
#include "permissions/documentaccess.h"
#include "views_p.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QLocale>
#include <QMap>

namespace fm::desk {

namespace {

// A month holds a few hundred entries at most in a calendar a person reads; past this
// the page says so and points at the list.
constexpr int kMaxEntries = 500;

QString isoDay(const QDate &day)
{
    return day.toString(Qt::ISODate);
}

// The UTC day of a stored Date ("2026-11-02") or Datetime ("2026-11-02T10:00:00.000Z").
QDate dayOf(const QString &stored)
{
    return QDate::fromString(stored.left(10), Qt::ISODate);
}

struct Period
{
    bool week = false;
    QDate anchor; // the day the URL names (or today)
    QDate first;  // the first day the grid shows (a Monday)
    QDate last;   // the last (a Sunday)
};

// mode and date from the URL; a bad one is refused naming the value and the fix.
fm::Result<Period> periodOf(const QUrlQuery &url)
{
    Period period;
    const QString mode = url.queryItemValue(QStringLiteral("mode"), QUrl::FullyDecoded);
    if (mode == u"week")
        period.week = true;
    else if (!mode.isEmpty() && mode != u"month")
        return fm::fail(
            fm::ErrorCode::BadRequest,
            Desk::tr("The calendar shows mode=month or mode=week, not \"%1\".").arg(mode.left(40)));
    const QString date = url.queryItemValue(QStringLiteral("date"), QUrl::FullyDecoded);
    period.anchor = date.isEmpty() ? QDateTime::currentDateTimeUtc().date()
                                   : QDate::fromString(date, Qt::ISODate);
    if (!period.anchor.isValid() || date.size() > 10 ||
        (!date.isEmpty() && (period.anchor.year() < 1 || period.anchor.year() > 9999)))
        return fm::fail(fm::ErrorCode::BadRequest,
                        Desk::tr("The calendar's date must be a day like 2026-11-02, not \"%1\".")
                            .arg(date.left(40)));
    const QDate from =
        period.week ? period.anchor : QDate(period.anchor.year(), period.anchor.month(), 1);
    const QDate to = period.week
                         ? period.anchor
                         : QDate(period.anchor.year(), period.anchor.month(), from.daysInMonth());
    period.first = from.addDays(1 - from.dayOfWeek()); // Qt: Monday is 1
    period.last = to.addDays(7 - to.dayOfWeek());
    return period;
}

QString periodPath(const QString &base, bool week, const QDate &date)
{
    return base + QStringLiteral("?mode=") +
           (week ? QStringLiteral("week") : QStringLiteral("month")) + QStringLiteral("&date=") +
           isoDay(date);
}

// One document on the calendar.
struct Entry
{
    QString name;
    QString title;
    QString time; // "09:30" for a Datetime start on its first day; empty for a Date
    QDate from;
    QDate to;
    qint64 version = 0;
    bool movable = false; // the viewer may write its start (and end) and it is a draft
    QString startText;    // start and end as the form's inputs hold them
    QString endText;
};

// `text` (an input's "2026-11-04" or "2026-11-04T09:30:00") moved by `days`, the time of
// day kept; empty stays empty.
QString shifted(const QString &text, int days)
{
    const QDate day = QDate::fromString(text.left(10), Qt::ISODate);
    if (!day.isValid())
        return text;
    return isoDay(day.addDays(days)) + text.mid(10);
}

// A form that moves an entry by `days` through the form's save (the same checks, the
// _version for OCC, back to this period afterwards): the keyboard's way, and what a drag
// fills in (calendar.js) with the day it was dropped on.
Data moveForm(const Entry &entry, const QString &startField, const QString &endField, int days,
              const QString &label)
{
    Data form;
    form.set("days", utf8(QString::number(days)));
    form.set("label", utf8(label));
    form.set("symbol", days < 0 ? "\u2039" : "\u203a");
    form.set("start_field", utf8(startField));
    form.set("start", utf8(shifted(entry.startText, days)));
    form.set("end_field", textOr(endField));
    form.set("end", utf8(shifted(entry.endText, days)));
    return form;
}

} // namespace

QString calendarPath(const fm::core::DocType &type)
{
    return deskPath(type) + QStringLiteral("/view/calendar");
}

fm::Result<Page> DeskViews::calendar(const Viewer &viewer, const QString &doctype,
                                     const QUrlQuery &url) const
{
    auto resolved = resolve(doctype);
    if (!resolved)
        return fm::fail(resolved.error());
    const fm::core::DocType &type = **resolved;
    const QString label = type.label.isEmpty() ? type.name : type.label;
    const fm::core::Field *start = type.field(type.views.calendarStart);
    if (!start)
        return fm::fail(fm::ErrorCode::NotFound,
                        Desk::tr("%1 has no calendar view: its views.calendar must name a "
                                 "start_field.")
                            .arg(label));
    const QStringList readable = readableFields(viewer, type);
    if (!readable.contains(start->fieldname))
        return fm::fail(fm::ErrorCode::PermissionDenied,
                        Desk::tr("You may not read %1 of %2, which its calendar is built on.")
                            .arg(start->displayLabel(), label));
    auto period = periodOf(url);
    if (!period)
        return fm::fail(period.error());

    // An end the viewer may not read is no end: the document shows on its start day.
    const fm::core::Field *end = type.field(type.views.calendarEnd);
    if (end && !readable.contains(end->fieldname))
        end = nullptr;
    QString titleField =
        type.views.calendarTitle.isEmpty() ? type.titleField : type.views.calendarTitle;
    if (!readable.contains(titleField))
        titleField.clear();
    const bool timed =
        m_meta->fieldTypes().type(start->fieldtype).storage == fm::core::StorageType::Datetime;

    // What overlaps [first, last]: starts before the day after `last`, and starts or
    // ends on or after `first`.
    fm::core::Query query;
    query.doctype = type.name;
    query.limit = kMaxEntries;
    query.fields = {QStringLiteral("name"), QStringLiteral("_version"), start->fieldname};
    if (type.isSubmittable)
        query.fields << QStringLiteral("docstatus");
    if (end)
        query.fields << end->fieldname;
    if (!titleField.isEmpty())
        query.fields << titleField;
    query.filters = {{start->fieldname, fm::core::FilterOp::Lt, isoDay(period->last.addDays(1))}};
    query.anyOf = {{start->fieldname, fm::core::FilterOp::Ge, isoDay(period->first)}};
    if (end)
        query.anyOf << fm::core::Filter{end->fieldname, fm::core::FilterOp::Ge,
                                        isoDay(period->first)};
    query.orderBy = {{start->fieldname, false}, {QStringLiteral("name"), false}};
    auto found = m_access->list(viewer.principal, query);
    if (!found)
        return fm::fail(found.error());

    // Entries move through the form's save: only for a viewer who may write the start
    // and the end (a move keeps the duration), on drafts.
    const QJsonObject may = m_access->describe(viewer.principal, type.name);
    const QJsonArray writable = may.value(QStringLiteral("writable_fields")).toArray();
    const bool canMove = may.value(QStringLiteral("write")).toBool() &&
                         writable.contains(QJsonValue(start->fieldname)) &&
                         (!end || writable.contains(QJsonValue(end->fieldname)));
    const QString startBase = m_meta->fieldTypes().type(start->fieldtype).base;
    const QString endBase = end ? m_meta->fieldTypes().type(end->fieldtype).base : QString();

    // Each day of the grid with the entries that fall on it.
    QMap<QDate, QList<const Entry *>> byDay;
    QList<Entry> entries;
    entries.reserve(found->rows.size());
    for (const fm::core::Document &doc : std::as_const(found->rows)) {
        const QString stored = doc.string(start->fieldname);
        Entry entry;
        entry.name = doc.name();
        entry.title = titleField.isEmpty() ? QString() : doc.string(titleField);
        if (entry.title.isEmpty())
            entry.title = doc.name();
        entry.from = dayOf(stored);
        entry.to = end ? dayOf(doc.string(end->fieldname)) : QDate();
        if (!entry.to.isValid() || entry.to < entry.from)
            entry.to = entry.from; // no end, or one before the start: the start day alone
        if (timed && stored.size() >= 16)
            entry.time = stored.mid(11, 5);
        entry.version = doc.version();
        entry.movable = canMove && (!type.isSubmittable || doc.docstatus() == 0);
        entry.startText = FormValues::inputText(startBase, doc.value(start->fieldname));
        if (end)
            entry.endText = FormValues::inputText(endBase, doc.value(end->fieldname));
        if (entry.from.isValid())
            entries << entry;
    }
    for (const Entry &entry : std::as_const(entries)) {
        for (QDate day = qMax(entry.from, period->first); day <= qMin(entry.to, period->last);
             day = day.addDays(1))
            byDay[day] << &entry;
    }

    const QLocale locale(fm::core::ThreadLanguage::current());
    const QDate today = QDateTime::currentDateTimeUtc().date();
    const QString base = calendarPath(type);
    const QString back = periodPath(base, period->week, period->anchor);
    Data weeks = emptyList();
    for (QDate monday = period->first; monday <= period->last; monday = monday.addDays(7)) {
        Data days = emptyList();
        for (int i = 0; i < 7; ++i) {
            const QDate day = monday.addDays(i);
            Data events = emptyList();
            for (const Entry *entry : byDay.value(day)) {
                Data event;
                event.set("name", utf8(entry->name));
                event.set("title", utf8(entry->title));
                event.set("href", utf8(deskPath(type, entry->name)));
                event.set("time", textOr(day == entry->from ? entry->time : QString()));
                event.set("continues", day != entry->from);
                // The controls sit on the first day only: that is the day a drag moves.
                const bool move = entry->movable && day == entry->from;
                event.set("move", move);
                if (move) {
                    event.set("action", utf8(deskPath(type, entry->name)));
                    event.set("version", utf8(QString::number(entry->version)));
                    event.set("from", utf8(isoDay(entry->from)));
                    Data forms = emptyList();
                    forms.push_back(moveForm(*entry, start->fieldname,
                                             end ? end->fieldname : QString(), -1,
                                             Desk::tr("Move %1 a day earlier").arg(entry->title)));
                    forms.push_back(moveForm(*entry, start->fieldname,
                                             end ? end->fieldname : QString(), 1,
                                             Desk::tr("Move %1 a day later").arg(entry->title)));
                    event.set("forms", forms);
                }
                events.push_back(event);
            }
            Data cell;
            cell.set("iso", utf8(isoDay(day)));
            cell.set("day", utf8(QString::number(day.day())));
            cell.set("long", utf8(locale.toString(day, QLocale::LongFormat)));
            cell.set("outside", !period->week && day.month() != period->anchor.month());
            cell.set("today", day == today);
            cell.set("has_events", !byDay.value(day).isEmpty());
            cell.set("events", events);
            days.push_back(cell);
        }
        Data week;
        week.set("key", utf8(isoDay(monday)));
        week.set("days", days);
        weeks.push_back(week);
    }
    Data weekdays = emptyList();
    for (int i = 1; i <= 7; ++i) {
        Data weekday;
        weekday.set("short", utf8(locale.dayName(i, QLocale::ShortFormat)));
        weekday.set("long", utf8(locale.dayName(i, QLocale::LongFormat)));
        weekdays.push_back(weekday);
    }

    const bool week = period->week;
    const QDate anchor = period->anchor;
    const QString periodText =
        week ? Desk::tr("Week of %1").arg(locale.toString(period->first, QLocale::LongFormat))
             : locale.standaloneMonthName(anchor.month()) + u' ' + QString::number(anchor.year());
    Data body;
    body.set("label", utf8(Desk::tr("%1 by %2").arg(label, start->displayLabel())));
    body.set("period", utf8(periodText));
    body.set("is_week", week);
    body.set("prev_href",
             utf8(periodPath(base, week, week ? anchor.addDays(-7) : anchor.addMonths(-1))));
    body.set("next_href",
             utf8(periodPath(base, week, week ? anchor.addDays(7) : anchor.addMonths(1))));
    body.set("prev_label", utf8(week ? Desk::tr("Previous week") : Desk::tr("Previous month")));
    body.set("next_label", utf8(week ? Desk::tr("Next week") : Desk::tr("Next month")));
    body.set("today_href", utf8(periodPath(base, week, today)));
    body.set("month_href", utf8(periodPath(base, false, anchor)));
    body.set("week_href", utf8(periodPath(base, true, anchor)));
    body.set("weekdays", weekdays);
    body.set("weeks", weeks);
    body.set("list_href", utf8(deskPath(type)));
    body.set("csrf", utf8(viewer.csrfToken));
    body.set("back", utf8(back));
    body.set("can_move", canMove);
    body.set("empty", entries.isEmpty());
    body.set("more", found->total > found->rows.size()
                         ? Data(utf8(Desk::tr("Showing %1 of %2 documents; the list has them all.")
                                         .arg(found->rows.size())
                                         .arg(found->total)))
                         : Data(false));
    return page(&viewer, QStringLiteral("calendar"), label,
                {{Desk::tr("Workspace"), QStringLiteral("/desk")},
                 {label, deskPath(type)},
                 {Desk::tr("Calendar"), {}}},
                body);
}

} // namespace fm::desk
