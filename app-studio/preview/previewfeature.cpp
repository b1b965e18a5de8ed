// SPDX-License-Identifier: MIT
// The Desk Preview dock: View > Desk Preview shows the running server's Desk (the API
// docs until the Desk exists) signed in as the developer (docs/adr/0205, 0206).
#include "preview/previewdock.h"
#include "server/servercontroller.h"
#include "shell/actionids.h"
#include "shell/feature.h"
#include "shell/mainwindow.h"

#include <QAction>
#include <QDockWidget>

namespace fm::studio {

namespace {

constexpr char kPreviewDock[] = "DeskPreview";

void installPreview(MainWindow &window)
{
    auto *content = new preview::PreviewDock([&window] { return serverController(window); });
    DockInfo dock;
    dock.id = QLatin1String(kPreviewDock);
    dock.title = MainWindow::tr("Desk Preview");
    dock.widget = content;
    dock.area = Qt::RightDockWidgetArea;
    dock.tabifyWith = QLatin1String(ids::kPropertiesDock); // the full height on the right
    dock.visible = false; // the browser process starts with the first show
    QDockWidget *added = window.addDock(dock);
    // Tabbed with Properties: asked for, it comes to the front.
    QObject::connect(added->toggleViewAction(), &QAction::toggled, added, [added](bool on) {
        if (on)
            added->raise();
    });
}

} // namespace

FM_STUDIO_FEATURE(preview, 80, installPreview);

} // namespace fm::studio
