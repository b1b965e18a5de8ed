// SPDX-License-Identifier: MIT
// The Desk's calendar view rendered straight from libdesk on a real SQLite site: the
// test app tests/desk/input/apps/deskapp (a Meeting with a Datetime start, a Date end
// and a row restriction for members) and the demo helpdesk (a Ticket by Date fields).
// Month and week grids, the period in the URL, multi-day entries, what a member may
// not read left out, and the refusals for bad input.

#include "deskviewsfixture.h"

#include <QRegularExpression>

using fm::core::Principal;
using fm::desk::Viewer;

namespace {

Viewer member(const QString &user)
{
    Principal who;
    who.user = user;
    who.roles = {QStringLiteral("Member"), Principal::kAllRole};
    who.method = Principal::Method::Session;
    return {who, user, QStringLiteral("csrf-m"), {}};
}

Viewer planner()
{
    Principal who;
    who.user = QStringLiteral("pia@example.com");
    who.roles = {QStringLiteral("Planner"), Principal::kAllRole};
    who.method = Principal::Method::Session;
    return {who, QStringLiteral("Pia Planner"), QStringLiteral("csrf-p"), {}};
}

// The days the grid shows, in order (data-day of each cell).
QStringList days(const QString &html)
{
    static const QRegularExpression day(
        QStringLiteral("<td class=\"[^\"]*\" data-day=\"([^\"]+)\""));
    QStringList found;
    for (auto it = day.globalMatch(html); it.hasNext();)
        found << it.next().captured(1);
    return found;
}

// The cell of `day`, from its <td> to the next one.
QString cell(const QString &html, const QString &day)
{
    const qsizetype at = html.indexOf(QStringLiteral("data-day=\"%1\"").arg(day));
    if (at < 0)
        return {};
    const qsizetype end = html.indexOf(QStringLiteral("</td>"), at);
    return html.mid(at, end - at);
}

QUrlQuery url(const QString &query)
{
    return QUrlQuery(query);
}

} // namespace

class TestDeskBoards : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void monthShowsTheWeeksAroundIt();
    void weekShowsSevenDaysWithTimes();
    void multiDayEntriesShowOnEveryDay();
    void periodLinksStayInTheUrl();
    void rowRestrictionLeavesOutOthersEntries();
    void dateFieldsOfTheHelpdesk();
    void badModeOrDateIsRefused();
    void withoutCalendarOrStartFieldIsRefused();
    void listLinksToTheCalendar();
    void kanbanByLinkHasAColumnPerReadableRecord();
    void kanbanByLinkMovesAndRefusesThroughTheForm();
    void kanbanByLinkCapsItsColumns();

private:
    QString meeting(const Viewer &as, const QString &title, const QString &starts,
                    const QString &ends = {})
    {
        fm::core::Document d(QStringLiteral("Meeting"));
        d.setValue(QStringLiteral("title"), title);
        d.setValue(QStringLiteral("starts_at"), starts);
        if (!ends.isEmpty())
            d.setValue(QStringLiteral("ends_on"), ends);
        auto saved = m_fixture.access->insert(as.principal, d);
        if (!saved) {
            qWarning().noquote() << saved.error().toText();
            return {};
        }
        return saved->name();
    }
    QString render(const fm::Result<fm::desk::Page> &page)
    {
        return DeskViewsFixture::render(page);
    }

    DeskViewsFixture m_fixture;
    DeskViewsFixture m_helpdesk;
    QString m_annStandup;
    QString m_benReview;
    QString m_offsite;
    QString m_zephyr;
    QString m_atlas;
    QString m_den;
};

void TestDeskBoards::initTestCase()
{
    QVERIFY(m_fixture.open({QStringLiteral(FM_SOURCE_DIR "/tests/desk/input/apps/deskapp")}));
    m_annStandup = meeting(member(QStringLiteral("ann@example.com")), QStringLiteral("Ann standup"),
                           QStringLiteral("2026-11-04T09:30:00Z"));
    m_benReview = meeting(member(QStringLiteral("ben@example.com")), QStringLiteral("Ben review"),
                          QStringLiteral("2026-11-04T14:00:00Z"));
    m_offsite = meeting(planner(), QStringLiteral("Offsite"),
                        QStringLiteral("2026-10-30T08:00:00Z"), QStringLiteral("2026-11-03"));
    QVERIFY(!m_annStandup.isEmpty() && !m_benReview.isEmpty() && !m_offsite.isEmpty());
    QVERIFY(!meeting(planner(), QStringLiteral("Next year"), QStringLiteral("2027-01-05T10:00:00Z"))
                 .isEmpty());
    QVERIFY(m_helpdesk.open());
}

