// SPDX-License-Identifier: MIT
// Password fields are write-only (docs/adr/0082): DocumentService stores an argon2id
// hash and answers without it. UserAccounts creates users on top of that.
#include "auth/passwordhasher.h"
#include "auth/useraccounts.h"
#include "testsite.h"

#include <QSqlQuery>

using fm::core::Document;
using fm::core::PasswordHasher;
using fm::core::UserAccounts;

class TestPasswordField final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void storedAsHashNeverReturned();
    void update_data();
    void update();
    void addUser();
    void addUserRefused_data();
    void addUserRefused();

private:
    // The password column as stored, read past DocumentService.
    QString storedPassword(const QString &user);
    Document user(const QString &name, const QString &password);

    std::unique_ptr<TestSite> m_site;
};

void TestPasswordField::init()
{
    m_site = std::make_unique<TestSite>();
    QVERIFY(m_site->open());
}

void TestPasswordField::cleanup()
{
    m_site.reset();
}

QString TestPasswordField::storedPassword(const QString &user)
{
    auto db = m_site->pool->connection();
    if (!db)
        return QStringLiteral("<no connection>");
    QSqlQuery query(*db);
    query.prepare(QStringLiteral("SELECT password FROM \"user\" WHERE name = ?"));
    query.addBindValue(user);
    if (!query.exec() || !query.next())
        return QStringLiteral("<no row>");
    return query.value(0).toString();
}

Document TestPasswordField::user(const QString &name, const QString &password)
{
    return doc(QStringLiteral("User"),
               {{QStringLiteral("username"), name}, {QStringLiteral("password"), password}});
}

void TestPasswordField::storedAsHashNeverReturned()
{
    auto &service = *m_site->service;
    auto saved = service.insert(user(QStringLiteral("ann@example.com"), QStringLiteral("s3cret")));
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().toText()));
    QVERIFY(saved->value(QStringLiteral("password")).isNull());

    const QString stored = storedPassword(QStringLiteral("ann@example.com"));
    QVERIFY2(stored.startsWith(QStringLiteral("$argon2id$")), qPrintable(stored));
    QVERIFY(PasswordHasher::verify(QStringLiteral("s3cret"), stored));
    QVERIFY(!PasswordHasher::verify(QStringLiteral("s3cre"), stored));

    auto got = service.get(QStringLiteral("User"), QStringLiteral("ann@example.com"));
    QVERIFY(got);
    QVERIFY(got->has(QStringLiteral("password")));
    QVERIFY(got->value(QStringLiteral("password")).isNull());
    QVERIFY(!got->toJson().value(QStringLiteral("password")).isString());

    fm::core::Query everything;
    everything.doctype = QStringLiteral("User");
    auto listed = service.list(everything);
    QVERIFY(listed && listed->size() == 1);
    QVERIFY(listed->first().value(QStringLiteral("password")).isNull());
    fm::core::Query onlyPassword = everything;
    onlyPassword.fields = {QStringLiteral("name"), QStringLiteral("password")};
    listed = service.list(onlyPassword);
    QVERIFY(listed && listed->size() == 1);
    QVERIFY(listed->first().value(QStringLiteral("password")).isNull());
}

void TestPasswordField::update_data()
{
    QTest::addColumn<QVariantMap>("changes");
    QTest::addColumn<QString>("validPassword");
    QTest::newRow("other field") << QVariantMap{{QStringLiteral("full_name"), "Ann"}} << "old";
    QTest::newRow("null keeps it")
        << QVariantMap{{QStringLiteral("password"), QVariant()}} << "old";
    QTest::newRow("empty keeps it")
        << QVariantMap{{QStringLiteral("password"), QString()}} << "old";
    QTest::newRow("new password") << QVariantMap{{QStringLiteral("password"), "new"}} << "new";
}

