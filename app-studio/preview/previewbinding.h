// SPDX-License-Identifier: MIT
#pragma once

namespace fm::studio {
class ServerController;
}

namespace fm::studio::preview {

class DeskPreview;

// Keeps `preview` on the server `controller` runs: each running() (a start or a restart
// after save) shows the server again, which reloads the open page; stopped() says so on
// the page; the preview's console and load failures go to the controller's log console.
// Shows the server at once when it is already running. Lives as long as both do.
void bindPreview(DeskPreview *preview, ServerController *controller);

} // namespace fm::studio::preview
