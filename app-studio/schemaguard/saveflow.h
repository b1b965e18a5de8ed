// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

namespace fm::core {
class ProjectModel;
}

namespace fm::studio {

class PlanComputer;

// How the Studio saves DocTypes (issue 7, items 6 and 8): the check and the migration plan
// for the files as they will be are computed off the UI thread; a DocType with errors is
// saved only after an explicit "Save with errors"; a change of the site's schema shows the
// plan with Save / Save and migrate / Cancel; then the files are written atomically.
class SaveFlow final : public QObject
{
    Q_OBJECT

public:
    SaveFlow(core::ProjectModel *model, QWidget *dialogParent);

    // True when every named DocType was written. The dialogs are modal; the window keeps
    // painting while the plan is computed.
    bool save(const QStringList &doctypes);

signals:
    void message(const QString &text); // for the status bar

private:
    bool confirmErrors(const QStringList &doctypes);
    bool writeFiles(const QStringList &doctypes);
    void migrate(bool force);
    void waitFor(const char *signal);

    core::ProjectModel *m_model;
    QPointer<QWidget> m_parent;
    PlanComputer *m_planner;
};

} // namespace fm::studio
