// SPDX-License-Identifier: MIT
#include "notifications/notificationdelivery.h"

#include "auth/principal.h"
#include "auth/userdirectory.h"
#include "data/controllerregistry.h"
#include "data/documentservice.h"
#include "jobs/jobdefinition.h"
#include "mail/emailqueue.h"
#include "meta/metaregistry.h"
#include "permissions/documentaccess.h"
#include "permissions/permissionengine.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace fm::core {

namespace {

struct NotificationdeliveryTr
{
    Q_DECLARE_TR_FUNCTIONS(fm::core::NotificationDelivery)
};

const QString kNotificationArg = QStringLiteral("notification");
const QString kEventArg = QStringLiteral("event");

tl::unexpected<Error> invalid(const QString &field, const QString &message)
{
    return fail(ErrorCode::Validation, NotificationdeliveryTr::tr("Notification: %1").arg(message),
                {FieldError{field, QStringLiteral("invalid"), message}});
}

// The rules that need the site: the DocType, its fields in the templates and the
// condition, the users and roles named.
class NotificationController final : public DocumentController
{
public:
    Result<void> validate(HookContext &ctx, Document &doc) override
    {
        auto notification = Notification::fromDocument(doc);
        if (!notification)
            return fail(notification.error());
        const DocType *type = ctx.meta().doctype(notification->doctype);
        if (!type || type->isChild) {
            return invalid(
                QStringLiteral("document_type"),
                NotificationdeliveryTr::tr("DocType \"%1\" does not exist (or is a child table); "
                                           "name a DocType of this site")
                    .arg(notification->doctype));
        }
        if (!notification->valueChanged.isEmpty() && !type->field(notification->valueChanged)) {
            return invalid(QStringLiteral("value_changed"),
                           NotificationdeliveryTr::tr("%1 has no field \"%2\"")
                               .arg(type->name, notification->valueChanged));
        }
        for (const Filter &filter : std::as_const(notification->condition)) {
            if (!type->field(filter.field) && filter.field != u"name" && filter.field != u"owner" &&
                filter.field != u"docstatus") {
                return invalid(
                    QStringLiteral("condition"),
                    NotificationdeliveryTr::tr("the condition names \"%1\", which %2 does not have")
                        .arg(filter.field, type->name));
            }
        }
        for (const auto &[field, text] :
             {std::pair{QStringLiteral("subject"), notification->subject},
              std::pair{QStringLiteral("message"), notification->message}}) {
            if (auto ok = notificationrules::checkTemplate(field, text, *type); !ok)
                return fail(ok.error());
        }
        for (const QString &user : std::as_const(notification->users)) {
            auto found = ctx.access.get(ctx.principal, QStringLiteral("User"), user);
            if (!found) {
                return invalid(
                    QStringLiteral("recipient_users"),
                    NotificationdeliveryTr::tr("there is no user \"%1\"; give user names "
                                               "separated by commas")
                        .arg(user));
            }
        }
        for (const QString &role : std::as_const(notification->roles)) {
            auto found = ctx.access.get(ctx.principal, QStringLiteral("Role"), role);
            if (!found) {
                return invalid(
                    QStringLiteral("recipient_roles"),
                    NotificationdeliveryTr::tr("there is no role \"%1\"; give role names "
                                               "separated by commas")
                        .arg(role));
            }
        }
        return {};
    }
};

// The users a notification goes to: the named users, the holders of the roles and the
// owner, once each, in that order.
Result<QStringList> candidates(DocumentService &service, const Notification &notification,
                               const Document &doc)
{
    QStringList users = notification.users;
    if (!notification.roles.isEmpty()) {
        Query holders;
        holders.doctype = QStringLiteral("Has Role");
        QVariantList roles;
        for (const QString &role : notification.roles)
            roles << role;
        holders.filters = {
            Filter{QStringLiteral("role"), FilterOp::In, roles},
            Filter{QStringLiteral("parenttype"), FilterOp::Eq, QStringLiteral("User")}};
        holders.fields = {QStringLiteral("parent")};
        holders.orderBy = {OrderBy{QStringLiteral("parent"), false}};
        holders.limit = -1;
        auto rows = service.list(holders);
        if (!rows)
            return fail(rows.error());
        for (const Document &row : std::as_const(*rows)) {
            const QString user = row.string(QStringLiteral("parent"));
            if (!users.contains(user))
                users << user;
        }
    }
    if (notification.notifyOwner && !doc.owner().isEmpty() && !users.contains(doc.owner()))
        users << doc.owner();
    return users;
}

// The user with roles, read through the service (the job has no pool of its own);
// nullopt when there is no such user, or it was deleted.
Result<std::optional<UserRecord>> userRecord(DocumentService &service, const QString &name)
{
    auto user = service.get(QStringLiteral("User"), name);
    if (!user && user.error().code() == ErrorCode::NotFound)
        return std::optional<UserRecord>();
    if (!user)
        return fail(user.error());
    UserRecord record;
    record.name = user->name();
    record.email = user->string(QStringLiteral("email"));
    record.fullName = user->string(QStringLiteral("full_name"));
    record.enabled = user->boolean(QStringLiteral("enabled"));
    for (const Document &row : user->children(QStringLiteral("roles")))
        record.roles << row.string(QStringLiteral("role"));
    return std::optional<UserRecord>(record);
}

Result<QJsonValue> runNotification(JobContext &context)
{
    DocumentService &service = context.access.service();
    PermissionEngine &permissions = context.access.engine();
    const QString name = context.args.value(kNotificationArg).toString();
    const QJsonObject eventJson = context.args.value(kEventArg).toObject();

    // At least once: an event relayed again after its notifications were written.
    Query done;
    done.doctype = QStringLiteral("Job Log");
    done.filters = {Filter{QStringLiteral("unique_key"), FilterOp::Eq, context.job.uniqueKey},
                    Filter{QStringLiteral("status"), FilterOp::Eq, QStringLiteral("Succeeded")}};
    if (!context.job.uniqueKey.isEmpty()) {
        auto before = service.exists(done);
        if (!before)
            return fail(before.error());
        if (*before)
            return QJsonObject{
                {QStringLiteral("skipped"), QStringLiteral("the event was notified before")}};
    }

    auto definition = service.get(Notification::kDocType, name);
    if (!definition && definition.error().code() == ErrorCode::NotFound)
        return QJsonObject{
            {QStringLiteral("skipped"), QStringLiteral("the notification was deleted")}};
    if (!definition)
        return fail(definition.error());
    auto notification = Notification::fromDocument(*definition);
    if (!notification)
        return fail(notification.error());
    if (!notification->enabled)
        return QJsonObject{
            {QStringLiteral("skipped"), QStringLiteral("the notification is disabled")}};

    Event event;
    event.id = eventJson.value(QStringLiteral("id")).toString();
    event.type = eventTypeFromName(eventJson.value(QStringLiteral("type")).toString())
                     .value_or(EventType::Update);
    event.doctype = eventJson.value(QStringLiteral("doctype")).toString();
    event.name = eventJson.value(QStringLiteral("name")).toString();
    event.user = eventJson.value(QStringLiteral("user")).toString();
    event.changes = Event::changesFromJson(eventJson.value(QStringLiteral("changes")).toObject());

    // The document as it is now (soft-deleted included): its values fill the templates,
    // the condition is judged on it, and a recipient must be allowed to read it.
    auto doc = service.get(event.doctype, event.name, true);
    if (!doc && doc.error().code() == ErrorCode::NotFound)
        return QJsonObject{{QStringLiteral("skipped"), QStringLiteral("the document is gone")}};
    if (!doc)
        return fail(doc.error());
    if (!notification->condition.isEmpty()) {
        Query match;
        match.doctype = event.doctype;
        match.filters = notification->condition;
        match.filters << Filter{QStringLiteral("name"), FilterOp::Eq, event.name};
        match.includeDeleted = true;
        auto matches = service.exists(match);
        if (!matches)
            return fail(matches.error());
        if (!*matches)
            return QJsonObject{{QStringLiteral("skipped"),
                                QStringLiteral("the document does not meet the condition")}};
    }

    const QJsonObject values = notificationrules::templateContext(*doc, event);
    auto subject = notificationrules::render(notification->subject, values);
    if (!subject)
        return fail(subject.error());
    auto message = notificationrules::render(notification->message, values);
    if (!message)
        return fail(message.error());
    // A subject is one line of text: no markup, no line breaks.
    const QString subjectLine = notificationrules::plainText(*subject).simplified().left(255);

    auto users = candidates(service, *notification, *doc);
    if (!users)
        return fail(users.error());
    QList<Document> rows;
    QStringList notified;
    QStringList skipped;
    for (const QString &user : std::as_const(*users)) {
        auto record = userRecord(service, user);
        if (!record)
            return fail(record.error());
        if (!*record || !(*record)->enabled) {
            skipped << user;
            continue;
        }
        const Principal principal = UserDirectory::principal(**record, Principal::Method::System);
        if (!permissions.can(principal, PermissionAction::Read, *doc)) {
            skipped << user; // never tell someone about a document they may not read
            continue;
        }
        if (notification->inApp) {
            Document row(Notification::kLogDocType);
            row.setValue(QStringLiteral("for_user"), user);
            row.setValue(QStringLiteral("subject"), subjectLine);
            row.setValue(QStringLiteral("message"), *message);
            row.setValue(QStringLiteral("notification"), notification->name);
            row.setValue(QStringLiteral("document_type"), event.doctype);
            row.setValue(QStringLiteral("document_name"), event.name);
            row.setValue(QStringLiteral("event_id"), event.id);
            row.setValue(QStringLiteral("event_type"), eventTypeName(event.type));
            rows << row;
        }
        if (notification->email && !(*record)->email.isEmpty()) {
            Document mail(EmailQueue::kDocType);
            mail.setValue(QStringLiteral("recipient"), (*record)->email);
            mail.setValue(QStringLiteral("subject"), subjectLine);
            mail.setValue(QStringLiteral("body"), notificationrules::plainText(*message));
            mail.setValue(QStringLiteral("html_body"), *message);
            mail.setValue(QStringLiteral("status"), QStringLiteral("Not Sent"));
            mail.setValue(QStringLiteral("reference_doctype"), event.doctype);
            mail.setValue(QStringLiteral("reference_name"), event.name);
            rows << mail;
        }
        notified << user;
    }
    // All of them or none: a job that runs again after a failure starts clean.
    if (!rows.isEmpty()) {
        if (auto written = service.bulkInsert(rows); !written)
            return fail(written.error());
    }
    return QJsonObject{{QStringLiteral("notified"), QJsonArray::fromStringList(notified)},
                       {QStringLiteral("skipped_users"), QJsonArray::fromStringList(skipped)}};
}

Result<void> checkArgs(const QJsonObject &args)
{
    if (args.value(kNotificationArg).toString().isEmpty() ||
        args.value(kEventArg).toObject().value(QStringLiteral("id")).toString().isEmpty()) {
        return fail(ErrorCode::Validation,
                    QStringLiteral("%1 needs {\"notification\": name, \"event\": {\"id\": ...}}")
                        .arg(kNotificationJob));
    }
    return {};
}

} // namespace

void registerNotifications(ControllerRegistry &registry)
{
    registry.registerController(Notification::kDocType, std::make_shared<NotificationController>());
    JobDefinition job;
    job.name = kNotificationJob;
    job.description = QStringLiteral("Writes the in-app notifications and queues the mails of "
                                     "one Notification for one event "
                                     "(docs/guide/notifications.md)");
    job.run = runNotification;
    job.checkArgs = checkArgs;
    (void)registry.registerJob(std::move(job));
}

} // namespace fm::core
