// SPDX-License-Identifier: MIT
#include "meta/doctypeloadcache.h"

#include "meta/doctypeloader.h"

#include <QMutexLocker>

namespace fm::core {

std::optional<DocType> DocTypeLoadCache::load(const DocTypeLoader &loader, const QString &path,
                                              const QByteArray &bytes, Diagnostics &diagnostics)
{
    {
        QMutexLocker lock(&m_mutex);
        const auto found = m_files.constFind(path);
        if (found != m_files.constEnd() && found->bytes == bytes) {
            diagnostics += found->diagnostics;
            return found->doctype;
        }
    }
    Loaded loaded;
    loaded.bytes = bytes;
    loaded.doctype = loader.loadJson(bytes, path, loaded.diagnostics);
    diagnostics += loaded.diagnostics;
    QMutexLocker lock(&m_mutex);
    return m_files.insert(path, std::move(loaded))->doctype;
}

void DocTypeLoadCache::clear()
{
    QMutexLocker lock(&m_mutex);
    m_files.clear();
}

qsizetype DocTypeLoadCache::size() const
{
    QMutexLocker lock(&m_mutex);
    return m_files.size();
}

} // namespace fm::core
