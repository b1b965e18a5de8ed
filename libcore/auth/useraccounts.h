// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"
#include "data/document.h"

namespace fm::core {

class DocumentService;

// What a new user is made of (the User DocType, core app).
struct NewUser
{
    QString username; // the login name and the User's name
    QString email;    // may be empty (Administrator)
    QString fullName;
    QString password; // plain; stored as an argon2id hash
    QStringList roles;
};

// Creating users and the roles they need, with messages for people (`m user add`,
// `m new site`). Writes go through DocumentService like every other write.
class FM_CORE_EXPORT UserAccounts final
{
public:
    static inline const QString kSystemManager = QStringLiteral("System Manager");

    // Refuses an empty password, a role that does not exist and a username that is
    // taken. The answer, like every DocumentService answer, holds no password.
    static Result<Document> add(DocumentService &service, const NewUser &user);
    // Creates the Role unless it exists.
    static Result<void> ensureRole(DocumentService &service, const QString &role);
    // Creates every role the DocTypes' permission rules name (but the pseudo roles
    // Guest and All) that does not exist yet, so `m user add --role X` works on a fresh
    // site of a project granting X rights; the names created, sorted.
    static Result<QStringList> ensureDocTypeRoles(DocumentService &service);
    // 20 random characters (120 bits), URL-safe: for passwords shown once.
    static QString generatePassword();
};

} // namespace fm::core
