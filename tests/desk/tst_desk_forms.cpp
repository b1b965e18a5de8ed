// SPDX-License-Identifier: MIT
// The Desk's form editing, bulk actions and lookups, straight from libdesk over the
// demo app (examples/helpdesk) on a real SQLite site: an input per field type, saves
// through DocumentAccess with the API's messages beside their fields, the optimistic
// version (a concurrent change is shown, never overwritten), grid rows, submit, cancel,
// amend and delete by docstatus and permission, and depends_on as form.js reads it.

#include "deskviewsfixture.h"
#include "formvalues.h"
#include "meta/metaregistry.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using deskviews::admin;
using deskviews::agent;
using fm::core::Principal;
using fm::desk::DeskViews;
using fm::desk::FormFields;
using fm::desk::Viewer;

namespace {

// The value attribute of the input named `name`, or a null string when there is none.
QString inputValue(const QString &html, const QString &name)
{
    const QRegularExpression input(
        QStringLiteral("<input id=\"[^\"]*\" name=\"%1\" type=\"[^\"]*\" value=\"([^\"]*)\"")
            .arg(QRegularExpression::escape(name)));
    const auto match = input.match(html);
    return match.hasMatch() ? match.captured(1) : QString();
}

QString hidden(const QString &html, const QString &name)
{
    const QRegularExpression input(
        QStringLiteral("name=\"%1\" value=\"([^\"]*)\"").arg(QRegularExpression::escape(name)));
    return input.match(html).captured(1);
}

} // namespace

class TestDeskForms : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void dependsOnAgreesWithTheSharedCases_data();
    void dependsOnAgreesWithTheSharedCases();
    void formValuesTurnInputIntoValues();
    void editableFormHasAnInputPerFieldType();
    void readersSeeValuesNotInputs();
    void newFormShowsDefaultsAndNeedsCreate();
    void saveCreatesThenUpdatesWithTheVersion();
    void staleVersionKeepsTheInputAndShowsTheConflict();
    void validationErrorsAreTheApisBesideTheirFields();
    void fieldsTheUserMayNotWriteAreRefused();
    void liveFormChecksTheInputAsASaveWould();
    void liveFormShowsOthersSavesWithoutTouchingTheInput();
    void liveFormShowsChildCellErrorsAsTheApiDoes();
    void gridRowsAreAddedRemovedAndMovedWithoutSaving();
    void childRowsSaveAndActionsFollowDocstatus();
    void deleteAsksFirstAndNeedsThePermission();
    void bulkActionsReportEachRow();
    void linkChoicesAreWhatTheViewerMayRead();
    void paletteFindsDocTypesDocumentsAndActions();
    void kanbanGroupsCardsAndMovesThemThroughTheForm();
    void hostileInputStaysInert();
    void newPagesHaveNoInlineScriptOrStyle();

private:
    QString render(const fm::Result<fm::desk::Page> &page)
    {
        return DeskViewsFixture::render(page);
    }
    QString insert(const QString &doctype, const QVariantMap &values)
    {
        return m_fixture.insert(doctype, values);
    }
    qint64 count(const QString &doctype)
    {
        fm::core::Query query;
        query.doctype = doctype;
        return m_site.service->count(query).value_or(-1);
    }

    DeskViewsFixture m_fixture;
    TestSite &m_site = m_fixture.site;
    std::unique_ptr<fm::core::DocumentAccess> &m_access = m_fixture.access;
    std::optional<DeskViews> &m_views = m_fixture.views;
    QString m_ticket;
};

void TestDeskForms::initTestCase()
{
    QVERIFY(m_fixture.open());
    QVERIFY(!insert(QStringLiteral("Customer"),
                    {{"customer_name", "Acme"}, {"website", "https://acme.example"}})
                 .isEmpty());
    QVERIFY(!insert(QStringLiteral("Customer"), {{"customer_name", "Globex"}}).isEmpty());
    QVERIFY(!insert(QStringLiteral("Support Agent"),
                    {{"agent_name", "Maria"}, {"email", "maria@example.com"}, {"hourly_rate", 85}})
                 .isEmpty());
    m_ticket = insert(QStringLiteral("Ticket"), {{"subject", "Printer jams"},
                                                 {"customer", "Globex"},
                                                 {"opened_on", "2026-11-02"},
                                                 {"description", "Line one\nLine two"}});
    QVERIFY(!m_ticket.isEmpty());
}

