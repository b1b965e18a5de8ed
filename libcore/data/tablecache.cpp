// SPDX-License-Identifier: MIT
#include "data/tablecache.h"

#include "common/textdistance.h"
#include "meta/metaregistry.h"

#include <QCoreApplication>

namespace fm::core {

namespace {

struct TablecacheTr
{
    Q_DECLARE_TR_FUNCTIONS(fm::core::TableCache)
};

} // namespace

TableCache::TableCache(const MetaRegistry &meta, const Dialect &dialect)
    : m_meta(meta)
    , m_dialect(dialect)
{}

Result<std::shared_ptr<const DocTypeTable>> TableCache::table(const QString &doctype) const
{
    {
        QReadLocker lock(&m_lock);
        const auto it = m_tables.constFind(doctype);
        if (it != m_tables.constEnd())
            return *it;
    }
    const DocType *meta = m_meta.findDocType(doctype);
    if (!meta) {
        QString message = TablecacheTr::tr("DocType \"%1\" does not exist").arg(doctype);
        const QString near = closestMatch(doctype, m_meta.doctypeNames());
        if (!near.isEmpty())
            message += TablecacheTr::tr("; did you mean \"%1\"?").arg(near);
        return fail(ErrorCode::NotFound, message);
    }
    auto built = std::make_shared<const DocTypeTable>(
        DocTypeTable::build(*meta, m_meta.fieldTypes(), m_dialect));
    QWriteLocker lock(&m_lock);
    m_tables.insert(doctype, built);
    return built;
}

} // namespace fm::core
