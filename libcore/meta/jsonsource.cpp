// SPDX-License-Identifier: MIT
#include "meta/jsonsource.h"

#include <QJsonArray>
#include <QJsonObject>

#include <rapidjson/error/en.h>
#include <rapidjson/memorystream.h>
#include <rapidjson/reader.h>

#include <QCoreApplication>
#include <algorithm>
#include <vector>

namespace fm::core {

namespace {

struct JsonsourceTr
{
    Q_DECLARE_TR_FUNCTIONS(fm::core::JsonSource)
};

} // namespace

namespace {

// Byte offset -> 1-based line and column, the column counted in UTF-8 characters.
class LineIndex final
{
public:
    LineIndex(const QByteArray &text, qsizetype firstLineStart, QString fileName)
        : m_text(text)
        , m_fileName(std::move(fileName))
    {
        m_starts.push_back(firstLineStart);
        for (qsizetype i = firstLineStart; i < text.size(); ++i) {
            if (text.at(i) == '\n')
                m_starts.push_back(i + 1);
        }
    }

    SourceLocation at(qsizetype offset) const
    {
        offset = std::clamp<qsizetype>(offset, m_starts.front(), m_text.size());
        const auto next = std::upper_bound(m_starts.begin(), m_starts.end(), offset);
        const qsizetype lineStart = *(next - 1);
        int column = 1;
        for (qsizetype i = lineStart; i < offset; ++i) {
            if ((static_cast<unsigned char>(m_text.at(i)) & 0xC0) != 0x80)
                ++column;
        }
        return SourceLocation{m_fileName, int(next - m_starts.begin()), column};
    }

private:
    const QByteArray &m_text;
    QString m_fileName;
    std::vector<qsizetype> m_starts;
};

// SAX handler building the QJsonValue while recording where each value and key starts.
// RapidJSON calls a handler just after it consumed a token, so each start is found by
// looking back from the stream position.
class Builder final
{
public:
    // `stream` reads `data` from `base` on (past a byte order mark).
    Builder(const char *data, qsizetype base, const rapidjson::MemoryStream &stream,
            const LineIndex &lines, QHash<QString, SourceLocation> &positions,
            Diagnostics &diagnostics)
        : m_data(data)
        , m_base(base)
        , m_stream(stream)
        , m_lines(lines)
        , m_positions(positions)
        , m_diagnostics(diagnostics)
    {}

    QJsonValue root() const { return m_root; }

    bool Null() { return scalar(QJsonValue(QJsonValue::Null)); }
    bool Bool(bool b) { return scalar(b); }
    bool Int(int i) { return scalar(i); }
    bool Uint(unsigned u) { return scalar(double(u)); }
    bool Int64(int64_t i) { return scalar(double(i)); }
    bool Uint64(uint64_t u) { return scalar(double(u)); }
    bool Double(double d) { return scalar(d); }
    bool RawNumber(const char *, rapidjson::SizeType, bool) { return false; } // not enabled
    bool String(const char *str, rapidjson::SizeType length, bool)
    {
        record(nextPointer(), stringStart());
        add(QString::fromUtf8(str, length));
        return true;
    }
    bool StartObject() { return open(true); }
    bool StartArray() { return open(false); }
    bool EndObject(rapidjson::SizeType) { return close(); }
    bool EndArray(rapidjson::SizeType) { return close(); }
    bool Key(const char *str, rapidjson::SizeType length, bool)
    {
        Frame &top = m_stack.back();
        top.key = QString::fromUtf8(str, length);
        const QString pointer = JsonSource::child(top.pointer, top.key);
        const SourceLocation here = m_lines.at(stringStart());
        if (top.object.contains(top.key)) {
            const SourceLocation first = m_positions.value(pointer + JsonSource::keySuffix());
            m_diagnostics << Diagnostic{
                Diagnostic::Severity::Error, here, QStringLiteral("duplicate-key"),
                JsonsourceTr::tr("key \"%1\" appears twice in this object (first on line %2); "
                                 "only the last one counts")
                    .arg(top.key)
                    .arg(first.line),
                JsonsourceTr::tr("remove one of the two \"%1\" entries").arg(top.key)};
        }
        m_positions.insert(pointer + JsonSource::keySuffix(), here);
        return true;
    }

private:
    struct Frame
    {
        bool isObject = false;
        QString pointer;
        QString key; // of the member being read
        QJsonObject object;
        QJsonArray array;
    };

    // Offsets are into the whole text, byte order mark included.
    qsizetype tell() const { return m_base + qsizetype(m_stream.Tell()); }

    // The opening quote is the first '"' before the end that is not escaped, i.e. not
    // preceded by an odd number of backslashes.
    qsizetype stringStart() const
    {
        for (qsizetype p = tell() - 2; p >= m_base; --p) {
            if (m_data[p] != '"')
                continue;
            qsizetype backslashes = 0;
            while (p - backslashes - 1 >= m_base && m_data[p - backslashes - 1] == '\\')
                ++backslashes;
            if (backslashes % 2 == 0)
                return p;
        }
        return m_base;
    }

    qsizetype scalarStart() const
    {
        qsizetype p = tell();
        while (p > m_base) {
            const char c = m_data[p - 1];
            const bool tokenChar = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || c == '-' ||
                                   c == '+' || c == '.' || c == 'E';
            if (!tokenChar)
                break;
            --p;
        }
        return p;
    }