void TestDeskBoards::monthShowsTheWeeksAroundIt()
{
    const QString html = render(m_fixture.views->calendar(
        planner(), QStringLiteral("meeting"), url(QStringLiteral("mode=month&date=2026-11-15"))));
    QVERIFY(!html.isEmpty());
    // November 2026 starts on a Sunday and ends on a Monday: Monday 26 October to
    // Sunday 6 December, six weeks.
    const QStringList shown = days(html);
    QCOMPARE(shown.size(), 42);
    QCOMPARE(shown.first(), QStringLiteral("2026-10-26"));
    QCOMPARE(shown.last(), QStringLiteral("2026-12-06"));
    QVERIFY(html.contains(QStringLiteral("<h2 id=\"cal-period\" class=\"cal-period\">November "
                                         "2026</h2>")));
    QVERIFY(
        html.contains(QStringLiteral("<td class=\"day outside free\" data-day=\"2026-10-26\"")));
    // The week rows are the live view's keyed rows.
    QVERIFY(html.contains(QStringLiteral("<tr data-live-key=\"2026-11-02\">")));
    QVERIFY(html.contains(QStringLiteral("data-live-view=\"calendar\"")));
    QVERIFY(cell(html, QStringLiteral("2026-11-04")).contains(QStringLiteral("Ann standup")));
    QVERIFY(cell(html, QStringLiteral("2026-11-04")).contains(QStringLiteral("Ben review")));
    QVERIFY(!cell(html, QStringLiteral("2026-11-05")).contains(QStringLiteral("<a ")));
    QVERIFY(html.contains(QStringLiteral("<td class=\"day free\" data-day=\"2026-11-05\"")));
    QVERIFY(!html.contains(QStringLiteral("Next year")));
    // A click opens the form.
    QVERIFY(html.contains(
        QStringLiteral("<a href=\"/desk/meeting/%1\" data-doc=\"%1\">").arg(m_annStandup)));
    // The mode switch says which one is shown.
    QVERIFY(html.contains(QStringLiteral("href=\"/desk/meeting/view/calendar?mode=month&amp;"
                                         "date=2026-11-15\" aria-current=\"page\">Month</a>")));
}

void TestDeskBoards::weekShowsSevenDaysWithTimes()
{
    const QString html = render(m_fixture.views->calendar(
        planner(), QStringLiteral("meeting"), url(QStringLiteral("mode=week&date=2026-11-05"))));
    const QStringList shown = days(html);
    QCOMPARE(shown, (QStringList{"2026-11-02", "2026-11-03", "2026-11-04", "2026-11-05",
                                 "2026-11-06", "2026-11-07", "2026-11-08"}));
    QVERIFY(html.contains(QStringLiteral("cal-week")));
    const QString wednesday = cell(html, QStringLiteral("2026-11-04"));
    // Entries on a day in the order they start, a Datetime start with its UTC time.
    QVERIFY(wednesday.indexOf(QStringLiteral("Ann standup")) <
            wednesday.indexOf(QStringLiteral("Ben review")));
    QVERIFY(wednesday.contains(QStringLiteral("<span class=\"time\">09:30</span> Ann standup")));
    QVERIFY(html.contains(QStringLiteral("Week of")));
}

void TestDeskBoards::multiDayEntriesShowOnEveryDay()
{
    const QString html = render(m_fixture.views->calendar(
        planner(), QStringLiteral("meeting"), url(QStringLiteral("mode=month&date=2026-11-01"))));
    for (const char *day : {"2026-10-30", "2026-10-31", "2026-11-01", "2026-11-02", "2026-11-03"})
        QVERIFY2(cell(html, QString::fromLatin1(day)).contains(QStringLiteral("Offsite")), day);
    QVERIFY(!cell(html, QStringLiteral("2026-10-29")).contains(QStringLiteral("Offsite")));
    QVERIFY(!cell(html, QStringLiteral("2026-11-04")).contains(QStringLiteral("Offsite")));
    // The first day has its time; the following ones say it continues.
    QVERIFY(cell(html, QStringLiteral("2026-10-30"))
                .contains(QStringLiteral("<span class=\"time\">08:00</span> Offsite")));
    QVERIFY(
        cell(html, QStringLiteral("2026-11-02")).contains(QStringLiteral("class=\"continues\"")));
    // A week that starts after it began still shows it (the query finds it by its end).
    const QString week = render(m_fixture.views->calendar(
        planner(), QStringLiteral("meeting"), url(QStringLiteral("mode=week&date=2026-11-03"))));
    QVERIFY(cell(week, QStringLiteral("2026-11-02")).contains(QStringLiteral("Offsite")));
    QVERIFY(cell(week, QStringLiteral("2026-11-03")).contains(QStringLiteral("Offsite")));
}

