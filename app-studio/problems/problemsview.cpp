// SPDX-License-Identifier: MIT
#include "problems/problemsview.h"

#include "problems/problemsmodel.h"
#include "shell/mainwindow.h"

#include <QHeaderView>

namespace fm::studio {

ProblemsView::ProblemsView(QWidget *parent)
    : QTreeView(parent)
    , m_model(new ProblemsModel(this))
{
    setObjectName(QStringLiteral("ProblemsView"));
    setModel(m_model);
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setFrameShape(QFrame::NoFrame);
    setEditTriggers(NoEditTriggers);
    setSelectionBehavior(SelectRows);
    header()->setStretchLastSection(true);
    header()->setSectionResizeMode(ProblemsModel::SeverityColumn, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(ProblemsModel::LocationColumn, QHeaderView::Interactive);
    header()->resizeSection(ProblemsModel::LocationColumn, 360);
    connect(this, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (index.isValid())
            emit problemActivated(m_model->docTypeAt(index.row()),
                                  m_model->diagnostic(index.row()));
    });
}

ProblemsView *problemsView(const MainWindow &window)
{
    return window.findChild<ProblemsView *>(QStringLiteral("ProblemsView"));
}

} // namespace fm::studio