    QString nextPointer() const
    {
        if (m_stack.empty())
            return QString();
        const Frame &top = m_stack.back();
        return top.isObject ? JsonSource::child(top.pointer, top.key)
                            : JsonSource::child(top.pointer, top.array.size());
    }

    void record(const QString &pointer, qsizetype offset)
    {
        m_positions.insert(pointer, m_lines.at(offset));
    }

    void add(const QJsonValue &value)
    {
        if (m_stack.empty()) {
            m_root = value;
            return;
        }
        Frame &top = m_stack.back();
        if (top.isObject)
            top.object.insert(top.key, value);
        else
            top.array.append(value);
    }

    bool scalar(const QJsonValue &value)
    {
        record(nextPointer(), scalarStart());
        add(value);
        return true;
    }

    bool open(bool isObject)
    {
        Frame frame;
        frame.isObject = isObject;
        frame.pointer = nextPointer();
        record(frame.pointer, tell() - 1);
        m_stack.push_back(std::move(frame));
        return true;
    }

    bool close()
    {
        Frame frame = std::move(m_stack.back());
        m_stack.pop_back();
        if (frame.isObject)
            add(frame.object);
        else
            add(frame.array);
        return true;
    }

    const char *m_data;
    qsizetype m_base;
    const rapidjson::MemoryStream &m_stream;
    const LineIndex &m_lines;
    QHash<QString, SourceLocation> &m_positions;
    Diagnostics &m_diagnostics;
    std::vector<Frame> m_stack;
    QJsonValue m_root;
};

QString syntaxHint(rapidjson::ParseErrorCode code)
{
    switch (code) {
    case rapidjson::kParseErrorDocumentEmpty:
        return JsonsourceTr::tr("write a JSON object: { ... }");
    case rapidjson::kParseErrorObjectMissName:
        return JsonsourceTr::tr("member names are strings in double quotes; remove a trailing "
                                "comma before '}'");
    case rapidjson::kParseErrorObjectMissColon:
        return JsonsourceTr::tr("put ':' between a member's name and its value");
    case rapidjson::kParseErrorObjectMissCommaOrCurlyBracket:
        return JsonsourceTr::tr("separate members with ',' or close the object with '}'");
    case rapidjson::kParseErrorArrayMissCommaOrSquareBracket:
        return JsonsourceTr::tr("separate elements with ',' or close the array with ']'");
    case rapidjson::kParseErrorStringEscapeInvalid:
        return JsonsourceTr::tr("write a backslash inside a string as \\\\");
    case rapidjson::kParseErrorStringMissQuotationMark:
        return JsonsourceTr::tr("close the string with '\"'");
    case rapidjson::kParseErrorStringInvalidEncoding:
        return JsonsourceTr::tr("save the file as UTF-8");
    case rapidjson::kParseErrorDocumentRootNotSingular:
        return JsonsourceTr::tr("a file holds exactly one JSON value; remove what follows it");
    default:
        return JsonsourceTr::tr("values are \"strings\", numbers, true, false, null, {objects} "
                                "or [arrays]");
    }
}

} // namespace

std::optional<JsonSource> JsonSource::parse(const QByteArray &json, const QString &fileName,
                                            Diagnostics &diagnostics)
{
    // A UTF-8 byte order mark is not JSON, but editors write it; skip it.
    const qsizetype bom = json.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    const LineIndex lines(json, bom, fileName);
    JsonSource source;
    source.m_fileName = fileName;
    rapidjson::MemoryStream stream(json.constData() + bom, size_t(json.size() - bom));
    Diagnostics found;
    Builder builder(json.constData(), bom, stream, lines, source.m_positions, found);
    rapidjson::Reader reader;
    const rapidjson::ParseResult ok =
        reader.Parse<rapidjson::kParseValidateEncodingFlag | rapidjson::kParseFullPrecisionFlag>(
            stream, builder);
    if (!ok) {
        diagnostics << Diagnostic{
            Diagnostic::Severity::Error, lines.at(bom + qsizetype(ok.Offset())),
            QStringLiteral("invalid-json"),
            JsonsourceTr::tr("invalid JSON: %1")
                .arg(QString::fromUtf8(rapidjson::GetParseError_En(ok.Code()))),
            syntaxHint(ok.Code())};
        return std::nullopt;
    }
    diagnostics << found;
    source.m_root = builder.root();
    return source;
}

SourceLocation JsonSource::location(const QString &pointer) const
{
    return locate(m_positions, pointer, m_fileName);
}

SourceLocation JsonSource::locate(const QHash<QString, SourceLocation> &positions,
                                  const QString &pointer, const QString &fileName)
{
    QString p = pointer;
    while (true) {
        const auto it = positions.constFind(p);
        if (it != positions.constEnd())
            return *it;
        if (p.isEmpty())
            return SourceLocation{fileName, 0, 0};
        p.truncate(std::max<qsizetype>(0, p.lastIndexOf(QLatin1Char('/'))));
    }
}

SourceLocation JsonSource::keyLocation(const QString &pointer) const
{
    const auto it = m_positions.constFind(pointer + keySuffix());
    return it != m_positions.constEnd() ? *it : location(pointer);
}

QString JsonSource::child(const QString &pointer, const QString &key)
{
    QString token = key;
    token.replace(QLatin1Char('~'), QLatin1String("~0"))
        .replace(QLatin1Char('/'), QLatin1String("~1"));
    return pointer + QLatin1Char('/') + token;
}

QString JsonSource::child(const QString &pointer, qsizetype index)
{
    return pointer + QLatin1Char('/') + QString::number(index);
}

} // namespace fm::core
