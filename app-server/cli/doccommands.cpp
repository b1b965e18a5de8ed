// SPDX-License-Identifier: MIT
// `m doc insert|get|list|update|delete|submit|cancel|amend`: the scriptable face of
// DocumentService. Results are JSON on standard output; errors go to standard error.
#include "cli/cliutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace fm::server {

namespace {

using fm::core::Document;

QString user(const QCommandLineParser &parser)
{
    return parser.isSet(QStringLiteral("user")) ? parser.value(QStringLiteral("user"))
                                                : fm::core::DocumentService::kAdministrator;
}

// Checks the positional arguments; prints the usage problem when they do not fit.
bool expectArguments(CommandContext &ctx, const QStringList &names)
{
    if (ctx.arguments.size() == names.size())
        return true;
    ctx.err << Cli::tr("error: expected %1 argument(s): <%2>, got %3")
                   .arg(names.size())
                   .arg(names.join(QStringLiteral("> <")))
                   .arg(ctx.arguments.size())
            << '\n';
    ctx.err.flush();
    return false;
}

using Action = std::function<fm::Result<QJsonValue>(fm::core::SiteContext &,
                                                    const QCommandLineParser &, CommandContext &)>;

Command docCommand(const QString &verb, const QString &summary, const QStringList &arguments,
                   const std::function<void(QCommandLineParser &)> &options, Action action)
{
    Command command;
    command.words = {QStringLiteral("doc"), verb};
    command.summary = summary;
    command.setup = [arguments, options](QCommandLineParser &parser) {
        addSiteOptions(parser);
        parser.addOption({QStringLiteral("user"),
                          Cli::tr("Act as this user (default: Administrator)."),
                          QStringLiteral("user")});
        for (const QString &argument : arguments)
            parser.addPositionalArgument(argument, QString());
        if (options)
            options(parser);
    };
    command.run = [arguments, action](QCommandLineParser &parser, CommandContext &ctx) {
        if (!expectArguments(ctx, arguments))
            return int(kExitUsage);
        auto site = openSite(parser, ctx);
        if (!site)
            return int(kExitFailure);
        auto result = action(*site, parser, ctx);
        if (!result)
            return reportError(ctx, result.error());
        if (!result->isUndefined())
            printJson(ctx, *result);
        return int(kExitOk);
    };
    return command;
}

void dataOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("data"),
                      Cli::tr("The document as JSON (default: read standard input)."),
                      QStringLiteral("json")});
}

fm::Result<QJsonValue> insert(fm::core::SiteContext &site, const QCommandLineParser &parser,
                              CommandContext &ctx)
{
    auto input = readJsonInput(parser, ctx);
    if (!input)
        return fm::fail(input.error());
    const QString doctype = ctx.arguments.at(0);
    if (input->isArray()) { // several documents: all or none
        QList<Document> docs;
        for (const QJsonValue &item : input->toArray()) {
            if (!item.isObject())
                return fm::fail(fm::ErrorCode::BadRequest,
                                Cli::tr("every item of the list must be a JSON object"));
            docs << Document::fromJson(doctype, item.toObject());
        }
        auto names = site.service().bulkInsert(docs, user(parser));
        if (!names)
            return fm::fail(names.error());
        return QJsonObject{{QStringLiteral("names"), QJsonArray::fromStringList(*names)}};
    }
    if (!input->isObject())
        return fm::fail(fm::ErrorCode::BadRequest, Cli::tr("the document must be a JSON object"));
    auto saved =
        site.service().insert(Document::fromJson(doctype, input->toObject()), user(parser));
    if (!saved)
        return fm::fail(saved.error());
    return saved->toJson();
}

fm::Result<QJsonValue> get(fm::core::SiteContext &site, const QCommandLineParser &parser,
                           CommandContext &ctx)
{
    auto doc = site.service().get(ctx.arguments.at(0), ctx.arguments.at(1),
                                  parser.isSet(QStringLiteral("deleted")));
    if (!doc)
        return fm::fail(doc.error());
    return doc->toJson();
}

fm::Result<QJsonValue> list(fm::core::SiteContext &site, const QCommandLineParser &parser,
                            CommandContext &ctx)
{
    fm::core::Query query;
    query.doctype = ctx.arguments.at(0);
    auto parseJson = [](const QString &text, const char *what) -> fm::Result<QJsonValue> {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError)
            return fm::fail(fm::ErrorCode::BadRequest,
                            Cli::tr("--%1 is not valid JSON: %2")
                                .arg(QLatin1String(what), error.errorString()));
        return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    };
    if (parser.isSet(QStringLiteral("filters"))) {
        auto json = parseJson(parser.value(QStringLiteral("filters")), "filters");
        if (!json)
            return fm::fail(json.error());
        auto filters = fm::core::Query::parseFilters(*json);
        if (!filters)
            return fm::fail(filters.error());
        query.filters = *filters;
    }
    if (parser.isSet(QStringLiteral("fields"))) {
        auto json = parseJson(parser.value(QStringLiteral("fields")), "fields");
        if (!json)
            return fm::fail(json.error());
        auto fields = fm::core::Query::parseFields(*json);
        if (!fields)
            return fm::fail(fields.error());
        query.fields = *fields;
    }
    if (parser.isSet(QStringLiteral("order-by"))) {
        auto order = fm::core::Query::parseOrderBy(parser.value(QStringLiteral("order-by")));
        if (!order)
            return fm::fail(order.error());
        query.orderBy = *order;
    }
    for (const auto &[option, target] :
         {std::pair{"limit", &query.limit}, std::pair{"offset", &query.offset}}) {
        if (!parser.isSet(QLatin1String(option)))
            continue;
        bool ok = false;
        *target = parser.value(QLatin1String(option)).toInt(&ok);
        if (!ok || *target < 0)
            return fm::fail(
                fm::ErrorCode::BadRequest,
                Cli::tr("--%1 must be a whole number of 0 or more").arg(QLatin1String(option)));
    }
    auto rows = site.service().list(query);
    if (!rows)
        return fm::fail(rows.error());
    auto total = site.service().count(query);
    if (!total)
        return fm::fail(total.error());
    QJsonArray data;
    for (const Document &row : *rows)
        data.append(row.toJson());
    return QJsonObject{{QStringLiteral("data"), data}, {QStringLiteral("total"), *total}};
}