void TestDeskForms::dependsOnAgreesWithTheSharedCases_data()
{
    QTest::addColumn<QString>("condition");
    QTest::addColumn<QJsonObject>("values");
    QTest::addColumn<bool>("visible");
    QTest::addColumn<bool>("error");
    QFile file(QStringLiteral(FM_TEST_DATA_DIR "/input/depends_on.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray cases =
        QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("cases")).toArray();
    QVERIFY(cases.size() > 20);
    for (const QJsonValue &entry : cases) {
        const QJsonObject c = entry.toObject();
        const QString condition = c.value(QStringLiteral("condition")).toString();
        QTest::newRow(qPrintable(condition.isEmpty() ? QStringLiteral("(empty)") : condition))
            << condition << c.value(QStringLiteral("doc")).toObject()
            << c.value(QStringLiteral("visible")).toBool()
            << c.value(QStringLiteral("error")).toBool();
    }
}

void TestDeskForms::dependsOnAgreesWithTheSharedCases()
{
    QFETCH(QString, condition);
    QFETCH(QJsonObject, values);
    QFETCH(bool, visible);
    QFETCH(bool, error);
    fm::desk::DependsOn::Values doc;
    for (auto it = values.begin(); it != values.end(); ++it) {
        const QJsonValue v = it.value();
        doc.insert(it.key(), v.isNull()     ? QVariant()
                             : v.isBool()   ? QVariant(v.toBool())
                             : v.isDouble() ? QVariant(v.toDouble())
                                            : QVariant(v.toString()));
    }
    QCOMPARE(fm::desk::DependsOn::visible(condition, doc), visible);
    if (!condition.isEmpty()) {
        auto parsed = fm::desk::DependsOn::parse(condition);
        QCOMPARE(!parsed, error);
        if (!parsed) {
            // The message names the condition and where it goes wrong.
            QVERIFY(parsed.error().message().contains(condition));
            QVERIFY(parsed.error().message().contains(QStringLiteral("at character")));
        }
    }
}

void TestDeskForms::formValuesTurnInputIntoValues()
{
    // A DocType made here, with the field types a form turns from text.
    fm::core::DocType type;
    type.name = QStringLiteral("Probe");
    const auto field = [](const char *name, const char *fieldtype) {
        fm::core::Field f;
        f.fieldname = QLatin1String(name);
        f.fieldtype = QLatin1String(fieldtype);
        return f;
    };
    type.fields = {field("active", "Check"), field("settings", "JSON"), field("at", "Datetime"),
                   field("count", "Int"), field("note", "Data")};
    const FormFields posted{{"active", "0"},
                            {"active", "1"},
                            {"settings", "{\"a\": [1, 2]}"},
                            {"at", "2026-12-07T10:30"},
                            {"count", "12"},
                            {"note", ""},
                            {"owner", "mallory"},
                            {"_version", "4"},
                            {"_action", "save"}};
    const auto values = fm::desk::FormValues::fromPost(type, posted);
    QCOMPARE(values.version, QStringLiteral("4"));
    QCOMPARE(values.action, QStringLiteral("save"));
    QVERIFY(!values.posted.contains(QStringLiteral("owner"))); // not a field: ignored
    auto edit = values.toDocument(m_site.meta, type, QStringLiteral("P-1"), false);
    QVERIFY2(edit, qPrintable(edit ? QString() : edit.error().toText()));
    QCOMPARE(edit->value(QStringLiteral("active")), QVariant(true)); // the last value wins
    QCOMPARE(edit->value(QStringLiteral("settings")).toJsonValue().toObject(),
             QJsonDocument::fromJson("{\"a\": [1, 2]}").object());
    QCOMPARE(edit->string(QStringLiteral("at")), QStringLiteral("2026-12-07T10:30:00.000Z"));
    QCOMPARE(edit->string(QStringLiteral("count")), QStringLiteral("12"));
    QVERIFY(edit->has(QStringLiteral("note"))); // an edit clears an emptied field
    QVERIFY(edit->value(QStringLiteral("note")).isNull());
    QCOMPARE(edit->version(), qint64(4));
    QCOMPARE(edit->name(), QStringLiteral("P-1"));
    auto created = values.toDocument(m_site.meta, type, {}, true);
    QVERIFY(created);
    QVERIFY(!created->has(QStringLiteral("note"))); // a new one leaves it to the default

    // Text that is no JSON is a field error; nothing else is judged here.
    const auto bad =
        fm::desk::FormValues::fromPost(type, {{"settings", "{a: 1}"}, {"count", "many"}});
    auto refused = bad.toDocument(m_site.meta, type, {}, true);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code(), fm::ErrorCode::Validation);
    QCOMPARE(refused.error().fields().size(), 1);
    QCOMPARE(refused.error().fields().first().field, QStringLiteral("settings"));
    QCOMPARE(refused.error().fields().first().code, QStringLiteral("invalid_json"));
    const auto two = fm::desk::FormValues::fromPost(type, {{"settings", "1, 2"}});
    QVERIFY(!two.toDocument(m_site.meta, type, {}, true));
    // A scalar is JSON too, and shows as JSON text again.
    const auto scalar = fm::desk::FormValues::fromPost(type, {{"settings", "\"abc\""}});
    auto text = scalar.toDocument(m_site.meta, type, {}, true);
    QVERIFY(text);
    QCOMPARE(text->value(QStringLiteral("settings")).toJsonValue().toString(),
             QStringLiteral("abc"));
    QCOMPARE(fm::desk::FormValues::inputText(QStringLiteral("JSON"),
                                             text->value(QStringLiteral("settings"))),
             QStringLiteral("\"abc\""));
    QCOMPARE(fm::desk::FormValues::inputText(QStringLiteral("Datetime"),
                                             QStringLiteral("2026-12-07T10:30:05.000Z")),
             QStringLiteral("2026-12-07T10:30:05"));

    // Rows keep the order they were posted in, whatever their numbers.
    const fm::core::DocType *invoice = m_site.meta.doctype(QStringLiteral("Service Invoice"));
    const auto rows = fm::desk::FormValues::fromPost(*invoice, {{"items[7].description", "B"},
                                                                {"items[2].description", "A"},
                                                                {"items[7].hours", "2"},
                                                                {"_table", "items"}});
    QCOMPARE(rows.rows.value(QStringLiteral("items")).size(), 2);
    QCOMPARE(rows.rows.value(QStringLiteral("items")).at(0).value(QStringLiteral("description")),
             QStringLiteral("B"));
    QCOMPARE(rows.rows.value(QStringLiteral("items")).at(0).value(QStringLiteral("hours")),
             QStringLiteral("2"));
    // The marker alone says the grid is there with no rows (all removed).
    const auto none = fm::desk::FormValues::fromPost(*invoice, {{"_table", "items"}});
    QVERIFY(none.rows.contains(QStringLiteral("items")));
    auto cleared = none.toDocument(m_site.meta, *invoice, QStringLiteral("INV-1"), false);
    QVERIFY(cleared);
    QVERIFY(cleared->hasChildren(QStringLiteral("items")));
    QVERIFY(cleared->children(QStringLiteral("items")).isEmpty());
}

void TestDeskForms::editableFormHasAnInputPerFieldType()
{
    const QString html = render(m_views->form(admin(), QStringLiteral("ticket"), m_ticket));
    QVERIFY(html.contains(QStringLiteral("<form class=\"doc-form\" method=\"post\" action=\"/desk/"
                                         "ticket/%1\" novalidate data-live-view=\"form\">")
                              .arg(m_ticket)));
    QCOMPARE(hidden(html, QStringLiteral("csrf_token")), QStringLiteral("csrf-1"));
    QCOMPARE(hidden(html, QStringLiteral("_version")), QStringLiteral("1"));
    QCOMPARE(inputValue(html, QStringLiteral("subject")), QStringLiteral("Printer jams"));
    QVERIFY(html.contains(QStringLiteral("<label for=\"f-subject\">Subject</label>")));
    QVERIFY(html.contains(QStringLiteral("maxlength=\"140\"")));
    // A Select with its choices and the stored one chosen.
    QVERIFY(html.contains(QStringLiteral("<select id=\"f-status\" name=\"status\">")));
    QVERIFY(html.contains(QStringLiteral("<option value=\"Open\" selected>Open</option>")));
    // A Link: text with the choices form.js fills from /desk/api/link.
    QCOMPARE(inputValue(html, QStringLiteral("customer")), QStringLiteral("Globex"));
    QVERIFY(html.contains(QStringLiteral("list=\"dl-f-customer\" autocomplete=\"off\" "
                                         "data-link=\"Customer\">")));
    QVERIFY(html.contains(QStringLiteral("<datalist id=\"dl-f-customer\"></datalist>")));
    QVERIFY(html.contains(QStringLiteral("name=\"opened_on\" type=\"date\" value=\"2026-11-02\"")));
    QVERIFY(html.contains(QStringLiteral(
        "<textarea id=\"f-description\" name=\"description\" rows=\"8\">\nLine one\nLine two"
        "</textarea>")));
    // A read-only field shows its value; a description is tied to its input.
    QVERIFY(!html.contains(QStringLiteral("name=\"customer_name\"")));
    QVERIFY(html.contains(QStringLiteral("aria-describedby=\"desc-f-due_on\"")));
    // depends_on: the resolution shows only for Resolved or Closed tickets.
    QVERIFY(html.contains(QStringLiteral(
        "data-field=\"resolution\" data-depends-on=\"eval:doc.status==&apos;Resolved&apos; || "
        "doc.status==&apos;Closed&apos;\" hidden>")));
    // Save and delete (the administrator may); Ticket is not submittable.
    QVERIFY(html.contains(QStringLiteral("<button type=\"submit\" name=\"_action\" "
                                         "value=\"save\">Save</button>")));
    QVERIFY(!html.contains(QStringLiteral("value=\"submit\"")));
    QVERIFY(html.contains(QStringLiteral("href=\"/desk/ticket/%1/delete\"").arg(m_ticket)));
    // The agent may write but not delete.
    const QString asAgent = render(m_views->form(agent(), QStringLiteral("ticket"), m_ticket));
    QCOMPARE(inputValue(asAgent, QStringLiteral("subject")), QStringLiteral("Printer jams"));
    QVERIFY(!asAgent.contains(QStringLiteral("/delete")));
    // What was just done is said once.
    QVERIFY(render(m_views->form(admin(), QStringLiteral("ticket"), m_ticket,
                                 QUrlQuery(QStringLiteral("done=saved"))))
                .contains(QStringLiteral("<p class=\"notice\" role=\"status\">Saved.</p>")));
}

