// SPDX-License-Identifier: MIT
#include "db/connectionpool.h"
#include "db/schemamapper.h"
#include "db/sql.h"
#include "db/sqlitedialect.h"
#include "meta/fieldtyperegistry.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace fm;
using namespace fm::core;

namespace {

Field field(const QString &name, const QString &type, const QString &options = {})
{
    Field f;
    f.fieldname = name;
    f.fieldtype = type;
    f.options = options;
    return f;
}

DocType ticket()
{
    DocType d;
    d.name = QStringLiteral("Support Ticket");
    Field subject = field("subject", "Data");
    subject.required = true;
    subject.unique = true;
    Field status = field("status", "Select", "Open\nClosed");
    status.defaultValue = QStringLiteral("Open");
    d.fields = {subject,
                status,
                field("customer", "Link", "Customer"),
                field("reference_type", "Link", "DocType"),
                field("reference_name", "DynamicLink", "reference_type"),
                field("items", "Table", "Ticket Item"),
                field("hours", "Float"),
                field("opened_on", "Date"),
                field("data", "JSON"),
                field("urgent", "Check"),
                field("iban", "IBAN")};
    d.indexes = {IndexDef{QString(), {"status", "modified"}, false},
                 IndexDef{QStringLiteral("ticket_by_customer"), {"customer"}, false}};
    return d;
}

FieldTypeRegistry registry()
{
    FieldTypeRegistry types;
    FieldTypeInfo iban;
    iban.name = QStringLiteral("IBAN");
    iban.base = QStringLiteral("Data");
    (void)types.registerType(iban);
    return types;
}

QStringList names(const QList<ColumnSpec> &columns)
{
    QStringList out;
    for (const ColumnSpec &c : columns)
        out << c.name;
    return out;
}

template<typename T> QList<T> sortedBy(QList<T> list, auto key)
{
    std::sort(list.begin(), list.end(), [&](const T &a, const T &b) { return key(a) < key(b); });
    return list;
}

} // namespace

class TestSchemaMapper : public QObject
{
    Q_OBJECT

private slots:
    void columns_data()
    {
        QTest::addColumn<bool>("submittable");
        QTest::addColumn<bool>("child");
        QTest::addColumn<QStringList>("expected");
        const QStringList fields{"subject",        "status", "customer",  "reference_type",
                                 "reference_name", "hours",  "opened_on", "data",
                                 "urgent",         "iban"};
        const QStringList base{"name", "owner", "creation", "modified", "modified_by"};
        QTest::newRow("plain") << false << false
                               << base + QStringList{"_version", "deleted_at"} + fields;
        QTest::newRow("submittable")
            << true << false
            << base + QStringList{"_version", "deleted_at", "docstatus", "amended_from"} + fields;
        QTest::newRow("child") << false << true
                               << base + QStringList{"parent", "parenttype", "parentfield", "idx"} +
                                      fields;
    }
    void columns()
    {
        QFETCH(bool, submittable);
        QFETCH(bool, child);
        QFETCH(QStringList, expected);
        DocType d = ticket();
        d.isSubmittable = submittable;
        d.isChild = child;
        const TableSpec spec = SchemaMapper::tableFor(d, registry());
        QCOMPARE(spec.name, QStringLiteral("support_ticket"));
        QCOMPARE(names(spec.columns), expected);
        QVERIFY(!names(spec.columns).contains(QStringLiteral("items"))); // Table: no column
        QCOMPARE(spec.columns.first(), (ColumnSpec{"name", StorageType::Text, true, {}}));
        if (!child)
            QCOMPARE(spec.columns.at(5), (ColumnSpec{"_version", StorageType::Integer, true, 1}));
        if (submittable)
            QCOMPARE(spec.columns.at(7), (ColumnSpec{"docstatus", StorageType::Integer, true, 0}));
    }

