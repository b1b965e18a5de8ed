// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QKeySequence>
#include <QObject>
#include <QPointer>
#include <QStringList>

QT_BEGIN_NAMESPACE
class QAction;
class QMenu;
class QToolBar;
QT_END_NAMESPACE

namespace fm::studio {

// What an action is: registered once, then menus, toolbars and the command palette
// show the same QAction.
struct ActionInfo
{
    QString id = {};       // stable, unique: "File.OpenProject"
    QString text = {};     // translated; may hold a & mnemonic
    QString category = {}; // translated; the command palette shows "Category: Text"
    QString context = {};  // ids::k*Context; empty means global
    QKeySequence::StandardKey standardKey = QKeySequence::UnknownKey; // preferred
    QKeySequence shortcut = {}; // when the platform has no standard key for it
    QString icon = {};          // an icon name under resources/icons (icons.h)
};

// A menu the registry builds: in the menu bar when `menuBarPosition` >= 0, else a
// submenu to place with addMenuToMenu(). Groups keep related actions together and
// get separators between them; unknown groups go last, in the order they appear.
struct MenuInfo
{
    QString id = {};
    QString title = {}; // translated
    int menuBarPosition = -1;
    QStringList groups = {};
};

// Every command of the Studio, registered once with an id (Qt Creator's ActionManager).
// Actions of a context are enabled only while that context is active; features that
// want to switch an action off themselves use setEnabled(), never QAction::setEnabled.
// An adopted action (QUndoGroup's undo/redo, a dock's toggle) keeps managing itself.
class ActionRegistry final : public QObject
{
    Q_OBJECT
public:
    explicit ActionRegistry(QObject *parent = nullptr);
    ~ActionRegistry() override;

    // Creates the action, owned by the registry. An id registered twice is a programming
    // error: the first action is returned and a warning logged.
    QAction *registerAction(const ActionInfo &info);
    // Registers an action made elsewhere; its owner keeps it (and its enabled state).
    QAction *adoptAction(const ActionInfo &info, QAction *action);

    QAction *action(const QString &id) const; // nullptr when unknown
    QStringList actionIds() const;            // in registration order
    ActionInfo info(const QString &id) const;

    void setEnabled(const QString &id, bool enabled);
    void setContextActive(const QString &context, bool active);
    bool isContextActive(const QString &context) const;

    QMenu *createMenu(const MenuInfo &info);
    QMenu *menu(const QString &id) const;
    QStringList menuBarMenuIds() const; // by position
    void addToMenu(const QString &menuId, const QString &actionId, const QString &group = {});
    void addMenuToMenu(const QString &menuId, const QString &subMenuId, const QString &group = {});

    QToolBar *createToolBar(const QString &id, const QString &title);
    QToolBar *toolBar(const QString &id) const;
    QStringList toolBarIds() const;
    void addToToolBar(const QString &toolBarId, const QString &actionId);

signals:
    void actionRegistered(const QString &id);
    void menuBarChanged();
    void toolBarCreated(const QString &id);

private:
    struct Entry
    {
        ActionInfo info;
        QAction *action = nullptr;
        bool adopted = false;
        bool wanted = true; // setEnabled(); the context decides the rest
    };
    struct Menu
    {
        MenuInfo info;
        QPointer<QMenu> menu;
        QList<QPair<QString, QPointer<QAction>>> items; // group, action
    };
    QAction *add(const ActionInfo &info, QAction *action, bool adopted);
    void updateEnabled(Entry &entry);
    void rebuild(Menu &menu);

    QHash<QString, Entry> m_entries;
    QStringList m_order;
    QHash<QString, Menu> m_menus;
    QHash<QString, QPointer<QToolBar>> m_toolBars;
    QStringList m_toolBarOrder;
    QStringList m_activeContexts;
};

} // namespace fm::studio