void TestDeskForms::readersSeeValuesNotInputs()
{
    // The agent reads customers but may not change them.
    const QString html =
        render(m_views->form(agent(), QStringLiteral("customer"), QStringLiteral("Acme")));
    QVERIFY(!html.contains(QStringLiteral("<input id=\"f-")));
    QVERIFY(!html.contains(QStringLiteral("value=\"save\"")));
    QVERIFY(html.contains(QStringLiteral("<a href=\"https://acme.example\">https://acme."
                                         "example</a>")));
    QVERIFY(html.contains(QStringLiteral("You may read this document but not change it.")));
}

void TestDeskForms::newFormShowsDefaultsAndNeedsCreate()
{
    const QString html = render(m_views->newForm(agent(), QStringLiteral("ticket")));
    QVERIFY(html.contains(QStringLiteral("<h1>New Ticket</h1>")));
    QVERIFY(html.contains(QStringLiteral("action=\"/desk/ticket/new\"")));
    QVERIFY(!html.contains(QStringLiteral("name=\"_version\"")));
    QVERIFY(html.contains(QStringLiteral("<option value=\"Open\" selected>Open</option>")));
    QVERIFY(html.contains(QStringLiteral("<option value=\"Medium\" selected>Medium</option>")));
    QCOMPARE(inputValue(html, QStringLiteral("opened_on")),
             QDate::currentDate().toString(Qt::ISODate)); // "Today"
    QVERIFY(!html.contains(QStringLiteral("/delete")));
    auto refused = m_views->newForm(agent(), QStringLiteral("customer"));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code(), fm::ErrorCode::PermissionDenied);
    auto child = m_views->newForm(admin(), QStringLiteral("service_invoice_item"));
    QVERIFY(!child);
    QCOMPARE(child.error().code(), fm::ErrorCode::NotFound);
}

void TestDeskForms::saveCreatesThenUpdatesWithTheVersion()
{
    auto created = m_views->saveForm(agent(), QStringLiteral("ticket"), {},
                                     {{"csrf_token", "csrf-2"},
                                      {"subject", "Scanner is slow"},
                                      {"status", "Open"},
                                      {"customer", "Acme"},
                                      {"opened_on", "2026-12-01"},
                                      {"due_on", "2026-12-09"},
                                      {"_action", "save"}});
    QVERIFY2(created, qPrintable(created ? QString() : created.error().toText()));
    QVERIFY2(!created->failure, qPrintable(created->page.html));
    static const QRegularExpression done(
        QStringLiteral("^/desk/ticket/(TKT-\\d+)\\?done=created$"));
    const auto match = done.match(created->redirect);
    QVERIFY2(match.hasMatch(), qPrintable(created->redirect));
    const QString name = match.captured(1);
    auto stored = m_site.service->get(QStringLiteral("Ticket"), name);
    QVERIFY(stored);
    QCOMPARE(stored->string(QStringLiteral("subject")), QStringLiteral("Scanner is slow"));
    QCOMPARE(stored->owner(), QStringLiteral("agent@example.com"));
    QCOMPARE(stored->string(QStringLiteral("priority")), QStringLiteral("Medium")); // default

    auto updated = m_views->saveForm(agent(), QStringLiteral("ticket"), name,
                                     {{"_version", QString::number(stored->version())},
                                      {"subject", "Scanner is slow on Mondays"},
                                      {"due_on", ""}});
    QVERIFY(updated);
    QCOMPARE(updated->redirect, QStringLiteral("/desk/ticket/%1?done=saved").arg(name));
    auto again = m_site.service->get(QStringLiteral("Ticket"), name);
    QCOMPARE(again->string(QStringLiteral("subject")),
             QStringLiteral("Scanner is slow on Mondays"));
    QVERIFY(again->value(QStringLiteral("due_on")).isNull()); // emptied, so cleared
    QCOMPARE(again->string(QStringLiteral("status")), QStringLiteral("Open")); // not posted: kept
    QCOMPARE(again->version(), stored->version() + 1);

    auto unknown =
        m_views->saveForm(agent(), QStringLiteral("ticket"), name, {{"_action", "explode"}});
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().code(), fm::ErrorCode::BadRequest);
    auto missing = m_views->saveForm(agent(), QStringLiteral("ticket"), QStringLiteral("TKT-99999"),
                                     {{"subject", "x"}});
    QVERIFY(!missing);
    QCOMPARE(missing.error().code(), fm::ErrorCode::NotFound);
}

void TestDeskForms::staleVersionKeepsTheInputAndShowsTheConflict()
{
    const QString name =
        insert(QStringLiteral("Ticket"),
               {{"subject", "Mail bounces"}, {"customer", "Acme"}, {"opened_on", "2026-12-02"}});
    QVERIFY(!name.isEmpty());
    const QString opened = render(m_views->form(agent(), QStringLiteral("ticket"), name));
    const QString version = hidden(opened, QStringLiteral("_version"));
    QCOMPARE(version, QStringLiteral("1"));
    // Someone else saves first.
    auto theirs = m_site.service->update(
        doc(QStringLiteral("Ticket"), {{"name", name}, {"status", "Closed"}, {"_version", 1}}));
    QVERIFY(theirs);

    auto mine = m_views->saveForm(agent(), QStringLiteral("ticket"), name,
                                  {{"_version", version},
                                   {"subject", "Mail bounces for everyone"},
                                   {"status", "Replied"},
                                   {"customer", "Acme"}});
    QVERIFY(mine);
    QVERIFY(mine->redirect.isEmpty());
    QVERIFY(mine->failure == fm::ErrorCode::VersionConflict);
    const QString html = mine->page.html;
    QVERIFY2(html.contains(QStringLiteral("Someone else saved this Ticket while you were editing "
                                          "it (it is now at version 2)")),
             qPrintable(html));
    // Their input is kept as typed; the saved values that differ are listed.
    QCOMPARE(inputValue(html, QStringLiteral("subject")),
             QStringLiteral("Mail bounces for everyone"));
    QVERIFY(html.contains(QStringLiteral("<option value=\"Replied\" selected>")));
    QVERIFY(html.contains(QStringLiteral("<div><dt>Status</dt><dd>Closed</dd></div>")));
    QVERIFY(html.contains(QStringLiteral("<div><dt>Subject</dt><dd>Mail bounces</dd></div>")));
    QVERIFY(html.contains(QStringLiteral("role=\"alert\"")));
    // Nothing of theirs was overwritten.
    auto stored = m_site.service->get(QStringLiteral("Ticket"), name);
    QCOMPARE(stored->string(QStringLiteral("status")), QStringLiteral("Closed"));
    QCOMPARE(stored->string(QStringLiteral("subject")), QStringLiteral("Mail bounces"));
    // Saving again from that page is a choice made knowing it: it carries version 2.
    QCOMPARE(hidden(html, QStringLiteral("_version")), QStringLiteral("2"));
    auto second = m_views->saveForm(agent(), QStringLiteral("ticket"), name,
                                    {{"_version", hidden(html, QStringLiteral("_version"))},
                                     {"subject", "Mail bounces for everyone"},
                                     {"status", "Replied"}});
    QVERIFY(second);
    QVERIFY2(!second->redirect.isEmpty(), qPrintable(second->page.html));
    QCOMPARE(m_site.service->get(QStringLiteral("Ticket"), name)->string(QStringLiteral("status")),
             QStringLiteral("Replied"));
}

