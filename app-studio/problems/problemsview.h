// SPDX-License-Identifier: MIT
#pragma once

#include "meta/diagnostic.h"

#include <QTreeView>

namespace fm::studio {

class MainWindow;
class ProblemsModel;

// The Problems dock's list. Activating a row (double-click, Enter) emits the diagnostic
// and the DocType whose file it is in, so an editor can jump to the field or JSON line
// (ProjectModel::pointerAt turns the location into a JSON pointer).
class ProblemsView final : public QTreeView
{
    Q_OBJECT
public:
    explicit ProblemsView(QWidget *parent = nullptr);

    ProblemsModel *problems() const { return m_model; }

signals:
    // `doctype` is empty when the file is not a DocType's (app.json, an extension).
    void problemActivated(const QString &doctype, const fm::core::Diagnostic &diagnostic);

private:
    ProblemsModel *m_model;
};

namespace ids {
inline constexpr char kProblemsDock[] = "Problems";
inline constexpr char kNextProblem[] = "View.NextProblem";
inline constexpr char kPreviousProblem[] = "View.PreviousProblem";
} // namespace ids

ProblemsView *problemsView(const MainWindow &window);

} // namespace fm::studio
