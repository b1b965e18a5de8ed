// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractItemModel>

#include <memory>
#include <vector>

namespace fm::core {
class ProjectModel;
}

namespace fm::studio {

// The open project as a tree: apps -> modules -> DocTypes, adapted from ProjectModel
// (it holds no DocType itself). Child and submittable DocTypes have their own icon and
// say so in the tooltip; DocTypes with unsaved edits carry "*".
class ProjectTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum class Kind { App, Module, DocType };
    enum Role {
        KindRole = Qt::UserRole + 1, // Kind as int
        NameRole,                    // app, module or DocType name
        AppRole,                     // the app it belongs to
        PathRole,                    // the folder on disk (Reveal in file manager)
        KeyRole,                     // "app", "app/module", "app/module/DocType": stable
    };

    explicit ProjectTreeModel(QObject *parent = nullptr);
    ~ProjectTreeModel() override;

    void setProject(core::ProjectModel *project); // nullptr: empty
    core::ProjectModel *project() const { return m_project; }
    QModelIndex indexOfDocType(const QString &name) const;
    QModelIndex indexOfKey(const QString &key) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Node;
    void rebuild();
    void onDocTypeChanged(const QString &name);
    Node *node(const QModelIndex &index) const;
    QModelIndex indexOf(const Node *node) const;
    QVariant docTypeData(const Node &node, int role) const;

    core::ProjectModel *m_project = nullptr;
    std::unique_ptr<Node> m_root;
};

} // namespace fm::studio
