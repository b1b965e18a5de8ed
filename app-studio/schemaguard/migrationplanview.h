// SPDX-License-Identifier: MIT
#pragma once

#include "project/siteplan.h"

#include <QWidget>

class QLabel;
class QTableView;
class QTextBrowser;

namespace fm::studio {

class MigrationPlanModel;

// A migration plan shown for people: a summary line, one row per step coloured by class,
// and the selected step's details (why, the manual path, the SQL). Used by the Migration
// plan dock and the save dialog.
class MigrationPlanView final : public QWidget
{
    Q_OBJECT

public:
    explicit MigrationPlanView(QWidget *parent = nullptr);

    void showPlan(const core::SitePlan &plan);
    void showMessage(const QString &message); // no plan: why (no site, errors, ...)
    MigrationPlanModel *model() const { return m_model; }
    QString summary() const; // the line above the steps: counts, or the message shown
    static QString describe(const core::MigrationPlan &plan);

private:
    void showStep(int row);

    MigrationPlanModel *m_model;
    QLabel *m_summary;
    QTableView *m_table;
    QTextBrowser *m_details;
};

} // namespace fm::studio
