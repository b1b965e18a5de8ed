// SPDX-License-Identifier: MIT
#include "shell/editorarea.h"

#include "shell/editorpage.h"

#include <QApplication>
#include <QLabel>
#include <QTabBar>
#include <QTabWidget>
#include <QUndoGroup>
#include <QUndoStack>

namespace fm::studio {

namespace {

const char kIdProperty[] = "fmEditorId";
const char kTitleProperty[] = "fmEditorTitle";

QMessageBox::StandardButton askWithMessageBox(EditorPage *page)
{
    return QMessageBox::question(
        page->window(), QCoreApplication::translate("fm::studio::EditorArea", "Unsaved changes"),
        page->closeQuestion(), QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
        QMessageBox::Save);
}

} // namespace

EditorArea::EditorArea(QUndoGroup *undoGroup, QWidget *parent)
    : QStackedWidget(parent)
    , m_undoGroup(undoGroup)
    , m_tabs(new QTabWidget(this))
    , m_placeholder(new QLabel(this))
    , m_closeQuestion(askWithMessageBox)
{
    m_placeholder->setText(
        tr("Double-click a DocType in the Project dock to open it.\n"
           "Press %1 to find any command.")
            .arg(
                QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P).toString(QKeySequence::NativeText)));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setEnabled(false); // drawn in the muted text colour
    // Another stack may be active meanwhile (the Project dock's): working in a tab again
    // makes its DocType's stack the one Ctrl+Z undoes.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        if (now && isAncestorOf(now))
            activateCurrentStack();
    });
    m_tabs->setObjectName(QStringLiteral("EditorTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    addWidget(m_placeholder);
    addWidget(m_tabs);
    connect(m_tabs, &QTabWidget::currentChanged, this, &EditorArea::onCurrentChanged);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this,
            [this](int index) { closeEditor(idOf(m_tabs->widget(index))); });
}

QWidget *EditorArea::openEditor(const QString &id, QWidget *widget, const QString &title)
{
    if (QWidget *existing = editor(id)) {
        if (widget != existing)
            delete widget;
        m_tabs->setCurrentWidget(existing);
        return existing;
    }
    widget->setProperty(kIdProperty, id);
    widget->setProperty(kTitleProperty, title);
    widget->setWindowTitle(title);
    if (auto *page = qobject_cast<EditorPage *>(widget)) {
        m_undoGroup->addStack(page->undoStack());
        connect(page, &EditorPage::dirtyChanged, this, [this, page] { updateTab(page); });
        connect(page, &EditorPage::titleChanged, this,
                [this, page](const QString &text) { setEditorTitle(idOf(page), text); });
    }
    const int index = m_tabs->addTab(widget, title);
    updateTab(widget);
    setCurrentWidget(m_tabs);
    m_tabs->setCurrentIndex(index);
    emit editorOpened(id);
    return widget;
}

QWidget *EditorArea::editor(const QString &id) const
{
    const int index = indexOf(id);
    return index < 0 ? nullptr : m_tabs->widget(index);
}

QStringList EditorArea::editorIds() const
{
    QStringList ids;
    for (int i = 0; i < m_tabs->count(); ++i)
        ids << idOf(m_tabs->widget(i));
    return ids;
}

QString EditorArea::currentEditorId() const
{
    return idOf(m_tabs->currentWidget());
}

bool EditorArea::activateEditor(const QString &id)
{
    QWidget *widget = editor(id);
    if (!widget)
        return false;
    m_tabs->setCurrentWidget(widget);
    return true;
}

void EditorArea::setEditorTitle(const QString &id, const QString &title)
{
    if (QWidget *widget = editor(id)) {
        widget->setProperty(kTitleProperty, title);
        widget->setWindowTitle(title);
        updateTab(widget);
    }
}

QString EditorArea::tabText(const QString &id) const
{
    const int index = indexOf(id);
    return index < 0 ? QString() : m_tabs->tabText(index);
}

bool EditorArea::closeEditor(const QString &id)
{
    QWidget *widget = editor(id);
    if (!widget)
        return true;
    if (auto *page = qobject_cast<EditorPage *>(widget); page && page->isDirty()) {
        m_tabs->setCurrentWidget(page); // the question is about what the user sees
        switch (m_closeQuestion(page)) {
        case QMessageBox::Save:
            if (!page->save())
                return false;
            break;
        case QMessageBox::Discard:
            page->discardChanges();
            break;
        default:
            return false;
        }
    }
    m_tabs->removeTab(m_tabs->indexOf(widget));
    delete widget; // its undo stack leaves the group with it
    if (m_tabs->count() == 0)
        setCurrentWidget(m_placeholder);
    emit editorClosed(id);
    return true;
}

bool EditorArea::closeAll()
{
    for (const QString &id : editorIds()) {
        if (!closeEditor(id))
            return false;
    }
    return true;
}

bool EditorArea::saveCurrent()
{
    auto *page = qobject_cast<EditorPage *>(m_tabs->currentWidget());
    return !page || !page->isDirty() || page->save();
}

bool EditorArea::saveAll()
{
    bool ok = true;
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto *page = qobject_cast<EditorPage *>(m_tabs->widget(i)); page && page->isDirty())
            ok = page->save() && ok;
    }
    return ok;
}

bool EditorArea::hasDirtyEditors() const
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto *page = qobject_cast<EditorPage *>(m_tabs->widget(i)); page && page->isDirty())
            return true;
    }
    return false;
}

void EditorArea::setCloseQuestion(CloseQuestion question)
{
    m_closeQuestion = question ? std::move(question) : CloseQuestion(askWithMessageBox);
}

void EditorArea::onCurrentChanged(int index)
{
    activateCurrentStack();
    emit currentEditorChanged(idOf(index < 0 ? nullptr : m_tabs->widget(index)));
}

void EditorArea::activateCurrentStack()
{
    auto *page = qobject_cast<EditorPage *>(m_tabs->currentWidget());
    m_undoGroup->setActiveStack(page ? page->undoStack() : nullptr);
}

void EditorArea::updateTab(QWidget *widget)
{
    const int index = m_tabs->indexOf(widget);
    if (index < 0)
        return;
    const auto *page = qobject_cast<EditorPage *>(widget);
    const QString title = widget->property(kTitleProperty).toString();
    m_tabs->setTabText(index, page && page->isDirty() ? title + QLatin1Char('*') : title);
    m_tabs->setTabToolTip(index, title);
}

int EditorArea::indexOf(const QString &id) const
{
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (idOf(m_tabs->widget(i)) == id)
            return i;
    }
    return -1;
}

QString EditorArea::idOf(QWidget *widget) const
{
    return widget ? widget->property(kIdProperty).toString() : QString();
}

} // namespace fm::studio
