// SPDX-License-Identifier: MIT
// `m import <file>`: inserts a JSON list of documents, each with a "doctype" key, in
// one transaction through DocumentService: all of them or none.
#include "cli/cliutil.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>

namespace fm::server {

namespace {

int import(QCommandLineParser &parser, CommandContext &ctx)
{
    if (ctx.arguments.size() != 1) {
        ctx.err << Cli::tr("error: expected one argument: <file>") << '\n';
        return kExitUsage;
    }
    QFile file(ctx.arguments.at(0));
    if (!file.open(QIODevice::ReadOnly))
        return reportError(
            ctx, fm::Error(fm::ErrorCode::Io,
                           Cli::tr("cannot read %1: %2").arg(file.fileName(), file.errorString())));
    QJsonParseError parseError;
    const QJsonDocument json = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !json.isArray()) {
        return reportError(
            ctx, fm::Error(fm::ErrorCode::BadRequest,
                           Cli::tr("%1 must hold a JSON list of documents, each with a "
                                   "\"doctype\" key%2")
                               .arg(file.fileName(), parseError.error == QJsonParseError::NoError
                                                         ? QString()
                                                         : QStringLiteral(" (%1 at byte %2)")
                                                               .arg(parseError.errorString())
                                                               .arg(parseError.offset))));
    }
    QList<fm::core::Document> docs;
    QMap<QString, int> perDocType;
    const QJsonArray items = json.array();
    for (int i = 0; i < items.size(); ++i) {
        const QJsonObject object = items.at(i).toObject();
        const QString doctype = object.value(QStringLiteral("doctype")).toString();
        if (doctype.isEmpty()) {
            return reportError(ctx, fm::Error(fm::ErrorCode::BadRequest,
                                              Cli::tr("item %1 of %2 has no \"doctype\"; add it "
                                                      "(nothing was imported)")
                                                  .arg(i + 1)
                                                  .arg(file.fileName())));
        }
        docs << fm::core::Document::fromJson(doctype, object);
        ++perDocType[doctype];
    }
    auto site = openSite(parser, ctx);
    if (!site)
        return kExitFailure;
    auto names = site->service().bulkInsert(docs);
    if (!names)
        return reportError(ctx, names.error());
    ctx.out << Cli::tr("Imported %1 document(s) into site \"%2\":")
                   .arg(names->size())
                   .arg(site->site().name)
            << '\n';
    for (auto it = perDocType.cbegin(); it != perDocType.cend(); ++it)
        ctx.out << "  " << it.key() << ": " << it.value() << '\n';
    ctx.out.flush();
    return kExitOk;
}

} // namespace

QList<Command> importCommands()
{
    Command command;
    command.words = {QStringLiteral("import")};
    command.summary = Cli::tr("Insert a JSON file of documents in one transaction");
    command.setup = [](QCommandLineParser &parser) {
        addSiteOptions(parser);
        parser.addPositionalArgument(QStringLiteral("file"),
                                     Cli::tr("JSON list of documents with a \"doctype\" key."));
    };
    command.run = import;
    return {command};
}

} // namespace fm::server
