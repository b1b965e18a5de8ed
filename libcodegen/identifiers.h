// SPDX-License-Identifier: MIT
#pragma once

#include "fm_codegen_export.h"

#include <QString>
#include <QStringList>

namespace fm::codegen {

// C++ names derived from DocType, field, choice and app names. Generated code must
// compile whatever the user typed, so each function returns a valid identifier.

// "Sales Order" -> "SalesOrder", "customer_name" -> "CustomerName", "Ärger" -> "Arger".
// Letters outside ASCII lose their accents or are dropped; empty when nothing is left.
FM_CODEGEN_EXPORT QString pascalCase(const QString &text);

// kPascalCase constant: "customer_name" -> "kCustomerName", "1 - High" -> "k1High";
// `fallback` when the text has no usable character.
FM_CODEGEN_EXPORT QString constantName(const QString &text, const QString &fallback);

// Makes each name unique by appending _2, _3, ... to later duplicates; order is kept.
FM_CODEGEN_EXPORT QStringList uniqueNames(const QStringList &names);

// Namespace for an app's code: the app name in snake case, "app_" before a leading
// digit, "_app" after a C++ keyword. Empty when the app name is empty.
FM_CODEGEN_EXPORT QString appNamespace(const QString &app);

FM_CODEGEN_EXPORT bool isCppKeyword(const QString &word);

// A quoted C++ string literal, itself ASCII: with `utf16` a u"" literal that keeps
// every character (as \u escapes), else a narrow literal holding Latin-1 bytes, for
// QLatin1StringView (the text must pass isLatin1()).
FM_CODEGEN_EXPORT QString cppStringLiteral(const QString &text, bool utf16 = false);

// True when a QLatin1StringView literal can hold the text unchanged.
FM_CODEGEN_EXPORT bool isLatin1(const QString &text);

} // namespace fm::codegen
