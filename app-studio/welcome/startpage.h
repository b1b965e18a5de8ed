// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

QT_BEGIN_NAMESPACE
class QListView;
class QVBoxLayout;
class QPushButton;
class QStandardItemModel;
QT_END_NAMESPACE

namespace fm::studio {

// The centre of the window while no project is open: New / Open, and the recent
// projects (a missing one greyed, with "Remove from List").
class StartPage final : public QWidget
{
    Q_OBJECT
public:
    enum Role { PathRole = Qt::UserRole + 1, MissingRole };

    explicit StartPage(QWidget *parent = nullptr);

    void refresh(); // reads the recent projects again
    QListView *recentList() const { return m_recent; }
    QStandardItemModel *recentModel() const { return m_model; }
    QPushButton *newButton() const { return m_new; }
    QPushButton *openButton() const { return m_open; }
    // Opens the row's project; for a missing one asks whether to remove it from the list.
    void activateRow(int row);
    void removeRow(int row);
    // A button under New and Open for another feature's way in (Clone Workspace…).
    QPushButton *addStartButton(const QString &text, const QString &icon);

signals:
    void openProjectRequested(const QString &path);
    void openDialogRequested();
    void newProjectRequested();

private:
    void showContextMenu(const QPoint &pos);

    QPushButton *m_new;
    QPushButton *m_open;
    QVBoxLayout *m_actions = nullptr;
    QListView *m_recent;
    QStandardItemModel *m_model;
};

} // namespace fm::studio
