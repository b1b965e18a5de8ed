// SPDX-License-Identifier: MIT
#include "permissions/permissionengine.h"

#include "data/documentservice.h"
#include "meta/metaregistry.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QHash>
#include <QMutex>
#include <QtDebug>

namespace fm::core {

namespace {

struct PermissionengineTr
{
    Q_DECLARE_TR_FUNCTIONS(fm::core::PermissionEngine)
};

// The action as the verb of "%1 may not %2 %3" (actionName() is the rule's key, English
// in every language).
QString actionVerb(PermissionAction action)
{
    switch (action) {
    case PermissionAction::Read:
        return PermissionengineTr::tr("read", "permission action: may not read Ticket");
    case PermissionAction::Write:
        return PermissionengineTr::tr("write", "permission action: may not write Ticket");
    case PermissionAction::Create:
        return PermissionengineTr::tr("create", "permission action: may not create Ticket");
    case PermissionAction::Delete:
        return PermissionengineTr::tr("delete", "permission action: may not delete Ticket");
    case PermissionAction::Submit:
        return PermissionengineTr::tr("submit", "permission action: may not submit Ticket");
    case PermissionAction::Cancel:
        return PermissionengineTr::tr("cancel", "permission action: may not cancel Ticket");
    case PermissionAction::Amend:
        return PermissionengineTr::tr("amend", "permission action: may not amend Ticket");
    case PermissionAction::Select:
        return PermissionengineTr::tr("select", "permission action: may not select Ticket");
    case PermissionAction::Share:
        return PermissionengineTr::tr("share", "permission action: may not share Ticket");
    case PermissionAction::Report:
        return PermissionengineTr::tr("report", "permission action: may not report Ticket");
    case PermissionAction::Export:
        return PermissionengineTr::tr("export", "permission action: may not export Ticket");
    case PermissionAction::Import:
        return PermissionengineTr::tr("import", "permission action: may not import Ticket");
    case PermissionAction::Print:
        return PermissionengineTr::tr("print", "permission action: may not print Ticket");
    case PermissionAction::Email:
        return PermissionengineTr::tr("email", "permission action: may not email Ticket");
    }
    return actionName(action);
}

const QString kOwner = QStringLiteral("owner");
constexpr int kCustomRulesSeconds = 10;
const QString kShareDoctype = QStringLiteral("share_doctype");
const QString kShareName = QStringLiteral("share_name");
const QString kUser = QStringLiteral("user");

// Custom Permission rows per DocType, dropped by the engine's event subscription
// whenever a Custom Permission changes.
struct CustomRules
{
    QMutex mutex; // guards everything below; workers read, any writer's thread invalidates
    bool loaded = false;
    QDeadlineTimer fresh;   // a change made by another process (`m doc`) shows after it
    quint64 generation = 0; // bumped on invalidate, so a load racing a change is dropped
    QHash<QString, QList<PermissionRule>> byDoctype;
};

// Guests hold only "Guest"; signed-in users also "All", and "Guest" too, so a user
// never sees less than an anonymous visitor (as in Frappe).
QStringList effectiveRoles(const Principal &who)
{
    QStringList roles = who.roles;
    if (!roles.contains(Principal::kGuest))
        roles << Principal::kGuest;
    if (!who.isGuest() && !roles.contains(Principal::kAllRole))
        roles << Principal::kAllRole;
    return roles;
}

PermissionRule ruleFromRow(const Document &row)
{
    PermissionRule rule;
    rule.role = row.string(QStringLiteral("role")).trimmed();
    rule.permlevel = int(row.integer(QStringLiteral("permlevel")));
    rule.ifOwner = row.boolean(QStringLiteral("if_owner"));
    for (PermissionAction action : allActions()) {
        if (row.boolean(actionName(action)))
            rule.actions << action;
    }
    return rule;
}

Query shareQuery(const QString &doctype, const QString &user)
{
    Query query;
    query.doctype = RowRestriction::kShareDocType;
    query.filters = {Filter{kShareDoctype, FilterOp::Eq, doctype},
                     Filter{kUser, FilterOp::Eq, user}};
    query.limit = -1;
    return query;
}

} // namespace

struct PermissionEngine::Private
{
    explicit Private(DocumentService &s)
        : service(s)
        , meta(s.meta())
        , custom(std::make_shared<CustomRules>())
    {}

    Result<QHash<QString, QList<PermissionRule>>> customRules() const;

