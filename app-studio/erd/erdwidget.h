// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QToolButton;
class QUndoStack;

namespace fm::core {
class ProjectModel;
}

namespace fm::studio::erd {

class ErdScene;
class ErdView;

// What the ERD tab shows: a tool bar (filter by app/module, search, focus on the
// selected DocType N hops, zoom to fit, re-layout, unpin all, export) over the canvas.
// Works with any undo stack, so it needs no shell; erdfeature.cpp puts it in a tab.
class ErdWidget final : public QWidget
{
    Q_OBJECT
public:
    ErdWidget(core::ProjectModel *model, QUndoStack *undoStack, QWidget *parent = nullptr);

    ErdScene *scene() const { return m_scene; }
    ErdView *view() const { return m_view; }
    QString status() const; // the status line's text

    void exportPng(const QString &path);
    void exportSvg(const QString &path);

signals:
    void openDocTypeRequested(const QString &name);
    void doctypeSelected(const QString &name);

private:
    void fillFilter();
    void onFilterChosen();
    void onSearch(const QString &text);
    void onFocusToggled(bool on);
    void chooseExport(const QString &format);
    void showStatus(const QString &text, bool problem = false);

    ErdScene *m_scene;
    ErdView *m_view;
    QComboBox *m_filter;
    QLineEdit *m_search;
    QLabel *m_matches;
    QToolButton *m_focus;
    QSpinBox *m_hops;
    QLabel *m_status;
    bool m_fitAfterLayout = true;
};

} // namespace fm::studio::erd
