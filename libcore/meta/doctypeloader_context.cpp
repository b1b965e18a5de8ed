// SPDX-License-Identifier: MIT
#include "meta/doctypeloader_p.h"

#include "common/textdistance.h"

#include <QRegularExpression>

#include <QCoreApplication>
#include <cmath>

namespace fm::core::loader {

namespace {

struct DoctypeloaderContextTr
{
    Q_DECLARE_TR_FUNCTIONS(fm::core::DocTypeLoader)
};

} // namespace

QString describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return DoctypeloaderContextTr::tr("the number %1").arg(value.toDouble());
    case QJsonValue::String:
        return DoctypeloaderContextTr::tr("the string \"%1\"").arg(value.toString());
    case QJsonValue::Array:
        return DoctypeloaderContextTr::tr("an array");
    case QJsonValue::Object:
        return DoctypeloaderContextTr::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return DoctypeloaderContextTr::tr("nothing");
}

bool isValidFieldname(const QString &fieldname)
{
    static const QRegularExpression re(QStringLiteral("^[a-z][a-z0-9_]*$"));
    return fieldname.size() <= 64 && re.match(fieldname).hasMatch();
}

bool isValidDocTypeName(const QString &name)
{
    static const QRegularExpression re(
        QStringLiteral("^[A-Z][A-Za-z0-9]*( [A-Z0-9][A-Za-z0-9]*)*$"));
    return name.size() <= 64 && re.match(name).hasMatch();
}

void checkPermlevel(Context &context, const QString &pointer, int level)
{
    if (level < 0 || level > 9) {
        context.error(pointer, QStringLiteral("invalid-permlevel"),
                      DoctypeloaderContextTr::tr("permlevel %1 is outside 0..9").arg(level),
                      DoctypeloaderContextTr::tr("use a level from 0 (the default) to 9"));
    }
}

QString suggestion(const QString &word, const QStringList &candidates)
{
    const QString guess = closestMatch(word, candidates);
    if (!guess.isEmpty())
        return DoctypeloaderContextTr::tr("did you mean \"%1\"?").arg(guess);
    if (candidates.isEmpty())
        return QString();
    return DoctypeloaderContextTr::tr("use one of: %1").arg(candidates.join(QStringLiteral(", ")));
}

void Context::report(const SourceLocation &at, const QString &code, const QString &message,
                     const QString &hint, Diagnostic::Severity severity)
{
    m_diagnostics << Diagnostic{severity, at, code, message, hint};
}

SourceLocation Context::keyLocation(const QString &pointer) const
{
    const auto it = m_positions.constFind(pointer + JsonSource::keySuffix());
    return it != m_positions.constEnd() ? *it : location(pointer);
}

void Context::error(const QString &pointer, const QString &code, const QString &message,
                    const QString &hint)
{
    report(location(pointer), code, message, hint);
}

void Context::errorAtKey(const QString &pointer, const QString &code, const QString &message,
                         const QString &hint)
{
    report(keyLocation(pointer), code, message, hint);
}

void Context::checkKeys(const QJsonObject &object, const QString &pointer,
                        const QStringList &allowed, const QString &what)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (allowed.contains(it.key()))
            continue;
        const QString guess = closestMatch(it.key(), allowed);
        errorAtKey(JsonSource::child(pointer, it.key()), QStringLiteral("unknown-key"),
                   DoctypeloaderContextTr::tr("unknown key \"%1\" in %2").arg(it.key(), what),
                   guess.isEmpty()
                       ? DoctypeloaderContextTr::tr("remove it; the keys of a %1 are: %2")
                             .arg(what, allowed.join(QStringLiteral(", ")))
                       : DoctypeloaderContextTr::tr("did you mean \"%1\"?").arg(guess));
    }
}

bool Context::require(const QJsonObject &object, const QString &pointer, const QString &key,
                      const QString &what, const QString &example)
{
    if (object.contains(key))
        return true;
    error(pointer, QStringLiteral("missing-key"),
          DoctypeloaderContextTr::tr("%1 has no \"%2\"").arg(what, key),
          DoctypeloaderContextTr::tr("add \"%1\": %2").arg(key, example));
    return false;
}

void Context::wrongType(const QJsonValue &value, const QString &pointer, const QString &what,
                        const QString &expected, const QString &example)
{
    error(pointer, QStringLiteral("wrong-type"),
          DoctypeloaderContextTr::tr("%1 must be %2, not %3").arg(what, expected, describe(value)),
          DoctypeloaderContextTr::tr("write it as %1").arg(example));
}

