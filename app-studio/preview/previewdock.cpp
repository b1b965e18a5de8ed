// SPDX-License-Identifier: MIT
#include "preview/previewdock.h"

#include "preview/deskpreview.h"
#include "preview/previewbinding.h"

#include <QVBoxLayout>

namespace fm::studio::preview {

PreviewDock::PreviewDock(std::function<ServerController *()> controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(std::move(controller))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
}

void PreviewDock::ensurePreview()
{
    if (!m_preview) {
        m_preview = new DeskPreview;
        layout()->addWidget(m_preview);
    }
    if (m_bound)
        return;
    if (ServerController *controller = m_controller ? m_controller() : nullptr) {
        m_bound = true;
        bindPreview(m_preview, controller);
        return;
    }
    m_preview->setNotice(tr("This Studio has no server launcher, so there is no server to "
                            "preview. Run `m start --dev` in the project and open "
                            "http://127.0.0.1:8000/api/docs in a browser instead."));
}

void PreviewDock::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    ensurePreview();
}

} // namespace fm::studio::preview
