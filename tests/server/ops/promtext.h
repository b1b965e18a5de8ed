// SPDX-License-Identifier: MIT
#pragma once

// A strict reader of the Prometheus text exposition format 0.0.4, for tests: every
// line must be a comment (# HELP / # TYPE / other #) or a valid sample, TYPE comes
// before the metric's samples and at most once, and histograms must be well formed
// (buckets with le, cumulative counts that never fall, +Inf equal to _count).

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QStringList>

#include <cmath>
#include <limits>

namespace promtext {

struct Sample
{
    QString name;
    QMap<QString, QString> labels;
    double value = 0;
};

struct Exposition
{
    QString error; // empty when the text is valid
    QList<Sample> samples;
    QHash<QString, QString> types;

    bool ok() const { return error.isEmpty(); }
    // The value of the sample with exactly these labels; NaN when there is none.
    double value(const QString &name, const QMap<QString, QString> &labels = {}) const
    {
        for (const Sample &sample : samples) {
            if (sample.name == name && sample.labels == labels)
                return sample.value;
        }
        return std::numeric_limits<double>::quiet_NaN();
    }
    // The sum over every sample of `name` whose labels include `subset`.
    double sum(const QString &name, const QMap<QString, QString> &subset = {}) const
    {
        double total = 0;
        for (const Sample &sample : samples) {
            if (sample.name != name)
                continue;
            bool matches = true;
            for (auto it = subset.cbegin(); it != subset.cend() && matches; ++it)
                matches = sample.labels.value(it.key()) == it.value();
            if (matches)
                total += sample.value;
        }
        return total;
    }
};

inline bool parseValue(const QString &text, double *value)
{
    if (text == QLatin1String("+Inf") || text == QLatin1String("Inf")) {
        *value = std::numeric_limits<double>::infinity();
        return true;
    }
    if (text == QLatin1String("-Inf")) {
        *value = -std::numeric_limits<double>::infinity();
        return true;
    }
    if (text == QLatin1String("NaN")) {
        *value = std::numeric_limits<double>::quiet_NaN();
        return true;
    }
    bool ok = false;
    *value = text.toDouble(&ok);
    return ok;
}

// Labels from `text` = the part between { and }, with the format's escapes.
inline bool parseLabels(const QString &text, QMap<QString, QString> *labels, QString *error)
{
    static const QRegularExpression labelName(QStringLiteral("^[a-zA-Z_][a-zA-Z0-9_]*$"));
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype eq = text.indexOf(QLatin1Char('='), i);
        if (eq < 0) {
            *error = QStringLiteral("label without '=' in {%1}").arg(text);
            return false;
        }
        const QString name = text.mid(i, eq - i);
        if (!labelName.match(name).hasMatch() || labels->contains(name)) {
            *error = QStringLiteral("bad or repeated label name \"%1\"").arg(name);
            return false;
        }
        if (eq + 1 >= text.size() || text.at(eq + 1) != QLatin1Char('"')) {
            *error = QStringLiteral("label %1 value is not quoted").arg(name);
            return false;
        }
        QString value;
        qsizetype j = eq + 2;
        for (; j < text.size() && text.at(j) != QLatin1Char('"'); ++j) {
            if (text.at(j) != QLatin1Char('\\')) {
                value += text.at(j);
                continue;
            }
            if (++j >= text.size()) {
                *error = QStringLiteral("label %1 ends in a lone backslash").arg(name);
                return false;
            }
            const QChar escaped = text.at(j);
            if (escaped == QLatin1Char('n'))
                value += QLatin1Char('\n');
            else if (escaped == QLatin1Char('\\') || escaped == QLatin1Char('"'))
                value += escaped;
            else {
                *error = QStringLiteral("label %1 has the unknown escape \\%2").arg(name, escaped);
                return false;
            }
        }
        if (j >= text.size()) {
            *error = QStringLiteral("label %1 value is not closed").arg(name);
            return false;
        }
        labels->insert(name, value);
        i = j + 1;
        if (i < text.size()) {
            if (text.at(i) != QLatin1Char(',')) {
                *error = QStringLiteral("labels not separated by ',' in {%1}").arg(text);
                return false;
            }
            ++i;
        }
    }
    return true;
}

