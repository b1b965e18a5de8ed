// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

#include <functional>

namespace fm::studio {
class ServerController;
}

namespace fm::studio::preview {

class DeskPreview;

// The Desk Preview dock's content. The browser (a Chromium process) is made the first
// time the dock is shown, not when the Studio starts; it is then bound to the window's
// server controller, or says that there is none.
class PreviewDock final : public QWidget
{
    Q_OBJECT

public:
    // `controller` is asked each time the dock is shown until it gives one: the server
    // feature may come with a project.
    explicit PreviewDock(std::function<ServerController *()> controller, QWidget *parent = nullptr);

    // Null until the dock was first shown.
    DeskPreview *preview() const { return m_preview; }
    bool isBound() const { return m_bound; }
    // Makes the preview (if needed) and binds it when a controller is there.
    void ensurePreview();

protected:
    void showEvent(QShowEvent *event) override;

private:
    std::function<ServerController *()> m_controller;
    DeskPreview *m_preview = nullptr;
    bool m_bound = false;
};

} // namespace fm::studio::preview
