// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"
#include "data/doctypetable.h"

#include <QHash>
#include <QReadWriteLock>

#include <memory>

namespace fm::core {

class MetaRegistry;

// DocTypeTable for each DocType, built on first use and shared by all threads.
class FM_CORE_EXPORT TableCache final
{
public:
    TableCache(const MetaRegistry &meta, const Dialect &dialect);

    // NotFound for an unknown DocType; accepts the name or its snake-case slug.
    Result<std::shared_ptr<const DocTypeTable>> table(const QString &doctype) const;

    const MetaRegistry &meta() const { return m_meta; }

private:
    const MetaRegistry &m_meta;
    const Dialect &m_dialect;
    mutable QReadWriteLock m_lock; // guards m_tables; reads vastly outnumber the first builds
    mutable QHash<QString, std::shared_ptr<const DocTypeTable>> m_tables;
};

} // namespace fm::core
