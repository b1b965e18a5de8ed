// SPDX-License-Identifier: MIT
#include "meta/namingpattern.h"

#include "common/textdistance.h"

#include <QCoreApplication>

namespace fm::core {

namespace {

struct NamingpatternTr
{
    Q_DECLARE_TR_FUNCTIONS(fm::core::NamingPattern)
};

} // namespace

namespace {

constexpr int kMaxCounterWidth = 12;

tl::unexpected<Error> patternError(const QString &pattern, const QString &problem)
{
    return fail(ErrorCode::InvalidMeta,
                NamingpatternTr::tr("naming pattern \"%1\": %2").arg(pattern, problem));
}

// Calls `onPlaceholder` for each {name} and `onText` for the text between them.
// Returns an error text for an unbalanced or empty brace, else an empty string.
QString scanLiteral(const QString &text, const std::function<void(const QString &)> &onText,
                    const std::function<void(const QString &)> &onPlaceholder)
{
    qsizetype pos = 0;
    while (pos < text.size()) {
        const qsizetype open = text.indexOf(QLatin1Char('{'), pos);
        const qsizetype stray = text.indexOf(QLatin1Char('}'), pos);
        if (stray >= 0 && (open < 0 || stray < open))
            return NamingpatternTr::tr("'}' without a '{' in \"%1\"; write placeholders as "
                                       "{fieldname}")
                .arg(text);
        if (open < 0) {
            onText(text.mid(pos));
            break;
        }
        const qsizetype close = text.indexOf(QLatin1Char('}'), open);
        if (close < 0)
            return NamingpatternTr::tr("'{' is not closed in \"%1\"; write placeholders as "
                                       "{fieldname}")
                .arg(text);
        onText(text.mid(pos, open - pos));
        const QString name = text.mid(open + 1, close - open - 1).trimmed();
        if (name.isEmpty())
            return NamingpatternTr::tr("empty placeholder {} in \"%1\"; put a fieldname inside "
                                       "the braces")
                .arg(text);
        onPlaceholder(name);
        pos = close + 1;
    }
    return QString();
}

} // namespace

Result<NamingPattern> NamingPattern::parse(const QString &pattern, const QStringList &fieldnames)
{
    if (pattern.trimmed().isEmpty())
        return patternError(pattern, NamingpatternTr::tr("the pattern is empty; write e.g. "
                                                         "\"INV-.YYYY.-.#####\""));
    NamingPattern result;
    result.m_pattern = pattern;
    const QStringList texts = pattern.split(QLatin1Char('.'));
    int counters = 0;
    for (const QString &text : texts) {
        Part part;
        part.text = text;
        if (text.isEmpty()) {
            return patternError(pattern, NamingpatternTr::tr("it has an empty part (two dots in a "
                                                             "row, or a dot at an end); remove "
                                                             "the extra '.'"));
        }
        if (text == QLatin1String("YYYY")) {
            part.kind = Part::Kind::Year4;
        } else if (text == QLatin1String("YY")) {
            part.kind = Part::Kind::Year2;
        } else if (text == QLatin1String("MM")) {
            part.kind = Part::Kind::Month;
        } else if (text == QLatin1String("DD")) {
            part.kind = Part::Kind::Day;
        } else if (text.count(QLatin1Char('#')) == text.size()) {
            part.kind = Part::Kind::Counter;
            if (text.size() > kMaxCounterWidth) {
                return patternError(pattern,
                                    NamingpatternTr::tr("the counter \"%1\" has %2 digits; "
                                                        "use at most %3 '#'")
                                        .arg(text)
                                        .arg(text.size())
                                        .arg(kMaxCounterWidth));
            }
            if (++counters > 1) {
                return patternError(pattern, NamingpatternTr::tr("it has more than one counter "
                                                                 "('#' run); keep exactly one"));
            }
        } else if (text.contains(QLatin1Char('#'))) {
            return patternError(pattern,
                                NamingpatternTr::tr("'#' is mixed with text in \"%1\"; put "
                                                    "the counter in a part of its own, "
                                                    "e.g. \"INV-.####\"")
                                    .arg(text));
        } else {
            QString unknown;
            const QString problem = scanLiteral(
                text, [](const QString &) {},
                [&](const QString &name) {
                    if (unknown.isEmpty() && !fieldnames.contains(name))
                        unknown = name;
                });
            if (!problem.isEmpty())
                return patternError(pattern, problem);
            if (!unknown.isEmpty()) {
                const QString guess = closestMatch(unknown, fieldnames);
                return patternError(
                    pattern,
                    NamingpatternTr::tr("placeholder {%1} names no field of this DocType; %2")
                        .arg(unknown, guess.isEmpty()
                                          ? NamingpatternTr::tr("use one of: %1")
                                                .arg(fieldnames.join(QStringLiteral(", ")))
                                          : NamingpatternTr::tr("did you mean {%1}?").arg(guess)));
            }
        }
        result.m_parts << part;
    }
    if (counters == 0) {
        return patternError(pattern, NamingpatternTr::tr("it has no counter; add a part of '#', "
                                                         "e.g. \"%1.####\"")
                                         .arg(pattern));
    }
    return result;
}

int NamingPattern::counterWidth() const
{
    for (const Part &part : m_parts) {
        if (part.kind == Part::Kind::Counter)
            return int(part.text.size());
    }
    return 0;
}

QStringList NamingPattern::placeholders() const
{
    QStringList names;
    for (const Part &part : m_parts) {
        if (part.kind != Part::Kind::Literal)
            continue;
        scanLiteral(
            part.text, [](const QString &) {},
            [&](const QString &name) {
                if (!names.contains(name))
                    names << name;
            });
    }
    return names;
}

QString NamingPattern::key(QDate date, const FieldValue &fieldValue) const
{
    return build(date, fieldValue, QString(counterWidth(), QLatin1Char('#')));
}

QString NamingPattern::render(QDate date, const FieldValue &fieldValue, qint64 counter) const
{
    return build(date, fieldValue,
                 QStringLiteral("%1").arg(counter, counterWidth(), 10, QLatin1Char('0')));
}

QString NamingPattern::build(QDate date, const FieldValue &fieldValue, const QString &counter) const
{
    QString out;
    for (const Part &part : m_parts) {
        switch (part.kind) {
        case Part::Kind::Year4:
            out += QStringLiteral("%1").arg(date.year(), 4, 10, QLatin1Char('0'));
            break;
        case Part::Kind::Year2:
            out += QStringLiteral("%1").arg(date.year() % 100, 2, 10, QLatin1Char('0'));
            break;
        case Part::Kind::Month:
            out += QStringLiteral("%1").arg(date.month(), 2, 10, QLatin1Char('0'));
            break;
        case Part::Kind::Day:
            out += QStringLiteral("%1").arg(date.day(), 2, 10, QLatin1Char('0'));
            break;
        case Part::Kind::Counter:
            out += counter;
            break;
        case Part::Kind::Literal:
            scanLiteral(
                part.text, [&](const QString &text) { out += text; },
                [&](const QString &name) {
                    if (fieldValue)
                        out += fieldValue(name);
                });
            break;
        }
    }
    return out;
}

} // namespace fm::core
