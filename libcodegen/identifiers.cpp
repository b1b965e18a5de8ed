// SPDX-License-Identifier: MIT
#include "identifiers.h"

#include "common/textdistance.h"

#include <QSet>

namespace fm::codegen {

namespace {

// Splits text into ASCII alphanumeric words; accents are removed first (NFD keeps
// the base letter apart from its combining mark) so "Ärger" stays readable.
QStringList asciiWords(const QString &text)
{
    QStringList words;
    QString current;
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    for (const QChar c : decomposed) {
        if (c.unicode() < 128 && c.isLetterOrNumber()) {
            current += c;
        } else if (c.unicode() < 128 || !c.isMark()) {
            if (!current.isEmpty())
                words << current;
            current.clear();
        }
    }
    if (!current.isEmpty())
        words << current;
    return words;
}

} // namespace

QString pascalCase(const QString &text)
{
    QString out;
    const QStringList words = asciiWords(text);
    for (const QString &word : words)
        out += word.at(0).toUpper() + word.mid(1);
    return out;
}

QString constantName(const QString &text, const QString &fallback)
{
    const QString pascal = pascalCase(text);
    return pascal.isEmpty() ? fallback : QLatin1Char('k') + pascal;
}

QStringList uniqueNames(const QStringList &names)
{
    const QSet<QString> given(names.cbegin(), names.cend());
    QSet<QString> used;
    QStringList out;
    for (const QString &name : names) {
        QString candidate = name;
        // A suffixed name must not take a name that appears as given elsewhere.
        for (int n = 2;
             used.contains(candidate) || (candidate != name && given.contains(candidate)); ++n)
            candidate = QStringLiteral("%1_%2").arg(name).arg(n);
        used.insert(candidate);
        out << candidate;
    }
    return out;
}

QString appNamespace(const QString &app)
{
    // snakeCase keeps letters outside ASCII; an identifier may not have them.
    QString name = asciiWords(fm::snakeCase(app)).join(QLatin1Char('_')).toLower();
    if (name.isEmpty())
        return {};
    if (name.at(0).isDigit())
        name.prepend(QStringLiteral("app_"));
    if (isCppKeyword(name))
        name.append(QStringLiteral("_app"));
    return name;
}

bool isCppKeyword(const QString &word)
{
    static const QSet<QString> keywords{
        QStringLiteral("alignas"),
        QStringLiteral("alignof"),
        QStringLiteral("and"),
        QStringLiteral("and_eq"),
        QStringLiteral("asm"),
        QStringLiteral("auto"),
        QStringLiteral("bitand"),
        QStringLiteral("bitor"),
        QStringLiteral("bool"),
        QStringLiteral("break"),
        QStringLiteral("case"),
        QStringLiteral("catch"),
        QStringLiteral("char"),
        QStringLiteral("char8_t"),
        QStringLiteral("char16_t"),
        QStringLiteral("char32_t"),
        QStringLiteral("class"),
        QStringLiteral("compl"),
        QStringLiteral("concept"),
        QStringLiteral("const"),
        QStringLiteral("consteval"),
        QStringLiteral("constexpr"),
        QStringLiteral("constinit"),
        QStringLiteral("const_cast"),
        QStringLiteral("continue"),
        QStringLiteral("co_await"),
        QStringLiteral("co_return"),
        QStringLiteral("co_yield"),
        QStringLiteral("decltype"),
        QStringLiteral("default"),
        QStringLiteral("delete"),
        QStringLiteral("do"),
        QStringLiteral("double"),
        QStringLiteral("dynamic_cast"),
        QStringLiteral("else"),
        QStringLiteral("enum"),
        QStringLiteral("explicit"),
        QStringLiteral("export"),
        QStringLiteral("extern"),
        QStringLiteral("false"),
        QStringLiteral("float"),
        QStringLiteral("for"),
        QStringLiteral("friend"),
        QStringLiteral("goto"),
        QStringLiteral("if"),
        QStringLiteral("inline"),
        QStringLiteral("int"),
        QStringLiteral("long"),
        QStringLiteral("mutable"),
        QStringLiteral("namespace"),
        QStringLiteral("new"),
        QStringLiteral("noexcept"),
        QStringLiteral("not"),
        QStringLiteral("not_eq"),
        QStringLiteral("nullptr"),
        QStringLiteral("operator"),
        QStringLiteral("or"),
        QStringLiteral("or_eq"),
        QStringLiteral("private"),
        QStringLiteral("protected"),
        QStringLiteral("public"),
        QStringLiteral("register"),
        QStringLiteral("reinterpret_cast"),
        QStringLiteral("requires"),
        QStringLiteral("return"),
        QStringLiteral("short"),
        QStringLiteral("signed"),
        QStringLiteral("sizeof"),
        QStringLiteral("static"),
        QStringLiteral("static_assert"),
        QStringLiteral("static_cast"),
        QStringLiteral("struct"),
        QStringLiteral("switch"),
        QStringLiteral("template"),
        QStringLiteral("this"),
        QStringLiteral("thread_local"),
        QStringLiteral("throw"),
        QStringLiteral("true"),
        QStringLiteral("try"),
        QStringLiteral("typedef"),
        QStringLiteral("typeid"),
        QStringLiteral("typename"),
        QStringLiteral("union"),
        QStringLiteral("unsigned"),
        QStringLiteral("using"),
        QStringLiteral("virtual"),
        QStringLiteral("void"),
        QStringLiteral("volatile"),
        QStringLiteral("wchar_t"),
        QStringLiteral("while"),
        QStringLiteral("xor"),
        QStringLiteral("xor_eq"),
        // Names Qt defines as macros; a namespace called so would not compile.
        QStringLiteral("signals"),
        QStringLiteral("slots"),
        QStringLiteral("emit"),
        QStringLiteral("foreach"),
        QStringLiteral("forever"),
        // The framework's own namespace.
        QStringLiteral("fm"),
        QStringLiteral("std"),
    };
    return keywords.contains(word);
}

QString cppStringLiteral(const QString &text, bool utf16)
{
    QString out = utf16 ? QStringLiteral("u\"") : QStringLiteral("\"");
    const QList<uint> codepoints = text.toUcs4();
    for (qsizetype i = 0; i < codepoints.size(); ++i) {
        const uint c = codepoints.at(i);
        const bool nextIsQuestion = i + 1 < codepoints.size() && codepoints.at(i + 1) == '?';
        if (c == '\\' || c == '"')
            out += QLatin1Char('\\') + QChar(c);
        else if (c == '\n')
            out += QStringLiteral("\\n");
        else if (c == '\t')
            out += QStringLiteral("\\t");
        else if (c == '?' && nextIsQuestion)
            out += QStringLiteral("\\?"); // never a trigraph, whatever the compiler mode
        else if (c >= 0x20 && c < 0x7f)
            out += QChar(c);
        else if (!utf16 && c < 0x100)
            out += QStringLiteral("\\%1").arg(c, 3, 8, QLatin1Char('0')); // octal: fixed width
        else if (c < 0x10000)
            out += QStringLiteral("\\u%1").arg(c, 4, 16, QLatin1Char('0'));
        else
            out += QStringLiteral("\\U%1").arg(c, 8, 16, QLatin1Char('0'));
    }
    return out + QLatin1Char('"');
}

bool isLatin1(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() > 0xff)
            return false;
    }
    return true;
}

} // namespace fm::codegen
