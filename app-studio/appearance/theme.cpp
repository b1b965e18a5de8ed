// SPDX-License-Identifier: MIT
#include "appearance/theme.h"

#include <QApplication>
#include <QGuiApplication>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleFactory>

namespace fm::studio {

namespace {

const char kSettingsKey[] = "appearance/theme";

// What the platform gave us before any theme was applied.
struct Platform
{
    QPalette palette;
    QString style;
};

const Platform &platform()
{
    static const Platform initial{QApplication::palette(), QApplication::style()->name()};
    return initial;
}

bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() <
           palette.color(QPalette::WindowText).lightness();
}

// GNOME (and the desktops built on its settings) keep the choice in gsettings; Qt 6.4
// does not read it. Asked only there, with a short timeout.
std::optional<bool> gnomePrefersDark()
{
    const QString desktop = qEnvironmentVariable("XDG_CURRENT_DESKTOP");
    static const QStringList gnomeLike = {QStringLiteral("GNOME"), QStringLiteral("Unity"),
                                          QStringLiteral("Budgie"), QStringLiteral("Pantheon"),
                                          QStringLiteral("X-Cinnamon")};
    bool gnome = false;
    for (const QString &name : gnomeLike)
        gnome = gnome || desktop.contains(name, Qt::CaseInsensitive);
    const QString gsettings = QStandardPaths::findExecutable(QStringLiteral("gsettings"));
    if (!gnome || gsettings.isEmpty())
        return std::nullopt;
    QProcess process;
    process.start(gsettings, {QStringLiteral("get"), QStringLiteral("org.gnome.desktop.interface"),
                              QStringLiteral("color-scheme")});
    if (!process.waitForFinished(500) || process.exitCode() != 0)
        return std::nullopt;
    const QByteArray value = process.readAllStandardOutput().trimmed();
    if (value.contains("prefer-dark"))
        return true;
    if (value.contains("prefer-light") || value.contains("default"))
        return false;
    return std::nullopt;
}

} // namespace

ThemeManager::ThemeManager(QObject *parent)
    : QObject(parent)
{
    platform(); // capture it before anything changes the palette
    m_dark = isDarkPalette(QApplication::palette());
}

void ThemeManager::setMode(Mode mode)
{
    m_mode = mode;
    QSettings().setValue(QLatin1String(kSettingsKey), modeName(mode));
    apply(mode == Mode::Dark || (mode == Mode::System && systemPrefersDark()));
    emit modeChanged(mode);
}

void ThemeManager::restore()
{
    const QString saved = QSettings().value(QLatin1String(kSettingsKey)).toString();
    m_mode = modeFromName(saved).value_or(Mode::System);
    apply(m_mode == Mode::Dark || (m_mode == Mode::System && systemPrefersDark()));
    emit modeChanged(m_mode);
}

bool ThemeManager::systemPrefersDark()
{
    const QString forced = qEnvironmentVariable("FM_STUDIO_COLOR_SCHEME").toLower();
    if (forced == QLatin1String("dark") || forced == QLatin1String("light"))
        return forced == QLatin1String("dark");
    const QString gtkTheme = qEnvironmentVariable("GTK_THEME");
    if (gtkTheme.endsWith(QLatin1String(":dark"), Qt::CaseInsensitive))
        return true;
    if (const auto gnome = gnomePrefersDark())
        return *gnome;
    return isDarkPalette(platform().palette);
}

void ThemeManager::apply(bool dark)
{
    const Platform &initial = platform();
    if (!dark && !isDarkPalette(initial.palette)) {
        // The platform's own look is light: keep it.
        QApplication::setStyle(QStyleFactory::create(initial.style));
        QApplication::setPalette(initial.palette);
    } else {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(dark ? darkPalette() : QApplication::style()->standardPalette());
    }
    const bool changed = dark != m_dark;
    m_dark = dark;
    if (changed)
        emit themeChanged(dark);
}

QPalette ThemeManager::darkPalette()
{
    const QColor window(0x2b, 0x2d, 0x30), base(0x1e, 0x1f, 0x22), text(0xdf, 0xe1, 0xe5);
    const QColor muted(0x8c, 0x8f, 0x94), disabled(0x6f, 0x73, 0x7a);
    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2b));
    p.setColor(QPalette::ToolTipBase, QColor(0x3c, 0x3f, 0x41));
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, muted);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, QColor(0x35, 0x37, 0x3b));
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x6b, 0x68));
    p.setColor(QPalette::Light, QColor(0x45, 0x48, 0x4d));
    p.setColor(QPalette::Midlight, QColor(0x3a, 0x3c, 0x40));
    p.setColor(QPalette::Mid, QColor(0x24, 0x25, 0x28));
    p.setColor(QPalette::Dark, QColor(0x1a, 0x1b, 0x1d));
    p.setColor(QPalette::Shadow, QColor(0x0f, 0x10, 0x11));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x65, 0xca));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x58, 0x9d, 0xf6));
    p.setColor(QPalette::LinkVisited, QColor(0x9e, 0x7b, 0xf0));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, disabled);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x3a, 0x3c, 0x40));
    return p;
}

QString ThemeManager::modeName(Mode mode)
{
    switch (mode) {
    case Mode::Light:
        return QStringLiteral("light");
    case Mode::Dark:
        return QStringLiteral("dark");
    case Mode::System:
        break;
    }
    return QStringLiteral("system");
}

std::optional<ThemeManager::Mode> ThemeManager::modeFromName(const QString &name)
{
    for (const Mode mode : {Mode::System, Mode::Light, Mode::Dark}) {
        if (name == modeName(mode))
            return mode;
    }
    return std::nullopt;
}

} // namespace fm::studio
