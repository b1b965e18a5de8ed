// SPDX-License-Identifier: MIT
// Field edits as pure functions: fresh fieldnames, add, move, remove with references,
// properties by JSON key. Every accepted edit must still load cleanly.
#include "editstestdata.h"
#include "meta/fieldedits.h"
#include "meta/fieldproperties.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace fm::core;

namespace {

// "value" parsed from a JSON text fragment ("true", "\"x\"", "null", "3").
QJsonValue json(const QString &text)
{
    if (text.isEmpty())
        return QJsonValue(QJsonValue::Undefined);
    const QJsonDocument doc = QJsonDocument::fromJson(QStringLiteral("[%1]").arg(text).toUtf8());
    return doc.array().first();
}

QStringList layoutColumn(const DocType &doctype, int section, int column)
{
    return doctype.layout.at(section).columns.at(column);
}

} // namespace

class TestFieldEdits : public QObject
{
    Q_OBJECT

private:
    DocType m_ticket;
    FieldTypeRegistry m_types;

    // Ticket without its layout: the loader's default layout (one section, all fields).
    DocType defaultLayoutTicket() const
    {
        DocType d = m_ticket;
        d.layout = {LayoutSection{QString(), false, {d.fieldnames()}}};
        return d;
    }

private slots:
    void initTestCase()
    {
        m_ticket = loadTicket();
        QVERIFY(m_ticket.isValid());
        QCOMPARE(reloadErrors(m_ticket), QString());
    }

    void fieldnameFromLabel_data()
    {
        QTest::addColumn<QString>("label");
        QTest::addColumn<QStringList>("taken");
        QTest::addColumn<QString>("expected");
        QTest::newRow("words") << "Due Date" << QStringList() << "due_date";
        QTest::newRow("taken") << "Due Date" << QStringList{"due_date"} << "due_date_2";
        QTest::newRow("taken twice")
            << "Due Date" << QStringList{"due_date", "due_date_2"} << "due_date_3";
        QTest::newRow("reserved") << "Name" << QStringList() << "name_2";
        QTest::newRow("reserved and taken") << "Owner" << QStringList{"owner_2"} << "owner_3";
        QTest::newRow("punctuation") << "E-Mail (work)" << QStringList() << "e_mail_work";
        QTest::newRow("accents") << "Café Größe" << QStringList() << "cafe_grosse";
        QTest::newRow("digit first") << "2nd Line" << QStringList() << "field_2nd_line";
        QTest::newRow("no letters") << "  ??  " << QStringList() << "field";
        QTest::newRow("empty") << "" << QStringList{"field"} << "field_2";
        QTest::newRow("camel") << "CustomerName" << QStringList() << "customer_name";
        QTest::newRow("long") << QString(80, QLatin1Char('a')) << QStringList() << QString(64, 'a');
        QTest::newRow("long taken") << QString(80, QLatin1Char('a'))
                                    << QStringList{QString(64, 'a')} << QString(62, 'a') + "_2";
    }
    void fieldnameFromLabel()
    {
        QFETCH(QString, label);
        QFETCH(QStringList, taken);
        QFETCH(QString, expected);
        const QString name = fm::core::fieldnameFromLabel(label, taken);
        QCOMPARE(name, expected);
        QVERIFY(isValidFieldname(name));
    }

