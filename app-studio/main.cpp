// SPDX-License-Identifier: MIT
// `m-studio [PATH]`: the Framework M Studio. The command line is read with a
// QCoreApplication before any window system is touched, so --version and --help answer
// without a display; then the QApplication and the window start.
#include "appearance/language.h"
#include "shell/mainwindow.h"
#include "shell/studioapp.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <variant>

namespace {

struct Options
{
    QString project;
};

struct MainTr
{
    Q_DECLARE_TR_FUNCTIONS(fm::studio::Main)
};

// The Qt GUI options QApplication consumes itself (`-platform offscreen`, `-style`):
// accepted here so that parsing before QApplication does not refuse them.
void addQtOptions(QCommandLineParser &parser)
{
    for (const char *name :
         {"platform", "platformpluginpath", "platformtheme", "plugin", "qwindowgeometry",
          "qwindowtitle", "qwindowicon", "style", "stylesheet", "session", "display", "geometry"}) {
        QCommandLineOption option(QString::fromLatin1(name), QString(), QStringLiteral("value"));
        option.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(option);
    }
    for (const char *name : {"reverse", "widgetcount", "nograb", "dograb"}) {
        QCommandLineOption option(QString::fromLatin1(name));
        option.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(option);
    }
}

// The options, or the exit code when the program is done (help, version, usage error).
std::variant<Options, int> parseArguments(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    fm::studio::setApplicationIdentity();
    fm::studio::installLanguage(); // --help speaks the language the window will
    QTextStream out(stdout), err(stderr);
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.setApplicationDescription(
        MainTr::tr("Framework M Studio %1: design DocTypes visually, see their problems as you "
                   "type, and save clean files.")
            .arg(QStringLiteral(FM_VERSION)));
    parser.addPositionalArgument(QStringLiteral("path"),
                                 MainTr::tr("The project folder to open (holding m.json)."),
                                 QStringLiteral("[PATH]"));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  MainTr::tr("Show this help and exit."));
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")},
                                     MainTr::tr("Show the version and exit."));
    parser.addOption(help);
    parser.addOption(version);
    addQtOptions(parser);

    if (!parser.parse(app.arguments())) {
        err << "m-studio: " << parser.errorText() << '\n'
            << MainTr::tr("Run `m-studio --help` for the options.") << '\n';
        return 2;
    }
    if (parser.isSet(help)) {
        out << parser.helpText();
        return 0;
    }
    if (parser.isSet(version)) {
        out << "m-studio " FM_VERSION " (Qt " << qVersion() << ")\n";
        return 0;
    }
    const QStringList paths = parser.positionalArguments();
    if (paths.size() > 1) {
        err << "m-studio: " << MainTr::tr("expected one project folder, got %1").arg(paths.size())
            << '\n'
            << MainTr::tr("Run `m-studio --help` for the options.") << '\n';
        return 2;
    }
    return Options{paths.value(0)};
}

} // namespace

int main(int argc, char **argv)
{
    const auto parsed = parseArguments(argc, argv);
    if (const int *exitCode = std::get_if<int>(&parsed))
        return *exitCode;
    const Options options = std::get<Options>(parsed);

    QApplication app(argc, argv);
    fm::studio::setApplicationIdentity();
    fm::studio::installLanguage();
    fm::studio::MainWindow window;
    window.show();
    if (!options.project.isEmpty()) {
        // Once the window is up, so a refusal shows over it.
        QTimer::singleShot(0, &window,
                           [&window, path = options.project] { window.openProject(path); });
    }
    return app.exec();
}
