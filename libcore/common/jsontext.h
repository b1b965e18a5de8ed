// SPDX-License-Identifier: MIT
#pragma once

#include "fm_core_export.h"

#include <QByteArray>
#include <QJsonValue>
#include <QString>
#include <QVariant>

// JSON text written straight into a buffer, byte for byte what QJsonDocument's compact
// writer prints for the same value (ADR 0274): the hot answers (REST documents and
// lists) and the event outbox's rows skip building QJsonObject trees only to print them.
namespace fm::json {

// A JSON string: Qt's escapes (\" \\ \b \f \n \r \t, \u00XX for the other control
// characters), UTF-8 for the rest; text with a lone surrogate is printed by Qt.
FM_CORE_EXPORT void appendString(QByteArray &out, const QString &text);

// Any JSON value; objects and arrays through Qt's writer.
FM_CORE_EXPORT void appendValue(QByteArray &out, const QJsonValue &value);

// A value as Document::toJson() turns it into JSON (invalid and null are null, a
// QJsonValue as it is, other types through QJsonValue::fromVariant). False, with
// nothing written, when that gives Undefined: QJsonObject::insert drops such a key.
FM_CORE_EXPORT bool appendVariant(QByteArray &out, const QVariant &value);

} // namespace fm::json