void TestDeskBoards::periodLinksStayInTheUrl()
{
    const QString month = render(m_fixture.views->calendar(planner(), QStringLiteral("meeting"),
                                                           url(QStringLiteral("date=2026-01-31"))));
    QVERIFY(month.contains(QStringLiteral("rel=\"prev\" href=\"/desk/meeting/view/calendar?mode="
                                          "month&amp;date=2025-12-31\"")));
    // 31 January + one month is the last day of February.
    QVERIFY(month.contains(QStringLiteral("rel=\"next\" href=\"/desk/meeting/view/calendar?mode="
                                          "month&amp;date=2026-02-28\"")));
    QVERIFY(month.contains(QStringLiteral("href=\"/desk/meeting/view/calendar?mode=week&amp;"
                                          "date=2026-01-31\">Week</a>")));
    const QString week = render(m_fixture.views->calendar(
        planner(), QStringLiteral("meeting"), url(QStringLiteral("mode=week&date=2026-12-30"))));
    QVERIFY(week.contains(QStringLiteral("rel=\"next\" href=\"/desk/meeting/view/calendar?mode="
                                         "week&amp;date=2027-01-06\"")));
    QVERIFY(week.contains(QStringLiteral(">Next week</a>")));
    const QString today = QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate);
    QVERIFY(week.contains(
        QStringLiteral("href=\"/desk/meeting/view/calendar?mode=week&amp;date=%1\">Today</a>")
            .arg(today)));
    // No date: the period holding today.
    const QString now =
        render(m_fixture.views->calendar(planner(), QStringLiteral("meeting"), url({})));
    QVERIFY(days(now).contains(today));
    QVERIFY(now.contains(QStringLiteral("class=\"day today")));
}

void TestDeskBoards::rowRestrictionLeavesOutOthersEntries()
{
    const QString ann = render(m_fixture.views->calendar(
        member(QStringLiteral("ann@example.com")), QStringLiteral("meeting"),
        url(QStringLiteral("mode=week&date=2026-11-04"))));
    QVERIFY(ann.contains(QStringLiteral("Ann standup")));
    QVERIFY(!ann.contains(QStringLiteral("Ben review")));
    QVERIFY(!ann.contains(m_benReview));
    QVERIFY(!ann.contains(QStringLiteral("Offsite")));
    const QString ben = render(m_fixture.views->calendar(
        member(QStringLiteral("ben@example.com")), QStringLiteral("meeting"),
        url(QStringLiteral("mode=week&date=2026-11-04"))));
    QVERIFY(ben.contains(QStringLiteral("Ben review")));
    QVERIFY(!ben.contains(QStringLiteral("Ann standup")));
    // Nobody's meetings this week: the page says so.
    const QString empty = render(m_fixture.views->calendar(
        member(QStringLiteral("cy@example.com")), QStringLiteral("meeting"),
        url(QStringLiteral("mode=week&date=2026-11-04"))));
    QVERIFY(empty.contains(QStringLiteral("Nothing on the calendar in this period.")));
}

void TestDeskBoards::dateFieldsOfTheHelpdesk()
{
    QVERIFY(!m_helpdesk.insert(QStringLiteral("Customer"), {{"customer_name", "Acme"}}).isEmpty());
    const QString ticket =
        m_helpdesk.insert(QStringLiteral("Ticket"), {{"subject", "Printer <b>jams</b>"},
                                                     {"customer", "Acme"},
                                                     {"opened_on", "2026-11-09"},
                                                     {"due_on", "2026-11-10"}});
    QVERIFY(!ticket.isEmpty());
    const QString html = render(m_helpdesk.views->calendar(
        deskviews::agent(), QStringLiteral("ticket"), url(QStringLiteral("date=2026-11-09"))));
    // Date fields: no time; the title escaped.
    QVERIFY(cell(html, QStringLiteral("2026-11-09"))
                .contains(QStringLiteral(">Printer &lt;b&gt;jams&lt;/b&gt;</a>")));
    QVERIFY(cell(html, QStringLiteral("2026-11-10")).contains(QStringLiteral("continues")));
    QVERIFY(!html.contains(QStringLiteral("<span class=\"time\">")));
    QVERIFY(html.contains(QStringLiteral("Ticket by Opened On")));
}

