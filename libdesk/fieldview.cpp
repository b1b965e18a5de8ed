// SPDX-License-Identifier: MIT
#include "fieldview.h"

#include "deskstrings.h"
#include "meta/metaregistry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace fm::desk {

namespace {

using fm::core::Document;
using fm::core::Field;
using Kind = FieldDisplay::Kind;

FieldDisplay plain(const QString &text)
{
    return {text.isEmpty() ? Kind::Empty : Kind::Plain, text, {}};
}

QString jsonText(const QVariant &value)
{
    const QJsonValue json = QJsonValue::fromVariant(value);
    if (json.isObject())
        return QString::fromUtf8(QJsonDocument(json.toObject()).toJson(QJsonDocument::Indented));
    if (json.isArray())
        return QString::fromUtf8(QJsonDocument(json.toArray()).toJson(QJsonDocument::Indented));
    if (json.isString())
        return json.toString();
    if (json.isBool())
        return json.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (json.isDouble())
        return QString::number(json.toDouble());
    return value.toString();
}

// Only web addresses become links; any other scheme (javascript:, data:, ...) is text.
FieldDisplay urlValue(const QString &text)
{
    const QUrl url(text, QUrl::TolerantMode);
    const QString scheme = url.scheme().toLower();
    if (url.isValid() && (scheme == u"http" || scheme == u"https") && !url.host().isEmpty())
        return {Kind::Link, text, QString::fromUtf8(url.toEncoded())};
    return plain(text);
}

FieldDisplay emailValue(const QString &text)
{
    if (!text.contains(u'@') || text.contains(u':'))
        return plain(text);
    return {Kind::Link, text,
            QStringLiteral("mailto:") + QString::fromLatin1(QUrl::toPercentEncoding(text, "@"))};
}

FieldDisplay linkValue(const fm::core::MetaRegistry &meta, const QString &target,
                       const QString &name)
{
    const fm::core::DocType *type = meta.doctype(target);
    if (!type || type->isChild || !type->apiResource || name.isEmpty())
        return plain(name);
    return {Kind::Link, name, deskPath(*type, name)};
}

} // namespace

namespace {

const QChar kEscape = u'~';

// The segments the Desk's routes take literally: after /desk/ and after /desk/{doctype}/.
bool reservedDocType(const QString &slug)
{
    static const QStringList kPages{QStringLiteral("login"),    QStringLiteral("logout"),
                                    QStringLiteral("language"), QStringLiteral("live"),
                                    QStringLiteral("assets"),   QStringLiteral("api")};
    return kPages.contains(slug) || slug.startsWith(kEscape);
}

bool reservedName(const QString &name)
{
    static const QStringList kActions{QStringLiteral("new"), QStringLiteral("bulk"),
                                      QStringLiteral("view")};
    return kActions.contains(name) || name.startsWith(kEscape);
}

} // namespace

QString deskPath(const fm::core::DocType &type, const QString &name)
{
    const QString slug = type.tableName();
    QString path = QStringLiteral("/desk/") + (reservedDocType(slug) ? kEscape + slug : slug);
    if (!name.isEmpty()) {
        const QString segment = reservedName(name) ? kEscape + name : name;
        path += u'/' + QString::fromLatin1(QUrl::toPercentEncoding(segment));
    }
    return path;
}

QString deskSegmentValue(const QString &segment)
{
    return segment.startsWith(kEscape) ? segment.mid(1) : segment;
}

QString standardLabel(const QString &column)
{
    if (column == u"name")
        return Desk::tr("Name");
    if (column == u"modified")
        return Desk::tr("Last Modified");
    if (column == u"creation")
        return Desk::tr("Created");
    if (column == u"owner")
        return Desk::tr("Owner");
    return {};
}

QString formatDatetime(const QString &iso)
{
    const QDateTime at = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!at.isValid())
        return iso;
    return at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(" UTC");
}

FieldDisplay displayField(const fm::core::MetaRegistry &meta, const Field &field,
                          const Document &doc)
{
    if (!doc.has(field.fieldname))
        return {};
    const QVariant value = doc.value(field.fieldname);
    if (value.isNull() || !value.isValid())
        return {};
    const QString base = meta.fieldTypes().type(field.fieldtype).base;
    const QString text = value.toString();
    if (base == u"Check")
        return plain(value.toBool() ? Desk::tr("Yes") : Desk::tr("No"));
    if (base == u"Currency")
        return plain(QString::number(value.toDouble(), 'f', 2));
    if (base == u"Percent")
        return plain(QString::number(value.toDouble()) + QStringLiteral(" %"));
    if (base == u"Float")
        return plain(QString::number(value.toDouble()));
    if (base == u"Datetime")
        return plain(formatDatetime(text));
    if (base == u"Password")
        return plain(QStringLiteral("••••••"));
    if (base == u"Text" || base == u"LongText" || base == u"Markdown")
        return {text.isEmpty() ? Kind::Empty : Kind::Block, text, {}};
    if (base == u"JSON")
        return {Kind::Code, jsonText(value), {}};
    if (base == u"URL")
        return urlValue(text);
    if (base == u"Email")
        return emailValue(text);
    if (base == u"Link")
        return linkValue(meta, field.options, text);
    if (base == u"DynamicLink")
        return linkValue(meta, doc.string(field.options), text);
    return plain(text);
}

} // namespace fm::desk