    void addField_data()
    {
        QTest::addColumn<QString>("fieldtype");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("fieldname");
        QTest::addColumn<QString>("expected"); // the new fieldname, or a part of the refusal
        QTest::addColumn<bool>("ok");
        QTest::newRow("from label") << "Date"
                                    << "Due Date"
                                    << ""
                                    << "due_date" << true;
        QTest::newRow("label taken") << "Data"
                                     << "Subject"
                                     << ""
                                     << "subject_2" << true;
        QTest::newRow("from type") << "Check"
                                   << ""
                                   << ""
                                   << "check" << true;
        QTest::newRow("given name") << "Int"
                                    << "Hours"
                                    << "hours_spent"
                                    << "hours_spent" << true;
        QTest::newRow("unknown type")
            << "Datum"
            << "X"
            << ""
            << "unknown field type \"Datum\"; did you mean \"Data\"?" << false;
        QTest::newRow("invalid name") << "Data"
                                      << ""
                                      << "Due Date"
                                      << "\"Due Date\" is not a valid fieldname" << false;
        QTest::newRow("upper case") << "Data"
                                    << ""
                                    << "Status"
                                    << "e.g. \"status\"" << false;
        QTest::newRow("too long") << "Data"
                                  << "" << QString(65, 'a') << "at most 64" << false;
        QTest::newRow("reserved") << "Data"
                                  << ""
                                  << "modified"
                                  << "standard column" << false;
        QTest::newRow("duplicate") << "Data"
                                   << ""
                                   << "status"
                                   << "Ticket already has a field \"status\"" << false;
    }
    void addField()
    {
        QFETCH(QString, fieldtype);
        QFETCH(QString, label);
        QFETCH(QString, fieldname);
        QFETCH(QString, expected);
        QFETCH(bool, ok);
        Field field;
        field.fieldtype = fieldtype;
        field.label = label;
        field.fieldname = fieldname;
        const auto added = fm::core::addField(m_ticket, m_types, field, 1);
        QCOMPARE(bool(added), ok);
        if (!ok) {
            QVERIFY2(added.error().message().contains(expected),
                     qPrintable(added.error().message()));
            return;
        }
        QCOMPARE(added->fields.size(), m_ticket.fields.size() + 1);
        QCOMPARE(added->fields.at(1).fieldname, expected);
        // The explicit layout places it after "subject", its neighbour in "fields".
        QCOMPARE(layoutColumn(*added, 0, 0).mid(0, 2), (QStringList{"subject", expected}));
        QCOMPARE(reloadErrors(*added), QString());
    }

    void addFieldPlacement_data()
    {
        QTest::addColumn<bool>("explicitLayout");
        QTest::addColumn<int>("index");
        QTest::addColumn<int>("expectedIndex");
        QTest::newRow("explicit, first") << true << 0 << 0;
        QTest::newRow("explicit, after opened_on") << true << 9 << 9;
        QTest::newRow("explicit, append") << true << -1 << 12;
        QTest::newRow("explicit, past the end") << true << 99 << 12;
        QTest::newRow("default, middle") << false << 4 << 4;
        QTest::newRow("default, append") << false << -1 << 12;
    }
    void addFieldPlacement()
    {
        QFETCH(bool, explicitLayout);
        QFETCH(int, index);
        QFETCH(int, expectedIndex);
        const DocType before = explicitLayout ? m_ticket : defaultLayoutTicket();
        Field field;
        field.fieldtype = QStringLiteral("Data");
        field.label = QStringLiteral("Note");
        const auto added = fm::core::addField(before, m_types, field, index);
        QVERIFY(added);
        QCOMPARE(added->fieldnames().indexOf("note"), expectedIndex);
        QCOMPARE(reloadErrors(*added), QString());
        if (!explicitLayout) {
            // Still the default layout, so the writer leaves it out.
            QVERIFY(!toJson(*added).contains(QStringLiteral("layout")));
            return;
        }
        if (index == 0) // before "subject", its neighbour in "fields"
            QCOMPARE(layoutColumn(*added, 0, 0).first(), QStringLiteral("note"));
        if (index == 9) // after "opened_on", alone in its column
            QCOMPARE(layoutColumn(*added, 1, 0), (QStringList{"opened_on", "note"}));
        if (index < 0 || index > 12) // after the last field, "resolution"
            QCOMPARE(layoutColumn(*added, 2, 0).last(), QStringLiteral("note"));
    }

    void moveField_data()
    {
        QTest::addColumn<QString>("fieldname");
        QTest::addColumn<int>("to");
        QTest::addColumn<QString>("error");
        QTest::newRow("down") << "subject" << 2 << "";
        QTest::newRow("up") << "resolution" << 0 << "";
        QTest::newRow("same place") << "status" << 1 << "";
        QTest::newRow("unknown") << "stauts" << 0 << "Ticket has no field \"stauts\"; did you mean";
        QTest::newRow("negative") << "status" << -1 << "positions 0 to 11";
        QTest::newRow("past the end") << "status" << 12 << "positions 0 to 11";
    }
    void moveField()
    {
        QFETCH(QString, fieldname);
        QFETCH(int, to);
        QFETCH(QString, error);
        for (const DocType &before : {m_ticket, defaultLayoutTicket()}) {
            const auto moved = fm::core::moveField(before, fieldname, to);
            QCOMPARE(bool(moved), error.isEmpty());
            if (!moved) {
                QVERIFY2(moved.error().message().contains(error),
                         qPrintable(moved.error().message()));
                continue;
            }
            QCOMPARE(moved->fieldnames().indexOf(fieldname), to);
            QCOMPARE(moved->fields.size(), before.fields.size());
            QCOMPARE(reloadErrors(*moved), QString());
            if (before.layout.size() == 1) // the default layout follows "fields"
                QCOMPARE(layoutColumn(*moved, 0, 0), moved->fieldnames());
            else // an explicit layout is kept
                QCOMPARE(toJson(*moved).value("layout"), toJson(before).value("layout"));
        }
    }

