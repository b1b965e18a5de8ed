// SPDX-License-Identifier: MIT
#include "notifications/notification.h"

#include "data/fieldvalidator.h"
#include "meta/doctype.h"
#include "webhooks/webhook.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <kainjow/mustache.hpp>

namespace fm::core {

namespace {

struct NotificationTr
{
    Q_DECLARE_TR_FUNCTIONS(fm::core::Notification)
};

tl::unexpected<Error> invalid(const QString &field, const QString &message)
{
    return fail(ErrorCode::Validation, NotificationTr::tr("Notification: %1").arg(message),
                {FieldError{field, QStringLiteral("invalid"), message}});
}

QStringList commaList(const QString &text)
{
    QStringList out;
    for (const QString &item : text.split(u',', Qt::SkipEmptyParts)) {
        if (!item.trimmed().isEmpty() && !out.contains(item.trimmed()))
            out << item.trimmed();
    }
    return out;
}

// A JSON field's value: stored JSON, or text holding JSON (as a form sends it).
QJsonValue jsonOf(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return QJsonValue();
    const QJsonValue json = value.metaType().id() == QMetaType::QJsonValue
                                ? value.toJsonValue()
                                : QJsonValue::fromVariant(value);
    if (!json.isString())
        return json;
    const QString text = json.toString().trimmed();
    if (text.isEmpty())
        return QJsonValue();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson("[" + text.toUtf8() + "]", &error);
    return error.error == QJsonParseError::NoError ? doc.array().at(0) : QJsonValue(text);
}

// Names the template may use besides doc.<field>.
const QStringList &eventNames()
{
    static const QStringList names{QStringLiteral("event"),   QStringLiteral("user"),
                                   QStringLiteral("doctype"), QStringLiteral("name"),
                                   QStringLiteral("changed"), QStringLiteral(".")};
    return names;
}

const QStringList &standardFields()
{
    static const QStringList names{QStringLiteral("name"),        QStringLiteral("owner"),
                                   QStringLiteral("creation"),    QStringLiteral("modified"),
                                   QStringLiteral("modified_by"), QStringLiteral("docstatus")};
    return names;
}

kainjow::mustache::data toData(const QJsonValue &value)
{
    using kainjow::mustache::data;
    if (value.isObject()) {
        data out{data::type::object};
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            out.set(it.key().toStdString(), toData(it.value()));
        return out;
    }
    if (value.isArray()) {
        data out{data::type::list};
        for (const QJsonValue &item : value.toArray())
            out.push_back(toData(item));
        return out;
    }
    if (value.isBool())
        return value.toBool() ? data{data::type::bool_true} : data{data::type::bool_false};
    if (value.isNull() || value.isUndefined())
        return data{std::string()};
    if (value.isDouble())
        return data{QString::number(value.toDouble(), 'g', 15).toStdString()};
    return data{value.toString().toStdString()};
}

} // namespace

namespace notificationrules {

bool isRefusedDocType(const QString &doctype)
{
    return doctype == Notification::kDocType || doctype == Notification::kLogDocType ||
           doctype == QStringLiteral("Email Queue") || doctype == QStringLiteral("Job Log");
}

Result<void> checkTemplate(const QString &field, const QString &text, const DocType &doctype)
{
    for (const char *unsafe : {"{{{", "{{&", "{{=", "{{>"}) {
        if (text.contains(QLatin1String(unsafe))) {
            return invalid(field, NotificationTr::tr("%1 uses \"%2\": templates print every value "
                                                     "HTML-escaped with {{...}}, without partials "
                                                     "or other delimiters")
                                      .arg(field, QLatin1String(unsafe)));
        }
    }
    kainjow::mustache::mustache parsed(text.toStdString());
    if (!parsed.is_valid()) {
        return invalid(field, NotificationTr::tr("%1 is not a valid template: %2")
                                  .arg(field, QString::fromStdString(parsed.error_message())));
    }
    static const QRegularExpression tag(QStringLiteral("\\{\\{\\s*[#^/!]?\\s*([^}]*?)\\s*\\}\\}"));
    for (auto it = tag.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        if (match.captured(0).mid(2).trimmed().startsWith(u'!'))
            continue; // a comment
        const QString name = match.captured(1);
        if (eventNames().contains(name) || name == u"doc")
            continue;
        if (name.startsWith(QLatin1String("doc."))) {
            const QString fieldname = name.mid(4);
            if (doctype.field(fieldname) || standardFields().contains(fieldname))
                continue;
            return invalid(field, NotificationTr::tr("%1 uses {{%2}}, but %3 has no field \"%4\"")
                                      .arg(field, name, doctype.name, fieldname));
        }
        return invalid(
            field, NotificationTr::tr("%1 uses {{%2}}; a template knows doc.<field>, event, user, "
                                      "doctype, name and changed")
                       .arg(field, name));
    }
    return {};
}

QJsonObject templateContext(const Document &doc, const Event &event)
{
    QJsonObject fields = doc.toJson();
    fields.insert(QStringLiteral("name"), doc.name());
    QStringList changed;
    for (const FieldChange &change : event.changes)
        changed << change.field;
    return {{QStringLiteral("doc"), fields},
            {QStringLiteral("event"), eventTypeName(event.type)},
            {QStringLiteral("user"), event.user},
            {QStringLiteral("doctype"), event.doctype},
            {QStringLiteral("name"), event.name},
            {QStringLiteral("changed"), changed.join(QStringLiteral(", "))}};
}

Result<QString> render(const QString &text, const QJsonObject &context)
{
    kainjow::mustache::mustache tmpl(text.toStdString());
    if (!tmpl.is_valid()) {
        return fail(ErrorCode::Validation, NotificationTr::tr("the template does not parse: %1")
                                               .arg(QString::fromStdString(tmpl.error_message())));
    }
    const std::string out = tmpl.render(toData(context));
    if (!tmpl.is_valid()) {
        return fail(ErrorCode::Validation, NotificationTr::tr("the template cannot be rendered: %1")
                                               .arg(QString::fromStdString(tmpl.error_message())));
    }
    return QString::fromStdString(out);
}

QString plainText(const QString &html)
{
    static const QRegularExpression breaks(
        QStringLiteral("<\\s*(br|/p|/div|/li|/h[1-6])\\s*/?\\s*>"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    QString text = html;
    text.replace(breaks, QStringLiteral("\n"));
    text.remove(tags);
    // The entities kainjow's escaping writes, &amp; last so "&amp;lt;" stays "&lt;".
    text.replace(QStringLiteral("&lt;"), QStringLiteral("<"))
        .replace(QStringLiteral("&gt;"), QStringLiteral(">"))
        .replace(QStringLiteral("&quot;"), QStringLiteral("\""))
        .replace(QStringLiteral("&apos;"), QStringLiteral("'"))
        .replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return text.trimmed();
}

} // namespace notificationrules

Result<Notification> Notification::fromDocument(const Document &doc)
{
    Notification out;
    out.name = doc.name();
    out.enabled = doc.boolean(QStringLiteral("enabled"));
    out.doctype = doc.string(QStringLiteral("document_type")).trimmed();
    if (out.doctype.isEmpty())
        return invalid(QStringLiteral("document_type"),
                       NotificationTr::tr("name the DocType whose events notify"));
    if (notificationrules::isRefusedDocType(out.doctype)) {
        return invalid(QStringLiteral("document_type"),
                       NotificationTr::tr("a notification cannot watch %1 (what it writes would "
                                          "trigger it again); choose a business DocType")
                           .arg(out.doctype));
    }
    auto types = webhookrules::parseEventTypes(doc.string(QStringLiteral("event_types")));
    if (!types) {
        const QString message = types.error().fields().isEmpty()
                                    ? types.error().message()
                                    : types.error().fields().first().message;
        return invalid(QStringLiteral("event_types"), message);
    }
    out.eventTypes = *types;
    out.valueChanged = doc.string(QStringLiteral("value_changed")).trimmed();
    const QJsonValue condition = jsonOf(doc.value(QStringLiteral("condition")));
    if (!condition.isNull() && !condition.isUndefined()) {
        auto parsed = Query::parseFilters(condition);
        if (!parsed) {
            return invalid(
                QStringLiteral("condition"),
                NotificationTr::tr("the condition uses the list API's filters "
                                   "([[\"field\", \"op\", value]] or {\"field\": value}): "
                                   "%1")
                    .arg(parsed.error().message()));
        }
        out.condition = *parsed;
    }
    out.roles = commaList(doc.string(QStringLiteral("recipient_roles")));
    out.users = commaList(doc.string(QStringLiteral("recipient_users")));
    out.notifyOwner = doc.boolean(QStringLiteral("notify_owner"));
    if (out.roles.isEmpty() && out.users.isEmpty() && !out.notifyOwner) {
        return invalid(QStringLiteral("recipient_roles"),
                       NotificationTr::tr("say who is notified: roles, users, or the document's "
                                          "owner"));
    }
    out.inApp = doc.boolean(QStringLiteral("channel_in_app"));
    out.email = doc.boolean(QStringLiteral("channel_email"));
    if (!out.inApp && !out.email) {
        return invalid(QStringLiteral("channel_in_app"),
                       NotificationTr::tr("choose a channel: in-app, e-mail or both"));
    }
    out.subject = doc.string(QStringLiteral("subject"));
    out.message = doc.string(QStringLiteral("message"));
    if (out.subject.trimmed().isEmpty())
        return invalid(QStringLiteral("subject"), NotificationTr::tr("the subject is required"));
    return out;
}

bool Notification::wantsEvent(const Event &event) const
{
    if (event.doctype != doctype)
        return false;
    if (!eventTypes.isEmpty() && !eventTypes.contains(event.type))
        return false;
    return valueChanged.isEmpty() || event.change(valueChanged) != nullptr;
}

} // namespace fm::core