    DocumentService &service;
    const MetaRegistry &meta;
    std::shared_ptr<CustomRules> custom;
    EventSubscription customChanges; // declared last: unsubscribes before `custom` goes
};

Result<QHash<QString, QList<PermissionRule>>> PermissionEngine::Private::customRules() const
{
    quint64 generation = 0;
    {
        QMutexLocker lock(&custom->mutex);
        if (custom->loaded && !custom->fresh.hasExpired())
            return custom->byDoctype;
        generation = custom->generation;
    }
    Query query;
    query.doctype = kCustomPermission;
    query.limit = -1;
    auto rows = service.list(query);
    if (!rows)
        return fail(rows.error());
    QHash<QString, QList<PermissionRule>> byDoctype;
    for (const Document &row : std::as_const(*rows))
        byDoctype[row.string(QStringLiteral("for_doctype"))] << ruleFromRow(row);
    QMutexLocker lock(&custom->mutex);
    if (custom->generation == generation) {
        custom->byDoctype = byDoctype;
        custom->loaded = true;
        custom->fresh.setRemainingTime(kCustomRulesSeconds * 1000);
    }
    return byDoctype;
}

PermissionEngine::PermissionEngine(DocumentService &service)
    : d(std::make_unique<Private>(service))
{
    d->customChanges = service.events().subscribe(
        EventFilter{kCustomPermission, {}},
        [custom = d->custom.get()](const Event &) {
            QMutexLocker lock(&custom->mutex);
            custom->loaded = false;
            ++custom->generation;
        },
        QStringLiteral("PermissionEngine"));
}

PermissionEngine::~PermissionEngine() = default;

void PermissionEngine::invalidate()
{
    QMutexLocker lock(&d->custom->mutex);
    d->custom->loaded = false;
    ++d->custom->generation;
}

QString PermissionEngine::governingDocType(const QString &doctype) const
{
    const DocType *type = d->meta.doctype(doctype);
    if (!type || !type->isChild)
        return doctype;
    for (const QString &name : d->meta.doctypeNames()) {
        const DocType *parent = d->meta.doctype(name);
        if (parent->isChild)
            continue;
        for (const Field &field : parent->fields) {
            const bool table =
                field.fieldtype == u"Table" || field.fieldtype == u"TableMultiSelect";
            if (table && field.options == doctype)
                return name;
        }
    }
    return doctype;
}

Result<QList<PermissionRule>> PermissionEngine::rules(const QString &doctype) const
{
    const QString governing = governingDocType(doctype);
    const DocType *type = d->meta.doctype(governing);
    if (!type)
        return fail(ErrorCode::NotFound,
                    PermissionengineTr::tr("DocType %1 does not exist").arg(doctype));
    auto custom = d->customRules();
    if (!custom)
        return fail(custom.error());
    const auto it = custom->constFind(governing);
    return it != custom->constEnd() ? *it : type->permissions;
}

PermissionEngine::Reach PermissionEngine::reach(const Principal &who, PermissionAction action,
                                                const QString &doctype) const
{
    if (who.isAdministrator())
        return Reach::AllRows;
    auto rules = this->rules(doctype);
    if (!rules) {
        if (rules.error().code() != ErrorCode::NotFound)
            qWarning().noquote() << "permissions:" << rules.error().toText();
        return Reach::None; // refusing is the safe answer when the rules cannot be read
    }
    const QStringList roles = effectiveRoles(who);
    bool ownRows = false;
    for (const PermissionRule &rule : std::as_const(*rules)) {
        if (rule.permlevel != 0 || !rule.allows(action) || !roles.contains(rule.role))
            continue;
        if (!rule.ifOwner)
            return Reach::AllRows;
        ownRows = ownRows || !who.isGuest(); // a guest owns nothing
    }
    return ownRows ? Reach::OwnRows : Reach::None;
}

QString PermissionEngine::ownerColumn(const QString &doctype) const
{
    const DocType *type = d->meta.doctype(governingDocType(doctype));
    return type && !type->rlsField.isEmpty() ? type->rlsField : kOwner;
}

bool PermissionEngine::owns(const Principal &who, const Document &doc) const
{
    return !who.isGuest() && !who.user.isEmpty() &&
           doc.string(ownerColumn(doc.doctype())) == who.user;
}

bool PermissionEngine::can(const Principal &who, PermissionAction action, const Document &doc) const
{
    const Reach granted = reach(who, action, doc.doctype());
    if (granted == Reach::AllRows || (granted == Reach::OwnRows && owns(who, doc)))
        return true;
    if (action != PermissionAction::Read && action != PermissionAction::Write)
        return false;
    const ShareGrant share = shareGrant(who, doc.doctype(), doc.name());
    return action == PermissionAction::Read ? share.read || share.write : share.write;
}

PermissionEngine::ShareGrant PermissionEngine::shareGrant(const Principal &who,
                                                          const QString &doctype,
                                                          const QString &name) const
{
    ShareGrant grant;
    if (who.isGuest())
        return grant;
    Query query = shareQuery(doctype, who.user);
    query.filters << Filter{kShareName, FilterOp::Eq, name};
    auto rows = d->service.list(query);
    if (!rows) {
        qWarning().noquote() << "permissions:" << rows.error().toText();
        return grant;
    }
    for (const Document &row : std::as_const(*rows)) {
        grant.read = grant.read || row.boolean(QStringLiteral("read"));
        grant.write = grant.write || row.boolean(QStringLiteral("write"));
        grant.share = grant.share || row.boolean(QStringLiteral("share"));
    }
    return grant;
}

bool PermissionEngine::hasShares(const Principal &who, const QString &doctype) const
{
    if (who.isGuest())
        return false;
    Query query = shareQuery(doctype, who.user);
    query.filters << Filter{QStringLiteral("read"), FilterOp::Eq, true};
    auto found = d->service.exists(query);
    return found && *found;
}

bool PermissionEngine::canShare(const Principal &who, const Document &doc) const
{
    if (who.isAdministrator())
        return true;
    if (who.isGuest())
        return false;
    if (doc.owner() == who.user || shareGrant(who, doc.doctype(), doc.name()).share)
        return true;
    const Reach byRule = reach(who, PermissionAction::Share, doc.doctype());
    const bool ruled = byRule == Reach::AllRows || (byRule == Reach::OwnRows && owns(who, doc));
    return ruled && can(who, PermissionAction::Read, doc);
}

bool PermissionEngine::canPick(const Principal &who, const Document &doc) const
{
    const Reach select = reach(who, PermissionAction::Select, doc.doctype());
    if (select == Reach::AllRows || (select == Reach::OwnRows && owns(who, doc)))
        return true;
    return can(who, PermissionAction::Read, doc);
}

Result<std::optional<RowRestriction>>
PermissionEngine::readRestriction(const Principal &who, const QString &doctype) const
{
    switch (reach(who, PermissionAction::Read, doctype)) {
    case Reach::AllRows:
        return std::optional<RowRestriction>();
    case Reach::OwnRows:
        return std::optional<RowRestriction>(
            RowRestriction{ownerColumn(doctype), who.user, true, false});
    case Reach::None:
        break;
    }
    // Frappe's behaviour: without a read rule, a user still lists what was shared.
    if (hasShares(who, doctype))
        return std::optional<RowRestriction>(RowRestriction{QString(), who.user, true, false});
    return fail(denied(who, PermissionAction::Read, doctype));
}

QSet<int> PermissionEngine::readableLevels(const Principal &who, const QString &doctype) const
{
    return writableLevels(who, doctype).unite(levels(who, doctype, PermissionAction::Read));
}

QSet<int> PermissionEngine::writableLevels(const Principal &who, const QString &doctype) const
{
    return levels(who, doctype, PermissionAction::Write);
}

// Level 0 is open to whoever may take the action on the document at all (the
// document check decides that); a level above 0 needs a rule at that level. As in
// Frappe, if_owner is about rows and does not narrow a level above 0.
QSet<int> PermissionEngine::levels(const Principal &who, const QString &doctype,
                                   PermissionAction action) const
{
    QSet<int> levels{0};
    if (who.isAdministrator()) {
        for (int level = 1; level <= kMaxPermlevel; ++level)
            levels.insert(level);
        return levels;
    }
    auto rules = this->rules(doctype);
    if (!rules)
        return levels;
    const QStringList roles = effectiveRoles(who);
    for (const PermissionRule &rule : std::as_const(*rules)) {
        if (rule.allows(action) && roles.contains(rule.role))
            levels.insert(rule.permlevel);
    }
    return levels;
}

Error PermissionEngine::denied(const Principal &who, PermissionAction action,
                               const QString &doctype)
{
    if (who.isGuest()) {
        return Error(ErrorCode::Unauthorized,
                     PermissionengineTr::tr("log in to %1 %2: guests may not")
                         .arg(actionVerb(action), doctype));
    }
    return Error(ErrorCode::PermissionDenied,
                 PermissionengineTr::tr("%1 may not %2 %3; ask an administrator for a role that "
                                        "allows it")
                     .arg(who.user, actionVerb(action), doctype));
}

} // namespace fm::core
