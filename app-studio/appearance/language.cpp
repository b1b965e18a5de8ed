// SPDX-License-Identifier: MIT
#include "appearance/language.h"

#include "i18n/translations.h"

#include <QSettings>

namespace fm::studio {

namespace {

constexpr char kSettingsKey[] = "appearance/language";

} // namespace

QString chosenLanguage()
{
    return QSettings().value(QLatin1String(kSettingsKey)).toString();
}

void setChosenLanguage(const QString &language)
{
    if (language.isEmpty())
        QSettings().remove(QLatin1String(kSettingsKey));
    else
        QSettings().setValue(QLatin1String(kSettingsKey), language);
}

QString installLanguage()
{
    return core::Translations::install(chosenLanguage());
}

} // namespace fm::studio
