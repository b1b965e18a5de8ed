// SPDX-License-Identifier: MIT
#pragma once

#include "desktemplates.h"

#include <QCoreApplication>

namespace fm::desk {

// The Desk's words, translated (context "Desk").
inline QString tr(const char *text)
{
    return QCoreApplication::translate("Desk", text);
}

// Every fixed text the templates show, translated, as the object `t` they read
// ({{t.sign_in}}): no user-facing word is written in a template itself.
Data uiStrings();

} // namespace fm::desk
