// SPDX-License-Identifier: MIT
#include "codeview/highlighting.h"

#include "codeview/builtinhighlighter.h"

#include <QTextDocument>

#ifdef FM_HAVE_KF6_SYNTAX
#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>
#endif

namespace fm::studio {

#ifdef FM_HAVE_KF6_SYNTAX
namespace {

KSyntaxHighlighting::Repository &repository()
{
    static KSyntaxHighlighting::Repository instance; // loads the definitions once
    return instance;
}

KSyntaxHighlighting::Theme themeFor(const QPalette &palette)
{
    return repository().defaultTheme(SyntaxColors::isDark(palette)
                                         ? KSyntaxHighlighting::Repository::DarkTheme
                                         : KSyntaxHighlighting::Repository::LightTheme);
}

} // namespace
#endif

QSyntaxHighlighter *createHighlighter(CodeLanguage language, QTextDocument *document,
                                      const QPalette &palette)
{
#ifdef FM_HAVE_KF6_SYNTAX
    auto *highlighter = new KSyntaxHighlighting::SyntaxHighlighter(document);
    highlighter->setDefinition(repository().definitionForName(
        language == CodeLanguage::Json ? QStringLiteral("JSON") : QStringLiteral("C++")));
    highlighter->setTheme(themeFor(palette));
    return highlighter;
#else
    BuiltinHighlighter *highlighter = nullptr;
    if (language == CodeLanguage::Json)
        highlighter = new JsonHighlighter(document);
    else
        highlighter = new CppHighlighter(document);
    highlighter->setColors(SyntaxColors::forPalette(palette));
    return highlighter;
#endif
}

void updateHighlighter(QSyntaxHighlighter *highlighter, const QPalette &palette)
{
#ifdef FM_HAVE_KF6_SYNTAX
    auto *kf = static_cast<KSyntaxHighlighting::SyntaxHighlighter *>(highlighter);
    kf->setTheme(themeFor(palette));
    kf->rehighlight();
#else
    static_cast<BuiltinHighlighter *>(highlighter)->setColors(SyntaxColors::forPalette(palette));
#endif
}

const char *highlighterBackend()
{
#ifdef FM_HAVE_KF6_SYNTAX
    return "KSyntaxHighlighting";
#else
    return "built-in";
#endif
}

} // namespace fm::studio
