// SPDX-License-Identifier: MIT
// View > Language: the system's language or one the Studio has a catalogue for. Widgets
// are built with their texts once, so the choice applies from the next start (as in
// Qt Creator), which the Studio says when the choice changes.
#include "appearance/language.h"
#include "i18n/translations.h"
#include "shell/actionids.h"
#include "shell/actionregistry.h"
#include "shell/feature.h"
#include "shell/mainwindow.h"

#include <QAction>
#include <QActionGroup>
#include <QCoreApplication>
#include <QMessageBox>

namespace fm::studio {

namespace {

struct LanguagefeatureTr
{
    Q_DECLARE_TR_FUNCTIONS(fm::studio::Language)
};

constexpr char kMenuLanguage[] = "Menu.View.Language";

void installLanguageMenu(MainWindow &window)
{
    ActionRegistry &reg = *window.actionRegistry();
    reg.createMenu({QLatin1String(kMenuLanguage), LanguagefeatureTr::tr("&Language")});
    reg.addMenuToMenu(QLatin1String(ids::kMenuView), QLatin1String(kMenuLanguage),
                      QLatin1String(ids::kGroupAppearance));
    auto *group = new QActionGroup(&window);
    QStringList languages{QString()}; // the system's first
    languages += core::Translations::available();
    const QString chosen = chosenLanguage();
    for (const QString &language : languages) {
        // A language is named in itself ("Deutsch"), so whoever reads the menu finds theirs.
        const QString text = language.isEmpty() ? LanguagefeatureTr::tr("&System Language")
                                                : core::Translations::nativeName(language);
        const QString id = QStringLiteral("View.Language.") +
                           (language.isEmpty() ? QStringLiteral("System") : language);
        QAction *action = reg.registerAction({id, text, LanguagefeatureTr::tr("Language")});
        action->setCheckable(true);
        action->setChecked(language == chosen);
        group->addAction(action);
        reg.addToMenu(QLatin1String(kMenuLanguage), id);
        QObject::connect(action, &QAction::triggered, &window, [&window, language] {
            if (language == chosenLanguage())
                return;
            setChosenLanguage(language);
            QMessageBox::information(
                &window, LanguagefeatureTr::tr("Language"),
                LanguagefeatureTr::tr("The Studio speaks the new language from its next "
                                      "start."));
        });
    }
}

} // namespace

FM_STUDIO_FEATURE(language, 5, installLanguageMenu);

} // namespace fm::studio
