// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;
QT_END_NAMESPACE

namespace fm::core {
class ProjectModel;
}

namespace fm::studio {

class ProjectTreeModel;

// The Project dock's content: a filter box over the apps -> modules -> DocTypes tree.
// Typing filters as you type and keeps the parents of what matches; double-click or
// Enter on a DocType asks to open it.
class ProjectTreeView final : public QWidget
{
    Q_OBJECT
public:
    explicit ProjectTreeView(QWidget *parent = nullptr);

    void setProject(core::ProjectModel *project);
    void setFilter(const QString &text);

    // What the context actions work on: the current row's DocType, app, module, and the
    // folder to reveal (the project's root when nothing is selected).
    QString currentDocType() const;
    QString currentApp() const;
    QString currentModule() const;
    QString revealTarget() const;
    bool selectDocType(const QString &name);

    QLineEdit *filterEdit() const { return m_filter; }
    QTreeView *treeView() const { return m_tree; }
    ProjectTreeModel *treeModel() const { return m_model; }
    QSortFilterProxyModel *filterModel() const { return m_proxy; }
    // Actions shown by the context menu, in order (nullptr is a separator).
    void setContextActions(const QList<QAction *> &actions);

signals:
    void openDocTypeRequested(const QString &name);
    void currentChanged();

private:
    void rememberExpanded();
    void restoreExpanded();

    ProjectTreeModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTreeView *m_tree;
    QList<QAction *> m_contextActions;
    QStringList m_expanded; // keys, kept across model resets
};

} // namespace fm::studio
