// SPDX-License-Identifier: MIT
#include "palette/commandpalette.h"

#include "palette/commandpalettemodel.h"
#include "shell/actionids.h"
#include "shell/actionregistry.h"

#include <QAction>
#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace fm::studio {

namespace {

// Draws the shortcut right-aligned in the muted text colour beside the command.
class CommandDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyledItemDelegate::paint(painter, option, index);
        const QString shortcut = index.data(CommandPaletteModel::ShortcutRole).toString();
        if (shortcut.isEmpty())
            return;
        painter->save();
        const bool selected = option.state & QStyle::State_Selected;
        painter->setPen(
            option.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText));
        painter->drawText(option.rect.adjusted(0, 0, -8, 0), Qt::AlignRight | Qt::AlignVCenter,
                          shortcut);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QSize size = QStyledItemDelegate::sizeHint(option, index);
        return {size.width(), qMax(size.height(), option.fontMetrics.height() + 8)};
    }
};

} // namespace

CommandPalette::CommandPalette(ActionRegistry *registry, QWidget *window)
    : QFrame(window)
    , m_registry(registry)
    , m_model(new CommandPaletteModel(registry, this))
    , m_edit(new QLineEdit(this))
    , m_list(new QListView(this))
{
    setObjectName(QStringLiteral("CommandPalette"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_model->setExcludedIds({QLatin1String(ids::kCommandPalette)});
    m_edit->setPlaceholderText(tr("Type a command"));
    m_edit->setClearButtonEnabled(true);
    m_edit->installEventFilter(this);
    m_list->setModel(m_model);
    m_list->setItemDelegate(new CommandDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setFocusPolicy(Qt::NoFocus);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    layout->addWidget(m_edit);
    layout->addWidget(m_list);
    hide();

    connect(m_edit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_model->setFilter(text);
        selectFirst();
        placeOverWindow(); // as tall as its rows
    });
    connect(m_list, &QListView::clicked, this, [this](const QModelIndex &index) {
        m_list->setCurrentIndex(index);
        triggerCurrent();
    });
    // Clicking elsewhere closes it, as a popup would.
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        if (isVisible() && now && !isAncestorOf(now))
            hide();
    });
}

void CommandPalette::popup()
{
    m_edit->clear();
    m_model->setFilter(QString());
    selectFirst();
    placeOverWindow();
    show();
    raise();
    m_edit->setFocus(Qt::PopupFocusReason);
}

bool CommandPalette::triggerCurrent()
{
    QModelIndex index = m_list->currentIndex();
    if (!index.isValid())
        index = m_model->index(0, 0);
    QAction *action = m_registry->action(m_model->actionId(index.row()));
    hide();
    if (!action || !action->isEnabled())
        return false;
    action->trigger();
    return true;
}

bool CommandPalette::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_edit || event->type() != QEvent::KeyPress)
        return QFrame::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    switch (key->key()) {
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_PageUp:
    case Qt::Key_PageDown:
        QApplication::sendEvent(m_list, event);
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        triggerCurrent();
        return true;
    case Qt::Key_Escape:
        hide();
        return true;
    default:
        return QFrame::eventFilter(watched, event);
    }
}

void CommandPalette::placeOverWindow()
{
    const QWidget *window = parentWidget();
    const int width = qMin(640, window->width() - 40);
    const int rows = qMin(12, qMax(1, m_model->rowCount()));
    const int rowHeight = qMax(m_list->sizeHintForRow(0), fontMetrics().height() + 8);
    const int height = m_edit->sizeHint().height() + rows * rowHeight + 24;
    setGeometry((window->width() - width) / 2, 36, width, qMin(window->height() - 60, height));
}

void CommandPalette::selectFirst()
{
    m_list->setCurrentIndex(m_model->index(0, 0));
}

} // namespace fm::studio