void TestPasswordField::update()
{
    QFETCH(QVariantMap, changes);
    QFETCH(QString, validPassword);
    auto &service = *m_site->service;
    const QString name = QStringLiteral("ann@example.com");
    QVERIFY(service.insert(user(name, QStringLiteral("old"))));
    const QString before = storedPassword(name);

    // A document read and sent back as it is, plus the changes.
    auto read = service.get(QStringLiteral("User"), name);
    QVERIFY(read);
    Document changed = *read;
    for (auto it = changes.cbegin(); it != changes.cend(); ++it)
        changed.setValue(it.key(), it.value());
    auto saved = service.update(changed);
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().toText()));
    QVERIFY(saved->value(QStringLiteral("password")).isNull());

    const QString after = storedPassword(name);
    QVERIFY(PasswordHasher::verify(validPassword, after));
    QCOMPARE(after == before, validPassword == QLatin1String("old"));
    QVERIFY(!PasswordHasher::verify(validPassword == QLatin1String("old") ? "new" : "old", after));
}

void TestPasswordField::addUser()
{
    auto &service = *m_site->service;
    QVERIFY(UserAccounts::ensureRole(service, UserAccounts::kSystemManager));
    QVERIFY(UserAccounts::ensureRole(service, UserAccounts::kSystemManager)); // exists: fine
    fm::core::NewUser bob{QStringLiteral("bob@example.com"),
                          QStringLiteral("bob@example.com"),
                          QStringLiteral("Bob"),
                          QStringLiteral("pw"),
                          {UserAccounts::kSystemManager}};
    auto saved = UserAccounts::add(service, bob);
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().toText()));
    auto got = service.get(QStringLiteral("User"), bob.username);
    QVERIFY(got);
    QCOMPARE(got->string(QStringLiteral("email")), bob.email);
    QVERIFY(got->boolean(QStringLiteral("enabled")));
    const QList<Document> roles = got->children(QStringLiteral("roles"));
    QCOMPARE(roles.size(), 1);
    QCOMPARE(roles.first().string(QStringLiteral("role")), UserAccounts::kSystemManager);
    QVERIFY(PasswordHasher::verify(QStringLiteral("pw"), storedPassword(bob.username)));
    QCOMPARE(UserAccounts::generatePassword().size(), 20);
    QVERIFY(UserAccounts::generatePassword() != UserAccounts::generatePassword());
}

void TestPasswordField::addUserRefused_data()
{
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QStringList>("roles");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");
    const QStringList manager{UserAccounts::kSystemManager};
    QTest::newRow("empty password")
        << "new@example.com"
        << "" << manager << int(fm::ErrorCode::Validation) << "password";
    QTest::newRow("unknown role") << "new@example.com"
                                  << "pw" << QStringList{"Nobody"} << int(fm::ErrorCode::NotFound)
                                  << "role \"Nobody\"";
    QTest::newRow("duplicate") << "taken@example.com"
                               << "pw" << manager << int(fm::ErrorCode::Duplicate)
                               << "already exists";
    QTest::newRow("empty username")
        << " "
        << "pw" << manager << int(fm::ErrorCode::Validation) << "username";
}

void TestPasswordField::addUserRefused()
{
    QFETCH(QString, username);
    QFETCH(QString, password);
    QFETCH(QStringList, roles);
    QFETCH(int, code);
    QFETCH(QString, message);
    auto &service = *m_site->service;
    QVERIFY(UserAccounts::ensureRole(service, UserAccounts::kSystemManager));
    QVERIFY(service.insert(user(QStringLiteral("taken@example.com"), QStringLiteral("pw"))));
    auto saved = UserAccounts::add(service, {username, username, {}, password, roles});
    QVERIFY(!saved);
    QCOMPARE(int(saved.error().code()), code);
    QVERIFY2(saved.error().message().contains(message), qPrintable(saved.error().message()));
    fm::core::Query users;
    users.doctype = QStringLiteral("User");
    auto count = service.count(users);
    QVERIFY(count);
    QCOMPARE(*count, 1); // only the user made above
}

QTEST_MAIN(TestPasswordField)
#include "tst_passwordfield.moc"
