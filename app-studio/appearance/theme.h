// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPalette>

#include <optional>

namespace fm::studio {

// Light and dark appearance (View > Theme). Qt 6.4 cannot tell the platform's colour
// scheme (QStyleHints::colorScheme is 6.5), so "System" decides from, in order: the
// FM_STUDIO_COLOR_SCHEME variable, GTK_THEME's ":dark", GNOME's color-scheme setting,
// and the platform palette (docs/adr/0165). Dark is Fusion with our palette.
class ThemeManager final : public QObject
{
    Q_OBJECT
public:
    enum class Mode { System, Light, Dark };
    Q_ENUM(Mode)

    explicit ThemeManager(QObject *parent = nullptr);

    Mode mode() const { return m_mode; }
    bool isDark() const { return m_dark; }
    // Applies the mode to the whole application and remembers it in the settings.
    void setMode(Mode mode);
    // Applies the mode saved in the settings (System when none).
    void restore();

    static bool systemPrefersDark();
    static QPalette darkPalette();
    static QString modeName(Mode mode); // "system", "light", "dark"
    static std::optional<Mode> modeFromName(const QString &name);

signals:
    void themeChanged(bool dark);
    void modeChanged(fm::studio::ThemeManager::Mode mode);

private:
    void apply(bool dark);

    Mode m_mode = Mode::System;
    bool m_dark = false;
};

} // namespace fm::studio
