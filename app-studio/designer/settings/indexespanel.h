// SPDX-License-Identifier: MIT
#pragma once

#include "designer/applyedit.h"
#include "model/editorcontext.h"

#include <QAbstractTableModel>
#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;

namespace fm::studio {

// A DocType's indexes: columns ("status, modified", editable as text), unique, name.
class IndexesModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Fields, Unique, Name, ColumnCount };

    explicit IndexesModel(const EditorContext &context, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    bool addIndex(const QStringList &fields);
    bool removeIndex(int row);

signals:
    void editRefused(const QString &message);

private:
    bool apply(const QString &text, const DocTypeEdit &edit);

    EditorContext m_context;
};

// The indexes editor: the table, a field to start a new index with, add and remove.
class IndexesPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit IndexesPanel(const EditorContext &context, QWidget *parent = nullptr);

    IndexesModel *indexesModel() const { return m_model; }
    QString refusal() const;

private:
    EditorContext m_context;
    IndexesModel *m_model;
    QTableView *m_table;
    QComboBox *m_field;
    QLabel *m_refusal;
};

} // namespace fm::studio
