// SPDX-License-Identifier: MIT
#include "meta/renamelog.h"

#include "meta/doctypeloader_p.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <QCoreApplication>
#include <algorithm>
#include <tuple>

namespace fm::core {

namespace {

struct RenamelogTr
{
    Q_DECLARE_TR_FUNCTIONS(fm::core::RenameLog)
};

} // namespace

using loader::Context;

namespace {

constexpr int kFormatVersion = 1;

const QStringList &recordKeys()
{
    static const QStringList keys{QStringLiteral("at"), QStringLiteral("kind"),
                                  QStringLiteral("doctype"), QStringLiteral("from"),
                                  QStringLiteral("to")};
    return keys;
}

QString jsonString(const QString &text)
{
    const QByteArray json = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

// The checks of one name against the loader's rules; false when reported.
bool checkName(Context &context, const QString &pointer, const QString &name, bool field)
{
    if (field) {
        if (!loader::isValidFieldname(name)) {
            context.error(pointer, QStringLiteral("invalid-fieldname"),
                          RenamelogTr::tr("\"%1\" is not a valid fieldname").arg(name),
                          RenamelogTr::tr("use at most 64 lowercase letters, digits and '_', "
                                          "starting with a letter"));
            return false;
        }
        return true;
    }
    if (!loader::isValidDocTypeName(name)) {
        context.error(pointer, QStringLiteral("invalid-doctype-name"),
                      RenamelogTr::tr("\"%1\" is not a valid DocType name").arg(name),
                      RenamelogTr::tr("use Title Case words of letters and digits separated by "
                                      "single spaces, e.g. \"Support Ticket\""));
        return false;
    }
    return true;
}

std::optional<RenameRecord> readRecord(Context &context, const QJsonValue &value,
                                       const QString &pointer)
{
    if (!context.expect(value, QJsonValue::Object, pointer, RenamelogTr::tr("each rename")))
        return std::nullopt;
    const QJsonObject object = value.toObject();
    const auto at = [&](const char *key) {
        return JsonSource::child(pointer, QLatin1String(key));
    };
    context.checkKeys(object, pointer, recordKeys(), QStringLiteral("rename"));
    bool ok = true;
    for (const char *key : {"at", "kind", "from", "to"}) {
        ok = context.require(object, pointer, QLatin1String(key), RenamelogTr::tr("this rename"),
                             RenamelogTr::tr("see docs/guide/migrations.md, \"Renames\"")) &&
             ok;
    }
    RenameRecord record;
    record.location = context.location(pointer);
    const QString kind =
        context.string(object, pointer, QStringLiteral("kind")).value_or(QString());
    if (kind == QLatin1String("field")) {
        record.kind = RenameRecord::Kind::Field;
    } else if (kind == QLatin1String("doctype")) {
        record.kind = RenameRecord::Kind::DocType;
    } else if (object.value(QStringLiteral("kind")).isString()) {
        context.error(at("kind"), QStringLiteral("invalid-rename-kind"),
                      RenamelogTr::tr("unknown rename kind \"%1\"").arg(kind),
                      RenamelogTr::tr("use \"field\" or \"doctype\"; %1")
                          .arg(loader::suggestion(
                              kind, {QStringLiteral("field"), QStringLiteral("doctype")})));
        ok = false;
    } else {
        ok = false;
    }
    const bool field = record.kind == RenameRecord::Kind::Field;
    record.from = context.string(object, pointer, QStringLiteral("from")).value_or(QString());
    record.to = context.string(object, pointer, QStringLiteral("to")).value_or(QString());
    const std::optional<QString> doctype =
        context.string(object, pointer, QStringLiteral("doctype"));
    if (ok && field) {
        ok = context.require(object, pointer, QStringLiteral("doctype"),
                             RenamelogTr::tr("a field rename"), QStringLiteral("\"Ticket\"")) &&
             ok;
        record.doctype = doctype.value_or(QString());
        if (doctype)
            ok = checkName(context, at("doctype"), record.doctype, false) && ok;
    } else if (ok && object.contains(QStringLiteral("doctype"))) {
        context.errorAtKey(at("doctype"), QStringLiteral("unknown-key"),
                           RenamelogTr::tr("a DocType rename has no \"doctype\": \"from\" and "
                                           "\"to\" are the DocType's names"),
                           RenamelogTr::tr("remove \"doctype\""));
        ok = false;
    }
    if (ok && object.value(QStringLiteral("from")).isString())
        ok = checkName(context, at("from"), record.from, field) && ok;
    if (ok && object.value(QStringLiteral("to")).isString()) {
        ok = checkName(context, at("to"), record.to, field) && ok;
        if (ok && field && reservedFieldnames().contains(record.to)) {
            context.error(
                at("to"), QStringLiteral("reserved-fieldname"),
                RenamelogTr::tr("\"%1\" is a standard column every DocType has").arg(record.to),
                RenamelogTr::tr("a field cannot be renamed to it; fix the record"));
            ok = false;
        }
    }
    if (ok && record.from == record.to) {
        context.error(at("to"), QStringLiteral("rename-to-itself"),
                      RenamelogTr::tr("the rename keeps the name \"%1\"").arg(record.from),
                      RenamelogTr::tr("remove the record; it changes nothing"));
        ok = false;
    }
    if (const auto time = context.string(object, pointer, QStringLiteral("at"))) {
        record.at = QDateTime::fromString(*time, Qt::ISODateWithMs);
        if (!record.at.isValid()) {
            context.error(
                at("at"), QStringLiteral("invalid-rename-time"),
                RenamelogTr::tr("\"at\" \"%1\" is not an ISO 8601 date and time").arg(*time),
                RenamelogTr::tr("write the UTC time of the rename, e.g. "
                                "\"2026-03-01T09:30:00.000Z\""));
            ok = false;
        }
        record.at = record.at.toUTC();
    } else {
        ok = false;
    }
    return ok ? std::optional<RenameRecord>(record) : std::nullopt;
}

// Two records that rename the same name away, with nothing giving that name back in
// between: two branches renamed one thing differently, and both records were kept.
void checkConflicts(const QList<RenameRecord> &ordered, Diagnostics &diagnostics)
{
    QHash<QString, const RenameRecord *> renamedAway;
    const auto key = [](RenameRecord::Kind kind, const QString &subject, const QString &name) {
        return RenameRecord::kindName(kind) + u'\n' + subject + u'\n' + name;
    };
    for (const RenameRecord &record : ordered) {
        const QString from = key(record.kind, record.subject(), record.from);
        if (const RenameRecord *first = renamedAway.value(from)) {
            diagnostics << Diagnostic{
                Diagnostic::Severity::Error, record.location, QStringLiteral("rename-conflict"),
                *first == record
                    ? RenamelogTr::tr("the %1 is recorded twice (first on line %2)")
                          .arg(record.describe())
                          .arg(first->location.line)
                    : RenamelogTr::tr("%1 renames \"%2\" to \"%3\", but line %4 already "
                                      "renamed it to \"%5\"")
                          .arg(record.kind == RenameRecord::Kind::Field
                                   ? RenamelogTr::tr("this record (DocType %1)").arg(record.doctype)
                                   : RenamelogTr::tr("this record"),
                               record.from, record.to)
                          .arg(first->location.line)
                          .arg(first->to),
                RenamelogTr::tr("two branches renamed the same thing: keep the record that "
                                "matches the DocType files and remove the other line")};
            continue;
        }
        renamedAway.insert(from, &record);
        // The old name may be used again once something is renamed to it.
        renamedAway.remove(key(record.kind, record.subject(), record.to));
        if (record.kind == RenameRecord::Kind::DocType) {
            // Field records name the DocType as it was then; a renamed DocType starts over.
            for (auto it = renamedAway.begin(); it != renamedAway.end();) {
                if (it.value()->kind == RenameRecord::Kind::Field &&
                    it.value()->doctype == record.to)
                    it = renamedAway.erase(it);
                else
                    ++it;
            }
        }
    }
}

} // namespace

QString RenameRecord::kindName(Kind kind)
{
    return kind == Kind::Field ? QStringLiteral("field") : QStringLiteral("doctype");
}

QString RenameRecord::describe() const
{
    if (kind == Kind::Field)
        return RenamelogTr::tr("rename of field %1.%2 to %3").arg(doctype, from, to);
    return RenamelogTr::tr("rename of DocType %1 to %2").arg(from, to);
}

bool RenameRecord::operator==(const RenameRecord &other) const
{
    return kind == other.kind && doctype == other.doctype && from == other.from && to == other.to &&
           at == other.at;
}

QString RenameLog::fileName()
{
    return QStringLiteral("renames.json");
}

QString RenameLog::pathIn(const QString &appDir)
{
    return appDir + u'/' + fileName();
}

QString RenameLog::formatTime(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

QList<RenameRecord> RenameLog::read(const QString &path, const QString &app,
                                    Diagnostics &diagnostics)
{
    QFile file(path);
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly)) {
        diagnostics << Diagnostic{
            Diagnostic::Severity::Error, SourceLocation{path, 0, 0},
            QStringLiteral("unreadable-file"),
            RenamelogTr::tr("cannot read %1: %2").arg(path, file.errorString()),
            RenamelogTr::tr("check the file's permissions")};
        return {};
    }
    return parse(file.readAll(), path, app, diagnostics);
}

QList<RenameRecord> RenameLog::parse(const QByteArray &json, const QString &fileName,
                                     const QString &app, Diagnostics &diagnostics)
{
    Diagnostics found;
    const std::optional<JsonSource> source = JsonSource::parse(json, fileName, found);
    QList<RenameRecord> records;
    if (source) {
        Context context(source->positions(), fileName, found);
        if (context.expect(source->root(), QJsonValue::Object, QString(),
                           RenamelogTr::tr("a renames file"))) {
            const QJsonObject root = source->root().toObject();
            context.checkKeys(root, QString(),
                              {QStringLiteral("$schema"), QStringLiteral("format_version"),
                               QStringLiteral("renames")},
                              RenamelogTr::tr("renames file"));
            const auto version = context.integer(root, QString(), QStringLiteral("format_version"));
            if (version && *version != kFormatVersion) {
                context.error(QStringLiteral("/format_version"),
                              QStringLiteral("unsupported-format-version"),
                              RenamelogTr::tr("format_version %1 is not supported; this version "
                                              "of Framework M reads format 1")
                                  .arg(*version),
                              RenamelogTr::tr("write \"format_version\": 1, or upgrade "
                                              "Framework M"));
            }
            context.require(root, QString(), QStringLiteral("renames"),
                            RenamelogTr::tr("the renames file"), QStringLiteral("[]"));
            const QJsonArray list =
                context.array(root, QString(), QStringLiteral("renames")).value_or(QJsonArray());
            for (qsizetype i = 0; i < list.size(); ++i) {
                const qsizetype before = found.size();
                auto record = readRecord(context, list.at(i),
                                         JsonSource::child(QStringLiteral("/renames"), i));
                if (record && found.size() == before) {
                    record->app = app;
                    records << *record;
                }
            }
        }
    }
    records = ordered(records);
    checkConflicts(records, found);
    diagnostics += found;
    return records;
}

QByteArray RenameLog::toText(QList<RenameRecord> records)
{
    std::stable_sort(records.begin(), records.end(),
                     [](const RenameRecord &a, const RenameRecord &b) {
                         return std::tuple(a.subject(), a.at, a.kind, a.from) <
                                std::tuple(b.subject(), b.at, b.kind, b.from);
                     });
    QStringList lines;
    for (const RenameRecord &r : std::as_const(records)) {
        QString line =
            QStringLiteral("    {\"at\": %1, \"kind\": %2")
                .arg(jsonString(formatTime(r.at)), jsonString(RenameRecord::kindName(r.kind)));
        if (r.kind == RenameRecord::Kind::Field)
            line += QStringLiteral(", \"doctype\": %1").arg(jsonString(r.doctype));
        line +=
            QStringLiteral(", \"from\": %1, \"to\": %2}").arg(jsonString(r.from), jsonString(r.to));
        lines << line;
    }
    QString text = QStringLiteral("{\n  \"format_version\": %1,\n").arg(kFormatVersion);
    if (lines.isEmpty())
        text += QStringLiteral("  \"renames\": []\n}\n");
    else
        text +=
            QStringLiteral("  \"renames\": [\n%1\n  ]\n}\n").arg(lines.join(QStringLiteral(",\n")));
    return text.toUtf8();
}

QList<RenameRecord> RenameLog::ordered(QList<RenameRecord> records)
{
    std::stable_sort(records.begin(), records.end(),
                     [](const RenameRecord &a, const RenameRecord &b) { return a.at < b.at; });
    return records;
}

} // namespace fm::core
