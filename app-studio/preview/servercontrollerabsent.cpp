// SPDX-License-Identifier: MIT
// Compiled only while app-studio/server has no CMakeLists.txt (see this folder's
// CMakeLists.txt): the contract exists, its implementation, the Server dock, does not
// yet. The preview then says there is no server launcher.
#include "server/servercontroller.h"

namespace fm::studio {

ServerController *serverController(MainWindow &)
{
    return nullptr;
}

} // namespace fm::studio
