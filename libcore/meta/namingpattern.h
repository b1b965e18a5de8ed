// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace fm::core {

// A "series:" naming pattern such as "TKT-.YYYY.-.#####": parts separated by '.',
// each a date token (YYYY, YY, MM, DD), the counter (one run of 1..12 '#') or literal
// text that may hold {fieldname} placeholders.
class FM_CORE_EXPORT NamingPattern final
{
public:
    struct Part
    {
        enum class Kind { Literal, Year4, Year2, Month, Day, Counter };
        Kind kind = Kind::Literal;
        QString text; // Literal: the text, placeholders included; Counter: the '#' run
    };
    using FieldValue = std::function<QString(const QString &fieldname)>;

    // Checks the pattern; placeholders must name one of `fieldnames`.
    static Result<NamingPattern> parse(const QString &pattern, const QStringList &fieldnames);

    const QString &pattern() const { return m_pattern; }
    const QList<Part> &parts() const { return m_parts; }
    int counterWidth() const;         // number of '#' in the counter run
    QStringList placeholders() const; // fieldnames used in {…}, in order, without repeats

    // The name with dates and placeholders filled in and the counter run kept as '#'
    // characters ("TKT-2026-#####"): names sharing a key share one counter.
    QString key(QDate date, const FieldValue &fieldValue) const;
    // The name for `counter`, zero-padded to the run's width; a wider number is kept whole.
    QString render(QDate date, const FieldValue &fieldValue, qint64 counter) const;

private:
    QString build(QDate date, const FieldValue &fieldValue, const QString &counter) const;

    QString m_pattern;
    QList<Part> m_parts;
};

} // namespace fm::core
