// SPDX-License-Identifier: MIT
#pragma once

#include "project/siteplan.h"

#include <QDialog>

class QCheckBox;

namespace fm::studio {

class MigrationPlanView;

// Asked before a save that changes the site's schema: the plan, then Save (files only),
// Save and migrate, or Cancel. Warning steps are applied only when their box is ticked;
// dangerous steps never (the dialog says how to do them by hand).
class SaveDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Choice { Cancel, Save, SaveAndMigrate };

    SaveDialog(const QString &what, const core::SitePlan &plan, QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }
    bool applyWarnings() const;

private:
    Choice m_choice = Choice::Cancel;
    QCheckBox *m_applyWarnings = nullptr;
};

} // namespace fm::studio
