// SPDX-License-Identifier: MIT
#pragma once

namespace fm::studio {

// Names the application for QSettings and the window system ("Framework M" / "m-studio").
// The program and the tests call it, so they read and write the same settings keys.
void setApplicationIdentity();

} // namespace fm::studio