inline QString histogramProblem(const Exposition &exposition, const QString &name)
{
    // Group the buckets by their labels other than le.
    QMap<QString, QList<QPair<double, double>>> series;
    for (const Sample &sample : exposition.samples) {
        if (sample.name != name + QLatin1String("_bucket"))
            continue;
        double le = 0;
        if (!sample.labels.contains(QStringLiteral("le")) ||
            !parseValue(sample.labels.value(QStringLiteral("le")), &le))
            return QStringLiteral("%1_bucket without a numeric le").arg(name);
        QMap<QString, QString> rest = sample.labels;
        rest.remove(QStringLiteral("le"));
        QStringList key;
        for (auto it = rest.cbegin(); it != rest.cend(); ++it)
            key << it.key() + QLatin1Char('=') + it.value();
        series[key.join(QLatin1Char(','))].append({le, sample.value});
    }
    for (auto it = series.cbegin(); it != series.cend(); ++it) {
        const auto &buckets = it.value();
        for (qsizetype i = 1; i < buckets.size(); ++i) {
            if (buckets[i].first <= buckets[i - 1].first ||
                buckets[i].second < buckets[i - 1].second)
                return QStringLiteral("%1{%2}: buckets not increasing").arg(name, it.key());
        }
        if (buckets.isEmpty() || !std::isinf(buckets.last().first))
            return QStringLiteral("%1{%2}: no +Inf bucket").arg(name, it.key());
        double count = -1;
        for (const Sample &sample : exposition.samples) {
            if (sample.name != name + QLatin1String("_count"))
                continue;
            QStringList key;
            for (auto l = sample.labels.cbegin(); l != sample.labels.cend(); ++l)
                key << l.key() + QLatin1Char('=') + l.value();
            if (key.join(QLatin1Char(',')) == it.key())
                count = sample.value;
        }
        if (count != buckets.last().second)
            return QStringLiteral("%1{%2}: _count %3 differs from the +Inf bucket %4")
                .arg(name, it.key())
                .arg(count)
                .arg(buckets.last().second);
    }
    return {};
}

inline Exposition parse(const QByteArray &text)
{
    static const QRegularExpression sampleLine(
        QStringLiteral("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)\\})? (\\S+)(?: (-?\\d+))?$"));
    static const QRegularExpression typeLine(QStringLiteral(
        "^# TYPE ([a-zA-Z_:][a-zA-Z0-9_:]*) (counter|gauge|histogram|summary|untyped)$"));
    static const QRegularExpression helpLine(QStringLiteral("^# HELP ([a-zA-Z_:][a-zA-Z0-9_:]*) "));
    Exposition out;
    if (!text.endsWith('\n')) {
        out.error = QStringLiteral("the text does not end with a line feed");
        return out;
    }
    QSet<QString> seen; // metric families that already had samples
    const QList<QByteArray> lines = text.left(text.size() - 1).split('\n');
    for (qsizetype n = 0; n < lines.size(); ++n) {
        const QString line = QString::fromUtf8(lines[n]);
        const QString where = QStringLiteral("line %1 \"%2\": ").arg(n + 1).arg(line);
        if (line.isEmpty())
            continue;
        if (line.startsWith(QLatin1Char('#'))) {
            if (line.startsWith(QLatin1String("# TYPE"))) {
                const auto match = typeLine.match(line);
                if (!match.hasMatch() || out.types.contains(match.captured(1)) ||
                    seen.contains(match.captured(1))) {
                    out.error = where + QStringLiteral("bad, repeated or late TYPE");
                    return out;
                }
                out.types.insert(match.captured(1), match.captured(2));
            } else if (line.startsWith(QLatin1String("# HELP")) &&
                       !helpLine.match(line).hasMatch()) {
                out.error = where + QStringLiteral("bad HELP");
                return out;
            }
            continue;
        }
        const auto match = sampleLine.match(line);
        Sample sample;
        if (!match.hasMatch() || !parseValue(match.captured(3), &sample.value)) {
            out.error = where + QStringLiteral("not a sample");
            return out;
        }
        sample.name = match.captured(1);
        QString error;
        if (!parseLabels(match.captured(2), &sample.labels, &error)) {
            out.error = where + error;
            return out;
        }
        QString family = sample.name;
        for (const QLatin1String suffix :
             {QLatin1String("_bucket"), QLatin1String("_sum"), QLatin1String("_count")}) {
            if (family.endsWith(suffix) &&
                out.types.value(family.chopped(suffix.size())) == QLatin1String("histogram")) {
                family.chop(suffix.size());
                break;
            }
        }
        seen.insert(family);
        out.samples.append(sample);
    }
    for (auto it = out.types.cbegin(); it != out.types.cend(); ++it) {
        if (it.value() != QLatin1String("histogram"))
            continue;
        if (const QString problem = histogramProblem(out, it.key()); !problem.isEmpty()) {
            out.error = problem;
            return out;
        }
    }
    return out;
}

} // namespace promtext
