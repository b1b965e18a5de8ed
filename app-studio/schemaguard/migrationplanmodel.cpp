// SPDX-License-Identifier: MIT
#include "schemaguard/migrationplanmodel.h"

#include <QColor>
#include <QGuiApplication>
#include <QPalette>

namespace fm::studio {

void MigrationPlanModel::setPlan(const core::MigrationPlan &plan)
{
    beginResetModel();
    m_plan = plan;
    endResetModel();
}

const core::MigrationStep *MigrationPlanModel::step(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= m_plan.steps.size())
        return nullptr;
    return &m_plan.steps.at(index.row());
}

QString MigrationPlanModel::className(core::StepClass cls)
{
    switch (cls) {
    case core::StepClass::Safe:
        return tr("Safe");
    case core::StepClass::Warning:
        return tr("Warning");
    case core::StepClass::Dangerous:
        return tr("Dangerous");
    }
    return QString();
}

QColor MigrationPlanModel::classColor(core::StepClass cls, const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    switch (cls) {
    case core::StepClass::Safe:
        return dark ? QColor(0x7f, 0xd1, 0x8b) : QColor(0x1a, 0x7f, 0x37);
    case core::StepClass::Warning:
        return dark ? QColor(0xf0, 0xc6, 0x74) : QColor(0x9a, 0x67, 0x00);
    case core::StepClass::Dangerous:
        return dark ? QColor(0xff, 0x8b, 0x8b) : QColor(0xc0, 0x1c, 0x28);
    }
    return palette.color(QPalette::Text);
}

int MigrationPlanModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_plan.steps.size());
}

int MigrationPlanModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MigrationPlanModel::data(const QModelIndex &index, int role) const
{
    const core::MigrationStep *s = step(index);
    if (!s)
        return {};
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case ClassColumn:
            return className(s->classification);
        case TableColumn:
            return s->table;
        case StepColumn:
            return s->description;
        case ReasonColumn:
            return s->manualPath.isEmpty() ? s->reason
                                           : tr("%1 — by hand: %2").arg(s->reason, s->manualPath);
        }
    }
    if (role == Qt::ForegroundRole && index.column() == ClassColumn)
        return classColor(s->classification, QGuiApplication::palette());
    if (role == Qt::ToolTipRole)
        return s->sql.join(QStringLiteral(";\n"));
    return {};
}

QVariant MigrationPlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ClassColumn:
        return tr("Class");
    case TableColumn:
        return tr("Table");
    case StepColumn:
        return tr("Step");
    case ReasonColumn:
        return tr("Why / manual path");
    }
    return {};
}

} // namespace fm::studio
