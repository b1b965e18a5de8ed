// SPDX-License-Identifier: MIT
#pragma once

#include "auth/principal.h"
#include "data/callerscope.h"

namespace fm::core {
class DocumentService;
class PermissionEngine;
} // namespace fm::core

namespace fm::core::detail {

// The CallerView of one principal (data/callerscope.h), answered by the
// PermissionEngine: what DocumentAccess installs around every write of a
// non-administrator. Internal to the permissions folder.
class PrincipalView final : public CallerView
{
public:
    PrincipalView(DocumentService &service, const PermissionEngine &engine, const Principal &who);

    bool mayPick(const QString &doctype, const QString &name) const override;
    bool mayRead(const QString &doctype, const QString &name) const override;
    bool mayFetch(const QString &doctype, const QString &name, const QString &field) const override;

private:
    DocumentService &m_service;
    const PermissionEngine &m_engine;
    const Principal &m_who;
};

// Installs the principal's view for as long as it lives; administrators get none
// (they see everything, so there is nothing to hide from them).
class CallerViewScope final
{
public:
    CallerViewScope(DocumentService &service, const PermissionEngine &engine, const Principal &who);

private:
    PrincipalView m_view;
    CallerScope m_scope;
};

} // namespace fm::core::detail
