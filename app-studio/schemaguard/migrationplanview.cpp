// SPDX-License-Identifier: MIT
#include "schemaguard/migrationplanview.h"

#include "schemaguard/migrationplanmodel.h"

#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace fm::studio {

MigrationPlanView::MigrationPlanView(QWidget *parent)
    : QWidget(parent)
    , m_model(new MigrationPlanModel(this))
    , m_summary(new QLabel(this))
    , m_table(new QTableView(this))
    , m_details(new QTextBrowser(this))
{
    m_summary->setObjectName(QStringLiteral("planSummary"));
    m_summary->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("planTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showStep(current.row()); });
}

void MigrationPlanView::showPlan(const core::SitePlan &plan)
{
    m_model->setPlan(plan.plan);
    m_table->resizeColumnsToContents();
    m_summary->setText(describe(plan.plan));
    m_details->clear();
    if (!plan.plan.isEmpty())
        m_table->selectRow(0);
}

void MigrationPlanView::showMessage(const QString &message)
{
    m_model->setPlan({});
    m_details->clear();
    m_summary->setText(message);
}

QString MigrationPlanView::summary() const
{
    return m_summary->text();
}

QString MigrationPlanView::describe(const core::MigrationPlan &plan)
{
    if (plan.isEmpty())
        return tr("The site's schema matches the DocTypes: nothing to migrate.");
    return tr("%1 safe, %2 warning, %3 dangerous step(s).")
        .arg(plan.count(core::StepClass::Safe))
        .arg(plan.count(core::StepClass::Warning))
        .arg(plan.count(core::StepClass::Dangerous));
}

void MigrationPlanView::showStep(int row)
{
    const core::MigrationStep *step = m_model->step(m_model->index(row, 0));
    if (!step) {
        m_details->clear();
        return;
    }
    QString html = QStringLiteral("<p><b>%1</b> · %2</p><p>%3</p>")
                       .arg(MigrationPlanModel::className(step->classification).toHtmlEscaped(),
                            step->table.toHtmlEscaped(), step->description.toHtmlEscaped());
    if (!step->reason.isEmpty())
        html += tr("<p><b>Why:</b> %1</p>").arg(step->reason.toHtmlEscaped());
    if (!step->manualPath.isEmpty())
        html += tr("<p><b>By hand:</b> %1</p>").arg(step->manualPath.toHtmlEscaped());
    if (!step->sql.isEmpty()) {
        html += QStringLiteral("<pre>%1</pre>")
                    .arg(step->sql.join(QStringLiteral(";\n")).toHtmlEscaped());
    }
    m_details->setHtml(html);
}

} // namespace fm::studio
