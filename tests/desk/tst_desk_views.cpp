// SPDX-License-Identifier: MIT
// The Desk's views rendered for a user, straight from libdesk over the demo app
// (examples/helpdesk) on a real SQLite site: what each page shows, what it leaves out
// for a user with fewer rights, and that hostile values stay inert text.

#include "deskassets.h"
#include "desktemplates.h"
#include "deskviewsfixture.h"
#include "fieldview.h"
#include "liststate.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTemporaryDir>

using deskviews::admin;
using deskviews::agent;
using fm::core::Principal;
using fm::desk::DeskViews;
using fm::desk::Viewer;

namespace {

const QString kHostileScript = QStringLiteral("<script>alert('subject')</script>");
const QString kHostileAttribute = QStringLiteral("\"><img src=x onerror=alert(1)>");
const QString kHostileUrl = QStringLiteral("javascript:alert(document.cookie)");

QUrlQuery url(const QString &query)
{
    return QUrlQuery(query);
}

// Rows of the list page, by their data-name attribute.
QStringList rowNames(const QString &html)
{
    static const QRegularExpression row(QStringLiteral("<tr data-name=\"([^\"]*)\""));
    QStringList names;
    for (auto it = row.globalMatch(html); it.hasNext();)
        names << it.next().captured(1);
    return names;
}

} // namespace

class TestDeskViews : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void templatesLoadAndBrokenOneIsNamed();
    void assetsHaveHashedNames();
    void workspaceShowsAppsModulesCountsAndRecent();
    void workspaceLeavesOutWhatTheUserMayNotRead();
    void listShowsColumnsFiltersAndTotal();
    void listFiltersWithTheApiOperators();
    void listSortsAndPages();
    void listSearchesTheSearchFields();
    void listRefusedFilterShowsTheApiMessage();
    void listStateRoundTripsThroughTheUrl();
    void formShowsLayoutAndFieldsByType();
    void formHidesPermlevelFieldsAsTheApiDoes();
    void formShowsChildTablesAndDocStatus();
    void formShowsTheTimelineOfChanges();
    void reservedNamesStayReachable();
    void calendarEntriesMoveByADay();
    void unknownChildAndUnreadableDocTypesAreRefused();
    void hostileValuesAreInert();
    void urlFieldsLinkOnlyToTheWeb();
    void pagesHaveNoInlineScriptOrStyle();
    void loginPageKeepsNextAndToken();
    void pagesMatchTheirReferences_data();
    void pagesMatchTheirReferences();

private:
    QString render(const fm::Result<fm::desk::Page> &page)
    {
        return DeskViewsFixture::render(page);
    }
    QString insert(const QString &doctype, const QVariantMap &values)
    {
        return m_fixture.insert(doctype, values);
    }

    DeskViewsFixture m_fixture;
    TestSite &m_site = m_fixture.site;
    std::unique_ptr<fm::core::DocumentAccess> &m_access = m_fixture.access;
    std::optional<DeskViews> &m_views = m_fixture.views;
    QString m_hostileTicket;
};

void TestDeskViews::initTestCase()
{
    QVERIFY(m_fixture.open());

    QVERIFY(!insert(QStringLiteral("Customer"), {{"customer_name", "Acme"},
                                                 {"tier", "Premium"},
                                                 {"website", "https://acme.example"}})
                 .isEmpty());
    QVERIFY(!insert(QStringLiteral("Customer"), {{"customer_name", "Globex"}}).isEmpty());
    QVERIFY(!insert(QStringLiteral("Support Agent"),
                    {{"agent_name", "Maria"}, {"email", "maria@example.com"}, {"hourly_rate", 85}})
                 .isEmpty());
    const QStringList statuses{"Open", "Open", "Replied", "Closed", "Open"};
    for (int i = 0; i < statuses.size(); ++i) {
        QVERIFY(!insert(QStringLiteral("Ticket"),
                        {{"subject", QStringLiteral("Printer %1 jams").arg(i + 1)},
                         {"status", statuses.at(i)},
                         {"priority", i % 2 ? "High" : "Low"},
                         {"customer", i % 2 ? "Acme" : "Globex"},
                         {"opened_on", "2026-11-0" + QString::number(i + 1)},
                         {"description", "Line one\nLine two"}})
                     .isEmpty());
    }
    m_hostileTicket = insert(QStringLiteral("Ticket"), {{"subject", kHostileScript},
                                                        {"customer", "Acme"},
                                                        {"opened_on", "2026-11-20"},
                                                        {"description", kHostileAttribute},
                                                        {"resolution", kHostileUrl}});
    QVERIFY(!m_hostileTicket.isEmpty());
}

