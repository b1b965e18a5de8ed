// SPDX-License-Identifier: MIT
#include "problems/problemsmodel.h"

#include "appearance/icons.h"
#include "project/projectmodel.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace fm::studio {

ProblemsModel::ProblemsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ProblemsModel::setProject(core::ProjectModel *project)
{
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_project = project;
    if (project) {
        connect(project, &core::ProjectModel::diagnosticsChanged, this, &ProblemsModel::refresh);
        connect(project, &QObject::destroyed, this, [this] { setProject(nullptr); });
    }
    refresh();
}

void ProblemsModel::refresh()
{
    beginResetModel();
    m_rows.clear();
    m_errors = 0;
    if (m_project) {
        QHash<QString, QString> doctypeOfFile;
        for (const QString &name : m_project->doctypeNames())
            doctypeOfFile.insert(QFileInfo(m_project->filePath(name)).absoluteFilePath(), name);
        for (const core::Diagnostic &d : m_project->diagnostics()) {
            m_rows.append({d, doctypeOfFile.value(QFileInfo(d.location.file).absoluteFilePath())});
            m_errors += d.severity == core::Diagnostic::Severity::Error;
        }
        std::stable_sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) {
            const auto &x = a.diagnostic, &y = b.diagnostic;
            if (x.severity != y.severity)
                return x.severity == core::Diagnostic::Severity::Error;
            if (x.location.file != y.location.file)
                return x.location.file < y.location.file;
            return std::pair(x.location.line, x.location.column) <
                   std::pair(y.location.line, y.location.column);
        });
    }
    endResetModel();
}

QString ProblemsModel::location(int row) const
{
    const core::SourceLocation &where = m_rows.at(row).diagnostic.location;
    QString file = where.file;
    if (m_project && !file.isEmpty() && QFileInfo(file).isAbsolute()) {
        const QString relative = QDir(m_project->root()).relativeFilePath(file);
        if (!relative.startsWith(QLatin1String("..")))
            file = relative;
    }
    file = QDir::toNativeSeparators(file);
    if (where.line > 0)
        file += QStringLiteral(":%1:%2").arg(where.line).arg(where.column);
    return file;
}

int ProblemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProblemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProblemsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const core::Diagnostic &d = m_rows.at(index.row()).diagnostic;
    const bool error = d.severity == core::Diagnostic::Severity::Error;
    if (role == DocTypeRole)
        return m_rows.at(index.row()).doctype;
    if (role == Qt::ToolTipRole) {
        QString tip = d.message;
        if (!d.hint.isEmpty())
            tip += QLatin1Char('\n') + tr("Hint: %1").arg(d.hint);
        return tip + QStringLiteral("\n[%1]").arg(d.code);
    }
    switch (index.column()) {
    case SeverityColumn:
        if (role == Qt::DecorationRole)
            return themedIcon(error ? QStringLiteral("error") : QStringLiteral("warning"));
        if (role == Qt::DisplayRole)
            return error ? tr("Error") : tr("Warning");
        break;
    case LocationColumn:
        if (role == Qt::DisplayRole)
            return location(index.row());
        break;
    case MessageColumn:
        if (role == Qt::DisplayRole)
            return d.message;
        break;
    default:
        break;
    }
    return {};
}

QVariant ProblemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case LocationColumn:
        return tr("Location");
    case MessageColumn:
        return tr("Message");
    default:
        return {};
    }
}

} // namespace fm::studio
