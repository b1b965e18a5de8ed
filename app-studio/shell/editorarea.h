// SPDX-License-Identifier: MIT
#pragma once

#include <QMessageBox>
#include <QStackedWidget>

#include <functional>

QT_BEGIN_NAMESPACE
class QLabel;
class QTabWidget;
class QUndoGroup;
QT_END_NAMESPACE

namespace fm::studio {

class EditorPage;

// The centre of the window: one tab per open editor, keyed by an id the opener picks
// ("doctype:Ticket", "erd"). Tabs of EditorPages join the window's undo group, the
// current tab's stack is the active one, and their titles carry "*" while dirty.
class EditorArea final : public QStackedWidget
{
    Q_OBJECT
public:
    // Asked before a dirty page closes: Save, Discard or Cancel.
    using CloseQuestion = std::function<QMessageBox::StandardButton(EditorPage *page)>;

    explicit EditorArea(QUndoGroup *undoGroup, QWidget *parent = nullptr);

    // Shows `widget` in a new tab and makes it current; the area owns it. When `id` is
    // already open, that tab becomes current and `widget` is deleted. Returns the editor.
    QWidget *openEditor(const QString &id, QWidget *widget, const QString &title);
    QWidget *editor(const QString &id) const; // nullptr when not open
    QStringList editorIds() const;            // in tab order
    QString currentEditorId() const;
    bool activateEditor(const QString &id);
    void setEditorTitle(const QString &id, const QString &title);
    QString tabText(const QString &id) const; // the title with the dirty marker

    // Closes the tab, asking first when it is dirty; false when the user kept it open
    // (Cancel, or Save failed).
    bool closeEditor(const QString &id);
    // Closes every tab (each dirty one asks); false when one stays open.
    bool closeAll();
    bool saveCurrent();
    bool saveAll(); // false when a page failed to save
    bool hasDirtyEditors() const;

    void setCloseQuestion(CloseQuestion question);
    QTabWidget *tabWidget() const { return m_tabs; }

signals:
    void currentEditorChanged(const QString &id); // empty when no tab is open
    void editorOpened(const QString &id);
    void editorClosed(const QString &id);

private:
    void onCurrentChanged(int index);
    void activateCurrentStack();
    void updateTab(QWidget *widget);
    int indexOf(const QString &id) const;
    QString idOf(QWidget *widget) const;

    QUndoGroup *m_undoGroup;
    QTabWidget *m_tabs;
    QLabel *m_placeholder;
    CloseQuestion m_closeQuestion;
};

} // namespace fm::studio
