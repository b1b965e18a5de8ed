// SPDX-License-Identifier: MIT
#pragma once

#include "auth/principal.h"
#include "common/error.h"
#include "data/document.h"
#include "data/query.h"
#include "meta/doctype.h"

#include <QSet>

#include <memory>
#include <optional>

namespace fm::core {

class DocumentService;
class MetaRegistry;

// Answers what a Principal may do (ARCHITECTURE section 7): the DocType's rules, or
// the Custom Permission rows that replace them, if_owner on the rls_field, Document
// Share grants, permlevel field access and the administrator bypass. Thread-safe;
// Custom Permission rows are cached, dropped whenever one changes through the service
// and reloaded after 10 seconds at most (changes from other processes).
class FM_CORE_EXPORT PermissionEngine final
{
public:
    static inline const QString kCustomPermission = QStringLiteral("Custom Permission");

    // How far one action reaches for a principal on a DocType.
    enum class Reach {
        None,    // no rule grants it (a share may still grant read or write)
        OwnRows, // only if_owner rules grant it: rows whose rls_field is the user
        AllRows, // granted on every row (or the principal is an administrator)
    };

    // Subscribes to the service's events (Custom Permission changes) until destroyed.
    explicit PermissionEngine(DocumentService &service);
    ~PermissionEngine();
    PermissionEngine(const PermissionEngine &) = delete;
    PermissionEngine &operator=(const PermissionEngine &) = delete;

    // The rules in force: Custom Permission rows when the DocType has any, else its
    // own. A child DocType answers with its parent's.
    Result<QList<PermissionRule>> rules(const QString &doctype) const;
    // The DocType whose rules govern `doctype`: itself, or the parent of a child table.
    QString governingDocType(const QString &doctype) const;

    Reach reach(const Principal &who, PermissionAction action, const QString &doctype) const;
    // The action on one stored document: its rules, if_owner against its rls_field,
    // and the user's shares (read and write only).
    bool can(const Principal &who, PermissionAction action, const Document &doc) const;
    bool may(const Principal &who, PermissionAction action, const QString &doctype) const
    {
        return reach(who, action, doctype) != Reach::None;
    }

    // The column an if_owner rule compares with the user: rls_field, else "owner".
    QString ownerColumn(const QString &doctype) const;
    bool owns(const Principal &who, const Document &doc) const;

    // The share grants `who` holds on one document (all false for guests).
    struct ShareGrant
    {
        bool read = false;
        bool write = false;
        bool share = false;
    };
    ShareGrant shareGrant(const Principal &who, const QString &doctype, const QString &name) const;
    bool hasShares(const Principal &who, const QString &doctype) const;
    // Administrator, the document's owner, a share with share=1, or a `share` rule (on
    // every row, or if_owner on the user's own) together with the right to read it.
    bool canShare(const Principal &who, const Document &doc) const;

    // May `who` pick this stored document in a Link: they may read it, or a `select`
    // rule grants it (if_owner: on their own rows). Frappe's select permission.
    bool canPick(const Principal &who, const Document &doc) const;

    // Row-level security for a read list: nullopt when every row is readable,
    // PermissionDenied / Unauthorized when none can ever be.
    Result<std::optional<RowRestriction>> readRestriction(const Principal &who,
                                                          const QString &doctype) const;

    // Field levels `who` may read / write on a DocType (level 0 needs read / write or
    // create at level 0; write at a level implies read of it).
    QSet<int> readableLevels(const Principal &who, const QString &doctype) const;
    QSet<int> writableLevels(const Principal &who, const QString &doctype) const;

    // PermissionDenied for a signed-in user, Unauthorized ("log in") for a guest.
    static Error denied(const Principal &who, PermissionAction action, const QString &doctype);

    // Drops the cached rules; called on every Custom Permission change.
    void invalidate();

private:
    static constexpr int kMaxPermlevel = 9; // the DocType loader's bound
    QSet<int> levels(const Principal &who, const QString &doctype, PermissionAction action) const;

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace fm::core
