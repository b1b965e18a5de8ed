// SPDX-License-Identifier: MIT
#pragma once

#include "auth/principal.h"
#include "common/error.h"
#include "data/document.h"

namespace fm::core {

class DocumentAccess;

// Document Share rows managed on behalf of a Principal (the share routes use it):
// who may give a share, take one back and see them.
//
// Giving: the document must be readable by `who`, and `who` must be an administrator,
// its owner, or hold a share with share=1; write and share can only be passed on by
// someone who has them. A second share for the same user updates the first.
class FM_CORE_EXPORT DocumentShares final
{
public:
    static inline const QString kDocType = QStringLiteral("Document Share");

    explicit DocumentShares(DocumentAccess &access);

    struct Grant
    {
        QString doctype;
        QString name;
        QString user;
        bool read = true;
        bool write = false;
        bool share = false;
    };
    struct Saved
    {
        Document share;
        bool created = false; // false: an existing share for the user was updated
    };
    Result<Saved> share(const Principal &who, const Grant &grant);
    // Those who may share the document, and the user it was shared with.
    Result<void> unshare(const Principal &who, const QString &id);
    // All shares of the document for those who may share it; others see their own.
    Result<QList<Document>> shares(const Principal &who, const QString &doctype,
                                   const QString &name);

private:
    Result<Document> existing(const Grant &grant) const;

    DocumentAccess &m_access;
};

} // namespace fm::core
