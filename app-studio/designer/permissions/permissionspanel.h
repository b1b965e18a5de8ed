// SPDX-License-Identifier: MIT
#pragma once

#include "model/editorcontext.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;

namespace fm::studio {

class PermissionsModel;

// The Permissions tab: the rules grid (roles x actions, if owner, level), a role picker
// that also takes a new role's name, and buttons to add and remove rules.
class PermissionsPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit PermissionsPanel(const EditorContext &context, QWidget *parent = nullptr);

    PermissionsModel *permissionsModel() const { return m_model; }
    QTableView *grid() const { return m_grid; }
    QComboBox *rolePicker() const { return m_role; }
    QString refusal() const;

private:
    void refreshRoles();

    EditorContext m_context;
    PermissionsModel *m_model;
    QTableView *m_grid;
    QComboBox *m_role;
    QLabel *m_refusal;
};

} // namespace fm::studio