void TestDeskForms::liveFormChecksTheInputAsASaveWould()
{
    const qint64 version = m_site.service->get(QStringLiteral("Ticket"), m_ticket)->version();
    const QString subject =
        m_site.service->get(QStringLiteral("Ticket"), m_ticket)->string(QStringLiteral("subject"));
    const FormFields input{{"_version", QString::number(version)},
                           {"subject", ""},
                           {"status", "Someday"},
                           {"customer", "Globex"}};
    // Only the inputs the user changed say what is wrong; the others wait for the save.
    DeskViews::LiveInput live{input, {QStringLiteral("subject")}, {}};
    auto page = m_views->liveForm(agent(), QStringLiteral("ticket"), m_ticket, live);
    QVERIFY2(page, page ? "" : qPrintable(page.error().toText()));
    auto api = m_access->update(agent().principal, [&] {
        fm::core::Document changes(QStringLiteral("Ticket"));
        changes.setName(m_ticket);
        changes.setValue(QStringLiteral("subject"), QVariant());
        return changes;
    }());
    QVERIFY(!api);
    const QString required = api.error().fields().first().message.toHtmlEscaped().replace(
        u'\'', QStringLiteral("&apos;"));
    QVERIFY2(page->html.contains(QStringLiteral("<dd class=\"field-error\" id=\"err-f-subject\" "
                                                "data-live-part=\"err-f-subject\">%1</dd>")
                                     .arg(required)),
             qPrintable(page->html));
    QVERIFY(page->html.contains(QStringLiteral("<dd class=\"field-error\" id=\"err-f-status\" "
                                               "data-live-part=\"err-f-status\" hidden></dd>")));
    QVERIFY(!page->html.contains(QStringLiteral("id=\"form-alert\"")));
    // The user's input, not the stored document, is what the page holds.
    QVERIFY(page->html.contains(QStringLiteral("<option value=\"Someday\" selected>")));
    // Touching status too shows its message as well.
    live.touched.insert(QStringLiteral("status"));
    page = m_views->liveForm(agent(), QStringLiteral("ticket"), m_ticket, live);
    QVERIFY(page);
    QVERIFY(!page->html.contains(QStringLiteral("data-live-part=\"err-f-status\" hidden")));
    // Nothing was written.
    auto stored = m_site.service->get(QStringLiteral("Ticket"), m_ticket);
    QCOMPARE(stored->version(), version);
    QCOMPARE(stored->string(QStringLiteral("subject")), subject);
    // A valid input shows no error; a new form is checked as an insert.
    live.fields = {{"_version", QString::number(version)}, {"subject", "Fine"}};
    page = m_views->liveForm(agent(), QStringLiteral("ticket"), m_ticket, live);
    QVERIFY(page);
    QVERIFY(!page->html.contains(QStringLiteral("class=\"field-error\" id=\"err-f-subject\" "
                                                "data-live-part=\"err-f-subject\">")));
    const qint64 tickets = count(QStringLiteral("Ticket"));
    page = m_views->liveForm(
        agent(), QStringLiteral("ticket"), {},
        {{{"subject", "New"}, {"customer", "Nobody Inc"}}, {QStringLiteral("customer")}, {}});
    QVERIFY(page);
    QVERIFY(page->html.contains(QStringLiteral("data-live-part=\"err-f-customer\">")));
    QCOMPARE(count(QStringLiteral("Ticket")), tickets);
    // A document that is not there (or hidden from the user) ends the live form.
    QVERIFY(!m_views->liveForm(agent(), QStringLiteral("ticket"), QStringLiteral("NO-SUCH"), live));
}

// A grid cell's error while typing: the API's message for items[0].hours beside the
// cell, in the slot the live runtime patches; untouched cells keep theirs empty.
void TestDeskForms::liveFormShowsChildCellErrorsAsTheApiDoes()
{
    const FormFields input{{"customer", "Acme"},
                           {"invoice_date", "2026-11-30"},
                           {"_table", "items"},
                           {"items[0].description", ""},
                           {"items[0].hours", "500"}};
    DeskViews::LiveInput live{input, {QStringLiteral("items[0].hours")}, {}};
    auto page = m_views->liveForm(agent(), QStringLiteral("service_invoice"), {}, live);
    QVERIFY2(page, page ? "" : qPrintable(page.error().toText()));
    fm::core::Document invoice(QStringLiteral("Service Invoice"));
    invoice.setValue(QStringLiteral("customer"), QStringLiteral("Acme"));
    invoice.setValue(QStringLiteral("invoice_date"), QStringLiteral("2026-11-30"));
    fm::core::Document row(QStringLiteral("Service Invoice Item"));
    row.setValue(QStringLiteral("description"), QString());
    row.setValue(QStringLiteral("hours"), 500);
    invoice.setChildren(QStringLiteral("items"), {row});
    auto api = m_access->validate(agent().principal, invoice, true);
    QVERIFY(!api);
    QString message;
    for (const fm::FieldError &field : api.error().fields()) {
        if (field.field == u"items[0].hours")
            message = field.message;
    }
    QVERIFY2(!message.isEmpty(), qPrintable(api.error().toText()));
    const QString escaped = message.toHtmlEscaped().replace(u'\'', QStringLiteral("&apos;"));
    QVERIFY2(page->html.contains(QStringLiteral("<span class=\"field-error\" "
                                                "id=\"err-f-items-0-hours\" data-live-part=\""
                                                "err-f-items-0-hours\">%1</span>")
                                     .arg(escaped)),
             qPrintable(page->html));
    // The description is wrong too (required) but untouched: its slot waits, empty.
    QVERIFY(page->html.contains(QStringLiteral("<span class=\"field-error\" "
                                               "id=\"err-f-items-0-description\" data-live-part=\""
                                               "err-f-items-0-description\" hidden></span>")));
    // The input points at its message.
    QVERIFY(page->html.contains(QStringLiteral("aria-describedby=\"err-f-items-0-hours")));
    // A valid value empties the slot.
    live.fields = {{"customer", "Acme"},
                   {"invoice_date", "2026-11-30"},
                   {"_table", "items"},
                   {"items[0].description", "Visit"},
                   {"items[0].hours", "2"}};
    page = m_views->liveForm(agent(), QStringLiteral("service_invoice"), {}, live);
    QVERIFY(page);
    QVERIFY(page->html.contains(QStringLiteral("data-live-part=\"err-f-items-0-hours\" hidden>")));
}

