// SPDX-License-Identifier: MIT
#include "designer/problemindex.h"

#include "meta/jsonsource.h"
#include "project/projectmodel.h"

#include <QCoreApplication>

namespace fm::studio {

void ProblemIndex::rebuild(const core::ProjectModel &model, const QString &doctype)
{
    m_all = model.diagnostics(doctype);
    m_byPointer.clear();
    const QString keySuffix = core::JsonSource::keySuffix();
    for (const core::Diagnostic &diagnostic : std::as_const(m_all)) {
        QString pointer = model.pointerAt(doctype, diagnostic.location);
        if (pointer.endsWith(keySuffix))
            pointer.chop(keySuffix.size());
        m_byPointer.insert(pointer, diagnostic);
    }
}

int ProblemIndex::errorCount() const
{
    int count = 0;
    for (const core::Diagnostic &diagnostic : m_all)
        count += diagnostic.severity == core::Diagnostic::Severity::Error ? 1 : 0;
    return count;
}

core::Diagnostics ProblemIndex::at(const QString &pointer) const
{
    return m_byPointer.values(pointer);
}

core::Diagnostics ProblemIndex::under(const QString &pointer) const
{
    core::Diagnostics found;
    const QString prefix = pointer + QLatin1Char('/');
    for (auto it = m_byPointer.cbegin(); it != m_byPointer.cend(); ++it) {
        if (it.key() == pointer || it.key().startsWith(prefix))
            found << it.value();
    }
    return found;
}

QStringList ProblemIndex::pointersUnder(const QString &pointer) const
{
    QStringList found;
    const QString prefix = pointer + QLatin1Char('/');
    for (const QString &key : m_byPointer.uniqueKeys()) {
        if (key == pointer || key.startsWith(prefix))
            found << key;
    }
    return found;
}

QString ProblemIndex::describe(const core::Diagnostics &diagnostics)
{
    QStringList lines;
    for (const core::Diagnostic &diagnostic : diagnostics) {
        lines << diagnostic.message;
        if (!diagnostic.hint.isEmpty())
            lines << QCoreApplication::translate("fm::studio::ProblemIndex", "hint: %1")
                         .arg(diagnostic.hint);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace fm::studio
