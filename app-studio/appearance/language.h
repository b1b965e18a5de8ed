// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace fm::studio {

// The Studio's language: the one chosen in View > Language (QSettings "appearance/language"),
// or the system's when none is. It takes effect when the Studio starts.
QString chosenLanguage(); // "" for the system's
void setChosenLanguage(const QString &language);
// Installs the translations (fm::core::Translations) in the chosen language; call it once
// the application object exists. Returns the language spoken.
QString installLanguage();

} // namespace fm::studio
