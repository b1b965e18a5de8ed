// SPDX-License-Identifier: MIT
#include "project/projecttreemodel.h"

#include "appearance/icons.h"
#include "project/projectmodel.h"

#include <QFileInfo>
#include <QFont>

namespace fm::studio {

struct ProjectTreeModel::Node
{
    Kind kind = Kind::App;
    QString name;
    QString app;
    QString path;
    Node *parent = nullptr;
    int row = 0;
    std::vector<std::unique_ptr<Node>> children;

    Node *add(Kind childKind, const QString &childName)
    {
        auto child = std::make_unique<Node>();
        child->kind = childKind;
        child->name = childName;
        child->app = app;
        child->path = path;
        child->parent = this;
        child->row = int(children.size());
        children.push_back(std::move(child));
        return children.back().get();
    }
    Node *find(const QString &childName) const
    {
        for (const auto &child : children) {
            if (child->name == childName)
                return child.get();
        }
        return nullptr;
    }
    QString key() const
    {
        return parent && parent->parent ? parent->key() + QLatin1Char('/') + name : name;
    }
};

ProjectTreeModel::ProjectTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{}

ProjectTreeModel::~ProjectTreeModel() = default;

void ProjectTreeModel::setProject(core::ProjectModel *project)
{
    if (m_project)
        disconnect(m_project, nullptr, this, nullptr);
    m_project = project;
    if (project) {
        connect(project, &core::ProjectModel::doctypeAdded, this, &ProjectTreeModel::rebuild);
        connect(project, &core::ProjectModel::doctypeRemoved, this, &ProjectTreeModel::rebuild);
        connect(project, &core::ProjectModel::appsChanged, this, &ProjectTreeModel::rebuild);
        connect(project, &core::ProjectModel::doctypeChanged, this,
                &ProjectTreeModel::onDocTypeChanged);
        connect(project, &core::ProjectModel::dirtyChanged, this,
                [this](const QString &name) { onDocTypeChanged(name); });
        connect(project, &QObject::destroyed, this, [this] { setProject(nullptr); });
    }
    rebuild();
}

// Apps in load order; their modules as app.json lists them, then modules only DocTypes
// name; DocTypes by name.
void ProjectTreeModel::rebuild()
{
    beginResetModel();
    m_root = std::make_unique<Node>();
    if (m_project) {
        for (const core::AppInfo &app : m_project->apps()) {
            Node *appNode = m_root->add(Kind::App, app.name);
            appNode->app = app.name;
            appNode->path = app.path;
            for (const QString &module : app.modules)
                appNode->add(Kind::Module, module);
            for (const QString &name : m_project->doctypeNames(app.name)) {
                const core::DocType *doctype = m_project->doctype(name);
                const QString module = doctype ? doctype->module : QString();
                Node *moduleNode = appNode->find(module);
                if (!moduleNode)
                    moduleNode = appNode->add(Kind::Module, module);
                Node *leaf = moduleNode->add(Kind::DocType, name);
                leaf->path = QFileInfo(m_project->filePath(name)).absolutePath();
            }
        }
    }
    endResetModel();
}

void ProjectTreeModel::onDocTypeChanged(const QString &name)
{
    const QModelIndex index = indexOfDocType(name);
    const core::DocType *doctype = m_project ? m_project->doctype(name) : nullptr;
    if (!index.isValid() || !doctype || node(index)->parent->name != doctype->module) {
        rebuild(); // new, gone, or moved to another module
        return;
    }
    emit dataChanged(index, index);
}

QModelIndex ProjectTreeModel::indexOfDocType(const QString &name) const
{
    for (const auto &app : m_root->children) {
        for (const auto &module : app->children) {
            if (const Node *leaf = module->find(name))
                return indexOf(leaf);
        }
    }
    return {};
}

QModelIndex ProjectTreeModel::indexOfKey(const QString &key) const
{
    const Node *at = m_root.get();
    for (const QString &part : key.split(QLatin1Char('/'))) {
        at = at->find(part);
        if (!at)
            return {};
    }
    return indexOf(at);
}

QModelIndex ProjectTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    const Node *owner = parent.isValid() ? node(parent) : m_root.get();
    if (column != 0 || row < 0 || row >= int(owner->children.size()))
        return {};
    return createIndex(row, 0, owner->children.at(size_t(row)).get());
}

QModelIndex ProjectTreeModel::parent(const QModelIndex &child) const
{
    const Node *n = node(child);
    return n && n->parent != m_root.get() ? indexOf(n->parent) : QModelIndex();
}

int ProjectTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    const Node *owner = parent.isValid() ? node(parent) : m_root.get();
    return int(owner->children.size());
}

int ProjectTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant ProjectTreeModel::data(const QModelIndex &index, int role) const
{
    const Node *n = node(index);
    if (!n)
        return {};
    switch (role) {
    case KindRole:
        return int(n->kind);
    case NameRole:
        return n->name;
    case AppRole:
        return n->app;
    case PathRole:
        return n->path;
    case KeyRole:
        return n->key();
    default:
        break;
    }
    if (n->kind == Kind::DocType)
        return docTypeData(*n, role);
    switch (role) {
    case Qt::DisplayRole:
        return n->name.isEmpty() ? tr("(no module)") : n->name;
    case Qt::DecorationRole:
        return themedIcon(n->kind == Kind::App ? QStringLiteral("app") : QStringLiteral("module"));
    case Qt::ToolTipRole:
        return n->kind == Kind::App ? tr("App %1\n%2").arg(n->name, n->path)
                                    : tr("Module %1 of app %2").arg(n->name, n->app);
    default:
        return {};
    }
}

QVariant ProjectTreeModel::docTypeData(const Node &n, int role) const
{
    const core::DocType *doctype = m_project ? m_project->doctype(n.name) : nullptr;
    const bool dirty = m_project && m_project->isDirty(n.name);
    const bool child = doctype && doctype->isChild;
    const bool submittable = doctype && doctype->isSubmittable;
    switch (role) {
    case Qt::DisplayRole:
        return dirty ? n.name + QLatin1Char('*') : n.name;
    case Qt::DecorationRole:
        return themedIcon(child         ? QStringLiteral("doctype-child")
                          : submittable ? QStringLiteral("doctype-submittable")
                                        : QStringLiteral("doctype"));
    case Qt::ToolTipRole: {
        QStringList lines{tr("DocType %1 (module %2)").arg(n.name, n.parent->name)};
        if (child)
            lines << tr("Child DocType: its rows live inside another DocType's Table field.");
        if (submittable)
            lines << tr("Submittable: documents go Draft, Submitted, Cancelled.");
        if (dirty)
            lines << tr("Unsaved changes.");
        if (m_project)
            lines << m_project->filePath(n.name);
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::FontRole:
        if (dirty) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

Qt::ItemFlags ProjectTreeModel::flags(const QModelIndex &index) const
{
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::NoItemFlags;
}

ProjectTreeModel::Node *ProjectTreeModel::node(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : nullptr;
}

QModelIndex ProjectTreeModel::indexOf(const Node *n) const
{
    return n && n != m_root.get() ? createIndex(n->row, 0, const_cast<Node *>(n)) : QModelIndex();
}

} // namespace fm::studio