void TestDeskViews::templatesLoadAndBrokenOneIsNamed()
{
    auto loaded = fm::desk::DeskTemplates::load();
    QVERIFY(loaded);
    for (const char *name :
         {"layout", "login", "workspace", "list", "form", "error", "widget", "delete"})
        QVERIFY2(loaded->has(QLatin1String(name)), name);

    QTemporaryDir dir;
    QFile broken(dir.filePath(QStringLiteral("broken.mustache")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("<ul>\n{{#rows}}<li>{{name}}</li>\n</ul>\n");
    broken.close();
    auto refused = fm::desk::DeskTemplates::load(dir.path());
    QVERIFY(!refused);
    QCOMPARE(refused.error().code(), fm::ErrorCode::InvalidMeta);
    QVERIFY2(refused.error().message().contains(QStringLiteral("broken.mustache")),
             qPrintable(refused.error().message()));
    QVERIFY2(refused.error().message().contains(QStringLiteral("rows")),
             qPrintable(refused.error().message()));

    auto missing = loaded->render(QStringLiteral("nope"), fm::desk::Data());
    QVERIFY(!missing);
}

void TestDeskViews::assetsHaveHashedNames()
{
    const auto &assets = fm::desk::DeskAssets::instance();
    const QString css = assets.url(QStringLiteral("desk.css"));
    QVERIFY2(QRegularExpression(QStringLiteral("^/desk/assets/desk\\.[0-9a-f]{12}\\.css$"))
                 .match(css)
                 .hasMatch(),
             qPrintable(css));
    const auto *file = assets.find(css.mid(fm::desk::DeskAssets::kPrefix.size()));
    QVERIFY(file);
    QVERIFY(file->mimeType.startsWith("text/css"));
    QVERIFY(file->body.contains("prefers-color-scheme: dark"));
    QVERIFY(!assets.find(QStringLiteral("desk.css")));
    QVERIFY(assets.url(QStringLiteral("desk.js")).endsWith(QStringLiteral(".js")));
}

void TestDeskViews::workspaceShowsAppsModulesCountsAndRecent()
{
    const QString html = render(m_views->workspace(admin()));
    QVERIFY(html.contains(QStringLiteral("<h2 id=\"app-helpdesk\">Helpdesk</h2>")));
    QVERIFY(html.contains(QStringLiteral("<h3>Support</h3>")));
    QVERIFY2(html.contains(QStringLiteral("href=\"/desk/ticket\" data-doctype=\"Ticket\"><span "
                                          "class=\"tile-label\">Ticket</span><span "
                                          "class=\"count\">6</span>")),
             qPrintable(html));
    QVERIFY(html.contains(QStringLiteral("href=\"/desk/customer\"")));
    // The administrator also sees the built-in app's DocTypes, after the project's.
    QVERIFY(html.contains(QStringLiteral("href=\"/desk/user\"")));
    QVERIFY(html.indexOf(QStringLiteral("id=\"app-helpdesk\"")) <
            html.indexOf(QStringLiteral("id=\"app-core\"")));
    // Recent documents link to their forms; the header names the viewer and signs out.
    QVERIFY(html.contains(QStringLiteral("href=\"/desk/ticket/TKT-00006\""))); // the newest
    QVERIFY(html.contains(QStringLiteral("Ada Admin")));
    QVERIFY(html.contains(
        QStringLiteral("<input type=\"hidden\" name=\"csrf_token\" value=\"csrf-1\">")));
}

void TestDeskViews::workspaceLeavesOutWhatTheUserMayNotRead()
{
    const QString html = render(m_views->workspace(agent()));
    QVERIFY(html.contains(QStringLiteral("href=\"/desk/ticket\"")));
    QVERIFY(html.contains(QStringLiteral("href=\"/desk/support_agent\"")));
    QVERIFY(!html.contains(QStringLiteral("href=\"/desk/user\"")));
    // Of the built-in app, only what every user reads: their own notifications.
    QVERIFY(!html.contains(QStringLiteral("href=\"/desk/role\"")));
    // Child tables are never a tile.
    QVERIFY(!html.contains(QStringLiteral("service_invoice_item")));
}

void TestDeskViews::listShowsColumnsFiltersAndTotal()
{
    const QString html = render(m_views->list(agent(), QStringLiteral("ticket"), {}));
    // views.list.columns of ticket.json, after the name.
    for (const char *column : {"Name", "Subject", "Customer Name", "Status", "Priority"})
        QVERIFY2(html.contains(QStringLiteral(">%1").arg(QLatin1String(column))), column);
    // in_filter fields, each with the API's operators.
    for (const char *field : {"status", "priority", "category", "customer", "assigned_to"})
        QVERIFY2(html.contains(QStringLiteral("name=\"op.%1\"").arg(QLatin1String(field))), field);
    QVERIFY(html.contains(QStringLiteral("<option value=\"not like\">not like</option>")));
    QVERIFY(html.contains(QStringLiteral("<datalist id=\"choices-status\"><option "
                                         "value=\"Open\"></option>")));
    QVERIFY(html.contains(QStringLiteral("6 documents")));
    QCOMPARE(rowNames(html).size(), 6);
    // The default sort (modified, newest first) is marked for assistive technology.
    QVERIFY(!html.contains(QStringLiteral("aria-sort=\"ascending\"")));
}

void TestDeskViews::listFiltersWithTheApiOperators()
{
    QString html = render(
        m_views->list(admin(), QStringLiteral("Ticket"), url(QStringLiteral("f.status=Open"))));
    // Three printers and the hostile ticket (status defaults to Open).
    QCOMPARE(rowNames(html).size(), 4);
    QVERIFY(html.contains(QStringLiteral("4 documents")));
    QVERIFY(html.contains(QStringLiteral("id=\"f-status\" name=\"f.status\" value=\"Open\"")));

    html = render(m_views->list(admin(), QStringLiteral("ticket"),
                                url(QStringLiteral("op.status=in&f.status=Replied,Closed"))));
    QStringList names = rowNames(html);
    names.sort(); // both may carry the same millisecond in modified
    QCOMPARE(names, (QStringList{QStringLiteral("TKT-00003"), QStringLiteral("TKT-00004")}));
    QVERIFY(html.contains(QStringLiteral("<option value=\"in\" selected>in</option>")));

    html =
        render(m_views->list(admin(), QStringLiteral("ticket"),
                             url(QStringLiteral("op.status=!%3D&f.status=Open&f.priority=High"))));
    QCOMPARE(rowNames(html), QStringList{QStringLiteral("TKT-00004")});

    html = render(m_views->list(admin(), QStringLiteral("ticket"),
                                url(QStringLiteral("op.assigned_to=is%20not%20set"))));
    QCOMPARE(rowNames(html).size(), 6);
}

void TestDeskViews::listSortsAndPages()
{
    QString html = render(m_views->list(admin(), QStringLiteral("ticket"),
                                        url(QStringLiteral("sort=subject&dir=asc&limit=2"))));
    QCOMPARE(rowNames(html),
             (QStringList{QStringLiteral("TKT-00006"), QStringLiteral("TKT-00001")}));
    QVERIFY(html.contains(QStringLiteral("aria-sort=\"ascending\"")));
    QVERIFY2(html.contains(QStringLiteral("1–2 of 6, page 1 of 3")), qPrintable(html));
    // Links carry the whole state; the sorted column's header flips the direction.
    QVERIFY(html.contains(
        QStringLiteral("rel=\"next\" href=\"/desk/ticket?sort=subject&amp;dir=asc&amp;limit=2&amp;"
                       "page=2\"")));
    QVERIFY(html.contains(QStringLiteral("href=\"/desk/ticket?sort=subject&amp;dir=desc&amp;"
                                         "limit=2\"")));

    html = render(m_views->list(admin(), QStringLiteral("ticket"),
                                url(QStringLiteral("sort=subject&dir=asc&limit=2&page=3"))));
    QCOMPARE(rowNames(html),
             (QStringList{QStringLiteral("TKT-00004"), QStringLiteral("TKT-00005")}));
    QVERIFY(html.contains(QStringLiteral("5–6 of 6, page 3 of 3")));
    QVERIFY(!html.contains(QStringLiteral("rel=\"next\"")));
    QVERIFY(html.contains(QStringLiteral("rel=\"prev\"")));
}

void TestDeskViews::listSearchesTheSearchFields()
{
    QString html = render(
        m_views->list(admin(), QStringLiteral("ticket"), url(QStringLiteral("q=printer%203"))));
    QCOMPARE(rowNames(html), QStringList{QStringLiteral("TKT-00003")});
    // customer is a search field of Ticket too.
    html =
        render(m_views->list(admin(), QStringLiteral("ticket"), url(QStringLiteral("q=globex"))));
    QCOMPARE(rowNames(html).size(), 3);
    // LIKE's own characters are searched for as they are.
    html = render(m_views->list(admin(), QStringLiteral("ticket"), url(QStringLiteral("q=%25"))));
    QCOMPARE(rowNames(html).size(), 0);
    QVERIFY(html.contains(QStringLiteral("No documents match.")));
}

void TestDeskViews::listRefusedFilterShowsTheApiMessage()
{
    auto page = m_views->list(admin(), QStringLiteral("ticket"),
                              url(QStringLiteral("op.priority=between&f.priority=Low")));
    QVERIFY(page);
    QCOMPARE(page->status, 400);
    QVERIFY2(page->html.contains(QStringLiteral("&quot;between&quot; needs [low, high]")),
             qPrintable(page->html));
    // A mistyped link still shows the list, saying what was ignored.
    page = m_views->list(admin(), QStringLiteral("ticket"),
                         url(QStringLiteral("sort=nope&page=x&op.status=almost")));
    QVERIFY(page);
    QCOMPARE(page->status, 200);
    QVERIFY(page->html.contains(QStringLiteral("Cannot sort by &quot;nope&quot;")));
    QVERIFY(page->html.contains(QStringLiteral("Page &quot;x&quot; is not a page number")));
    QVERIFY(page->html.contains(QStringLiteral("The operator &quot;almost&quot;")));
    QCOMPARE(rowNames(page->html).size(), 6);
}

void TestDeskViews::listStateRoundTripsThroughTheUrl()
{
    const fm::core::DocType *ticket = m_site.meta.doctype(QStringLiteral("Ticket"));
    QStringList problems;
    const auto state = fm::desk::ListState::parse(
        *ticket,
        url(QStringLiteral("q=a%2Bb%26c&op.status=not%20in&f.status=Open,Closed&sort=priority&"
                           "dir=asc&page=2&limit=10")),
        {20, 500}, &problems);
    QVERIFY(problems.isEmpty());
    QCOMPARE(state.search, QStringLiteral("a+b&c"));
    const auto again = fm::desk::ListState::parse(*ticket, state.toUrl(), {20, 500}, &problems);
    QVERIFY(problems.isEmpty());
    QCOMPARE(again.search, state.search);
    QCOMPARE(again.sort, QStringLiteral("priority"));
    QCOMPARE(again.descending, false);
    QCOMPARE(again.page, 2);
    QCOMPARE(again.pageLength, 10);
    QCOMPARE(again.filters.first().op, QStringLiteral("not in"));
    QCOMPARE(again.filters.first().value, QStringLiteral("Open,Closed"));
    // Over the server's maximum, a page is clamped.
    const auto clamped = fm::desk::ListState::parse(*ticket, url(QStringLiteral("limit=9999")),
                                                    {20, 500}, &problems);
    QCOMPARE(clamped.pageLength, 500);
}

void TestDeskViews::formShowsLayoutAndFieldsByType()
{
    const QString html =
        render(m_views->form(admin(), QStringLiteral("ticket"), QStringLiteral("TKT-00002")));
    QVERIFY(html.contains(QStringLiteral("<h1>Printer 2 jams</h1>")));
    // ticket.json's sections, in order, with their columns.
    const qsizetype ticket = html.indexOf(QStringLiteral(">Ticket</h2>"));
    const qsizetype dates = html.indexOf(QStringLiteral(">Dates</h2>"));
    const qsizetype details = html.indexOf(QStringLiteral(">Details</h2>"));
    QVERIFY(ticket > 0 && dates > ticket && details > dates);
    QCOMPARE(html.count(QStringLiteral("<dl class=\"column\">")), 5);
    // The administrator edits: a Link is a text box with a way to the linked document,
    // a Select its choices, long text keeps its line breaks (tst_desk_forms has more).
    QVERIFY(html.contains(QStringLiteral("name=\"customer\" type=\"text\" value=\"Acme\"")));
    QVERIFY(html.contains(QStringLiteral("<a class=\"link-open\" href=\"/desk/customer/Acme\"")));
    QVERIFY(html.contains(QStringLiteral("<option value=\"Open\" selected>Open</option>")));
    QVERIFY(html.contains(QStringLiteral(">\nLine one\nLine two</textarea>")));
    QVERIFY(html.contains(QStringLiteral("data-field=\"due_on\"")));
    QVERIFY(!html.contains(QStringLiteral("name=\"customer_name\""))); // read-only: a value
    // Breadcrumbs lead back to the list and the workspace.
    QVERIFY(html.contains(QStringLiteral("<a href=\"/desk/ticket\">Ticket</a>")));

    // The agent only reads customers: each field shown by type, an empty one says so.
    const QString customer =
        render(m_views->form(agent(), QStringLiteral("Customer"), QStringLiteral("Acme")));
    QVERIFY(customer.contains(QStringLiteral("<span class=\"sr\">Empty</span>")));
    QVERIFY(customer.contains(
        QStringLiteral("<a href=\"https://acme.example\">https://acme.example</a>")));
    QVERIFY(customer.contains(QStringLiteral("<dd>Yes</dd>"))); // active, a Check
}

void TestDeskViews::formHidesPermlevelFieldsAsTheApiDoes()
{
    const QString asAdmin =
        render(m_views->form(admin(), QStringLiteral("support_agent"), QStringLiteral("Maria")));
    QVERIFY(asAdmin.contains(QStringLiteral("data-field=\"hourly_rate\"")));
    QVERIFY(asAdmin.contains(QStringLiteral("name=\"hourly_rate\" type=\"number\" value=\"85\"")));
    const QString asAgent =
        render(m_views->form(agent(), QStringLiteral("support_agent"), QStringLiteral("Maria")));
    QVERIFY(asAgent.contains(QStringLiteral("data-field=\"email\"")));
    QVERIFY(!asAgent.contains(QStringLiteral("hourly_rate")));
    QVERIFY(!asAgent.contains(QStringLiteral("Hourly Rate")));
    QVERIFY(!asAgent.contains(QStringLiteral("85.00")));
    // The API leaves out exactly that field.
    auto api =
        m_access->get(agent().principal, QStringLiteral("Support Agent"), QStringLiteral("Maria"));
    QVERIFY(api);
    QVERIFY(!api->has(QStringLiteral("hourly_rate")));
    // Sorting or filtering the list by it is dropped for the agent, as the API refuses it.
    const QString list = render(m_views->list(agent(), QStringLiteral("support_agent"),
                                              url(QStringLiteral("sort=hourly_rate"))));
    QVERIFY(!list.contains(QStringLiteral("hourly_rate")));
    QCOMPARE(rowNames(list), QStringList{QStringLiteral("Maria")});
}

void TestDeskViews::formShowsChildTablesAndDocStatus()
{
    fm::core::Document invoice = doc(QStringLiteral("Service Invoice"),
                                     {{"customer", "Acme"}, {"invoice_date", "2026-11-30"}});
    invoice.appendChild(QStringLiteral("items"),
                        doc(QStringLiteral("Service Invoice Item"),
                            {{"description", "Unjam <printer>"}, {"hours", 1.5}, {"rate", 80}}));
    invoice.appendChild(QStringLiteral("items"),
                        doc(QStringLiteral("Service Invoice Item"),
                            {{"description", "Replace toner"}, {"hours", 0.5}}));
    auto saved = m_site.service->insert(invoice);
    QVERIFY2(saved, saved ? "" : qPrintable(saved.error().toText()));
    // A draft: an editable grid, a row per child row.
    const QString draft =
        render(m_views->form(admin(), QStringLiteral("service_invoice"), saved->name()));
    QVERIFY(draft.contains(QStringLiteral("<table class=\"child grid\">")));
    QVERIFY(draft.contains(QStringLiteral("value=\"Unjam &lt;printer&gt;\"")));
    QVERIFY(draft.contains(QStringLiteral("<span class=\"badge\">Draft</span>")));
    // Submitted: the rows as a table of values.
    QVERIFY(m_site.service->submit(QStringLiteral("Service Invoice"), saved->name()));
    const QString html =
        render(m_views->form(admin(), QStringLiteral("service_invoice"), saved->name()));
    QVERIFY(html.contains(QStringLiteral("<table class=\"child\">")));
    QVERIFY(html.contains(QStringLiteral("<th scope=\"col\">Description</th>")));
    QVERIFY(
        html.contains(QStringLiteral("<td data-label=\"Description\">Unjam &lt;printer&gt;</td>")));
    QVERIFY(html.contains(QStringLiteral("<td data-label=\"Hours\">1.5</td>")));
    QVERIFY(html.contains(QStringLiteral("<td data-label=\"Rate\">80.00</td>")));
    QCOMPARE(html.count(QStringLiteral("<tr><td data-label=\"Description\">")), 2);
    // Submittable: the document's state shows beside its name.
    QVERIFY(html.contains(QStringLiteral("<span class=\"badge\">Submitted</span>")));
}

// A DocType with track_changes (the helpdesk's Ticket) shows its saves under the form,
// newest first, a page at a time (ADR 0242).
void TestDeskViews::formShowsTheTimelineOfChanges()
{
    const QString name =
        insert(QStringLiteral("Ticket"),
               {{"subject", "Timeline"}, {"customer", "Acme"}, {"opened_on", "2026-12-10"}});
    QVERIFY(!name.isEmpty());
    const auto entries = [](const QString &html) {
        return html.count(QStringLiteral("<li data-live-key="));
    };
    QString html = render(m_views->form(admin(), QStringLiteral("ticket"), name));
    QVERIFY(html.contains(QStringLiteral("data-live-part=\"timeline\"")));
    QVERIFY(html.contains(QStringLiteral("No changes saved yet.")));
    QVERIFY(html.contains(QStringLiteral("Administrator created this")));
    QCOMPARE(entries(html), 0);

    for (int i = 1; i <= 21; ++i) {
        fm::core::Document changes(QStringLiteral("Ticket"));
        changes.setName(name);
        changes.setValue(QStringLiteral("subject"), QStringLiteral("Timeline %1").arg(i));
        QVERIFY(m_site.service->update(changes, QStringLiteral("agent@example.com")));
    }
    html = render(m_views->form(agent(), QStringLiteral("ticket"), name));
    QCOMPARE(entries(html), 20);
    // Newest first: the 21st save, from "Timeline 20".
    const qsizetype newest = html.indexOf(QStringLiteral("<del>Timeline 20</del>"));
    QVERIFY(newest > 0);
    QVERIFY(newest < html.indexOf(QStringLiteral("<del>Timeline 19</del>")));
    QVERIFY(html.contains(QStringLiteral("agent@example.com changed")));
    QVERIFY(html.contains(QStringLiteral("<ins>Timeline 21</ins>")));
    QVERIFY(html.contains(QStringLiteral("?versions=40#timeline\">Show older changes")));
    QVERIFY(!html.contains(QStringLiteral("created this")));
    // A form with a timeline is live, for whoever reads it.
    QVERIFY(html.contains(QStringLiteral("data-live-view=\"form\"")));

    html = render(
        m_views->form(agent(), QStringLiteral("ticket"), name, url(QStringLiteral("versions=40"))));
    QCOMPARE(entries(html), 21);
    QVERIFY(!html.contains(QStringLiteral("Show older changes")));
    QVERIFY(html.contains(QStringLiteral("Administrator created this")));
    // A page size it cannot show is one page, not an error.
    html = render(
        m_views->form(agent(), QStringLiteral("ticket"), name, url(QStringLiteral("versions=-5"))));
    QCOMPARE(entries(html), 20);
    // The live form follows the same page size.
    fm::desk::DeskViews::LiveInput input;
    input.versions = 40;
    QCOMPARE(entries(render(m_views->liveForm(agent(), QStringLiteral("ticket"), name, input))),
             21);

    // A DocType without track_changes has no timeline.
    QVERIFY(!render(m_views->form(admin(), QStringLiteral("customer"), QStringLiteral("Acme")))
                 .contains(QStringLiteral("timeline")));
}

// Documents named like the Desk's own segments after a DocType (new, bulk, view) get a
// "~" in their paths and open there (ADR 0263).
void TestDeskViews::reservedNamesStayReachable()
{
    for (const char *name : {"new", "bulk", "view", "~tilde"})
        QCOMPARE(insert(QStringLiteral("Customer"), {{"customer_name", QLatin1String(name)}}),
                 QLatin1String(name));
    const fm::core::DocType *customer = m_site.meta.doctype(QStringLiteral("Customer"));
    QVERIFY(customer);
    QCOMPARE(fm::desk::deskPath(*customer, QStringLiteral("new")),
             QStringLiteral("/desk/customer/~new"));
    QCOMPARE(fm::desk::deskPath(*customer, QStringLiteral("~tilde")),
             QStringLiteral("/desk/customer/~~tilde"));
    QCOMPARE(fm::desk::deskPath(*customer, QStringLiteral("Acme")),
             QStringLiteral("/desk/customer/Acme"));
    for (const char *name : {"new", "bulk", "view", "~tilde"}) {
        const QString segment = fm::desk::deskPath(*customer, QLatin1String(name)).section(u'/', 3);
        const QString html = render(m_views->form(
            admin(), QStringLiteral("customer"),
            fm::desk::deskSegmentValue(QUrl::fromPercentEncoding(segment.toLatin1()))));
        QVERIFY2(html.contains(QStringLiteral("<span class=\"docname\">%1</span>")
                                   .arg(QString::fromLatin1(name).toHtmlEscaped())),
                 name);
    }
    // The list links to them by those paths.
    const QString list = render(m_views->list(admin(), QStringLiteral("customer"), {}));
    QVERIFY(list.contains(QStringLiteral("href=\"/desk/customer/~new\"")));
    QVERIFY(list.contains(QStringLiteral("href=\"/desk/customer/~~tilde\"")));
    // A DocType path segment may carry the "~" too.
    QVERIFY(m_views->resolve(QStringLiteral("~customer")));
    QCOMPARE(fm::desk::deskSegmentValue(QStringLiteral("~login")), QStringLiteral("login"));
}

// Each calendar entry a viewer may move carries two forms: its start and end a day
// earlier and a day later, posted through the form's save with the entry's _version.
void TestDeskViews::calendarEntriesMoveByADay()
{
    const QString name = insert(QStringLiteral("Ticket"), {{"subject", "Moving day"},
                                                           {"customer", "Acme"},
                                                           {"opened_on", "2026-12-22"},
                                                           {"due_on", "2026-12-24"}});
    QVERIFY(!name.isEmpty());
    const QString html = render(m_views->calendar(
        agent(), QStringLiteral("ticket"), url(QStringLiteral("mode=week&date=2026-12-22"))));
    const qsizetype at = html.indexOf(QStringLiteral("data-doc=\"%1\"").arg(name));
    QVERIFY(at > 0);
    const QString entry = html.mid(at, html.indexOf(QStringLiteral("</li>"), at) - at);
    QVERIFY(entry.contains(QStringLiteral("aria-label=\"Move Moving day a day earlier\"")));
    QVERIFY(entry.contains(QStringLiteral("aria-label=\"Move Moving day a day later\"")));
    QVERIFY(entry.contains(QStringLiteral("name=\"opened_on\" value=\"2026-12-21\"")));
    QVERIFY(entry.contains(QStringLiteral("name=\"due_on\" value=\"2026-12-23\"")));
    QVERIFY(entry.contains(QStringLiteral("name=\"opened_on\" value=\"2026-12-23\"")));
    QVERIFY(entry.contains(QStringLiteral("name=\"due_on\" value=\"2026-12-25\"")));
    QVERIFY(entry.contains(QStringLiteral("name=\"_version\" value=\"1\"")));
    QVERIFY(entry.contains(
        QStringLiteral("name=\"_next\" value=\"/desk/ticket/view/calendar?mode=week&amp;date="
                       "2026-12-22\"")));
    // The days it continues on carry no controls: a drag moves it from its first day.
    QCOMPARE(html.count(QStringLiteral("aria-label=\"Move Moving day a day later\"")), 1);
}

void TestDeskViews::unknownChildAndUnreadableDocTypesAreRefused()
{
    auto unknown = m_views->list(admin(), QStringLiteral("nope"), {});
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().code(), fm::ErrorCode::NotFound);
    auto child = m_views->list(admin(), QStringLiteral("service_invoice_item"), {});
    QVERIFY(!child);
    QCOMPARE(child.error().code(), fm::ErrorCode::NotFound);
    auto unreadable = m_views->list(agent(), QStringLiteral("user"), {});
    QVERIFY(!unreadable);
    QCOMPARE(unreadable.error().code(), fm::ErrorCode::PermissionDenied);
    auto missing = m_views->form(admin(), QStringLiteral("ticket"), QStringLiteral("TKT-99999"));
    QVERIFY(!missing);
    QCOMPARE(missing.error().code(), fm::ErrorCode::NotFound);
    const auto page = m_views->error(nullptr, 404, QStringLiteral("<b>gone</b>"));
    QCOMPARE(page.status, 404);
    QVERIFY(page.html.contains(QStringLiteral("&lt;b&gt;gone&lt;/b&gt;")));
}

void TestDeskViews::hostileValuesAreInert()
{
    const QString form = render(m_views->form(admin(), QStringLiteral("ticket"), m_hostileTicket));
    const QString list = render(m_views->list(admin(), QStringLiteral("ticket"), {}));
    const QString workspace = render(m_views->workspace(admin()));
    for (const QString &html : {form, list, workspace}) {
        QVERIFY(!html.isEmpty());
        QVERIFY(!html.contains(QStringLiteral("<script>alert")));
        QVERIFY(!html.contains(QStringLiteral("<img")));
        QVERIFY(!html.contains(QStringLiteral("href=\"javascript")));
        QVERIFY(html.contains(
            QStringLiteral("&lt;script&gt;alert(&apos;subject&apos;)&lt;/script&gt;")));
    }
    QVERIFY(form.contains(QStringLiteral("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;")));
    QVERIFY(form.contains(QStringLiteral("javascript:alert(document.cookie)</textarea>")));
    // The same text in a search box and filter values stays inside its attribute.
    const QString searched = render(m_views->list(
        admin(), QStringLiteral("ticket"),
        url(QStringLiteral(
            "q=%22%3E%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E&f.status=%22%3E%3Cb%3E"))));
    QVERIFY(!searched.contains(QStringLiteral("<img")));
    QVERIFY(!searched.contains(QStringLiteral("<b>")));
    QVERIFY(searched.contains(
        QStringLiteral("value=\"&quot;&gt;&lt;img src=x onerror=alert(1)&gt;\"")));
}

void TestDeskViews::urlFieldsLinkOnlyToTheWeb()
{
    const fm::core::DocType *customer = m_site.meta.doctype(QStringLiteral("Customer"));
    const fm::core::Field *website = customer->field(QStringLiteral("website"));
    const fm::core::Field *email = customer->field(QStringLiteral("email"));
    QVERIFY(website && email);
    fm::core::Document acme(QStringLiteral("Customer"));
    for (const QString &value :
         {kHostileUrl, QStringLiteral("JaVaScRiPt:alert(1)"),
          QStringLiteral("data:text/html,<b>x</b>"), QStringLiteral("//evil.example")}) {
        acme.setValue(QStringLiteral("website"), value);
        const auto shown = fm::desk::displayField(m_site.meta, *website, acme);
        QCOMPARE(shown.kind, fm::desk::FieldDisplay::Kind::Plain);
        QVERIFY(shown.href.isEmpty());
    }
    acme.setValue(QStringLiteral("website"), QStringLiteral("https://acme.example/a b"));
    QCOMPARE(fm::desk::displayField(m_site.meta, *website, acme).kind,
             fm::desk::FieldDisplay::Kind::Link);
    acme.setValue(QStringLiteral("email"), QStringLiteral("javascript:x@y"));
    QCOMPARE(fm::desk::displayField(m_site.meta, *email, acme).kind,
             fm::desk::FieldDisplay::Kind::Plain);
    acme.setValue(QStringLiteral("email"), QStringLiteral("it@acme.example"));
    QCOMPARE(fm::desk::displayField(m_site.meta, *email, acme).href,
             QStringLiteral("mailto:it@acme.example"));
}

void TestDeskViews::pagesHaveNoInlineScriptOrStyle()
{
    const QStringList pages{
        render(m_views->workspace(admin())),
        render(m_views->list(admin(), QStringLiteral("ticket"), {})),
        render(m_views->form(admin(), QStringLiteral("ticket"), QStringLiteral("TKT-00001"))),
        m_views->login({}).html, m_views->error(nullptr, 404, QStringLiteral("x")).html};
    static const QRegularExpression inlineScript(QStringLiteral("<script(?![^>]*\\ssrc=)"));
    static const QRegularExpression styleAttribute(QStringLiteral("\\sstyle=|<style|\\son[a-z]+="));
    for (const QString &html : pages) {
        QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
        QVERIFY(!inlineScript.match(html).hasMatch());
        QVERIFY2(!styleAttribute.match(html).hasMatch(), qPrintable(html));
        // Landmarks and the skip link.
        QVERIFY(html.contains(QStringLiteral("<main id=\"main\"")));
        QVERIFY(html.contains(QStringLiteral("class=\"skip\" href=\"#main\"")));
        QVERIFY(html.contains(QStringLiteral("name=\"viewport\"")));
    }
}

void TestDeskViews::loginPageKeepsNextAndToken()
{
    fm::desk::LoginForm form;
    form.next = QStringLiteral("/desk/ticket?f.status=Open&x=\"");
    form.csrfToken = QStringLiteral("tok");
    form.error = QStringLiteral("wrong");
    form.username = QStringLiteral("ann\"><b>");
    const auto page = m_views->login(form, 401);
    QCOMPARE(page.status, 401);
    QVERIFY(page.html.contains(
        QStringLiteral("name=\"next\" value=\"/desk/ticket?f.status=Open&amp;x=&quot;\"")));
    QVERIFY(page.html.contains(QStringLiteral("name=\"csrf_token\" value=\"tok\"")));
    QVERIFY(page.html.contains(QStringLiteral("role=\"alert\">wrong</p>")));
    QVERIFY(page.html.contains(QStringLiteral("value=\"ann&quot;&gt;&lt;b&gt;\"")));
    QVERIFY(page.html.contains(QStringLiteral("<label for=\"login-password\">Password</label>")));
    // Signed out: no header with a sign-out form.
    QVERIFY(!page.html.contains(QStringLiteral("/desk/logout")));
}

// Golden pages (STYLE.md): the HTML a reviewer sees change, in tests/desk/reference/.
// `scripts/regenerate-golden.sh` rewrites them (FM_REGENERATE_GOLDEN=1). Times and the
// assets' hashes are replaced by placeholders first: they change on every run or edit.
void TestDeskViews::pagesMatchTheirReferences_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("html");
    fm::desk::LoginForm form;
    form.next = QStringLiteral("/desk/ticket");
    form.csrfToken = QStringLiteral("login-token");
    QTest::newRow("login") << "login" << m_views->login(form).html;
    QTest::newRow("list") << "list-ticket"
                          << render(m_views->list(
                                 agent(), QStringLiteral("ticket"),
                                 url(QStringLiteral("sort=subject&dir=asc&limit=3&page=2&"
                                                    "op.priority=in&f.priority=Low,High"))));
    QTest::newRow("form") << "form-ticket"
                          << render(m_views->form(admin(), QStringLiteral("ticket"),
                                                  QStringLiteral("TKT-00002")));
    QTest::newRow("form, permlevel")
        << "form-support-agent-as-agent"
        << render(m_views->form(agent(), QStringLiteral("support_agent"), QStringLiteral("Maria")));
    // November 2026 as an agent; the Today link's date is the day the test runs.
    QTest::newRow("calendar")
        << "calendar-ticket"
        << render(m_views->calendar(agent(), QStringLiteral("ticket"),
                                    url(QStringLiteral("mode=month&date=2026-11-01"))))
               .replace(QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate),
                        QStringLiteral("<today>"));
    QTest::newRow("error") << "error-404"
                           << m_views->error(nullptr, 404, QStringLiteral("No such page.")).html;
}

