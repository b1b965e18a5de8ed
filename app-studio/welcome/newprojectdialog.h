// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

QT_BEGIN_NAMESPACE
class QDialogButtonBox;
class QLabel;
class QLineEdit;
QT_END_NAMESPACE

namespace fm::studio {

// Asks for a new project's name and the folder to create it in; OK stays disabled, with
// the reason shown, until both make sense. Creates nothing itself.
class NewProjectDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit NewProjectDialog(QWidget *parent = nullptr);

    void setName(const QString &name);
    void setLocation(const QString &folder);
    QString name() const;
    QString projectDir() const; // <location>/<name>
    // Why the current input cannot be used; empty when it can.
    QString problem() const;

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *locationEdit() const { return m_location; }

private:
    void validate();

    QLineEdit *m_name;
    QLineEdit *m_location;
    QLabel *m_target;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace fm::studio
