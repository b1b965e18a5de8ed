// SPDX-License-Identifier: MIT
#include "project/projecttreeview.h"

#include "project/projectmodel.h"
#include "project/projecttreemodel.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace fm::studio {

ProjectTreeView::ProjectTreeView(QWidget *parent)
    : QWidget(parent)
    , m_model(new ProjectTreeModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_tree(new QTreeView(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(ProjectTreeModel::NameRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setRecursiveFilteringEnabled(true); // parents of a match stay
    m_proxy->setAutoAcceptChildRows(true);       // a matching module shows its DocTypes
    m_filter->setPlaceholderText(tr("Filter DocTypes"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setObjectName(QStringLiteral("ProjectFilter"));
    m_tree->setObjectName(QStringLiteral("ProjectTree"));
    m_tree->setModel(m_proxy);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tree->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_filter);
    layout->addWidget(m_tree, 1);

    connect(m_filter, &QLineEdit::textChanged, this, &ProjectTreeView::setFilter);
    connect(m_tree, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (index.data(ProjectTreeModel::KindRole).toInt() == int(ProjectTreeModel::Kind::DocType))
            emit openDocTypeRequested(index.data(ProjectTreeModel::NameRole).toString());
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ProjectTreeView::currentChanged);
    connect(m_tree, &QTreeView::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_tree->indexAt(pos);
        m_tree->setCurrentIndex(index); // on empty space: nothing, the project itself
        QMenu menu(this);
        for (QAction *action : std::as_const(m_contextActions)) {
            if (action)
                menu.addAction(action);
            else
                menu.addSeparator();
        }
        menu.exec(m_tree->viewport()->mapToGlobal(pos));
    });
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            &ProjectTreeView::rememberExpanded);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ProjectTreeView::restoreExpanded);
}

void ProjectTreeView::setProject(core::ProjectModel *project)
{
    m_expanded.clear();
    m_model->setProject(project);
    m_tree->expandToDepth(1); // apps and modules open, DocTypes listed
}

void ProjectTreeView::setFilter(const QString &text)
{
    if (m_filter->text() != text)
        m_filter->setText(text); // comes back here through textChanged
    m_proxy->setFilterFixedString(text.trimmed());
    if (!text.trimmed().isEmpty())
        m_tree->expandAll();
}

QString ProjectTreeView::currentDocType() const
{
    const QModelIndex index = m_tree->currentIndex();
    return index.data(ProjectTreeModel::KindRole).toInt() == int(ProjectTreeModel::Kind::DocType)
               ? index.data(ProjectTreeModel::NameRole).toString()
               : QString();
}

QString ProjectTreeView::currentApp() const
{
    const QString app = m_tree->currentIndex().data(ProjectTreeModel::AppRole).toString();
    if (!app.isEmpty() || !m_model->project())
        return app;
    const auto apps = m_model->project()->apps();
    return apps.isEmpty() ? QString() : apps.first().name;
}

QString ProjectTreeView::currentModule() const
{
    QModelIndex index = m_tree->currentIndex();
    if (index.data(ProjectTreeModel::KindRole).toInt() == int(ProjectTreeModel::Kind::DocType))
        index = index.parent();
    return index.data(ProjectTreeModel::KindRole).toInt() == int(ProjectTreeModel::Kind::Module)
               ? index.data(ProjectTreeModel::NameRole).toString()
               : QString();
}

QString ProjectTreeView::revealTarget() const
{
    const QString path = m_tree->currentIndex().data(ProjectTreeModel::PathRole).toString();
    if (!path.isEmpty())
        return path;
    return m_model->project() ? m_model->project()->root() : QString();
}

bool ProjectTreeView::selectDocType(const QString &name)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexOfDocType(name));
    if (!index.isValid())
        return false;
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    return true;
}

void ProjectTreeView::setContextActions(const QList<QAction *> &actions)
{
    m_contextActions = actions;
}

void ProjectTreeView::rememberExpanded()
{
    m_expanded.clear();
    for (const QModelIndex &index :
         m_proxy->match(m_proxy->index(0, 0), Qt::DisplayRole, QStringLiteral("*"), -1,
                        Qt::MatchWildcard | Qt::MatchRecursive)) {
        if (m_tree->isExpanded(index))
            m_expanded << index.data(ProjectTreeModel::KeyRole).toString();
    }
}

void ProjectTreeView::restoreExpanded()
{
    if (m_expanded.isEmpty()) {
        m_tree->expandToDepth(1);
        return;
    }
    for (const QString &key : std::as_const(m_expanded))
        m_tree->expand(m_proxy->mapFromSource(m_model->indexOfKey(key)));
}

} // namespace fm::studio
