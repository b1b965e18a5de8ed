// SPDX-License-Identifier: MIT
#include "server/serverlogview.h"

#include "server/serverlogmodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace fm::studio {

using Level = ServerLogEntry::Level;

void ServerLogFilter::setMinimumLevel(Level level)
{
    if (level == m_level)
        return;
    m_level = level;
    invalidateFilter();
}

void ServerLogFilter::setSearchText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    invalidateFilter();
}

bool ServerLogFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (index.data(ServerLogModel::LevelRole).toInt() < int(m_level))
        return false;
    if (m_text.isEmpty())
        return true;
    return index.data(ServerLogModel::SearchTextRole)
        .toString()
        .contains(m_text, Qt::CaseInsensitive);
}

ServerLogView::ServerLogView(ServerLogModel *log, QWidget *parent)
    : QWidget(parent)
    , m_log(log)
    , m_filter(new ServerLogFilter(this))
    , m_level(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("serverLog"));
    m_filter->setSourceModel(log);

    m_level->setObjectName(QStringLiteral("serverLogLevel"));
    m_level->setAccessibleName(tr("Minimum level"));
    m_level->addItem(tr("All levels"), int(Level::Debug));
    m_level->addItem(tr("Info and above"), int(Level::Info));
    m_level->addItem(tr("Warnings and errors"), int(Level::Warning));
    m_level->addItem(tr("Errors only"), int(Level::Error));
    connect(m_level, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setMinimumLevel(Level(m_level->currentData().toInt())); });

    m_search->setObjectName(QStringLiteral("serverLogSearch"));
    m_search->setPlaceholderText(tr("Search the log (path, user, request id, text)"));
    m_search->setAccessibleName(tr("Search the log"));
    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, m_filter, &ServerLogFilter::setSearchText);

    auto *clear = new QToolButton(this);
    clear->setObjectName(QStringLiteral("serverLogClear"));
    clear->setText(tr("Clear"));
    clear->setToolTip(tr("Clear the log"));
    connect(clear, &QToolButton::clicked, log, &ServerLogModel::clear);

    m_table->setModel(m_filter);
    m_table->setObjectName(QStringLiteral("serverLogTable"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setHighlightSections(false);
    const int digit = fontMetrics().horizontalAdvance(QLatin1Char('0'));
    // Narrow enough that the message (last, stretched) stays in view in a docked console;
    // request ids are elided (the tooltip has them whole).
    const QList<QPair<int, int>> widths = {
        {ServerLogModel::TimeColumn, 11},  {ServerLogModel::LevelColumn, 7},
        {ServerLogModel::MethodColumn, 6}, {ServerLogModel::PathColumn, 22},
        {ServerLogModel::StatusColumn, 5}, {ServerLogModel::DurationColumn, 8},
        {ServerLogModel::UserColumn, 10},  {ServerLogModel::RequestIdColumn, 8}};
    for (const auto &[column, chars] : widths)
        m_table->setColumnWidth(column, (chars + 1) * digit);

    // Following the tail: at the bottom before rows arrive means stay at the bottom.
    QScrollBar *bar = m_table->verticalScrollBar();
    connect(bar, &QScrollBar::valueChanged, this,
            [this, bar](int value) { m_follow = value >= bar->maximum(); });
    connect(bar, &QScrollBar::rangeChanged, this, [this, bar] {
        if (m_follow)
            bar->setValue(bar->maximum());
    });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_follow)
            m_table->scrollToBottom();
    });

    auto *toolbar = new QHBoxLayout;
    toolbar->setContentsMargins(4, 2, 4, 2);
    toolbar->addWidget(m_level);
    toolbar->addWidget(m_search, 1);
    toolbar->addWidget(clear);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(toolbar);
    layout->addWidget(m_table, 1);
}

} // namespace fm::studio