void TestDeskBoards::badModeOrDateIsRefused()
{
    for (const QString &query :
         {QStringLiteral("mode=year"), QStringLiteral("date=2026-13-01"),
          QStringLiteral("date=yesterday"), QStringLiteral("date=2026-11-01T10:00")}) {
        auto page = m_fixture.views->calendar(planner(), QStringLiteral("meeting"), url(query));
        QVERIFY2(!page, qPrintable(query));
        QCOMPARE(page.error().code(), fm::ErrorCode::BadRequest);
    }
    auto mode = m_fixture.views->calendar(planner(), QStringLiteral("meeting"),
                                          url(QStringLiteral("mode=year")));
    QCOMPARE(mode.error().message(),
             QStringLiteral("The calendar shows mode=month or mode=week, not \"year\"."));
    auto date = m_fixture.views->calendar(planner(), QStringLiteral("meeting"),
                                          url(QStringLiteral("date=2026-02-30")));
    QCOMPARE(date.error().message(),
             QStringLiteral("The calendar's date must be a day like 2026-11-02, not "
                            "\"2026-02-30\"."));
}

void TestDeskBoards::withoutCalendarOrStartFieldIsRefused()
{
    auto room = m_fixture.views->calendar(planner(), QStringLiteral("room"), url({}));
    QVERIFY(!room);
    QCOMPARE(room.error().code(), fm::ErrorCode::NotFound);
    QVERIFY(room.error().message().contains(QStringLiteral("views.calendar")));
    // A user who may not read the DocType at all.
    Principal nobody;
    nobody.user = QStringLiteral("zed@example.com");
    nobody.roles = {Principal::kAllRole};
    nobody.method = Principal::Method::Session;
    auto refused =
        m_fixture.views->calendar({nobody, {}, {}, {}}, QStringLiteral("meeting"), url({}));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code(), fm::ErrorCode::PermissionDenied);
}

void TestDeskBoards::listLinksToTheCalendar()
{
    const QString list =
        render(m_fixture.views->list(planner(), QStringLiteral("meeting"), QUrlQuery()));
    QVERIFY(list.contains(
        QStringLiteral("<a class=\"button secondary\" href=\"/desk/meeting/view/calendar\">"
                       "Calendar</a>")));
    const QString rooms =
        render(m_fixture.views->list(planner(), QStringLiteral("room"), QUrlQuery()));
    QVERIFY(!rooms.contains(QStringLiteral("view/calendar")));
}

// Rooms: Zephyr and Atlas by the planner, Den by ann (members read their own rooms).
void TestDeskBoards::kanbanByLinkHasAColumnPerReadableRecord()
{
    auto room = [&](const Viewer &as, const QString &title) {
        auto saved = m_fixture.access->insert(as.principal,
                                              doc(QStringLiteral("Room"), {{"room_name", title}}));
        if (!saved)
            qWarning().noquote() << saved.error().toText();
        return saved ? saved->name() : QString();
    };
    m_zephyr = room(planner(), QStringLiteral("Zephyr"));
    m_atlas = room(planner(), QStringLiteral("Atlas"));
    m_den = room(member(QStringLiteral("ann@example.com")), QStringLiteral("Ann's den"));
    QVERIFY(!m_zephyr.isEmpty() && !m_atlas.isEmpty() && !m_den.isEmpty());
    fm::core::Document standup(QStringLiteral("Meeting"));
    standup.setValue(QStringLiteral("name"), m_annStandup);
    standup.setValue(QStringLiteral("room"), m_den);
    QVERIFY(m_fixture.access->update(member(QStringLiteral("ann@example.com")).principal, standup));
    fm::core::Document review(QStringLiteral("Meeting"));
    review.setValue(QStringLiteral("name"), m_benReview);
    review.setValue(QStringLiteral("room"), m_zephyr);
    QVERIFY(m_fixture.access->update(planner().principal, review));

    const QString html = render(m_fixture.views->kanban(planner(), QStringLiteral("meeting")));
    // (none) first, then the rooms by their title, not their name.
    const qsizetype none = html.indexOf(QStringLiteral("data-value=\"\""));
    const qsizetype den = html.indexOf(QStringLiteral("data-value=\"%1\"").arg(m_den));
    const qsizetype atlas = html.indexOf(QStringLiteral("data-value=\"%1\"").arg(m_atlas));
    const qsizetype zephyr = html.indexOf(QStringLiteral("data-value=\"%1\"").arg(m_zephyr));
    QVERIFY(none > 0 && den > none && atlas > den && zephyr > atlas);
    QVERIFY(html.contains(QStringLiteral(">Ann&#39;s den <span class=\"count\">1</span></h2>")) ||
            html.contains(QStringLiteral(">Ann&apos;s den <span class=\"count\">1</span></h2>")));
    QVERIFY(html.contains(QStringLiteral(">Atlas <span class=\"count\">0</span></h2>")));
    const qsizetype review_at = html.indexOf(QStringLiteral("data-name=\"%1\"").arg(m_benReview));
    QVERIFY(review_at > zephyr);
    QVERIFY(html.contains(QStringLiteral("Meeting by Room")));
    // The move choice offers the rooms by title.
    QVERIFY(html.contains(QStringLiteral("<option value=\"%1\">Atlas</option>").arg(m_atlas)));

    // Ann reads only her own room and her own meetings.
    const QString ann = render(m_fixture.views->kanban(member(QStringLiteral("ann@example.com")),
                                                       QStringLiteral("meeting")));
    QVERIFY(ann.contains(QStringLiteral("data-value=\"%1\"").arg(m_den)));
    QVERIFY(!ann.contains(QStringLiteral("Atlas")));
    QVERIFY(!ann.contains(QStringLiteral("Zephyr")));
    QVERIFY(!ann.contains(m_benReview));
    QVERIFY(ann.contains(QStringLiteral("data-name=\"%1\"").arg(m_annStandup)));
}

