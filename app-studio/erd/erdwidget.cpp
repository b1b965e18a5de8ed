// SPDX-License-Identifier: MIT
#include "erd/erdwidget.h"

#include "erd/erdexport.h"
#include "erd/erdscene.h"
#include "erd/erdview.h"
#include "project/projectmodel.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace fm::studio::erd {

namespace {

QToolButton *toolButton(QWidget *parent, const QString &objectName, const QString &text,
                        const QString &tip)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(objectName);
    button->setText(text);
    button->setToolTip(tip);
    button->setAutoRaise(true);
    return button;
}

} // namespace

ErdWidget::ErdWidget(core::ProjectModel *model, QUndoStack *undoStack, QWidget *parent)
    : QWidget(parent)
    , m_scene(new ErdScene(model, undoStack, this))
    , m_view(new ErdView(m_scene, this))
    , m_filter(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_matches(new QLabel(this))
    , m_focus(toolButton(this, QStringLiteral("focus"), tr("Focus"),
                         tr("Show only the selected DocType and its neighbours")))
    , m_hops(new QSpinBox(this))
    , m_status(new QLabel(this))
{
    m_filter->setObjectName(QStringLiteral("filter"));
    m_filter->setToolTip(tr("Show one app or module"));
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setPlaceholderText(tr("Search DocTypes and fields"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(260);
    m_focus->setCheckable(true);
    m_hops->setObjectName(QStringLiteral("hops"));
    m_hops->setRange(1, 9);
    m_hops->setValue(1);
    m_hops->setSuffix(tr(" hop(s)"));
    m_status->setObjectName(QStringLiteral("status"));
    m_matches->setObjectName(QStringLiteral("matches"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *fit = toolButton(this, QStringLiteral("fit"), tr("Fit"), tr("Zoom to fit"));
    auto *relayout = toolButton(this, QStringLiteral("relayout"), tr("Re-layout"),
                                tr("Lay out every node not placed by hand"));
    auto *unpin = toolButton(this, QStringLiteral("unpin"), tr("Unpin All"),
                             tr("Forget the positions placed by hand and lay out everything"));
    auto *png = toolButton(this, QStringLiteral("exportPng"), tr("PNG…"), tr("Export as PNG"));
    auto *svg = toolButton(this, QStringLiteral("exportSvg"), tr("SVG…"), tr("Export as SVG"));

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(6, 4, 6, 4);
    bar->addWidget(m_filter);
    bar->addWidget(m_search);
    bar->addWidget(m_matches);
    bar->addWidget(m_focus);
    bar->addWidget(m_hops);
    bar->addStretch();
    for (QWidget *w :
         {static_cast<QWidget *>(fit), static_cast<QWidget *>(relayout),
          static_cast<QWidget *>(unpin), static_cast<QWidget *>(png), static_cast<QWidget *>(svg)})
        bar->addWidget(w);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    m_status->setContentsMargins(8, 2, 8, 2);

    fillFilter();
    connect(m_filter, &QComboBox::currentIndexChanged, this, &ErdWidget::onFilterChosen);
    connect(m_search, &QLineEdit::textChanged, this, &ErdWidget::onSearch);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (!m_scene->searchMatches().isEmpty())
            m_view->centerOnDocType(m_scene->searchMatches().first());
    });
    connect(m_focus, &QToolButton::toggled, this, &ErdWidget::onFocusToggled);
    connect(m_hops, &QSpinBox::valueChanged, this,
            [this] { onFocusToggled(m_focus->isChecked()); });
    connect(fit, &QToolButton::clicked, m_view, &ErdView::zoomToFit);
    connect(relayout, &QToolButton::clicked, m_scene, &ErdScene::relayout);
    connect(unpin, &QToolButton::clicked, this, [this] {
        m_fitAfterLayout = true;
        m_scene->unpinAll();
    });
    connect(png, &QToolButton::clicked, this, [this] { chooseExport(QStringLiteral("png")); });
    connect(svg, &QToolButton::clicked, this, [this] { chooseExport(QStringLiteral("svg")); });

    connect(m_scene, &ErdScene::layoutFinished, this, [this](const LayoutResult &result) {
        showStatus(tr("%n DocType(s), %1 relation(s); laid out by %2 in %3 ms", nullptr,
                      int(m_scene->graph().nodes.size()))
                       .arg(m_scene->graph().edges.size())
                       .arg(result.engine)
                       .arg(result.milliseconds),
                   !result.error.isEmpty());
        if (std::exchange(m_fitAfterLayout, false))
            m_view->zoomToFit();
    });
    connect(m_scene, &ErdScene::problem, this,
            [this](const QString &text) { showStatus(text, true); });
    connect(m_scene, &ErdScene::openDocTypeRequested, this, &ErdWidget::openDocTypeRequested);
    connect(m_scene, &ErdScene::doctypeSelected, this, &ErdWidget::doctypeSelected);
    connect(model, &core::ProjectModel::doctypeAdded, this, &ErdWidget::fillFilter);
    connect(model, &core::ProjectModel::doctypeRemoved, this, &ErdWidget::fillFilter);
    if (!m_scene->positionsError().isEmpty())
        showStatus(m_scene->positionsError(), true);
    else
        showStatus(tr("Laying out…"));
}

QString ErdWidget::status() const
{
    return m_status->text();
}

void ErdWidget::fillFilter()
{
    const QString current = m_filter->currentData().toString();
    QSignalBlocker blocker(m_filter);
    m_filter->clear();
    m_filter->addItem(tr("All apps"), QString());
    QStringList seen;
    for (const Node &node : m_scene->graph().nodes) {
        if (node.isExternal || node.app.isEmpty())
            continue;
        if (!seen.contains(node.app)) {
            seen << node.app;
            m_filter->addItem(node.app, node.app);
        }
        const QString key = node.app + QLatin1Char('/') + node.module;
        if (!node.module.isEmpty() && !seen.contains(key)) {
            seen << key;
            m_filter->addItem(QStringLiteral("%1 \u203a %2").arg(node.app, node.module), key);
        }
    }
    m_filter->setCurrentIndex(std::max(0, m_filter->findData(current)));
}

void ErdWidget::onFilterChosen()
{
    const QString key = m_filter->currentData().toString();
    const qsizetype slash = key.indexOf(QLatin1Char('/'));
    m_scene->setFilter(slash < 0 ? key : key.left(slash),
                       slash < 0 ? QString() : key.mid(slash + 1));
    m_view->zoomToFit();
}

void ErdWidget::onSearch(const QString &text)
{
    const int count = m_scene->setSearchText(text);
    m_matches->setText(text.trimmed().isEmpty() ? QString() : tr("%n match(es)", nullptr, count));
}

void ErdWidget::onFocusToggled(bool on)
{
    QString name = on ? m_scene->selectedDocType() : QString();
    if (on && name.isEmpty())
        name = m_scene->focusDocType();
    if (on && name.isEmpty()) {
        showStatus(tr("Select a DocType to focus on"), true);
        QSignalBlocker blocker(m_focus);
        m_focus->setChecked(false);
        return;
    }
    m_scene->setFocusOn(name, m_hops->value());
    m_view->zoomToFit();
}

void ErdWidget::chooseExport(const QString &format)
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Diagram"), QStringLiteral("erd.%1").arg(format),
        format == QLatin1String("png") ? tr("PNG images (*.png)") : tr("SVG drawings (*.svg)"));
    if (path.isEmpty())
        return;
    if (format == QLatin1String("png"))
        exportPng(path);
    else
        exportSvg(path);
}

void ErdWidget::exportPng(const QString &path)
{
    const auto written = erd::exportPng(m_scene, path);
    showStatus(written ? tr("Exported %1").arg(path) : written.error().message(), !written);
}

void ErdWidget::exportSvg(const QString &path)
{
    const auto written = erd::exportSvg(m_scene, path);
    showStatus(written ? tr("Exported %1").arg(path) : written.error().message(), !written);
}

void ErdWidget::showStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setStyleSheet(problem ? QStringLiteral("color: #b91c1c") : QString());
}

} // namespace fm::studio::erd