bool Context::expect(const QJsonValue &value, QJsonValue::Type type, const QString &pointer,
                     const QString &what)
{
    if (value.type() == type)
        return true;
    switch (type) {
    case QJsonValue::String:
        wrongType(value, pointer, what, DoctypeloaderContextTr::tr("a string"),
                  QStringLiteral("\"text\""));
        break;
    case QJsonValue::Bool:
        wrongType(value, pointer, what, DoctypeloaderContextTr::tr("true or false (or 0 or 1)"),
                  DoctypeloaderContextTr::tr("true or false, without quotes"));
        break;
    case QJsonValue::Double:
        wrongType(value, pointer, what, DoctypeloaderContextTr::tr("a number"),
                  DoctypeloaderContextTr::tr("a number without quotes, e.g. 10"));
        break;
    case QJsonValue::Object:
        wrongType(value, pointer, what, DoctypeloaderContextTr::tr("an object"),
                  QStringLiteral("{ ... }"));
        break;
    case QJsonValue::Array:
        wrongType(value, pointer, what, DoctypeloaderContextTr::tr("an array"),
                  QStringLiteral("[ ... ]"));
        break;
    default:
        wrongType(value, pointer, what, DoctypeloaderContextTr::tr("a value"),
                  DoctypeloaderContextTr::tr("a value"));
        break;
    }
    return false;
}

namespace {
QString memberName(const QString &key)
{
    return QStringLiteral("\"%1\"").arg(key);
}
} // namespace

std::optional<QString> Context::string(const QJsonObject &object, const QString &pointer,
                                       const QString &key)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() ||
        !expect(value, QJsonValue::String, JsonSource::child(pointer, key), memberName(key)))
        return std::nullopt;
    return value.toString();
}

std::optional<bool> Context::boolean(const QJsonObject &object, const QString &pointer,
                                     const QString &key)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return std::nullopt;
    if (const auto flag = flagValue(value))
        return flag;
    expect(value, QJsonValue::Bool, JsonSource::child(pointer, key), memberName(key));
    return std::nullopt;
}

std::optional<double> Context::number(const QJsonObject &object, const QString &pointer,
                                      const QString &key)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() ||
        !expect(value, QJsonValue::Double, JsonSource::child(pointer, key), memberName(key)))
        return std::nullopt;
    return value.toDouble();
}

std::optional<int> Context::integer(const QJsonObject &object, const QString &pointer,
                                    const QString &key)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        return std::nullopt;
    const double d = value.toDouble(0.5);
    if (!value.isDouble() || d != std::floor(d) || std::abs(d) > 2147483647.0) {
        wrongType(value, JsonSource::child(pointer, key), memberName(key),
                  DoctypeloaderContextTr::tr("a whole number"),
                  DoctypeloaderContextTr::tr("a number without quotes, e.g. 1"));
        return std::nullopt;
    }
    return int(d);
}

std::optional<QJsonObject> Context::object(const QJsonObject &object, const QString &pointer,
                                           const QString &key)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() ||
        !expect(value, QJsonValue::Object, JsonSource::child(pointer, key), memberName(key)))
        return std::nullopt;
    return value.toObject();
}

std::optional<QJsonArray> Context::array(const QJsonObject &object, const QString &pointer,
                                         const QString &key)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() ||
        !expect(value, QJsonValue::Array, JsonSource::child(pointer, key), memberName(key)))
        return std::nullopt;
    return value.toArray();
}

std::optional<QStringList> Context::stringList(const QJsonObject &object, const QString &pointer,
                                               const QString &key, QList<qsizetype> *indexes)
{
    const std::optional<QJsonArray> elements = array(object, pointer, key);
    if (!elements)
        return std::nullopt;
    const QString arrayPointer = JsonSource::child(pointer, key);
    QStringList list;
    for (qsizetype i = 0; i < elements->size(); ++i) {
        const QJsonValue element = elements->at(i);
        if (expect(element, QJsonValue::String, JsonSource::child(arrayPointer, i),
                   DoctypeloaderContextTr::tr("each element of \"%1\"").arg(key))) {
            list << element.toString();
            if (indexes)
                *indexes << i;
        }
    }
    return list;
}

} // namespace fm::core::loader
