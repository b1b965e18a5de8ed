// SPDX-License-Identifier: MIT
#pragma once

#include "meta/diagnostic.h"

#include <QAbstractTableModel>

namespace fm::core {
class ProjectModel;
}

namespace fm::studio {

// ProjectModel::diagnostics() as a table: severity, file:line:col relative to the project
// root, message; the hint is the tooltip. Errors first, then by file and line. Refreshed
// on every check.
class ProblemsModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SeverityColumn, LocationColumn, MessageColumn, ColumnCount };
    enum Role { DocTypeRole = Qt::UserRole + 1 };

    explicit ProblemsModel(QObject *parent = nullptr);

    void setProject(core::ProjectModel *project); // nullptr: empty
    void refresh();

    const core::Diagnostic &diagnostic(int row) const { return m_rows.at(row).diagnostic; }
    QString docTypeAt(int row) const { return m_rows.at(row).doctype; } // empty: not a DocType
    QString location(int row) const; // "apps/x/doctypes/y/y.json:14:5"
    int errorCount() const { return m_errors; }
    int warningCount() const { return int(m_rows.size()) - m_errors; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        core::Diagnostic diagnostic;
        QString doctype;
    };
    core::ProjectModel *m_project = nullptr;
    QList<Row> m_rows;
    int m_errors = 0;
};

} // namespace fm::studio