void TestDeskForms::liveFormShowsOthersSavesWithoutTouchingTheInput()
{
    const QString name =
        insert(QStringLiteral("Ticket"),
               {{"subject", "Shared screen"}, {"customer", "Acme"}, {"opened_on", "2026-11-05"}});
    QVERIFY(!name.isEmpty());
    const FormFields input{{"_version", "1"}, {"subject", "My own words"}, {"customer", "Acme"}};
    DeskViews::LiveInput live{input, {QStringLiteral("subject")}, {}};
    auto page = m_views->liveForm(agent(), QStringLiteral("ticket"), name, live);
    QVERIFY(page);
    QVERIFY(page->html.contains(QStringLiteral("data-live-part=\"remote\"></div>")));
    // Someone else saves a new status.
    fm::core::Document changes(QStringLiteral("Ticket"));
    changes.setName(name);
    changes.setValue(QStringLiteral("status"), QStringLiteral("Replied"));
    QVERIFY(m_site.service->update(changes));
    live.changedByOthers = {QStringLiteral("status")};
    page = m_views->liveForm(agent(), QStringLiteral("ticket"), name, live);
    QVERIFY(page);
    QVERIFY(page->html.contains(QStringLiteral("id=\"remote-change\"")));
    QVERIFY(page->html.contains(QStringLiteral("it is now at version 2")));
    QVERIFY(page->html.contains(QStringLiteral("<div><dt>Status</dt><dd>Replied</dd></div>")));
    // Only what they changed; the user's own subject is theirs, and kept as typed.
    QVERIFY(!page->html.contains(QStringLiteral("<dt>Subject</dt>")));
    QVERIFY(page->html.contains(QStringLiteral("value=\"My own words\"")));
    // The page keeps its version: a save shows the conflict first.
    QCOMPARE(hidden(page->html, QStringLiteral("_version")), QStringLiteral("1"));
    // Without the events (after a reconnect) every field that differs from the input.
    live.changedByOthers.clear();
    page = m_views->liveForm(agent(), QStringLiteral("ticket"), name, live);
    QVERIFY(page);
    QVERIFY(page->html.contains(QStringLiteral("<dt>Subject</dt><dd>Shared screen</dd>")));
    QCOMPARE(m_site.service->get(QStringLiteral("Ticket"), name)->string(QStringLiteral("subject")),
             QStringLiteral("Shared screen"));
}

void TestDeskForms::validationErrorsAreTheApisBesideTheirFields()
{
    const qint64 before = count(QStringLiteral("Ticket"));
    const FormFields posted{{"subject", ""}, {"status", "Someday"}, {"opened_on", "2026-12-01"}};
    auto refused = m_views->saveForm(agent(), QStringLiteral("ticket"), {}, posted);
    QVERIFY(refused);
    QVERIFY(refused->failure == fm::ErrorCode::Validation);
    QCOMPARE(count(QStringLiteral("Ticket")), before); // nothing written
    // The API's own answer for the same document.
    auto api = m_access->insert(
        agent().principal,
        doc(QStringLiteral("Ticket"), {{"status", "Someday"}, {"opened_on", "2026-12-01"}}));
    QVERIFY(!api);
    QVERIFY(api.error().fields().size() >= 3); // subject, customer, status
    const QString html = refused->page.html;
    QVERIFY(html.contains(api.error().message().toHtmlEscaped()));
    for (const fm::FieldError &field : api.error().fields()) {
        const QString message =
            field.message.toHtmlEscaped().replace(u'\'', QStringLiteral("&apos;"));
        QVERIFY2(html.contains(QStringLiteral("<dd class=\"field-error\" id=\"err-f-%1\" "
                                              "data-live-part=\"err-f-%1\">%2</dd>")
                                   .arg(field.field, message)),
                 qPrintable(field.field + u' ' + field.message));
        QVERIFY(html.contains(QStringLiteral("<li><a href=\"#f-%1\">").arg(field.field)));
    }
    // The first field in error takes the focus and says it is invalid.
    QVERIFY(html.contains(QStringLiteral("name=\"subject\" type=\"text\" value=\"\" required=\"\" "
                                         "aria-invalid=\"true\" aria-describedby=\"err-f-subject\" "
                                         "autofocus=\"\"")));
    QCOMPARE(html.count(QStringLiteral(" autofocus")), 1);
    // The chosen (invalid) option stays chosen.
    QVERIFY(html.contains(QStringLiteral("<option value=\"Someday\" selected>Someday</option>")));
}

void TestDeskForms::fieldsTheUserMayNotWriteAreRefused()
{
    // hourly_rate is permlevel 1; the agent reads Support Agent and writes nothing there.
    auto rate = m_views->saveForm(agent(), QStringLiteral("support_agent"), QStringLiteral("Maria"),
                                  {{"hourly_rate", "1"}, {"_version", "1"}});
    QVERIFY(rate);
    QVERIFY(rate->failure == fm::ErrorCode::PermissionDenied);
    QVERIFY(!rate->page.html.contains(QStringLiteral("hourly_rate")));
    auto maria = m_site.service->get(QStringLiteral("Support Agent"), QStringLiteral("Maria"));
    QCOMPARE(maria->number(QStringLiteral("hourly_rate")), 85.0);
    // A hand-made post to a DocType the agent only reads is refused the same way.
    auto customer = m_views->saveForm(agent(), QStringLiteral("customer"), QStringLiteral("Acme"),
                                      {{"customer_name", "Acme Evil"}});
    QVERIFY(customer);
    QVERIFY(customer->failure == fm::ErrorCode::PermissionDenied);
    QCOMPARE(m_site.service->get(QStringLiteral("Customer"), QStringLiteral("Acme"))
                 ->string(QStringLiteral("customer_name")),
             QStringLiteral("Acme"));
}

void TestDeskForms::gridRowsAreAddedRemovedAndMovedWithoutSaving()
{
    const qint64 before = count(QStringLiteral("Service Invoice"));
    auto added =
        m_views->saveForm(admin(), QStringLiteral("service_invoice"), {},
                          {{"customer", "Acme"}, {"_table", "items"}, {"_action", "add:items"}});
    QVERIFY(added);
    QVERIFY(!added->failure);
    QString html = added->page.html;
    QCOMPARE(inputValue(html, QStringLiteral("customer")), QStringLiteral("Acme"));
    QVERIFY2(
        html.contains(QStringLiteral("id=\"f-items-0-description\" name=\"items[0].description\"")),
        qPrintable(html));
    QVERIFY(html.contains(QStringLiteral("aria-label=\"Description, row 1\"")));
    // The new row's first input takes the focus.
    QVERIFY(html.contains(QStringLiteral("name=\"items[0].description\" type=\"text\" value=\"\" "
                                         "aria-label=\"Description, row 1\" required=\"\" "
                                         "autofocus=\"\"")));
    QVERIFY(html.contains(QStringLiteral("aria-label=\"Remove row 1\"")));

    const FormFields two{{"customer", "Acme"},          {"_table", "items"},
                         {"items[0].description", "A"}, {"items[0].hours", "1"},
                         {"items[1].description", "B"}, {"items[1].hours", "2"}};
    FormFields up = two;
    up.append(QPair<QString, QString>("_action", "up:items:1"));
    auto moved = m_views->saveForm(admin(), QStringLiteral("service_invoice"), {}, up);
    QVERIFY(moved);
    html = moved->page.html;
    QCOMPARE(inputValue(html, QStringLiteral("items[0].description")), QStringLiteral("B"));
    QCOMPARE(inputValue(html, QStringLiteral("items[1].description")), QStringLiteral("A"));
    QCOMPARE(inputValue(html, QStringLiteral("items[0].hours")), QStringLiteral("2"));
    // The moved row's button keeps the focus (up is gone at the top: down has it).
    QVERIFY(html.contains(QStringLiteral("value=\"down:items:0\" class=\"icon secondary\" "
                                         "aria-label=\"Move row 1 down\" autofocus")));
    FormFields remove = two;
    remove.append(QPair<QString, QString>("_action", "remove:items:0"));
    auto removed = m_views->saveForm(admin(), QStringLiteral("service_invoice"), {}, remove);
    QVERIFY(removed);
    QCOMPARE(inputValue(removed->page.html, QStringLiteral("items[0].description")),
             QStringLiteral("B"));
    QVERIFY(inputValue(removed->page.html, QStringLiteral("items[1].description")).isNull());
    // A row that is not there is no action at all.
    FormFields bad = two;
    bad.append(QPair<QString, QString>("_action", "down:items:9"));
    QVERIFY(!m_views->saveForm(admin(), QStringLiteral("service_invoice"), {}, bad));
    QCOMPARE(count(QStringLiteral("Service Invoice")), before);
}

