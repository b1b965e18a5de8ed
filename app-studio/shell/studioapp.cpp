// SPDX-License-Identifier: MIT
#include "shell/studioapp.h"

#include <QCoreApplication>
#include <QGuiApplication>

namespace fm::studio {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Framework M"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("framework-m.local"));
    QCoreApplication::setApplicationName(QStringLiteral("m-studio"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FM_VERSION));
    // No display name: Qt would append it to titles that already carry it. The desktop
    // file's name (packaging/linux) lets Wayland compositors find the Studio's icon.
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        QGuiApplication::setDesktopFileName(QStringLiteral("org.frameworkm.Studio"));
}

} // namespace fm::studio
