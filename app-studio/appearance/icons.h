// SPDX-License-Identifier: MIT
#pragma once

#include <QIcon>
#include <QString>

namespace fm::studio {

// The icon resources/icons/<name>.svg. Its `currentColor` strokes and fills take the
// palette's text colour when painted (disabled icons the disabled one), so one SVG
// serves the light and the dark theme at any scale. An unknown name gives a null icon.
QIcon themedIcon(const QString &name);

} // namespace fm::studio
