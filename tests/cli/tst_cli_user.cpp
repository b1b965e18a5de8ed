// SPDX-License-Identifier: MIT
// `m user add` and the Administrator `m new site` creates, run as the real program.
#include "auth/passwordhasher.h"
#include "clitestutil.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using fm::core::PasswordHasher;
using fm::test::CliRun;
using fm::test::runM;

namespace {

// One column of one row (or of every row, joined by ','), read straight from the site.
QString select(const QString &sqlitePath, const QString &sql, const QString &bound)
{
    QStringList values;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("inspect"));
        db.setDatabaseName(sqlitePath);
        if (db.open()) {
            QSqlQuery query(db);
            query.prepare(sql);
            query.addBindValue(bound);
            if (query.exec()) {
                while (query.next())
                    values << query.value(0).toString();
            }
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("inspect"));
    return values.join(u',');
}

const QString kPasswordSql = QStringLiteral("SELECT password FROM \"user\" WHERE name = ?");
const QString kRolesSql = QStringLiteral("SELECT role FROM has_role WHERE parent = ? ORDER BY idx");

} // namespace

class TestCliUser final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void newSiteAdministrator_data();
    void newSiteAdministrator();
    void newSiteEmptyPasswordRefused();
    void addUser_data();
    void addUser();
    void addUserRefused_data();
    void addUserRefused();
    void rolesNamedByDocTypesExist();

private:
    QString project() const { return m_dir->path() + QStringLiteral("/p"); }
    QString database() const { return project() + QStringLiteral("/sites/dev/db.sqlite"); }
    // A project with the site "dev", Administrator's password "admin-pw".
    void makeSite();

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCliUser::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QCOMPARE(fm::test::makeProject(m_dir->path(), QStringLiteral("p"), {}), QString());
}

void TestCliUser::cleanup()
{
    qunsetenv("M_ADMIN_PASSWORD");
    m_dir.reset();
}

void TestCliUser::makeSite()
{
    const CliRun run = runM({"new", "site", "dev", "--admin-password", "admin-pw"}, project());
    QVERIFY2(run.exitCode == 0, run.describe());
}

void TestCliUser::newSiteAdministrator_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QByteArray>("environment"); // M_ADMIN_PASSWORD; empty: unset
    QTest::addColumn<QString>("password");       // empty: generated and printed
    QTest::newRow("option") << QStringList{"--admin-password", "opt-pw"} << QByteArray()
                            << "opt-pw";
    QTest::newRow("option beats env")
        << QStringList{"--admin-password", "opt-pw"} << QByteArray("env-pw") << "opt-pw";
    QTest::newRow("environment") << QStringList{} << QByteArray("env-pw") << "env-pw";
    QTest::newRow("generated") << QStringList{} << QByteArray() << "";
}

void TestCliUser::newSiteAdministrator()
{
    QFETCH(QStringList, options);
    QFETCH(QByteArray, environment);
    QFETCH(QString, password);
    if (!environment.isEmpty())
        qputenv("M_ADMIN_PASSWORD", environment);
    const CliRun run = runM(QStringList{"new", "site", "dev"} + options, project());
    QVERIFY2(run.exitCode == 0, run.describe());
    QVERIFY2(run.out.contains(QStringLiteral("Created the user Administrator")), run.describe());

    static const QRegularExpression shown(
        QStringLiteral("Administrator password \\(shown once, store it now\\): (\\S+)\\n"));
    const auto match = shown.match(run.out);
    QCOMPARE(match.hasMatch(), password.isEmpty());
    const QString expected = password.isEmpty() ? match.captured(1) : password;
    QVERIFY2(!run.out.contains(expected) || password.isEmpty(), run.describe());

    const QString stored = select(database(), kPasswordSql, QStringLiteral("Administrator"));
    QVERIFY2(stored.startsWith(QStringLiteral("$argon2id$")), qPrintable(stored));
    QVERIFY(PasswordHasher::verify(expected, stored));
    QVERIFY(!PasswordHasher::verify(expected + QLatin1Char('x'), stored));
    QCOMPARE(select(database(), kRolesSql, QStringLiteral("Administrator")),
             QStringLiteral("System Manager"));
    QCOMPARE(select(database(), QStringLiteral("SELECT name FROM role WHERE name = ?"),
                    QStringLiteral("System Manager")),
             QStringLiteral("System Manager"));
}

void TestCliUser::newSiteEmptyPasswordRefused()
{
    const auto before = fm::test::snapshot(m_dir->path());
    const CliRun run = runM({"new", "site", "dev", "--admin-password", ""}, project());
    QVERIFY2(run.exitCode == 1, run.describe());
    QVERIFY2(run.err.contains(QStringLiteral("--admin-password is empty")), run.describe());
    QCOMPARE(fm::test::snapshot(m_dir->path()), before);
}

void TestCliUser::addUser_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("password"); // empty: generated and printed
    QTest::addColumn<QString>("roles");
    QTest::newRow("password") << QStringList{"--role", "System Manager", "--password", "pw"} << "pw"
                              << "System Manager";
    QTest::newRow("generated") << QStringList{"--role", "System Manager", "--site", "dev"} << ""
                               << "System Manager";
    QTest::newRow("two roles") << QStringList{"--role", "System Manager", "--role",
                                              "Clerk",  "--password",     "pw"}
                               << "pw"
                               << "System Manager,Clerk";
}