void TestDeskForms::childRowsSaveAndActionsFollowDocstatus()
{
    auto created = m_views->saveForm(agent(), QStringLiteral("service_invoice"), {},
                                     {{"customer", "Acme"},
                                      {"invoice_date", "2026-11-30"},
                                      {"_table", "items"},
                                      {"items[0].description", "Unjam <printer>"},
                                      {"items[0].hours", "1.5"},
                                      {"items[0].rate", "80"},
                                      {"items[1].description", "Replace toner"},
                                      {"items[1].hours", "0.5"}});
    QVERIFY(created);
    QVERIFY2(!created->redirect.isEmpty(), qPrintable(created->page.html));
    const QString name = created->redirect.section(u'/', 3).section(u'?', 0, 0);
    auto stored = m_site.service->get(QStringLiteral("Service Invoice"), name);
    QVERIFY2(stored, qPrintable(name));
    QCOMPARE(stored->children(QStringLiteral("items")).size(), 2);
    QCOMPARE(stored->children(QStringLiteral("items")).at(0).string(QStringLiteral("description")),
             QStringLiteral("Unjam <printer>"));

    // A draft: the grid shows the stored rows with their names; the agent may not submit.
    QString html = render(m_views->form(agent(), QStringLiteral("service_invoice"), name));
    QCOMPARE(inputValue(html, QStringLiteral("items[1].description")),
             QStringLiteral("Replace toner"));
    QCOMPARE(hidden(html, QStringLiteral("items[0].name")),
             stored->children(QStringLiteral("items")).at(0).name());
    QVERIFY(!html.contains(QStringLiteral("value=\"submit\"")));
    html = render(m_views->form(admin(), QStringLiteral("service_invoice"), name));
    QVERIFY(html.contains(QStringLiteral("value=\"submit\" class=\"secondary\">Save and submit")));
    QVERIFY(html.contains(QStringLiteral("<span class=\"badge\">Draft</span>")));

    // Submitting an edit saves it first; a submitted invoice shows values and Cancel.
    auto submitted = m_views->saveForm(admin(), QStringLiteral("service_invoice"), name,
                                       {{"_version", hidden(html, QStringLiteral("_version"))},
                                        {"notes", "Paid by card"},
                                        {"_action", "submit"}});
    QVERIFY(submitted);
    QCOMPARE(submitted->redirect,
             QStringLiteral("/desk/service_invoice/%1?done=submitted").arg(name));
    stored = m_site.service->get(QStringLiteral("Service Invoice"), name);
    QCOMPARE(stored->docstatus(), 1);
    QCOMPARE(stored->string(QStringLiteral("notes")), QStringLiteral("Paid by card"));
    html = render(m_views->form(admin(), QStringLiteral("service_invoice"), name));
    QVERIFY(!html.contains(QStringLiteral("<input id=\"f-")));
    QVERIFY(html.contains(QStringLiteral("<table class=\"child\">")));
    QVERIFY(
        html.contains(QStringLiteral("<td data-label=\"Description\">Unjam &lt;printer&gt;</td>")));
    QVERIFY(html.contains(QStringLiteral("value=\"cancel\"")));
    QVERIFY(!html.contains(QStringLiteral("/delete\""))); // a submitted document stays
    QVERIFY(!render(m_views->form(agent(), QStringLiteral("service_invoice"), name))
                 .contains(QStringLiteral("value=\"cancel\"")));
    // The agent's cancel is refused with the API's message, the invoice untouched.
    auto agentCancel = m_views->saveForm(agent(), QStringLiteral("service_invoice"), name,
                                         {{"_action", "cancel"}});
    QVERIFY(agentCancel);
    QVERIFY(agentCancel->failure == fm::ErrorCode::PermissionDenied);
    QCOMPARE(m_site.service->get(QStringLiteral("Service Invoice"), name)->docstatus(), 1);

    auto cancelled = m_views->saveForm(admin(), QStringLiteral("service_invoice"), name,
                                       {{"_action", "cancel"}});
    QVERIFY(cancelled);
    QCOMPARE(cancelled->redirect,
             QStringLiteral("/desk/service_invoice/%1?done=cancelled").arg(name));
    html = render(m_views->form(admin(), QStringLiteral("service_invoice"), name));
    QVERIFY(html.contains(QStringLiteral("<span class=\"badge\">Cancelled</span>")));
    QVERIFY(html.contains(QStringLiteral("value=\"amend\"")));
    auto amended =
        m_views->saveForm(admin(), QStringLiteral("service_invoice"), name, {{"_action", "amend"}});
    QVERIFY(amended);
    QCOMPARE(amended->redirect,
             QStringLiteral("/desk/service_invoice/%1-1?done=amended").arg(name));
    // Submitting a cancelled invoice again is the service's refusal, shown on the form.
    auto again = m_views->saveForm(admin(), QStringLiteral("service_invoice"), name,
                                   {{"notes", "x"}, {"_action", "submit"}});
    QVERIFY(again);
    QVERIFY(again->failure);
    QVERIFY(again->page.html.contains(QStringLiteral("role=\"alert\"")));
}

void TestDeskForms::deleteAsksFirstAndNeedsThePermission()
{
    const QString name =
        insert(QStringLiteral("Ticket"),
               {{"subject", "Delete me"}, {"customer", "Acme"}, {"opened_on", "2026-12-03"}});
    const QString page = render(m_views->confirmDelete(admin(), QStringLiteral("ticket"), name));
    QVERIFY(page.contains(QStringLiteral("<h1>Delete Ticket %1?</h1>").arg(name)));
    QVERIFY(page.contains(QStringLiteral("action=\"/desk/ticket/%1/delete\"").arg(name)));
    QVERIFY(page.contains(QStringLiteral("name=\"csrf_token\" value=\"csrf-1\"")));
    QVERIFY(page.contains(QStringLiteral("href=\"/desk/ticket/%1\">Keep it</a>").arg(name)));

    auto refused = m_views->deleteDocument(agent(), QStringLiteral("ticket"), name);
    QVERIFY(refused);
    QVERIFY(refused->failure == fm::ErrorCode::PermissionDenied);
    QVERIFY(m_site.service->get(QStringLiteral("Ticket"), name));
    auto deleted = m_views->deleteDocument(admin(), QStringLiteral("ticket"), name);
    QVERIFY(deleted);
    QCOMPARE(deleted->redirect, QStringLiteral("/desk/ticket?deleted=%1").arg(name));
    QVERIFY(!m_site.service->get(QStringLiteral("Ticket"), name));
    QVERIFY(render(m_views->list(admin(), QStringLiteral("ticket"),
                                 QUrlQuery(QStringLiteral("deleted=") + name)))
                .contains(QStringLiteral("%1 was deleted.").arg(name)));
    // A linked customer cannot go: the service's refusal shows on its form.
    auto linked =
        m_views->deleteDocument(admin(), QStringLiteral("customer"), QStringLiteral("Globex"));
    QVERIFY(linked);
    QVERIFY(linked->failure);
    QVERIFY(linked->page.html.contains(QStringLiteral("role=\"alert\"")));
    QVERIFY(m_site.service->get(QStringLiteral("Customer"), QStringLiteral("Globex")));
}

