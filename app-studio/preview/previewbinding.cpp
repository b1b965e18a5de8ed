// SPDX-License-Identifier: MIT
#include "preview/previewbinding.h"

#include "preview/deskpreview.h"
#include "server/servercontroller.h"

namespace fm::studio::preview {

void bindPreview(DeskPreview *preview, ServerController *controller)
{
    // The controller's own signals run on its thread (the GUI's); the contexts end the
    // connections when either object goes.
    QObject::connect(controller, &ServerController::running, preview,
                     [preview, controller](const QUrl &base) {
                         preview->showServer(base, controller->devSignInSecret());
                     });
    QObject::connect(controller, &ServerController::stopped, preview,
                     [preview] { preview->serverStopped(); });
    QObject::connect(preview, &DeskPreview::studioLine, controller,
                     [controller](const QString &level, const QString &message) {
                         controller->addStudioLine(DeskPreview::tr("Desk Preview"), level, message);
                     });
    if (controller->state() == ServerController::State::Running && controller->baseUrl().isValid())
        preview->showServer(controller->baseUrl(), controller->devSignInSecret());
}

} // namespace fm::studio::preview
