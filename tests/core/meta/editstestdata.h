// SPDX-License-Identifier: MIT
#pragma once

// Shared by the DocType edit tests: the helpdesk Ticket as a value, and a check that an
// edited DocType still loads without errors when written and read back.

#include "meta/doctypejson.h"
#include "meta/doctypeloader.h"

#include <QFile>
#include <QTest>

inline fm::core::DocType loadTicket()
{
    QFile file(QStringLiteral(FM_SOURCE_DIR
                              "/examples/helpdesk/apps/helpdesk/doctypes/ticket/ticket.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    fm::core::FieldTypeRegistry types;
    fm::core::Diagnostics diagnostics;
    return fm::core::DocTypeLoader(types)
        .loadJson(file.readAll(), file.fileName(), diagnostics)
        .value_or(fm::core::DocType());
}

// The loader's errors for the written DocType, one per line; empty when it loads cleanly.
inline QString reloadErrors(const fm::core::DocType &doctype)
{
    fm::core::FieldTypeRegistry types;
    fm::core::Diagnostics diagnostics;
    const auto loaded = fm::core::DocTypeLoader(types).loadJson(
        fm::core::toJsonText(doctype), QStringLiteral("edited.json"), diagnostics);
    QStringList errors;
    for (const fm::core::Diagnostic &d : diagnostics) {
        if (d.severity == fm::core::Diagnostic::Severity::Error)
            errors << d.toString();
    }
    if (!loaded)
        errors << QStringLiteral("not loaded");
    else if (fm::core::toJsonText(*loaded) != fm::core::toJsonText(doctype))
        errors << QStringLiteral("written and read back, the DocType differs");
    return errors.join(QLatin1Char('\n'));
}
