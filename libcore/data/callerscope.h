// SPDX-License-Identifier: MIT
#pragma once

#include "fm_core_export.h"

#include <QString>

namespace fm::core {

// What the principal behind a write may see of other documents. The write checks ask
// it about the records a document names (Link and Dynamic Link targets, fetch_from
// sources, the holder of a taken unique value), so that a refusal or a copied value
// never tells the caller about a record they may not see (docs/guide/permissions.md).
// DocumentAccess provides one for every non-administrator write.
class FM_CORE_EXPORT CallerView
{
public:
    virtual ~CallerView();
    // `name` may be picked in a Link: the caller may read it or holds `select` on it.
    virtual bool mayPick(const QString &doctype, const QString &name) const = 0;
    virtual bool mayRead(const QString &doctype, const QString &name) const = 0;
    // `field` of that document may be copied into the caller's document (fetch_from):
    // a field they may read, or with `select` only, what a Link picker shows of it.
    virtual bool mayFetch(const QString &doctype, const QString &name,
                          const QString &field) const = 0;
};

// Installs a CallerView for the writes this thread makes while it lives (nested writes
// from hooks included); a null view (system code) checks nothing. Scopes nest: the
// previous view comes back when this one ends.
class FM_CORE_EXPORT CallerScope final
{
public:
    explicit CallerScope(const CallerView *view);
    ~CallerScope();
    CallerScope(const CallerScope &) = delete;
    CallerScope &operator=(const CallerScope &) = delete;

    static const CallerView *current();

private:
    const CallerView *m_previous;
};

} // namespace fm::core
