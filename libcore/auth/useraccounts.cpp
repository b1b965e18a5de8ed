// SPDX-License-Identifier: MIT
#include "auth/useraccounts.h"

#include "auth/principal.h"
#include "auth/sodium.h"
#include "data/documentservice.h"
#include "i18n/translations.h"

#include "meta/metaregistry.h"
#include <QCoreApplication>

namespace fm::core {

namespace {

struct UseraccountsTr
{
    Q_DECLARE_TR_FUNCTIONS(fm::core::UserAccounts)
};

const QString kUser = QStringLiteral("User");
const QString kRole = QStringLiteral("Role");

// NotFound becomes false; any other failure stays an error.
Result<bool> exists(DocumentService &service, const QString &doctype, const QString &name)
{
    auto doc = service.get(doctype, name);
    if (doc)
        return true;
    if (doc.error().code() == ErrorCode::NotFound)
        return false;
    return fail(doc.error());
}

} // namespace

Result<Document> UserAccounts::add(DocumentService &service, const NewUser &user)
{
    if (user.username.trimmed().isEmpty())
        return fail(ErrorCode::Validation, UseraccountsTr::tr("the username is empty; give one"));
    if (user.password.isEmpty())
        return fail(ErrorCode::Validation,
                    UseraccountsTr::tr("the password for %1 is empty; give a password, or none "
                                       "to have one generated")
                        .arg(user.username));
    auto taken = exists(service, kUser, user.username);
    if (!taken)
        return fail(taken.error());
    if (*taken)
        return fail(ErrorCode::Duplicate,
                    UseraccountsTr::tr("user %1 already exists; choose another name, or change "
                                       "that user with `m doc update User`")
                        .arg(user.username));
    Document doc(kUser);
    doc.setValue(QStringLiteral("username"), user.username);
    if (!user.email.isEmpty())
        doc.setValue(QStringLiteral("email"), user.email);
    if (!user.fullName.isEmpty())
        doc.setValue(QStringLiteral("full_name"), user.fullName);
    doc.setValue(QStringLiteral("password"), user.password);
    QList<Document> roles;
    for (const QString &role : user.roles) {
        auto known = exists(service, kRole, role);
        if (!known)
            return fail(known.error());
        if (!*known)
            return fail(ErrorCode::NotFound,
                        UseraccountsTr::tr("role \"%1\" does not exist; create it first "
                                           "(`m doc insert Role --data '{\"role_name\": \"%1\"}'`)")
                            .arg(role));
        Document row(QStringLiteral("Has Role"));
        row.setValue(QStringLiteral("role"), role);
        roles << row;
    }
    doc.setChildren(QStringLiteral("roles"), roles);
    return service.insert(doc);
}

Result<void> UserAccounts::ensureRole(DocumentService &service, const QString &role)
{
    auto known = exists(service, kRole, role);
    if (!known)
        return fail(known.error());
    if (*known)
        return {};
    Document doc(kRole);
    doc.setValue(QStringLiteral("role_name"), role);
    auto saved = service.insert(doc);
    if (!saved)
        return fail(saved.error());
    return {};
}

Result<QStringList> UserAccounts::ensureDocTypeRoles(DocumentService &service)
{
    QStringList named;
    const MetaRegistry &meta = service.meta();
    for (const QString &doctype : meta.doctypeNames()) {
        for (const PermissionRule &rule : meta.doctype(doctype)->permissions) {
            if (rule.role != Principal::kGuest && rule.role != Principal::kAllRole &&
                !named.contains(rule.role))
                named << rule.role;
        }
    }
    named.sort();
    QStringList created;
    for (const QString &role : std::as_const(named)) {
        auto known = exists(service, kRole, role);
        if (!known)
            return fail(known.error());
        if (*known)
            continue;
        if (auto ok = ensureRole(service, role); !ok)
            return fail(ok.error());
        created << role;
    }
    return created;
}

QString UserAccounts::generatePassword()
{
    if (!detail::sodiumReady())
        qFatal("libsodium could not be initialised; no safe random source for passwords");
    QByteArray bytes(15, Qt::Uninitialized);
    randombytes_buf(bytes.data(), size_t(bytes.size()));
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding));
}

Result<void> UserAccounts::setLanguage(DocumentService &service, const QString &user,
                                       const QString &language)
{
    const QStringList available = Translations::available();
    if (!language.isEmpty() && !available.contains(language))
        return fail(ErrorCode::Validation,
                    QCoreApplication::translate(
                        "fm::core::UserAccounts",
                        "there is no catalogue for the language \"%1\"; choose one of %2, or "
                        "an empty language to follow the browser's Accept-Language")
                        .arg(language, available.join(QStringLiteral(", "))));
    Document changes(kUser);
    changes.setName(user);
    changes.setValue(QStringLiteral("language"), language.isEmpty() ? QVariant() : language);
    auto updated = service.update(changes);
    if (!updated)
        return fail(updated.error());
    return {};
}

} // namespace fm::core