    void removeField_data()
    {
        QTest::addColumn<QString>("fieldname");
        QTest::addColumn<QStringList>("references");
        QTest::newRow("status") << "status" << QStringList{"layout",
                                                           "list view column",
                                                           "kanban group_by",
                                                           "search_fields",
                                                           "index on status, modified",
                                                           "index on customer, status"};
        QTest::newRow("customer") << "customer"
                                  << QStringList{"layout", "search_fields",
                                                 "index on customer, status",
                                                 "fetch_from of customer_name"};
        QTest::newRow("subject") << "subject"
                                 << QStringList{"layout", "list view column",
                                                "calendar title_field", "title_field",
                                                "search_fields"};
        QTest::newRow("calendar start") << "opened_on" << QStringList{"layout", "calendar view"};
        QTest::newRow("no references") << "description" << QStringList{"layout"};
    }
    void removeField()
    {
        QFETCH(QString, fieldname);
        QFETCH(QStringList, references);
        QStringList removed;
        const auto edited = fm::core::removeField(m_ticket, fieldname, &removed);
        QVERIFY(edited);
        QCOMPARE(removed, references);
        QVERIFY(!edited->hasField(fieldname));
        QCOMPARE(reloadErrors(*edited), QString());
    }

    void removeFieldRefusesAnUnknownField()
    {
        const auto edited = fm::core::removeField(m_ticket, QStringLiteral("nope"));
        QVERIFY(!edited);
        QCOMPARE(edited.error().code(), fm::ErrorCode::NotFound);
    }

    void removeFieldNamingAndSort()
    {
        DocType d = m_ticket;
        d.naming = Naming{Naming::Rule::Field, QString(), QStringLiteral("subject")};
        d.sortField = QStringLiteral("subject");
        d.sortDescending = false;
        QStringList removed;
        const auto edited = fm::core::removeField(d, QStringLiteral("subject"), &removed);
        QVERIFY(edited);
        QVERIFY(removed.contains("naming by field (now uuid)"));
        QVERIFY(removed.contains("sort (now \"modified desc\")"));
        QCOMPARE(edited->naming.rule, Naming::Rule::Uuid);
        QCOMPARE(reloadErrors(*edited), QString());
    }

