// SPDX-License-Identifier: MIT
#include "designer/permissions/permissionspanel.h"

#include "designer/permissions/permissionsmodel.h"
#include "project/projectmodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace fm::studio {

namespace {

// Role cells edit with the known roles offered (a new name can be typed); level cells
// with a 0..9 spin box.
class RuleDelegate final : public QStyledItemDelegate
{
public:
    RuleDelegate(const PermissionsModel *model, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_model(model)
    {}

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override
    {
        if (index.column() == PermissionsModel::Level) {
            auto *spin = new QSpinBox(parent);
            spin->setRange(0, 9);
            return spin;
        }
        if (index.column() != PermissionsModel::Role)
            return QStyledItemDelegate::createEditor(parent, option, index);
        auto *combo = new QComboBox(parent);
        combo->setEditable(true);
        combo->addItems(m_model->knownRoles());
        return combo;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        if (auto *combo = qobject_cast<QComboBox *>(editor))
            combo->setCurrentText(index.data(Qt::EditRole).toString());
        else
            QStyledItemDelegate::setEditorData(editor, index);
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override
    {
        if (auto *combo = qobject_cast<QComboBox *>(editor))
            model->setData(index, combo->currentText(), Qt::EditRole);
        else
            QStyledItemDelegate::setModelData(editor, model, index);
    }

private:
    const PermissionsModel *m_model;
};

} // namespace

PermissionsPanel::PermissionsPanel(const EditorContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_model(new PermissionsModel(context, this))
    , m_grid(new QTableView(this))
    , m_role(new QComboBox(this))
    , m_refusal(new QLabel(this))
{
    setObjectName(QStringLiteral("permissionsPanel"));
    m_grid->setObjectName(QStringLiteral("permissionsGrid"));
    m_grid->setModel(m_model);
    m_grid->setItemDelegate(new RuleDelegate(m_model, m_grid));
    m_grid->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_grid->setSelectionMode(QAbstractItemView::SingleSelection);
    m_grid->verticalHeader()->hide();
    m_grid->setAccessibleName(tr("Permission rules of %1").arg(context.doctype));
    m_grid->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_grid->horizontalHeader()->setSectionResizeMode(PermissionsModel::Role, QHeaderView::Stretch);
    m_role->setObjectName(QStringLiteral("rolePicker"));
    m_role->setEditable(true);
    m_role->setInsertPolicy(QComboBox::NoInsert);
    m_role->lineEdit()->setPlaceholderText(tr("Role, or a new role's name"));
    m_role->setMinimumWidth(220);
    m_refusal->setObjectName(QStringLiteral("refusal"));
    m_refusal->setWordWrap(true);
    m_refusal->setStyleSheet(QStringLiteral("color: #c0392b;"));
    m_refusal->hide();

    auto *add = new QPushButton(tr("Add rule"), this);
    auto *remove = new QPushButton(tr("Remove rule"), this);
    const bool editable = m_context.model->isEditable(m_context.doctype);
    add->setEnabled(editable);
    remove->setEnabled(false);
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Role:"), this));
    bar->addWidget(m_role);
    bar->addWidget(add);
    bar->addStretch();
    bar->addWidget(remove);
    auto *help = new QLabel(tr("Each rule grants the checked actions to a role, for the fields "
                               "of its level. \"If owner\" limits it to the documents the user "
                               "created."),
                            this);
    help->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(help);
    layout->addLayout(bar);
    layout->addWidget(m_grid, 1);
    layout->addWidget(m_refusal);

    connect(add, &QPushButton::clicked, this, [this] {
        if (m_model->addRule(m_role->currentText()))
            m_grid->setCurrentIndex(m_model->index(m_model->rowCount() - 1, 0));
    });
    connect(m_role->lineEdit(), &QLineEdit::returnPressed, add, &QPushButton::click);
    connect(remove, &QPushButton::clicked, this,
            [this] { m_model->removeRule(m_grid->currentIndex().row()); });
    connect(m_grid->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [remove, editable](const QModelIndex &current) {
                remove->setEnabled(editable && current.isValid());
            });
    connect(m_model, &PermissionsModel::editRefused, this, [this](const QString &message) {
        m_refusal->setText(message);
        m_refusal->show();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this, remove] {
        m_refusal->hide();
        remove->setEnabled(false);
        refreshRoles();
    });
    refreshRoles();
}

QString PermissionsPanel::refusal() const
{
    return m_refusal->isHidden() ? QString() : m_refusal->text();
}

void PermissionsPanel::refreshRoles()
{
    const QString typed = m_role->currentText();
    m_role->clear();
    m_role->addItems(m_model->knownRoles());
    m_role->setCurrentText(typed);
}

} // namespace fm::studio
