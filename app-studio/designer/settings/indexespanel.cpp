// SPDX-License-Identifier: MIT
#include "designer/settings/indexespanel.h"

#include "meta/doctypeedits.h"
#include "project/projectmodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace fm::studio {

IndexesModel::IndexesModel(const EditorContext &context, QObject *parent)
    : QAbstractTableModel(parent)
    , m_context(context)
{
    connect(m_context.model, &core::ProjectModel::doctypeChanged, this,
            [this](const QString &name) {
                if (name == m_context.doctype) {
                    beginResetModel();
                    endResetModel();
                }
            });
}

int IndexesModel::rowCount(const QModelIndex &parent) const
{
    const core::DocType *d = m_context.model->doctype(m_context.doctype);
    return parent.isValid() || !d ? 0 : int(d->indexes.size());
}

int IndexesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IndexesModel::data(const QModelIndex &index, int role) const
{
    const core::DocType *d = m_context.model->doctype(m_context.doctype);
    if (!d || !index.isValid() || index.row() >= d->indexes.size())
        return {};
    const core::IndexDef &def = d->indexes.at(index.row());
    if (role == Qt::CheckStateRole && index.column() == Unique)
        return def.unique ? Qt::Checked : Qt::Unchecked;
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    if (index.column() == Fields)
        return def.fields.join(QStringLiteral(", "));
    if (index.column() == Name)
        return role == Qt::EditRole || !def.name.isEmpty() ? def.name : tr("(derived)");
    return {};
}

QVariant IndexesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Fields:
        return tr("Columns");
    case Unique:
        return tr("Unique");
    case Name:
        return tr("Name");
    }
    return {};
}

Qt::ItemFlags IndexesModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!m_context.model->isEditable(m_context.doctype))
        return flags;
    return flags | (index.column() == Unique ? Qt::ItemIsUserCheckable : Qt::ItemIsEditable);
}

bool IndexesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const core::DocType *d = m_context.model->doctype(m_context.doctype);
    if (!d || !index.isValid() || index.row() >= d->indexes.size())
        return false;
    const int row = index.row();
    core::IndexDef def = d->indexes.at(row);
    if (role == Qt::CheckStateRole && index.column() == Unique) {
        def.unique = value.toInt() == Qt::Checked;
    } else if (role == Qt::EditRole && index.column() == Fields) {
        def.fields.clear();
        for (const QString &name : value.toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
            def.fields << name.trimmed();
    } else if (role == Qt::EditRole && index.column() == Name) {
        def.name = value.toString().trimmed();
    } else {
        return false;
    }
    return apply(tr("Change index on %1").arg(d->indexes.at(row).fields.join(QStringLiteral(", "))),
                 [=](const core::DocType &in) { return core::setIndex(in, row, def); });
}

bool IndexesModel::addIndex(const QStringList &fields)
{
    const core::IndexDef def{QString(), fields, false};
    return apply(tr("Add index on %1").arg(fields.join(QStringLiteral(", "))),
                 [&](const core::DocType &in) { return core::addIndex(in, def); });
}

bool IndexesModel::removeIndex(int row)
{
    return apply(tr("Remove index %1").arg(row + 1),
                 [&](const core::DocType &in) { return core::removeIndex(in, row); });
}

bool IndexesModel::apply(const QString &text, const DocTypeEdit &edit)
{
    const Result<bool> pushed = applyEdit(m_context, text, edit);
    if (!pushed)
        emit editRefused(pushed.error().message());
    return pushed && *pushed;
}

IndexesPanel::IndexesPanel(const EditorContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new IndexesModel(context, this))
    , m_table(new QTableView(this))
    , m_field(new QComboBox(this))
    , m_refusal(new QLabel(this))
{
    setObjectName(QStringLiteral("indexesPanel"));
    m_table->setObjectName(QStringLiteral("indexesTable"));
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(IndexesModel::Fields, QHeaderView::Stretch);
    m_table->setMinimumHeight(110);
    m_table->setToolTip(tr("Double-click the columns to edit them, separated by commas"));
    m_refusal->setObjectName(QStringLiteral("refusal"));
    m_refusal->setWordWrap(true);
    m_refusal->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_refusal->hide();
    auto *add = new QPushButton(tr("Add index"), this);
    auto *remove = new QPushButton(tr("Remove index"), this);
    const bool editable = m_context.model->isEditable(m_context.doctype);
    add->setEnabled(editable);
    remove->setEnabled(editable);

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("On:"), this));
    bar->addWidget(m_field, 1);
    bar->addWidget(add);
    bar->addWidget(remove);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(bar);
    layout->addWidget(m_refusal);

    const auto fillFields = [this] {
        const core::DocType *d = m_context.model->doctype(m_context.doctype);
        const QString current = m_field->currentText();
        m_field->clear();
        if (d)
            m_field->addItems(d->fieldnames());
        m_field->setCurrentText(current);
    };
    fillFields();
    connect(m_model, &QAbstractItemModel::modelReset, this, [this, fillFields] {
        m_refusal->hide();
        fillFields();
    });
    connect(add, &QPushButton::clicked, this,
            [this] { m_model->addIndex({m_field->currentText()}); });
    connect(remove, &QPushButton::clicked, this,
            [this] { m_model->removeIndex(m_table->currentIndex().row()); });
    connect(m_model, &IndexesModel::editRefused, this, [this](const QString &message) {
        m_refusal->setText(message);
        m_refusal->show();
    });
}

QString IndexesPanel::refusal() const
{
    return m_refusal->isHidden() ? QString() : m_refusal->text();
}

} // namespace fm::studio
