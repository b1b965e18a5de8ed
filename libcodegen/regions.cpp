// SPDX-License-Identifier: MIT
#include "regions.h"

#include <QHash>
#include <QRegularExpression>

namespace fm::codegen {

namespace {

const QLatin1StringView kMarkerTag("fm:generated:");

struct Marker
{
    enum class Kind { None, Begin, End, Malformed };
    Kind kind = Kind::None;
    QString id;
};

// Reads one line (without its line end). Only a line that is nothing but a comment
// starting with "fm:generated:" is a marker; prose that mentions the tag is not.
Marker parseMarker(QStringView line)
{
    QStringView body = line.trimmed();
    bool html = false;
    if (body.startsWith(u"//")) {
        body = body.mid(2);
    } else if (body.startsWith(u"<!--")) {
        body = body.mid(4);
        html = true;
    } else if (body.startsWith(u"#")) {
        body = body.mid(1);
    } else {
        return {};
    }
    body = body.trimmed();
    if (!body.startsWith(kMarkerTag))
        return {};
    if (html) {
        if (!body.endsWith(u"-->"))
            return {Marker::Kind::Malformed, {}};
        body.chop(3);
    }
    static const QRegularExpression pattern(
        QStringLiteral("^fm:generated:(begin|end)\\s+([A-Za-z0-9_.-]+)\\s*$"));
    const QRegularExpressionMatch match = pattern.match(body);
    if (!match.hasMatch())
        return {Marker::Kind::Malformed, {}};
    return {match.captured(1) == u"begin" ? Marker::Kind::Begin : Marker::Kind::End,
            match.captured(2)};
}

tl::unexpected<Error> broken(int line, const QString &problem, const QString &fix)
{
    return fail(
        ErrorCode::BadRequest,
        QStringLiteral("line %1: %2; %3. Nothing was written.").arg(line).arg(problem, fix));
}

QString commentOpen(CommentStyle style)
{
    switch (style) {
    case CommentStyle::Cpp:
        return QStringLiteral("// ");
    case CommentStyle::Hash:
        return QStringLiteral("# ");
    case CommentStyle::Html:
        return QStringLiteral("<!-- ");
    }
    return {};
}

QString marker(CommentStyle style, const QString &what, const QString &id)
{
    return commentOpen(style) + kMarkerTag + what + QLatin1Char(' ') + id +
           (style == CommentStyle::Html ? QStringLiteral(" -->") : QString());
}

} // namespace

QString beginMarker(CommentStyle style, const QString &id)
{
    return marker(style, QStringLiteral("begin"), id);
}

QString endMarker(CommentStyle style, const QString &id)
{
    return marker(style, QStringLiteral("end"), id);
}

Result<QList<Region>> findRegions(const QString &text)
{
    QList<Region> regions;
    QHash<QString, int> seen; // id -> line of its begin marker
    std::optional<Region> open;
    int lineNumber = 0;
    for (qsizetype pos = 0; pos < text.size();) {
        ++lineNumber;
        const qsizetype newline = text.indexOf(QLatin1Char('\n'), pos);
        const qsizetype lineEnd = newline < 0 ? text.size() : newline;
        const qsizetype next = newline < 0 ? text.size() : newline + 1;
        QStringView line = QStringView(text).mid(pos, lineEnd - pos);
        if (line.endsWith(u'\r'))
            line.chop(1);
        if (pos == 0 && line.startsWith(QChar::ByteOrderMark))
            line = line.mid(1);

        const Marker m = parseMarker(line);
        switch (m.kind) {
        case Marker::Kind::None:
            break;
        case Marker::Kind::Malformed:
            return broken(
                lineNumber,
                QStringLiteral("\"%1\" is not a valid generated-region marker").arg(line.trimmed()),
                QStringLiteral("write it as \"fm:generated:begin <id>\" or "
                               "\"fm:generated:end <id>\" alone in a comment, or "
                               "remove it"));
        case Marker::Kind::Begin:
            if (open)
                return broken(
                    lineNumber,
                    QStringLiteral("region \"%1\" begins inside region \"%2\" (line %3)")
                        .arg(m.id, open->id)
                        .arg(open->beginLine),
                    QStringLiteral("regions cannot nest: end \"%1\" before it").arg(open->id));
            if (seen.contains(m.id))
                return broken(
                    lineNumber,
                    QStringLiteral("region \"%1\" appears a second time (first at line %2)")
                        .arg(m.id)
                        .arg(seen.value(m.id)),
                    QStringLiteral("remove one of the two regions"));
            seen.insert(m.id, lineNumber);
            open = Region{m.id, next, 0, lineNumber};
            break;
        case Marker::Kind::End:
            if (!open)
                return broken(
                    lineNumber,
                    QStringLiteral("end marker of region \"%1\" has no begin marker").arg(m.id),
                    QStringLiteral("add \"fm:generated:begin %1\" where the region starts, "
                                   "or remove the end marker")
                        .arg(m.id));
            if (m.id != open->id)
                return broken(
                    lineNumber,
                    QStringLiteral("end marker of region \"%1\" closes region \"%2\" "
                                   "(begun at line %3)")
                        .arg(m.id, open->id)
                        .arg(open->beginLine),
                    QStringLiteral("regions cannot overlap: end \"%1\" first").arg(open->id));
            open->contentEnd = pos;
            regions << *open;
            open.reset();
            break;
        }
        pos = next;
    }
    if (open)
        return broken(open->beginLine,
                      QStringLiteral("region \"%1\" has no end marker").arg(open->id),
                      QStringLiteral("add \"fm:generated:end %1\" on its own line where the "
                                     "region ends")
                          .arg(open->id));
    return regions;
}

Result<QString> mergeGenerated(const QString &existing, const QString &fresh)
{
    const Result<QList<Region>> existingRegions = findRegions(existing);
    if (!existingRegions)
        return fail(existingRegions.error());
    const Result<QList<Region>> freshRegions = findRegions(fresh);
    if (!freshRegions)
        return fail(ErrorCode::Internal,
                    QStringLiteral("the generator produced broken region markers (%1); please "
                                   "report this bug")
                        .arg(freshRegions.error().message()));

    QHash<QString, QString> freshContent;
    for (const Region &r : *freshRegions)
        freshContent.insert(r.id, fresh.mid(r.contentBegin, r.contentEnd - r.contentBegin));

    QString merged;
    merged.reserve(existing.size() + fresh.size());
    qsizetype cursor = 0;
    for (const Region &r : *existingRegions) {
        const auto it = freshContent.constFind(r.id);
        if (it == freshContent.constEnd())
            continue;
        merged += QStringView(existing).mid(cursor, r.contentBegin - cursor);
        const bool crlf = r.contentBegin >= 2 && existing.at(r.contentBegin - 2) == u'\r';
        QString content = *it;
        content.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        if (crlf)
            content.replace(QLatin1Char('\n'), QStringLiteral("\r\n"));
        merged += content;
        cursor = r.contentEnd;
    }
    merged += QStringView(existing).mid(cursor);
    return merged;
}

} // namespace fm::codegen