void TestCliUser::addUser()
{
    QFETCH(QStringList, options);
    QFETCH(QString, password);
    QFETCH(QString, roles);
    makeSite();
    const CliRun role =
        runM({"doc", "insert", "Role", "--data", R"({"role_name": "Clerk"})"}, project());
    QVERIFY2(role.exitCode == 0, role.describe());

    const CliRun run = runM(QStringList{"user", "add", "ann@example.com"} + options, project());
    QVERIFY2(run.exitCode == 0, run.describe());
    QVERIFY2(run.out.contains(QStringLiteral("Created user ann@example.com")), run.describe());
    static const QRegularExpression shown(
        QStringLiteral("Password \\(shown once, store it now\\): (\\S+)\\n"));
    const auto match = shown.match(run.out);
    QCOMPARE(match.hasMatch(), password.isEmpty());
    const QString expected = password.isEmpty() ? match.captured(1) : password;

    const QString stored = select(database(), kPasswordSql, QStringLiteral("ann@example.com"));
    QVERIFY(PasswordHasher::verify(expected, stored));
    QVERIFY(!PasswordHasher::verify(QStringLiteral("admin-pw"), stored));
    QCOMPARE(select(database(), kRolesSql, QStringLiteral("ann@example.com")), roles);

    // Reads never show the password, not even its hash.
    const CliRun get = runM({"doc", "get", "User", "ann@example.com"}, project());
    QVERIFY2(get.exitCode == 0, get.describe());
    QVERIFY2(!get.out.contains(QStringLiteral("argon2")), get.describe());
    QVERIFY2(get.out.contains(QStringLiteral("\"email\": \"ann@example.com\"")), get.describe());
}

void TestCliUser::addUserRefused_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown role") << QStringList{"ann@example.com", "--role", "Nobody"} << 1
                                  << "role \"Nobody\" does not exist";
    QTest::newRow("duplicate") << QStringList{"Administrator", "--role", "System Manager"} << 1
                               << "user Administrator already exists";
    QTest::newRow("empty password")
        << QStringList{"ann@example.com", "--role", "System Manager", "--password", ""} << 1
        << "password for ann@example.com is empty";
    QTest::newRow("invalid email")
        << QStringList{"not-an-email", "--role", "System Manager"} << 1 << "email";
    QTest::newRow("no role") << QStringList{"ann@example.com"} << 2 << "at least one role";
    QTest::newRow("no email") << QStringList{"--role", "System Manager"} << 2 << "expected one";
    QTest::newRow("unknown site") << QStringList{"ann@example.com", "--role", "System Manager",
                                                 "--site", "nope"}
                                  << 1 << "nope";
}

void TestCliUser::addUserRefused()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    makeSite();
    const CliRun run = runM(QStringList{"user", "add"} + args, project());
    QVERIFY2(run.exitCode == exitCode, run.describe());
    QVERIFY2(run.err.contains(message), run.describe());
    QCOMPARE(select(database(), QStringLiteral("SELECT name FROM \"user\" WHERE name <> ?"),
                    QStringLiteral("Administrator")),
             QString());
}

// Issue 12 item 8: a role the project's rules grant exists after `m migrate` (and on a
// site made after the DocType), so `m user add --role` works; pseudo roles are not made.
void TestCliUser::rolesNamedByDocTypesExist()
{
    QVERIFY2(runM({"new", "app", "library"}, project()).exitCode == 0, "m new app");
    makeSite();
    const QByteArray book = R"({
  "name": "Book",
  "module": "Library",
  "fields": [{"fieldname": "title", "fieldtype": "Data"}],
  "permissions": [
    {"role": "Librarian", "read": 1, "write": 1, "create": 1},
    {"role": "All", "read": true},
    {"role": "Guest", "select": true}
  ]
})";
    QVERIFY(fm::test::writeFile(project() + QStringLiteral("/apps/library/doctypes/book/book.json"),
                                book));
    const QStringList add{"user",       "add", "lib@example.com", "--role", "Librarian",
                          "--password", "pw"};
    const CliRun before = runM(add, project());
    QVERIFY2(before.exitCode == 1, before.describe());
    QVERIFY2(before.err.contains(QStringLiteral("role \"Librarian\" does not exist")),
             before.describe());

    const CliRun migrated = runM({"migrate"}, project());
    QVERIFY2(migrated.exitCode == 0, migrated.describe());
    QVERIFY2(migrated.out.contains(
                 QStringLiteral("Created role(s) named by DocType permissions: Librarian.")),
             migrated.describe());
    const QString roles = QStringLiteral("SELECT name FROM role WHERE name <> ? ORDER BY name");
    QCOMPARE(select(database(), roles, QStringLiteral("System Manager")),
             QStringLiteral("Librarian"));
    const CliRun again = runM({"migrate"}, project());
    QVERIFY2(again.exitCode == 0 && !again.out.contains(QStringLiteral("Created role")),
             again.describe());

    const CliRun after = runM(add, project());
    QVERIFY2(after.exitCode == 0, after.describe());
    QCOMPARE(select(database(), kRolesSql, QStringLiteral("lib@example.com")),
             QStringLiteral("Librarian"));

    // A site made once the DocType exists has the role from the start.
    const CliRun second = runM({"new", "site", "other", "--admin-password", "admin-pw"}, project());
    QVERIFY2(second.exitCode == 0, second.describe());
    QCOMPARE(select(project() + QStringLiteral("/sites/other/db.sqlite"), roles,
                    QStringLiteral("System Manager")),
             QStringLiteral("Librarian"));
}

QTEST_GUILESS_MAIN(TestCliUser)
#include "tst_cli_user.moc"