void TestDeskForms::bulkActionsReportEachRow()
{
    const QString spare = insert(QStringLiteral("Customer"), {{"customer_name", "Initech"}});
    QVERIFY(!spare.isEmpty());
    const QUrlQuery state(QStringLiteral("sort=name&dir=asc"));
    // The list offers the boxes and the actions the viewer may take.
    QString list = render(m_views->list(admin(), QStringLiteral("customer"), state));
    QVERIFY(list.contains(QStringLiteral("<form id=\"bulk\" class=\"bulk\" method=\"post\" "
                                         "action=\"/desk/customer/bulk?sort=name&amp;dir=asc\">")));
    QVERIFY(list.contains(QStringLiteral("<input type=\"checkbox\" name=\"names\" value=\"Acme\" "
                                         "form=\"bulk\" aria-label=\"Select Acme\">")));
    QVERIFY(!list.contains(QStringLiteral("<option value=\"submit\">"))); // not submittable
    // The agent may not delete customers: no boxes at all.
    QVERIFY(!render(m_views->list(agent(), QStringLiteral("customer"), {}))
                 .contains(QStringLiteral("name=\"names\"")));

    // A delete asks first, listing what goes.
    auto ask = m_views->bulk(admin(), QStringLiteral("customer"), state,
                             {{"action", "delete"}, {"names", "Globex"}, {"names", spare}});
    QVERIFY(ask);
    QVERIFY(ask->page.html.contains(QStringLiteral("<h1>Delete 2 document(s)?</h1>")) ||
            ask->page.html.contains(QStringLiteral("<h1>Delete 2 documents?</h1>")));
    QVERIFY(ask->page.html.contains(QStringLiteral("name=\"confirm\" value=\"1\"")));
    QVERIFY(ask->page.html.contains(QStringLiteral("<input type=\"hidden\" name=\"names\" "
                                                   "value=\"%1\">")
                                        .arg(spare)));
    QVERIFY(m_site.service->get(QStringLiteral("Customer"), spare));

    auto done = m_views->bulk(
        admin(), QStringLiteral("customer"), state,
        {{"action", "delete"}, {"confirm", "1"}, {"names", "Globex"}, {"names", spare}});
    QVERIFY(done);
    QVERIFY(!done->failure); // one worked
    QVERIFY(!m_site.service->get(QStringLiteral("Customer"), spare));
    QVERIFY(m_site.service->get(QStringLiteral("Customer"), QStringLiteral("Globex")));
    const QString html = done->page.html;
    QVERIFY2(html.contains(QStringLiteral("role=\"status\">1 document")), qPrintable(html));
    // Globex is linked by tickets: its row says why, the other still went.
    static const QRegularExpression why(
        QStringLiteral("<p class=\"notice error\" role=\"alert\">Globex: [^<]+</p>"));
    QVERIFY(why.match(html).hasMatch());

    // Nothing chosen, or an action there is none of: the list with the reason.
    auto empty = m_views->bulk(admin(), QStringLiteral("customer"), state, {{"action", "delete"}});
    QVERIFY(empty);
    QVERIFY(empty->failure == fm::ErrorCode::BadRequest);
    QVERIFY(empty->page.html.contains(QStringLiteral("Select the documents first")));
    auto strange = m_views->bulk(admin(), QStringLiteral("customer"), state,
                                 {{"action", "drop table"}, {"names", "Acme"}});
    QVERIFY(strange);
    QVERIFY(strange->failure == fm::ErrorCode::BadRequest);
    // Every row refused (the agent may not submit): the first refusal's status.
    fm::core::Document invoice = doc(QStringLiteral("Service Invoice"),
                                     {{"customer", "Acme"}, {"invoice_date", "2026-12-01"}});
    invoice.appendChild(QStringLiteral("items"), doc(QStringLiteral("Service Invoice Item"),
                                                     {{"description", "Visit"}, {"hours", 1}}));
    auto saved = m_site.service->insert(invoice);
    QVERIFY(saved);
    const QString draft = saved->name();
    {
        auto submit = m_views->bulk(agent(), QStringLiteral("service_invoice"), {},
                                    {{"action", "submit"}, {"names", draft}});
        QVERIFY(submit);
        QVERIFY(submit->failure == fm::ErrorCode::PermissionDenied);
        QVERIFY(submit->page.html.contains(draft + QStringLiteral(": ")));
    }
}

void TestDeskForms::linkChoicesAreWhatTheViewerMayRead()
{
    auto found = m_views->linkOptions(agent(), QStringLiteral("Customer"), QStringLiteral("ac"));
    QVERIFY(found);
    const QJsonArray results = found->value(QStringLiteral("results")).toArray();
    QCOMPARE(results.size(), 1);
    QCOMPARE(results.first().toObject().value(QStringLiteral("value")).toString(),
             QStringLiteral("Acme"));
    QVERIFY(m_views->linkOptions(agent(), QStringLiteral("Customer"), {})
                ->value(QStringLiteral("results"))
                .toArray()
                .size() >= 2);
    // LIKE's own characters are text here.
    QCOMPARE(m_views->linkOptions(agent(), QStringLiteral("Customer"), QStringLiteral("%"))
                 ->value(QStringLiteral("results"))
                 .toArray()
                 .size(),
             0);
    auto user = m_views->linkOptions(agent(), QStringLiteral("User"), {});
    QVERIFY(!user);
    QCOMPARE(user.error().code(), fm::ErrorCode::PermissionDenied);
    auto unknown = m_views->linkOptions(agent(), QStringLiteral("Nope"), {});
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().code(), fm::ErrorCode::NotFound);
    // Titles come along (a ticket's subject).
    auto tickets = m_views->linkOptions(admin(), QStringLiteral("Ticket"), QStringLiteral("jams"));
    QVERIFY(tickets);
    QCOMPARE(tickets->value(QStringLiteral("results"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("label")),
             QJsonValue(QStringLiteral("Printer jams")));
}