void TestDeskViews::pagesMatchTheirReferences()
{
    QFETCH(QString, name);
    QFETCH(QString, html);
    QVERIFY(!html.isEmpty());
    static const QRegularExpression times(
        QStringLiteral("\\d{4}-\\d\\d-\\d\\d( \\d\\d:\\d\\d UTC|T[0-9:.]+Z)"));
    static const QRegularExpression hashes(QStringLiteral("\\.[0-9a-f]{12}\\.(css|js)"));
    html.replace(times, QStringLiteral("<time>")).replace(hashes, QStringLiteral(".<hash>.\\1"));
    const QString path = QStringLiteral(FM_TEST_DATA_DIR "/reference/%1.html").arg(name);
    QFile file(path);
    if (qEnvironmentVariableIntValue("FM_REGENERATE_GOLDEN") == 1) {
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(html.toUtf8());
        return;
    }
    QVERIFY2(file.open(QIODevice::ReadOnly),
             qPrintable(path + QStringLiteral(" is missing: run scripts/regenerate-golden.sh")));
    const QString expected = QString::fromUtf8(file.readAll());
    if (html != expected) {
        const QStringList got = html.split(u'\n');
        const QStringList want = expected.split(u'\n');
        for (qsizetype i = 0; i < qMax(got.size(), want.size()); ++i) {
            if (got.value(i) != want.value(i))
                QFAIL(qPrintable(QStringLiteral("%1 differs at line %2:\n  got:  %3\n  want: %4\n"
                                                "Review and run scripts/regenerate-golden.sh if "
                                                "the change is meant.")
                                     .arg(path)
                                     .arg(i + 1)
                                     .arg(got.value(i), want.value(i))));
        }
    }
}

QTEST_GUILESS_MAIN(TestDeskViews)
#include "tst_desk_views.moc"
