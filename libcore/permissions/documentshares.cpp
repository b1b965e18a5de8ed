// SPDX-License-Identifier: MIT
#include "permissions/documentshares.h"

#include "permissions/documentaccess.h"
#include "permissions/permissionengine.h"

#include <QCoreApplication>

namespace fm::core {

namespace {

struct DocumentsharesTr
{
    Q_DECLARE_TR_FUNCTIONS(fm::core::DocumentShares)
};

const QString kShareDoctype = QStringLiteral("share_doctype");
const QString kShareName = QStringLiteral("share_name");
const QString kUser = QStringLiteral("user");

Error cannotShare(const Principal &who, const QString &doctype, const QString &name,
                  const QString &why)
{
    if (who.isGuest())
        return Error(ErrorCode::Unauthorized,
                     DocumentsharesTr::tr("log in to share %1 %2").arg(doctype, name));
    return Error(
        ErrorCode::PermissionDenied,
        DocumentsharesTr::tr("%1 may not share %2 %3: %4").arg(who.user, doctype, name, why));
}

Query sharesOf(const QString &doctype, const QString &name)
{
    Query query;
    query.doctype = DocumentShares::kDocType;
    query.filters = {Filter{kShareDoctype, FilterOp::Eq, doctype},
                     Filter{kShareName, FilterOp::Eq, name}};
    query.orderBy = {OrderBy{QStringLiteral("creation"), false}};
    query.limit = -1;
    return query;
}

} // namespace

DocumentShares::DocumentShares(DocumentAccess &access)
    : m_access(access)
{}

Result<Document> DocumentShares::existing(const Grant &grant) const
{
    Query query = sharesOf(grant.doctype, grant.name);
    query.filters << Filter{kUser, FilterOp::Eq, grant.user};
    query.limit = 1;
    auto rows = m_access.service().list(query);
    if (!rows)
        return fail(rows.error());
    return rows->isEmpty() ? Document() : rows->first();
}

Result<DocumentShares::Saved> DocumentShares::share(const Principal &who, const Grant &given)
{
    if (given.name.isEmpty() || given.user.isEmpty()) {
        return fail(
            ErrorCode::BadRequest,
            DocumentsharesTr::tr("say what to share and with whom: give \"doctype\", \"name\" "
                                 "and \"user\""));
    }
    auto doc = m_access.get(who, given.doctype, given.name);
    if (!doc)
        return fail(doc.error());
    Grant grant = given;
    grant.doctype = doc->doctype();
    PermissionEngine &engine = m_access.engine();
    if (!engine.canShare(who, *doc)) {
        return fail(
            cannotShare(who, grant.doctype, grant.name,
                        DocumentsharesTr::tr("only its owner, an administrator or a user it "
                                             "was shared with to share further may")));
    }
    if (grant.write && !engine.can(who, PermissionAction::Write, *doc)) {
        return fail(
            cannotShare(who, grant.doctype, grant.name,
                        DocumentsharesTr::tr("the user cannot write it, so cannot pass write "
                                             "on; share it with \"write\": false")));
    }
    auto found = existing(grant);
    if (!found)
        return fail(found.error());
    Document row(kDocType);
    if (found->isValid())
        row.setName(found->name());
    else {
        row.setValue(kShareDoctype, grant.doctype);
        row.setValue(kShareName, grant.name);
        row.setValue(kUser, grant.user);
    }
    row.setValue(QStringLiteral("read"), grant.read || grant.write || grant.share);
    row.setValue(QStringLiteral("write"), grant.write);
    row.setValue(QStringLiteral("share"), grant.share);
    DocumentService &service = m_access.service();
    auto saved = found->isValid() ? service.update(row, who.user) : service.insert(row, who.user);
    if (!saved)
        return fail(saved.error());
    return Saved{*saved, !found->isValid()};
}

Result<void> DocumentShares::unshare(const Principal &who, const QString &id)
{
    DocumentService &service = m_access.service();
    auto row = service.get(kDocType, id);
    if (!row)
        return fail(row.error());
    const QString doctype = row->string(kShareDoctype);
    const QString name = row->string(kShareName);
    bool allowed = who.isAdministrator() || (!who.isGuest() && row->string(kUser) == who.user);
    if (!allowed) {
        auto doc = service.get(doctype, name);
        allowed = doc && m_access.engine().canShare(who, *doc);
    }
    if (allowed)
        return service.remove(kDocType, id, DeleteMode::Soft, who.user);
    // Whoever cannot even read the document learns nothing about its shares.
    if (m_access.get(who, doctype, name))
        return fail(cannotShare(who, doctype, name,
                                DocumentsharesTr::tr("only its owner, an administrator or the user "
                                                     "it was shared with may take a share back")));
    return fail(ErrorCode::NotFound,
                DocumentsharesTr::tr("%1 %2 does not exist").arg(kDocType, id));
}

Result<QList<Document>> DocumentShares::shares(const Principal &who, const QString &doctype,
                                               const QString &name)
{
    auto doc = m_access.get(who, doctype, name);
    if (!doc)
        return fail(doc.error());
    Query query = sharesOf(doc->doctype(), name);
    if (!m_access.engine().canShare(who, *doc))
        query.filters << Filter{kUser, FilterOp::Eq, who.user};
    return m_access.service().list(query);
}

} // namespace fm::core
