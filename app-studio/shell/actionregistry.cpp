// SPDX-License-Identifier: MIT
#include "shell/actionregistry.h"

#include "appearance/icons.h"
#include "shell/actionids.h"

#include <QAction>
#include <QLoggingCategory>
#include <QMenu>
#include <QToolBar>

#include <algorithm>

Q_LOGGING_CATEGORY(lcActions, "fm.studio.actions")

namespace fm::studio {

ActionRegistry::ActionRegistry(QObject *parent)
    : QObject(parent)
{}

ActionRegistry::~ActionRegistry()
{
    // Menus and toolbars not taken over by a window are ours.
    for (const Menu &menu : std::as_const(m_menus)) {
        if (menu.menu && !menu.menu->parent())
            delete menu.menu;
    }
    for (const QPointer<QToolBar> &bar : std::as_const(m_toolBars)) {
        if (bar && !bar->parent())
            delete bar;
    }
}

QAction *ActionRegistry::registerAction(const ActionInfo &info)
{
    if (m_entries.contains(info.id)) {
        qCWarning(lcActions) << "action registered twice:" << info.id;
        return m_entries.value(info.id).action;
    }
    auto *action = new QAction(info.text, this);
    if (info.standardKey != QKeySequence::UnknownKey)
        action->setShortcuts(info.standardKey);
    if (action->shortcuts().isEmpty() && !info.shortcut.isEmpty())
        action->setShortcut(info.shortcut);
    if (!info.icon.isEmpty())
        action->setIcon(themedIcon(info.icon));
    return add(info, action, false);
}

QAction *ActionRegistry::adoptAction(const ActionInfo &info, QAction *action)
{
    if (m_entries.contains(info.id)) {
        qCWarning(lcActions) << "action registered twice:" << info.id;
        return m_entries.value(info.id).action;
    }
    if (!info.text.isEmpty())
        action->setText(info.text);
    if (info.standardKey != QKeySequence::UnknownKey)
        action->setShortcuts(info.standardKey);
    else if (!info.shortcut.isEmpty())
        action->setShortcut(info.shortcut);
    if (!info.icon.isEmpty())
        action->setIcon(themedIcon(info.icon));
    return add(info, action, true);
}

QAction *ActionRegistry::add(const ActionInfo &info, QAction *action, bool adopted)
{
    action->setObjectName(info.id);
    // The shortcut shows in tooltips too, as Qt Creator does.
    if (!action->shortcut().isEmpty())
        action->setToolTip(QStringLiteral("%1 <span style=\"color: gray;\">%2</span>")
                               .arg(QString(info.text).remove(QLatin1Char('&')),
                                    action->shortcut().toString(QKeySequence::NativeText)));
    Entry &entry = m_entries[info.id];
    entry.info = info;
    entry.action = action;
    entry.adopted = adopted;
    m_order << info.id;
    updateEnabled(entry);
    emit actionRegistered(info.id);
    return action;
}

QAction *ActionRegistry::action(const QString &id) const
{
    const auto it = m_entries.constFind(id);
    return it == m_entries.cend() ? nullptr : it->action;
}

QStringList ActionRegistry::actionIds() const
{
    return m_order;
}

ActionInfo ActionRegistry::info(const QString &id) const
{
    return m_entries.value(id).info;
}

void ActionRegistry::setEnabled(const QString &id, bool enabled)
{
    const auto it = m_entries.find(id);
    if (it == m_entries.end())
        return;
    it->wanted = enabled;
    updateEnabled(*it);
}

void ActionRegistry::setContextActive(const QString &context, bool active)
{
    if (active == m_activeContexts.contains(context))
        return;
    if (active)
        m_activeContexts << context;
    else
        m_activeContexts.removeAll(context);
    for (Entry &entry : m_entries)
        updateEnabled(entry);
}

bool ActionRegistry::isContextActive(const QString &context) const
{
    return context.isEmpty() || context == QLatin1String(ids::kGlobalContext) ||
           m_activeContexts.contains(context);
}

void ActionRegistry::updateEnabled(Entry &entry)
{
    if (!entry.adopted)
        entry.action->setEnabled(entry.wanted && isContextActive(entry.info.context));
}

QMenu *ActionRegistry::createMenu(const MenuInfo &info)
{
    if (m_menus.contains(info.id))
        return m_menus.value(info.id).menu;
    Menu &menu = m_menus[info.id];
    menu.info = info;
    menu.menu = new QMenu(info.title);
    menu.menu->setObjectName(info.id);
    if (info.menuBarPosition >= 0)
        emit menuBarChanged();
    return menu.menu;
}

QMenu *ActionRegistry::menu(const QString &id) const
{
    return m_menus.value(id).menu;
}

QStringList ActionRegistry::menuBarMenuIds() const
{
    QList<const Menu *> bar;
    for (const Menu &menu : m_menus) {
        if (menu.info.menuBarPosition >= 0)
            bar << &menu;
    }
    std::sort(bar.begin(), bar.end(), [](const Menu *a, const Menu *b) {
        return a->info.menuBarPosition < b->info.menuBarPosition;
    });
    QStringList ids;
    for (const Menu *menu : bar)
        ids << menu->info.id;
    return ids;
}

void ActionRegistry::addToMenu(const QString &menuId, const QString &actionId, const QString &group)
{
    const auto it = m_menus.find(menuId);
    QAction *item = action(actionId);
    if (it == m_menus.end() || !item) {
        qCWarning(lcActions) << "cannot add" << actionId << "to menu" << menuId;
        return;
    }
    it->items.append({group, item});
    rebuild(*it);
}

void ActionRegistry::addMenuToMenu(const QString &menuId, const QString &subMenuId,
                                   const QString &group)
{
    const auto it = m_menus.find(menuId);
    QMenu *sub = menu(subMenuId);
    if (it == m_menus.end() || !sub) {
        qCWarning(lcActions) << "cannot add menu" << subMenuId << "to menu" << menuId;
        return;
    }
    it->items.append({group, sub->menuAction()});
    rebuild(*it);
}

// Lays the menu out again: groups in their declared order, then the others.
void ActionRegistry::rebuild(Menu &menu)
{
    if (!menu.menu)
        return;
    QStringList groups = menu.info.groups;
    for (const auto &item : std::as_const(menu.items)) {
        if (!groups.contains(item.first))
            groups << item.first;
    }
    menu.menu->clear(); // deletes only the separators: the actions are not the menu's
    bool first = true;
    for (const QString &group : std::as_const(groups)) {
        QList<QAction *> actions;
        for (const auto &item : std::as_const(menu.items)) {
            if (item.first == group && item.second)
                actions << item.second;
        }
        if (actions.isEmpty())
            continue;
        if (!first)
            menu.menu->addSeparator();
        menu.menu->addActions(actions);
        first = false;
    }
}

QToolBar *ActionRegistry::createToolBar(const QString &id, const QString &title)
{
    if (QToolBar *existing = toolBar(id))
        return existing;
    auto *bar = new QToolBar(title);
    bar->setObjectName(id);
    m_toolBars.insert(id, bar);
    m_toolBarOrder << id;
    emit toolBarCreated(id);
    return bar;
}

QToolBar *ActionRegistry::toolBar(const QString &id) const
{
    return m_toolBars.value(id);
}

QStringList ActionRegistry::toolBarIds() const
{
    return m_toolBarOrder;
}

void ActionRegistry::addToToolBar(const QString &toolBarId, const QString &actionId)
{
    QToolBar *bar = toolBar(toolBarId);
    QAction *item = action(actionId);
    if (!bar || !item) {
        qCWarning(lcActions) << "cannot add" << actionId << "to toolbar" << toolBarId;
        return;
    }
    bar->addAction(item);
}

} // namespace fm::studio