fm::Result<QJsonValue> update(fm::core::SiteContext &site, const QCommandLineParser &parser,
                              CommandContext &ctx)
{
    auto input = readJsonInput(parser, ctx);
    if (!input)
        return fm::fail(input.error());
    if (!input->isObject())
        return fm::fail(fm::ErrorCode::BadRequest, Cli::tr("the changes must be a JSON object"));
    Document changes = Document::fromJson(ctx.arguments.at(0), input->toObject());
    changes.setName(ctx.arguments.at(1));
    auto saved = site.service().update(changes, user(parser));
    if (!saved)
        return fm::fail(saved.error());
    return saved->toJson();
}

fm::Result<QJsonValue> remove(fm::core::SiteContext &site, const QCommandLineParser &parser,
                              CommandContext &ctx)
{
    const bool hard = parser.isSet(QStringLiteral("hard"));
    auto ok = site.service().remove(ctx.arguments.at(0), ctx.arguments.at(1),
                                    hard ? fm::core::DeleteMode::Hard : fm::core::DeleteMode::Soft,
                                    user(parser));
    if (!ok)
        return fm::fail(ok.error());
    ctx.err << (hard ? "deleted " : "deleted (soft; --hard removes the row) ")
            << ctx.arguments.at(0) << ' ' << ctx.arguments.at(1) << '\n';
    return QJsonValue(QJsonValue::Undefined);
}

Action stateChange(fm::Result<Document> (fm::core::DocumentService::*method)(const QString &,
                                                                             const QString &,
                                                                             const QString &))
{
    return [method](fm::core::SiteContext &site, const QCommandLineParser &parser,
                    CommandContext &ctx) -> fm::Result<QJsonValue> {
        auto doc = (site.service().*method)(ctx.arguments.at(0), ctx.arguments.at(1), user(parser));
        if (!doc)
            return fm::fail(doc.error());
        return doc->toJson();
    };
}

} // namespace

QList<Command> docCommands()
{
    const QStringList typeOnly{QStringLiteral("doctype")};
    const QStringList typeAndName{QStringLiteral("doctype"), QStringLiteral("name")};
    return {
        docCommand(QStringLiteral("insert"),
                   Cli::tr("Insert a document (or a list, all or none) from JSON"), typeOnly,
                   dataOption, insert),
        docCommand(
            QStringLiteral("get"), Cli::tr("Print a document with its child rows"), typeAndName,
            [](QCommandLineParser &p) {
                p.addOption(
                    {QStringLiteral("deleted"), Cli::tr("Also find soft-deleted documents.")});
            },
            get),
        docCommand(
            QStringLiteral("list"), Cli::tr("List documents with filters, fields, order, paging"),
            typeOnly,
            [](QCommandLineParser &p) {
                p.addOption({QStringLiteral("filters"), Cli::tr("[[field, op, value], ...]"),
                             QStringLiteral("json")});
                p.addOption({QStringLiteral("fields"), Cli::tr("[\"field\", ...]"),
                             QStringLiteral("json")});
                p.addOption({QStringLiteral("order-by"), Cli::tr("\"field desc, other\""),
                             QStringLiteral("order")});
                p.addOption({QStringLiteral("limit"), Cli::tr("Rows per page (default 20)."),
                             QStringLiteral("n")});
                p.addOption(
                    {QStringLiteral("offset"), Cli::tr("Rows to skip."), QStringLiteral("n")});
            },
            list),
        docCommand(QStringLiteral("update"),
                   Cli::tr("Merge JSON values into a document (_version checks staleness)"),
                   typeAndName, dataOption, update),
        docCommand(
            QStringLiteral("delete"), Cli::tr("Delete a document (soft unless --hard)"),
            typeAndName,
            [](QCommandLineParser &p) {
                p.addOption({QStringLiteral("hard"),
                             Cli::tr("Remove the row instead of marking it deleted.")});
            },
            remove),
        docCommand(QStringLiteral("submit"), Cli::tr("Submit a draft of a submittable DocType"),
                   typeAndName, nullptr, stateChange(&fm::core::DocumentService::submit)),
        docCommand(QStringLiteral("cancel"), Cli::tr("Cancel a submitted document"), typeAndName,
                   nullptr, stateChange(&fm::core::DocumentService::cancel)),
        docCommand(QStringLiteral("amend"),
                   Cli::tr("Create an amended draft of a cancelled document"), typeAndName, nullptr,
                   stateChange(&fm::core::DocumentService::amend)),
    };
}

} // namespace fm::server
