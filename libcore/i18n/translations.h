// SPDX-License-Identifier: MIT
#pragma once

#include "fm_core_export.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace fm::core {

// The catalogues Framework M ships (translations/fm_<language>.ts, built into
// ":/i18n/fm_<language>.qm") and the language each thread speaks.
//
// install() puts one translator into QCoreApplication that answers every tr() in the
// language of the calling thread: the process's language by default, or the one a
// ThreadLanguage names while it lives (the server sets one per request, from
// Accept-Language). QCoreApplication's own translator list has no notion of threads,
// hence the dispatch (ADR 0265).
class FM_CORE_EXPORT Translations final
{
public:
    // The language of the source strings; it needs no catalogue but has one for plurals.
    static constexpr char kSourceLanguage[] = "en";

    // Languages with a catalogue, as ISO 639 codes ("de", "en"), sorted.
    static QStringList available();

    // Loads the catalogues and installs the translator (the first call only) and makes
    // `language` the process's language; an empty or unavailable one picks the best
    // match for the system locale (LANGUAGE, LC_ALL, LC_MESSAGES, LANG on Unix).
    // Needs a QCoreApplication. Returns the language now spoken.
    static QString install(const QString &language = {});

    // The process's language (what install() chose); "en" before install().
    static QString processLanguage();

    // The first of `wanted` that has a catalogue, matching "de-CH", "de_DE" and "de" to
    // "de"; empty when none does.
    static QString match(const QStringList &wanted);

    // The best language for an HTTP Accept-Language value ("de-CH, de;q=0.9, en;q=0.8"),
    // by q weight; empty when the header names none we have, or cannot be read.
    static QString fromAcceptLanguage(const QByteArray &header);

    // A language's own name, for menus: "Deutsch", "English".
    static QString nativeName(const QString &language);
};

// While alive, tr() on this thread speaks `language` (one the catalogues have; others
// leave the thread's language as it was). Scopes nest.
class FM_CORE_EXPORT ThreadLanguage final
{
public:
    explicit ThreadLanguage(const QString &language);
    ~ThreadLanguage();
    ThreadLanguage(const ThreadLanguage &) = delete;
    ThreadLanguage &operator=(const ThreadLanguage &) = delete;

    // The language tr() speaks on this thread now.
    static QString current();

private:
    int m_previous; // the thread's language before this scope
};

} // namespace fm::core
