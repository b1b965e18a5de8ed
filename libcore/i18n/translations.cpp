// SPDX-License-Identifier: MIT
#include "i18n/translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QMutex>
#include <QPointer>
#include <QTranslator>

#include <algorithm>
#include <atomic>
#include <memory>
#include <vector>

namespace fm::core {

namespace {

// One language: our catalogue, then Qt's own (standard dialog buttons) when Debian's
// qt6-translations-l10n has it.
struct Catalogue
{
    QString language;
    std::vector<std::unique_ptr<QTranslator>> translators;
};

// Loaded once by the first install() and never changed after, so worker threads read
// them without a lock; languages are named by their index in it.
std::vector<Catalogue> &catalogues()
{
    static std::vector<Catalogue> all;
    return all;
}

std::atomic<int> g_processLanguage{-1}; // index into catalogues(), -1: the source language
thread_local int t_threadLanguage = -2; // -2: no ThreadLanguage, follow the process

int indexOf(const QString &language)
{
    const auto &all = catalogues();
    for (size_t i = 0; i < all.size(); ++i) {
        if (all[i].language == language)
            return int(i);
    }
    return -1;
}

int currentIndex()
{
    return t_threadLanguage != -2 ? t_threadLanguage : g_processLanguage.load();
}

// Answers every tr() in the calling thread's language; an empty answer lets
// QCoreApplication fall back to the English source text.
class DispatchingTranslator final : public QTranslator
{
public:
    using QTranslator::QTranslator;

    QString translate(const char *context, const char *sourceText,
                      const char *disambiguation = nullptr, int n = -1) const override
    {
        const int index = currentIndex();
        if (index < 0)
            return {};
        for (const auto &translator : catalogues()[size_t(index)].translators) {
            QString text = translator->translate(context, sourceText, disambiguation, n);
            if (!text.isNull())
                return text;
        }
        return {};
    }

    bool isEmpty() const override { return false; }
};

QStringList catalogueLanguages()
{
    QStringList languages;
    const QStringList files =
        QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("fm_*.qm")}, QDir::Files);
    for (const QString &file : files)
        languages << file.mid(3, file.size() - 6);
    languages.sort();
    return languages;
}

void loadCatalogues()
{
    auto &all = catalogues();
    for (const QString &language : catalogueLanguages()) {
        Catalogue catalogue{language, {}};
        auto ours = std::make_unique<QTranslator>();
        if (ours->load(QStringLiteral(":/i18n/fm_%1.qm").arg(language)))
            catalogue.translators.push_back(std::move(ours));
        auto qt = std::make_unique<QTranslator>();
        if (language != QLatin1String(Translations::kSourceLanguage) &&
            qt->load(QStringLiteral("qtbase_") + language,
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            catalogue.translators.push_back(std::move(qt));
        all.push_back(std::move(catalogue));
    }
}

// "de-CH", "de_DE.UTF-8", "de@euro" -> "de"; "C" and "POSIX" name no language.
QString primaryLanguage(const QString &tag)
{
    QString text = tag.trimmed().toLower();
    for (const QChar stop :
         {QLatin1Char('.'), QLatin1Char('@'), QLatin1Char('-'), QLatin1Char('_')})
        text = text.section(stop, 0, 0);
    if (text == QLatin1String("c") || text == QLatin1String("posix"))
        return {};
    return text;
}

} // namespace

QStringList Translations::available()
{
    // The resources are built in, so the list never changes: read it once.
    static const QStringList languages = [] {
        QStringList found = catalogueLanguages();
        if (!found.contains(QLatin1String(kSourceLanguage)))
            found << QLatin1String(kSourceLanguage);
        found.sort();
        return found;
    }();
    return languages;
}

QString Translations::install(const QString &language)
{
    // For startup, but two first calls must not race. A program may make a second
    // application object (m-studio reads its command line with a QCoreApplication
    // first): each gets the translator, the catalogues load once.
    static QMutex mutex;
    static QPointer<QCoreApplication> installedIn;
    QMutexLocker lock(&mutex);
    if (catalogues().empty())
        loadCatalogues();
    if (QCoreApplication *app = QCoreApplication::instance(); app && installedIn != app) {
        // Parented to the application: it lives exactly as long as the translator list.
        QCoreApplication::installTranslator(new DispatchingTranslator(app));
        installedIn = app;
    }
    QString chosen = match({language});
    if (chosen.isEmpty())
        chosen = match(QLocale::system().uiLanguages());
    if (chosen.isEmpty())
        chosen = QLatin1String(kSourceLanguage);
    g_processLanguage = indexOf(chosen);
    return chosen;
}

QString Translations::processLanguage()
{
    const int index = g_processLanguage.load();
    return index < 0 ? QString::fromLatin1(kSourceLanguage) : catalogues()[size_t(index)].language;
}

QString Translations::match(const QStringList &wanted)
{
    const QStringList have = available();
    for (const QString &tag : wanted) {
        const QString language = primaryLanguage(tag);
        if (!language.isEmpty() && have.contains(language))
            return language;
    }
    return {};
}

QString Translations::fromAcceptLanguage(const QByteArray &header)
{
    // RFC 9110 12.5.4: "tag;q=weight" items; a missing weight is 1, weight 0 means "not
    // this one". An item that cannot be read is skipped, not the whole header.
    struct Item
    {
        QString tag;
        double weight;
    };
    QList<Item> items;
    for (const QByteArray &part : header.split(',')) {
        const QList<QByteArray> pieces = part.split(';');
        const QString tag = QString::fromLatin1(pieces.first().trimmed());
        if (tag.isEmpty() || tag == QLatin1String("*"))
            continue;
        double weight = 1.0;
        bool readable = true;
        for (qsizetype i = 1; i < pieces.size(); ++i) {
            const QByteArray param = pieces[i].trimmed();
            if (param.startsWith("q=")) {
                weight = param.mid(2).toDouble(&readable);
                readable = readable && weight >= 0.0 && weight <= 1.0;
            }
        }
        if (readable && weight > 0.0)
            items.append({tag, weight});
    }
    std::stable_sort(items.begin(), items.end(),
                     [](const Item &a, const Item &b) { return a.weight > b.weight; });
    QStringList tags;
    for (const Item &item : items)
        tags << item.tag;
    return match(tags);
}

QString Translations::nativeName(const QString &language)
{
    // QLocale("en") is en_US, whose own name is "American English": the catalogue is
    // plain English.
    if (language == QLatin1String(kSourceLanguage))
        return QStringLiteral("English");
    const QLocale locale(language);
    const QString name = locale.nativeLanguageName();
    if (name.isEmpty())
        return language;
    return name.left(1).toUpper() + name.mid(1);
}

ThreadLanguage::ThreadLanguage(const QString &language)
    : m_previous(t_threadLanguage)
{
    const QString chosen = Translations::match({language});
    if (!chosen.isEmpty())
        t_threadLanguage = indexOf(chosen); // -1 for English without a catalogue
}

ThreadLanguage::~ThreadLanguage()
{
    t_threadLanguage = m_previous;
}

QString ThreadLanguage::current()
{
    const int index = currentIndex();
    return index < 0 ? QString::fromLatin1(Translations::kSourceLanguage)
                     : catalogues()[size_t(index)].language;
}

} // namespace fm::core