    void fieldColumns_data()
    {
        QTest::addColumn<QString>("column");
        QTest::addColumn<int>("storage");
        QTest::newRow("Data") << "subject" << int(StorageType::Text);
        QTest::newRow("Select") << "status" << int(StorageType::Text);
        QTest::newRow("Float") << "hours" << int(StorageType::Real);
        QTest::newRow("Date") << "opened_on" << int(StorageType::Date);
        QTest::newRow("JSON") << "data" << int(StorageType::Json);
        QTest::newRow("Check") << "urgent" << int(StorageType::Boolean);
        QTest::newRow("app type on Data") << "iban" << int(StorageType::Text);
        QTest::newRow("creation") << "creation" << int(StorageType::Datetime);
        QTest::newRow("deleted_at") << "deleted_at" << int(StorageType::Datetime);
    }
    void fieldColumns()
    {
        QFETCH(QString, column);
        QFETCH(int, storage);
        const TableSpec spec = SchemaMapper::tableFor(ticket(), registry());
        const auto it = std::find_if(spec.columns.cbegin(), spec.columns.cend(),
                                     [&](const ColumnSpec &c) { return c.name == column; });
        QVERIFY(it != spec.columns.cend());
        QCOMPARE(int(it->type), storage);
        if (column != QLatin1String("name")) {
            // required and default are validation's business, never NOT NULL / DEFAULT
            QVERIFY(!it->notNull);
            QVERIFY(!it->defaultValue.isValid());
        }
    }

    void foreignKeysAndIndexes()
    {
        const TableSpec spec = SchemaMapper::tableFor(ticket(), registry());
        // Only the real Link: not the virtual "DocType" target, not the DynamicLink.
        QCOMPARE(spec.foreignKeys, (QList<ForeignKeySpec>{{"customer", "customer", "name"}}));
        const QList<IndexSpec> expected{
            {"uq_support_ticket_subject", {"subject"}, true},
            {"idx_support_ticket_owner", {"owner"}, false},
            {"idx_support_ticket_modified", {"modified"}, false},
            // declared indexes end in deleted_at so soft-delete filters stay in the index
            {"idx_support_ticket_status_modified", {"status", "modified", "deleted_at"}, false},
            {"ticket_by_customer", {"customer", "deleted_at"}, false},
        };
        QCOMPARE(spec.indexes, expected);

        DocType child = ticket();
        child.isChild = true;
        child.indexes = {
            IndexDef{QString(), {"owner"}, false}}; // duplicate of a default: kept once
        const TableSpec childSpec = SchemaMapper::tableFor(child, registry());
        QCOMPARE(childSpec.indexes.at(1),
                 (IndexSpec{"idx_support_ticket_parent", {"parent"}, false}));
        QCOMPARE(childSpec.indexes.size(), 4);
    }

    // Every storage type keeps what was written: SQLite's column affinity must not
    // turn "12" into 12 in a Time column or 3 into "3" in a Text one.
    void affinityKeepsValues_data()
    {
        QTest::addColumn<QString>("column");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QString>("sqliteType");
        QTest::newRow("text digits") << "subject" << QVariant("0012") << "text";
        QTest::newRow("date") << "opened_on" << QVariant("2024-01-05") << "text";
        QTest::newRow("json number") << "data" << QVariant("123") << "text";
        QTest::newRow("json array") << "data" << QVariant("[1,2]") << "text";
        QTest::newRow("datetime") << "creation" << QVariant("2024-01-05T10:00:00.000Z") << "text";
        QTest::newRow("float") << "hours" << QVariant(2.5) << "real";
        QTest::newRow("check") << "urgent" << QVariant(1) << "integer";
        QTest::newRow("version") << "_version" << QVariant(7) << "integer";
    }
    void affinityKeepsValues()
    {
        QFETCH(QString, column);
        QFETCH(QVariant, value);
        QFETCH(QString, sqliteType);
        QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
        QTemporaryDir dir;
        auto pool =
            ConnectionPool::open({QStringLiteral("sqlite"), dir.filePath("db.sqlite"), 1000});
        QVERIFY(pool);
        auto db = *(*pool)->connection();
        const Dialect &dialect = (*pool)->dialect();
        for (const QString &sql : dialect.createTable(SchemaMapper::tableFor(ticket(), registry())))
            QVERIFY2(execSql(db, dialect, sql), qPrintable(sql));
        // The Link target must exist: SQLite checks the foreign key's table on every insert.
        DocType customer;
        customer.name = QStringLiteral("Customer");
        for (const QString &sql : dialect.createTable(SchemaMapper::tableFor(customer, registry())))
            QVERIFY2(execSql(db, dialect, sql), qPrintable(sql));
        auto inserted =
            execSql(db, dialect,
                    QStringLiteral("INSERT INTO support_ticket (name, %1) VALUES ('T1', ?)")
                        .arg(dialect.quote(column)),
                    {value});
        QVERIFY2(inserted, qPrintable(inserted ? QString() : inserted.error().message()));
        auto q = execSql(
            db, dialect,
            QStringLiteral("SELECT typeof(%1), %1 FROM support_ticket").arg(dialect.quote(column)));
        QVERIFY(q && q->next());
        QCOMPARE(q->value(0).toString(), sqliteType);
        QCOMPARE(q->value(1), value);
    }

