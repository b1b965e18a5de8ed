// SPDX-License-Identifier: MIT
#include "schemaguard/savedialog.h"

#include "schemaguard/migrationplanview.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace fm::studio {

SaveDialog::SaveDialog(const QString &what, const core::SitePlan &plan, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Save %1: schema changes").arg(what));
    setObjectName(QStringLiteral("saveDialog"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("Saving %1 changes what the database of site \"%2\" must look like. "
           "<b>Save and migrate</b> applies the safe steps now; <b>Save</b> only writes the "
           "files (run <code>m migrate</code> later).")
            .arg(what.toHtmlEscaped(), plan.site.toHtmlEscaped()));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *view = new MigrationPlanView(this);
    view->showPlan(plan);
    layout->addWidget(view, 1);

    const int warnings = plan.plan.count(core::StepClass::Warning);
    const int dangerous = plan.plan.count(core::StepClass::Dangerous);
    if (warnings > 0) {
        m_applyWarnings = new QCheckBox(tr(
            "Also apply the %n warning step(s): I have read why each is risky", nullptr, warnings));
        m_applyWarnings->setObjectName(QStringLiteral("applyWarnings"));
        layout->addWidget(m_applyWarnings);
    }
    if (dangerous > 0) {
        auto *never = new QLabel(tr("%n dangerous step(s) will not be applied: the Studio never "
                                    "drops or narrows data. Each row says how to do it by hand.",
                                    nullptr, dangerous));
        never->setWordWrap(true);
        layout->addWidget(never);
    }

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *migrate = buttons->addButton(tr("Save and migrate"), QDialogButtonBox::AcceptRole);
    migrate->setObjectName(QStringLiteral("saveAndMigrate"));
    QPushButton *save = buttons->addButton(tr("Save"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("saveOnly"));
    buttons->addButton(QDialogButtonBox::Cancel);
    migrate->setDefault(true);
    connect(migrate, &QPushButton::clicked, this, [this] {
        m_choice = Choice::SaveAndMigrate;
        accept();
    });
    connect(save, &QPushButton::clicked, this, [this] {
        m_choice = Choice::Save;
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(860, 420);
}

bool SaveDialog::applyWarnings() const
{
    return m_applyWarnings && m_applyWarnings->isChecked();
}

} // namespace fm::studio
