// SPDX-License-Identifier: MIT
#pragma once

#include "meta/diagnostic.h"
#include "meta/doctype.h"

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QString>

#include <optional>

namespace fm::core {

class DocTypeLoader;

// DocType files parsed by earlier loads of the same project, so that loading it again
// (the Studio checks the whole project after every edit) parses only the files whose
// bytes changed. Keyed by path; an entry is used only when the bytes are the same. The
// loader's result also depends on the field types: whoever changes those (an app added)
// clears the cache. Thread-safe: one check runs on a worker thread while the UI edits.
class FM_CORE_EXPORT DocTypeLoadCache final
{
public:
    std::optional<DocType> load(const DocTypeLoader &loader, const QString &path,
                                const QByteArray &bytes, Diagnostics &diagnostics);
    void clear();
    qsizetype size() const;

private:
    struct Loaded
    {
        QByteArray bytes;
        std::optional<DocType> doctype;
        Diagnostics diagnostics;
    };
    mutable QMutex m_mutex;
    QHash<QString, Loaded> m_files;
};

} // namespace fm::core
