// SPDX-License-Identifier: MIT
#include "welcome/startpage.h"

#include "appearance/icons.h"
#include "shell/displaypath.h"
#include "welcome/recentprojects.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QStandardItemModel>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace fm::studio {

namespace {

// Two lines per project: its name, and its folder in the muted colour.
class RecentDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString name = opt.text;
        opt.text.clear();
        opt.icon = QIcon();
        opt.widget->style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

        const bool missing = index.data(StartPage::MissingRole).toBool();
        const bool selected = opt.state & QStyle::State_Selected;
        const QPalette::ColorGroup group = missing ? QPalette::Disabled : QPalette::Active;
        const QRect r = opt.rect.adjusted(12, 6, -12, -6);
        painter->save();
        QFont bold = opt.font;
        bold.setBold(true);
        painter->setFont(bold);
        painter->setPen(opt.palette.color(group, selected && !missing ? QPalette::HighlightedText
                                                                      : QPalette::Text));
        const int line = QFontMetrics(bold).height();
        painter->drawText(QRect(r.left(), r.top(), r.width(), line), Qt::AlignLeft,
                          missing ? StartPage::tr("%1 (not found)").arg(name) : name);
        painter->setFont(opt.font);
        painter->setPen(opt.palette.color(group, selected && !missing ? QPalette::HighlightedText
                                                                      : QPalette::PlaceholderText));
        const QString path = displayPath(index.data(StartPage::PathRole).toString());
        painter->drawText(QRect(r.left(), r.top() + line + 2, r.width(), line), Qt::AlignLeft,
                          opt.fontMetrics.elidedText(path, Qt::ElideMiddle, r.width()));
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        return {300, option.fontMetrics.height() * 2 + 16};
    }
};

QPushButton *bigButton(const QString &text, const QString &icon)
{
    auto *button = new QPushButton(themedIcon(icon), text);
    button->setIconSize(QSize(20, 20));
    button->setMinimumHeight(36);
    button->setMinimumWidth(200);
    button->setStyleSheet(QStringLiteral("text-align: left; padding-left: 10px;"));
    return button;
}

} // namespace

StartPage::StartPage(QWidget *parent)
    : QWidget(parent)
    , m_new(bigButton(tr("New Project\u2026"), QStringLiteral("new-project")))
    , m_open(bigButton(tr("Open Project\u2026"), QStringLiteral("open-project")))
    , m_recent(new QListView)
    , m_model(new QStandardItemModel(this))
{
    setObjectName(QStringLiteral("StartPage"));
    auto *logo = new QLabel;
    logo->setPixmap(themedIcon(QStringLiteral("m-studio")).pixmap(48, 48));
    auto *title = new QLabel(tr("Framework M Studio"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    title->setFont(titleFont);
    auto *subtitle = new QLabel(tr("Design DocTypes, see every problem as you type, "
                                   "and save files that stay clean in Git."));
    subtitle->setEnabled(false);
    subtitle->setWordWrap(true);

    auto *heading = new QHBoxLayout;
    heading->addWidget(logo);
    auto *titles = new QVBoxLayout;
    titles->addWidget(title);
    titles->addWidget(subtitle);
    heading->addLayout(titles, 1);

    auto *actions = new QVBoxLayout;
    auto *start = new QLabel(tr("Start"));
    start->setStyleSheet(QStringLiteral("font-weight: bold;"));
    actions->addWidget(start);
    actions->addWidget(m_new);
    actions->addWidget(m_open);
    actions->addStretch();
    m_actions = actions;

    auto *recentTitle = new QLabel(tr("Recent projects"));
    recentTitle->setStyleSheet(QStringLiteral("font-weight: bold;"));
    m_recent->setObjectName(QStringLiteral("RecentProjects"));
    m_recent->setModel(m_model);
    m_recent->setItemDelegate(new RecentDelegate(m_recent));
    m_recent->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_recent->setContextMenuPolicy(Qt::CustomContextMenu);
    m_recent->setFrameShape(QFrame::NoFrame);
    m_recent->viewport()->setAutoFillBackground(false); // on the page, not in a white box
    auto *removeSelected = new QAction(tr("Remove from List"), m_recent);
    removeSelected->setShortcut(QKeySequence::Delete);
    removeSelected->setShortcutContext(Qt::WidgetShortcut);
    m_recent->addAction(removeSelected);
    connect(removeSelected, &QAction::triggered, this,
            [this] { removeRow(m_recent->currentIndex().row()); });
    auto *recent = new QVBoxLayout;
    recent->addWidget(recentTitle);
    recent->addWidget(m_recent, 1);

    auto *columns = new QHBoxLayout;
    columns->setSpacing(36);
    columns->addLayout(actions);
    columns->addLayout(recent, 1);

    auto *content = new QWidget;
    content->setMaximumWidth(900);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setSpacing(28);
    contentLayout->addLayout(heading);
    contentLayout->addLayout(columns, 1);
    auto *outer = new QHBoxLayout(this);
    outer->setContentsMargins(40, 40, 40, 40);
    outer->addStretch();
    outer->addWidget(content, 4);
    outer->addStretch();

    connect(m_new, &QPushButton::clicked, this, &StartPage::newProjectRequested);
    connect(m_open, &QPushButton::clicked, this, &StartPage::openDialogRequested);
    connect(m_recent, &QListView::activated, this,
            [this](const QModelIndex &index) { activateRow(index.row()); });
    connect(m_recent, &QListView::customContextMenuRequested, this, &StartPage::showContextMenu);
    refresh();
}

QPushButton *StartPage::addStartButton(const QString &text, const QString &icon)
{
    QPushButton *button = bigButton(text, icon);
    button->setParent(this);
    m_actions->insertWidget(m_actions->count() - 1, button); // above the stretch
    return button;
}

void StartPage::refresh()
{
    m_model->clear();
    for (const QString &path : RecentProjects::list()) {
        auto *item = new QStandardItem(QFileInfo(path).fileName());
        const bool missing = !RecentProjects::exists(path);
        item->setData(path, PathRole);
        item->setData(missing, MissingRole);
        item->setToolTip(missing ? tr("%1 no longer holds a project").arg(path) : path);
        m_model->appendRow(item);
    }
}

void StartPage::activateRow(int row)
{
    const QModelIndex index = m_model->index(row, 0);
    if (!index.isValid())
        return;
    const QString path = index.data(PathRole).toString();
    if (!index.data(MissingRole).toBool()) {
        emit openProjectRequested(path);
        return;
    }
    const auto answer =
        QMessageBox::question(this, tr("Project not found"),
                              tr("There is no project in %1 any more. Remove it from the list?")
                                  .arg(QDir::toNativeSeparators(path)),
                              QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer == QMessageBox::Yes)
        removeRow(row);
}

void StartPage::removeRow(int row)
{
    const QModelIndex index = m_model->index(row, 0);
    if (!index.isValid())
        return;
    RecentProjects::remove(index.data(PathRole).toString());
    refresh();
}

void StartPage::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_recent->indexAt(pos);
    if (!index.isValid())
        return;
    QMenu menu(this);
    QAction *open = menu.addAction(themedIcon(QStringLiteral("open-project")), tr("Open"));
    open->setEnabled(!index.data(MissingRole).toBool());
    QAction *remove = menu.addAction(themedIcon(QStringLiteral("delete")), tr("Remove from List"));
    QAction *chosen = menu.exec(m_recent->viewport()->mapToGlobal(pos));
    if (chosen == open)
        activateRow(index.row());
    else if (chosen == remove)
        removeRow(index.row());
}

} // namespace fm::studio