    void introspectRoundTrip_data()
    {
        QTest::addColumn<bool>("submittable");
        QTest::addColumn<bool>("child");
        QTest::newRow("plain") << false << false;
        QTest::newRow("submittable") << true << false;
        QTest::newRow("child") << false << true;
    }
    void introspectRoundTrip()
    {
        QFETCH(bool, submittable);
        QFETCH(bool, child);
        QTest::failOnWarning(QRegularExpression(QStringLiteral(".*")));
        DocType d = ticket();
        d.isSubmittable = submittable;
        d.isChild = child;
        const TableSpec spec = SchemaMapper::tableFor(d, registry());
        QTemporaryDir dir;
        auto pool =
            ConnectionPool::open({QStringLiteral("sqlite"), dir.filePath("db.sqlite"), 1000});
        QVERIFY(pool);
        auto db = *(*pool)->connection();
        const Dialect &dialect = (*pool)->dialect();
        for (const QString &sql : dialect.createTable(spec))
            QVERIFY2(execSql(db, dialect, sql), qPrintable(sql));

        auto live = dialect.introspect(db);
        QVERIFY(live);
        QCOMPARE(live->size(), 1);
        const TableSpec found = live->first().spec;
        QCOMPARE(found.name, spec.name);
        QCOMPARE(found.columns, spec.columns);
        QCOMPARE(live->first().declaredTypes.at(2), QStringLiteral("TEXT_DATETIME"));
        QCOMPARE(found.foreignKeys, spec.foreignKeys);
        auto byName = [](const IndexSpec &i) {
            return i.name;
        };
        QCOMPARE(sortedBy(found.indexes, byName), sortedBy(spec.indexes, byName));
    }

    void declaredTypeAffinity_data()
    {
        QTest::addColumn<QString>("declared");
        QTest::addColumn<int>("storage");
        QTest::newRow("ours: json") << "TEXT_JSON" << int(StorageType::Json);
        QTest::newRow("ours: bool") << "integer_bool" << int(StorageType::Boolean);
        QTest::newRow("varchar") << "VARCHAR(140)" << int(StorageType::Text);
        QTest::newRow("bigint") << "BIGINT" << int(StorageType::Integer);
        QTest::newRow("double") << "DOUBLE PRECISION" << int(StorageType::Real);
        QTest::newRow("numeric") << "DECIMAL(10,2)" << int(StorageType::Real);
        QTest::newRow("none") << "" << int(StorageType::Text);
    }
    void declaredTypeAffinity()
    {
        QFETCH(QString, declared);
        QFETCH(int, storage);
        QCOMPARE(int(SqliteDialect::storageForDeclaredType(declared)), storage);
    }

    void literals_data()
    {
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("null") << QVariant() << "NULL";
        QTest::newRow("text with quote") << QVariant("O'Brien") << "'O''Brien'";
        QTest::newRow("int") << QVariant(3) << "3";
        QTest::newRow("bool") << QVariant(true) << "1";
        QTest::newRow("double") << QVariant(2.5) << "2.5";
    }
    void literals()
    {
        QFETCH(QVariant, value);
        QFETCH(QString, expected);
        QCOMPARE(SqliteDialect().literal(value), expected);
    }

    void quoting()
    {
        const SqliteDialect dialect;
        QCOMPARE(dialect.quote(QStringLiteral("order")), QStringLiteral("\"order\""));
        QCOMPARE(dialect.quote(QStringLiteral("a\"b")), QStringLiteral("\"a\"\"b\""));
        QCOMPARE(dialect.likeExpression(QStringLiteral("\"x\""), true),
                 QStringLiteral("\"x\" NOT LIKE ? ESCAPE '\\'"));
    }
};

QTEST_GUILESS_MAIN(TestSchemaMapper)
#include "tst_schemamapper.moc"