void TestDeskForms::paletteFindsDocTypesDocumentsAndActions()
{
    const auto labels = [](const QJsonObject &answer) {
        QStringList out;
        for (const QJsonValue &item : answer.value(QStringLiteral("results")).toArray())
            out << item.toObject().value(QStringLiteral("kind")).toString() + u':' +
                       item.toObject().value(QStringLiteral("label")).toString() + u'>' +
                       item.toObject().value(QStringLiteral("href")).toString();
        return out;
    };
    QStringList found = labels(m_views->palette(agent(), QStringLiteral("tick")));
    QVERIFY2(found.contains(QStringLiteral("doctype:Ticket>/desk/ticket")),
             qPrintable(found.join(u'\n')));
    QVERIFY(found.contains(QStringLiteral("action:New Ticket>/desk/ticket/new")));
    QVERIFY(!found.contains(QStringLiteral("action:New Customer>/desk/customer/new")));
    found = labels(m_views->palette(agent(), QStringLiteral("printer")));
    QVERIFY2(found.contains(QStringLiteral("document:Printer jams>/desk/ticket/%1").arg(m_ticket)),
             qPrintable(found.join(u'\n')));
    // Nothing the viewer may not read.
    found = labels(m_views->palette(agent(), QStringLiteral("user")));
    QVERIFY(!found.contains(QStringLiteral("doctype:User>/desk/user")));
    QVERIFY(labels(m_views->palette(admin(), QStringLiteral("user")))
                .contains(QStringLiteral("doctype:User>/desk/user")));
    // One letter lists DocTypes and actions, and searches no documents.
    for (const QString &item : labels(m_views->palette(agent(), QStringLiteral("p"))))
        QVERIFY(!item.startsWith(QStringLiteral("document:")));
}

void TestDeskForms::kanbanGroupsCardsAndMovesThemThroughTheForm()
{
    const QString card = insert(
        QStringLiteral("Ticket"),
        {{"subject", "Card on the board"}, {"customer", "Acme"}, {"opened_on", "2026-12-04"}});
    QString html = render(m_views->kanban(agent(), QStringLiteral("ticket")));
    // A lane per status choice, in their order, the card in its own.
    const qsizetype open = html.indexOf(QStringLiteral("data-value=\"Open\""));
    const qsizetype replied = html.indexOf(QStringLiteral("data-value=\"Replied\""));
    const qsizetype resolved = html.indexOf(QStringLiteral("data-value=\"Resolved\""));
    const qsizetype cardAt = html.indexOf(QStringLiteral("data-name=\"%1\"").arg(card));
    QVERIFY(open > 0 && replied > open && resolved > replied);
    QVERIFY(cardAt > open && cardAt < replied);
    QVERIFY(html.contains(
        QStringLiteral("<a href=\"/desk/ticket/%1\">Card on the board</a>").arg(card)));
    // Its move form is the form's save, coming back here; a keyboard needs no dragging.
    QVERIFY(html.contains(
        QStringLiteral("<form class=\"move\" method=\"post\" action=\"/desk/ticket/%1\">")
            .arg(card)));
    QVERIFY(html.contains(QStringLiteral("name=\"_next\" value=\"/desk/ticket/view/kanban\"")));
    QVERIFY(html.contains(
        QStringLiteral("<label class=\"sr\" for=\"move-%1\">Move %1 to</label>").arg(card)));
    QVERIFY(html.contains(QStringLiteral("draggable=\"true\"")));
    auto moved = m_views->saveForm(agent(), QStringLiteral("ticket"), card,
                                   {{"_version", "1"},
                                    {"status", "Replied"},
                                    {"_next", "/desk/ticket/view/kanban"},
                                    {"_action", "save"}});
    QVERIFY(moved);
    QCOMPARE(moved->redirect, QStringLiteral("/desk/ticket/view/kanban"));
    QCOMPARE(m_site.service->get(QStringLiteral("Ticket"), card)->string(QStringLiteral("status")),
             QStringLiteral("Replied"));
    html = render(m_views->kanban(agent(), QStringLiteral("ticket")));
    QVERIFY(html.indexOf(QStringLiteral("data-name=\"%1\"").arg(card)) >
            html.indexOf(QStringLiteral("data-value=\"Replied\"")));
    // _next goes only to a Desk page; anything else ends on the form.
    for (const char *next : {"https://evil.example/", "//evil.example", "/api/v1/ticket"}) {
        auto elsewhere =
            m_views->saveForm(agent(), QStringLiteral("ticket"), card,
                              {{"status", "Open"}, {"_next", QString::fromLatin1(next)}});
        QVERIFY(elsewhere);
        QCOMPARE(elsewhere->redirect, QStringLiteral("/desk/ticket/%1?done=saved").arg(card));
    }
    // A DocType without views.kanban has no board.
    auto none = m_views->kanban(agent(), QStringLiteral("customer"));
    QVERIFY(!none);
    QCOMPARE(none.error().code(), fm::ErrorCode::NotFound);
    QVERIFY(render(m_views->list(agent(), QStringLiteral("ticket"), {}))
                .contains(QStringLiteral("href=\"/desk/ticket/view/kanban\"")));
}

void TestDeskForms::hostileInputStaysInert()
{
    const QString hostile = QStringLiteral("\"><script>alert(1)</script>");
    auto refused = m_views->saveForm(agent(), QStringLiteral("ticket"), {},
                                     {{"subject", hostile},
                                      {"description", QStringLiteral("</textarea><img src=x>")},
                                      {"status", QStringLiteral("<b>x</b>")}});
    QVERIFY(refused);
    QVERIFY(refused->failure); // no customer
    const QString html = refused->page.html;
    QVERIFY(!html.contains(QStringLiteral("<script>alert")));
    QVERIFY(!html.contains(QStringLiteral("<img")));
    QVERIFY(!html.contains(QStringLiteral("<b>x")));
    QCOMPARE(inputValue(html, QStringLiteral("subject")),
             QStringLiteral("&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"));
    QVERIFY(html.contains(QStringLiteral("&lt;/textarea&gt;&lt;img src=x&gt;</textarea>")));
}

void TestDeskForms::newPagesHaveNoInlineScriptOrStyle()
{
    auto grid = m_views->saveForm(admin(), QStringLiteral("service_invoice"), {},
                                  {{"_table", "items"}, {"_action", "add:items"}});
    QVERIFY(grid);
    auto bulkAsk = m_views->bulk(admin(), QStringLiteral("customer"), {},
                                 {{"action", "delete"}, {"names", "Acme"}});
    QVERIFY(bulkAsk);
    const QStringList pages{
        render(m_views->newForm(admin(), QStringLiteral("ticket"))),
        render(m_views->form(admin(), QStringLiteral("ticket"), m_ticket)),
        render(m_views->confirmDelete(admin(), QStringLiteral("ticket"), m_ticket)),
        render(m_views->kanban(admin(), QStringLiteral("ticket"))),
        grid->page.html,
        bulkAsk->page.html};
    static const QRegularExpression inlineScript(QStringLiteral("<script(?![^>]*\\ssrc=)"));
    static const QRegularExpression styleAttribute(QStringLiteral("\\sstyle=|<style|\\son[a-z]+="));
    for (const QString &html : pages) {
        QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
        QVERIFY(!inlineScript.match(html).hasMatch());
        QVERIFY2(!styleAttribute.match(html).hasMatch(), qPrintable(html));
        QVERIFY(html.contains(QStringLiteral("/desk/assets/form.")));
        QVERIFY(html.contains(QStringLiteral("<template id=\"palette-template\">")));
    }
}

QTEST_GUILESS_MAIN(TestDeskForms)
#include "tst_desk_forms.moc"
