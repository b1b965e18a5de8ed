// SPDX-License-Identifier: MIT
#pragma once

#include "db/migrationplan.h"

#include <QAbstractTableModel>

namespace fm::studio {

// The steps of a migration plan as rows: class, table, what, why, manual path; the SQL
// in the tooltip.
class MigrationPlanModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { ClassColumn, TableColumn, StepColumn, ReasonColumn, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    void setPlan(const core::MigrationPlan &plan);
    const core::MigrationPlan &plan() const { return m_plan; }
    const core::MigrationStep *step(const QModelIndex &index) const;
    static QString className(core::StepClass cls); // translated "Safe", ...
    static QColor classColor(core::StepClass cls, const QPalette &palette);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    core::MigrationPlan m_plan;
};

} // namespace fm::studio
