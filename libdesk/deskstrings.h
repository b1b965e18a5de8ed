// SPDX-License-Identifier: MIT
#pragma once

#include "desktemplates.h"

#include <QCoreApplication>

namespace fm::desk {

// The Desk's words, translated (context "Desk"): Desk::tr("..."). lupdate files a bare
// Desk::tr() in a namespace under the wrong context, and scripts/translations.sh check says so.
struct Desk
{
    Q_DECLARE_TR_FUNCTIONS(Desk)
};

inline QString tr(const char *text)
{
    return Desk::tr(text);
}

// Every fixed text the templates show, translated, as the object `t` they read
// ({{t.sign_in}}): no user-facing word is written in a template itself.
Data uiStrings();

} // namespace fm::desk