    void setFieldProperty_data()
    {
        QTest::addColumn<QString>("fieldname");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");    // JSON
        QTest::addColumn<QString>("expected"); // the value read back (JSON), or a refusal
        QTest::addColumn<bool>("ok");
        QTest::newRow("label") << "status"
                               << "label"
                               << "\"State\""
                               << "\"State\"" << true;
        QTest::newRow("clear label") << "status"
                                     << "label"
                                     << "null"
                                     << "" << true;
        QTest::newRow("options") << "status"
                                 << "options"
                                 << "\"Open\\nShut\""
                                 << "\"Open\\nShut\"" << true;
        QTest::newRow("link to nothing yet") << "customer"
                                             << "options"
                                             << "\"Client\""
                                             << "\"Client\"" << true;
        QTest::newRow("required") << "due_on"
                                  << "required"
                                  << "true"
                                  << "true" << true;
        QTest::newRow("length") << "subject"
                                << "length"
                                << "200"
                                << "200" << true;
        QTest::newRow("clear length") << "subject"
                                      << "length"
                                      << "null"
                                      << "" << true;
        QTest::newRow("type") << "subject"
                              << "fieldtype"
                              << "\"Int\""
                              << "\"Int\"" << true;
        QTest::newRow("permlevel") << "status"
                                   << "permlevel"
                                   << "2"
                                   << "2" << true;
        QTest::newRow("default") << "due_on"
                                 << "default"
                                 << "\"Today\""
                                 << "\"Today\"" << true;
        QTest::newRow("fetch_from") << "contact"
                                    << "fetch_from"
                                    << "\"customer.email\""
                                    << "\"customer.email\"" << true;
        QTest::newRow("fieldname") << "status"
                                   << "fieldname"
                                   << "\"state\""
                                   << "changed by renaming the field" << false;
        QTest::newRow("unknown key") << "status"
                                     << "colour"
                                     << "\"red\""
                                     << "\"colour\" is not a field property" << false;
        QTest::newRow("unknown field") << "stat"
                                       << "label"
                                       << "\"X\""
                                       << "no field" << false;
        QTest::newRow("wrong type") << "status"
                                    << "required"
                                    << "\"yes\""
                                    << "takes true or false, not the string" << false;
        QTest::newRow("length on a Link") << "category"
                                          << "length"
                                          << "10"
                                          << "does not apply to Link field" << false;
        QTest::newRow("zero length") << "subject"
                                     << "length"
                                     << "0"
                                     << "greater than 0, not 0" << false;
        QTest::newRow("permlevel 12") << "status"
                                      << "permlevel"
                                      << "12"
                                      << "outside 0..9" << false;
        QTest::newRow("unknown type") << "status"
                                      << "fieldtype"
                                      << "\"Lnk\""
                                      << "did you mean \"Link\"?" << false;
    }
    void setFieldProperty()
    {
        QFETCH(QString, fieldname);
        QFETCH(QString, key);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        QFETCH(bool, ok);
        const auto edited =
            fm::core::setFieldProperty(m_ticket, m_types, fieldname, key, json(value));
        QCOMPARE(bool(edited), ok);
        if (!ok) {
            QVERIFY2(edited.error().message().contains(expected),
                     qPrintable(edited.error().message()));
            return;
        }
        QCOMPARE(fieldPropertyValue(*edited->field(fieldname), key), json(expected));
        QCOMPARE(reloadErrors(*edited), QString());
    }

    void changingTheTypeDropsWhatItDoesNotUse()
    {
        const auto edited =
            fm::core::setFieldProperty(m_ticket, m_types, QStringLiteral("priority"),
                                       QStringLiteral("fieldtype"), QStringLiteral("Int"));
        QVERIFY(edited);
        const Field *priority = edited->field(QStringLiteral("priority"));
        QVERIFY(priority->options.isEmpty()); // Int takes no options
        QVERIFY(!priority->hasDefault());     // "Medium" is no whole number
        QCOMPARE(reloadErrors(*edited), QString());
    }

    void propertyTable_data()
    {
        QTest::addColumn<QString>("fieldtype");
        QTest::addColumn<QStringList>("applies");
        QTest::addColumn<QStringList>("notApplies");
        QTest::newRow("Link") << "Link" << QStringList{"options", "fetch_from", "unique", "default"}
                              << QStringList{"length", "min", "pattern"};
        QTest::newRow("Table") << "Table" << QStringList{"options", "label"}
                               << QStringList{"default", "fetch_from", "unique", "length"};
        QTest::newRow("Int") << "Int" << QStringList{"min", "max", "default"}
                             << QStringList{"options", "length", "pattern"};
        QTest::newRow("Data") << "Data" << QStringList{"length", "pattern", "unique"}
                              << QStringList{"options", "min"};
    }
    void propertyTable()
    {
        QFETCH(QString, fieldtype);
        QFETCH(QStringList, applies);
        QFETCH(QStringList, notApplies);
        const FieldTypeInfo type = m_types.type(fieldtype);
        for (const QString &key : applies)
            QVERIFY2(fieldProperty(key)->appliesTo(type), qPrintable(key));
        for (const QString &key : notApplies)
            QVERIFY2(!fieldProperty(key)->appliesTo(type), qPrintable(key));
        QVERIFY(!fieldProperty(QStringLiteral("insert_after")));
        QCOMPARE(fieldProperties().first().name(), QStringLiteral("fieldname"));
    }
};

QTEST_GUILESS_MAIN(TestFieldEdits)
#include "tst_fieldedits.moc"