void TestDeskBoards::kanbanByLinkMovesAndRefusesThroughTheForm()
{
    const Viewer ann = member(QStringLiteral("ann@example.com"));
    auto current = m_fixture.access->get(ann.principal, QStringLiteral("Meeting"), m_annStandup);
    QVERIFY(current);
    const QString board = QStringLiteral("/desk/meeting/view/kanban");
    // To a room she may not read: the API refuses, the form shows its message, nothing moves.
    auto refused = m_fixture.views->saveForm(ann, QStringLiteral("meeting"), m_annStandup,
                                             {{"_version", QString::number(current->version())},
                                              {"room", m_atlas},
                                              {"_next", board},
                                              {"_action", "save"}});
    QVERIFY(refused);
    QVERIFY(refused->failure.has_value());
    QVERIFY(refused->redirect.isEmpty());
    QVERIFY2(refused->page.html.contains(QStringLiteral("role=\"alert\"")),
             qPrintable(refused->page.html));
    auto stays = m_fixture.access->get(ann.principal, QStringLiteral("Meeting"), m_annStandup);
    QCOMPARE(stays->string(QStringLiteral("room")), m_den);
    // To "(none)": moved, back to the board.
    auto moved = m_fixture.views->saveForm(ann, QStringLiteral("meeting"), m_annStandup,
                                           {{"_version", QString::number(current->version())},
                                            {"room", QString()},
                                            {"_next", board},
                                            {"_action", "save"}});
    QVERIFY(moved);
    QVERIFY2(!moved->failure.has_value(), qPrintable(moved->page.html.left(4000)));
    QCOMPARE(moved->redirect, board);
    const QString html = render(m_fixture.views->kanban(ann, QStringLiteral("meeting")));
    QVERIFY(html.indexOf(QStringLiteral("data-name=\"%1\"").arg(m_annStandup)) <
            html.indexOf(QStringLiteral("data-value=\"%1\"").arg(m_den)));
}

void TestDeskBoards::kanbanByLinkCapsItsColumns()
{
    for (int i = 0; i < 30; ++i) {
        QVERIFY(m_fixture.access->insert(
            planner().principal,
            doc(QStringLiteral("Room"),
                {{"room_name", QStringLiteral("Hall %1").arg(i, 2, 10, QLatin1Char('0'))}})));
    }
    const QString html = render(m_fixture.views->kanban(planner(), QStringLiteral("meeting")));
    QVERIFY(html.contains(QStringLiteral("The first 30 of 33 records of Room are columns; cards "
                                         "linked to the others are in columns of their own at "
                                         "the end.")));
    // Zephyr sorts past the cap, but its card still shows, in a column of its own.
    QVERIFY(html.contains(QStringLiteral("data-name=\"%1\"").arg(m_benReview)));
    QVERIFY(html.contains(QStringLiteral("data-value=\"%1\"").arg(m_zephyr)));
    QVERIFY(html.contains(QStringLiteral("Hall 27")));
    QVERIFY(!html.contains(QStringLiteral("Hall 28")));
}

QTEST_GUILESS_MAIN(TestDeskBoards)
#include "tst_desk_boards.moc"
