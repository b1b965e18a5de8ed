// SPDX-License-Identifier: MIT
#include "db/migrationplan.h"

namespace fm::core {

QString stepClassName(StepClass cls)
{
    switch (cls) {
    case StepClass::Safe:
        return QStringLiteral("safe");
    case StepClass::Warning:
        return QStringLiteral("warning");
    case StepClass::Dangerous:
        return QStringLiteral("dangerous");
    }
    return QStringLiteral("dangerous");
}

bool MigrationStep::needsRebuild() const
{
    return kind == Kind::DropColumn || kind == Kind::ChangeColumnType ||
           kind == Kind::AddForeignKey || kind == Kind::DropForeignKey;
}

QString MigrationStep::kindName(Kind kind)
{
    switch (kind) {
    case Kind::CreateTable:
        return QStringLiteral("create_table");
    case Kind::DropTable:
        return QStringLiteral("drop_table");
    case Kind::AddColumn:
        return QStringLiteral("add_column");
    case Kind::DropColumn:
        return QStringLiteral("drop_column");
    case Kind::ChangeColumnType:
        return QStringLiteral("change_column_type");
    case Kind::AddForeignKey:
        return QStringLiteral("add_foreign_key");
    case Kind::DropForeignKey:
        return QStringLiteral("drop_foreign_key");
    case Kind::CreateIndex:
        return QStringLiteral("create_index");
    case Kind::DropIndex:
        return QStringLiteral("drop_index");
    case Kind::NarrowLength:
        return QStringLiteral("narrow_length");
    case Kind::RenameTable:
        return QStringLiteral("rename_table");
    case Kind::RenameColumn:
        return QStringLiteral("rename_column");
    case Kind::UpdateRows:
        return QStringLiteral("update_rows");
    }
    return {};
}

QJsonObject MigrationStep::toJson() const
{
    QJsonObject out{{QStringLiteral("kind"), kindName(kind)},
                    {QStringLiteral("class"), stepClassName(classification)},
                    {QStringLiteral("table"), table},
                    {QStringLiteral("description"), description},
                    {QStringLiteral("sql"), QJsonArray::fromStringList(sql)}};
    if (!reason.isEmpty())
        out.insert(QStringLiteral("reason"), reason);
    if (!manualPath.isEmpty())
        out.insert(QStringLiteral("manual_path"), manualPath);
    if (!renameFrom.isEmpty()) {
        out.insert(QStringLiteral("from"), renameFrom);
        out.insert(QStringLiteral("to"), renameTo);
    }
    return out;
}

int MigrationPlan::count(StepClass cls) const
{
    return int(std::count_if(steps.cbegin(), steps.cend(),
                             [cls](const MigrationStep &s) { return s.classification == cls; }));
}

namespace {

QString indent(const QString &text, const QString &prefix)
{
    QStringList lines = text.split(u'\n');
    for (QString &line : lines)
        line.prepend(prefix);
    return lines.join(u'\n');
}

QString stepText(const MigrationStep &step)
{
    QString text =
        QStringLiteral("  [%1] %2\n").arg(stepClassName(step.classification), step.description);
    if (!step.reason.isEmpty())
        text += QStringLiteral("      why: %1\n").arg(step.reason);
    if (!step.manualPath.isEmpty())
        text += QStringLiteral("      by hand: %1\n").arg(step.manualPath);
    for (const QString &sql : step.sql)
        text += indent(sql + u';', QStringLiteral("      ")) + u'\n';
    return text;
}

QJsonObject summary(int safe, int warning, int dangerous)
{
    return {{QStringLiteral("safe"), safe},
            {QStringLiteral("warning"), warning},
            {QStringLiteral("dangerous"), dangerous}};
}

} // namespace

QString MigrationPlan::toText() const
{
    const QString internal = internalTables.isEmpty()
                                 ? QString()
                                 : QStringLiteral("Framework tables to create: %1.\n")
                                       .arg(internalTables.join(QStringLiteral(", ")));
    if (steps.isEmpty() && internal.isEmpty())
        return QStringLiteral("The database matches the DocTypes; nothing to migrate.\n");
    if (steps.isEmpty())
        return QStringLiteral("The tables match the DocTypes. ") + internal;
    QString text;
    QString table;
    for (const MigrationStep &step : steps) {
        if (step.table != table) {
            table = step.table;
            text += QStringLiteral("%1:\n").arg(table);
        }
        text += stepText(step);
    }
    text +=
        QStringLiteral("\n%1 safe, %2 warning (applied with --force), %3 dangerous (never applied; "
                       "see \"by hand\").\n")
            .arg(count(StepClass::Safe))
            .arg(count(StepClass::Warning))
            .arg(count(StepClass::Dangerous));
    return text + internal;
}

QJsonObject MigrationPlan::toJson() const
{
    QJsonArray list;
    for (const MigrationStep &step : steps)
        list.append(step.toJson());
    QJsonObject out{
        {QStringLiteral("steps"), list},
        {QStringLiteral("summary"),
         summary(count(StepClass::Safe), count(StepClass::Warning), count(StepClass::Dangerous))}};
    if (!internalTables.isEmpty())
        out.insert(QStringLiteral("internal_tables"), QJsonArray::fromStringList(internalTables));
    return out;
}

Error MigrationReport::refusalError() const
{
    QStringList lines;
    for (const RefusedStep &r : refused)
        lines << QStringLiteral("%1: %2 (%3)").arg(r.step.table, r.step.description, r.why);
    return Error(ErrorCode::MigrationRefused,
                 QStringLiteral("%1 migration step(s) were not applied:\n  %2")
                     .arg(refused.size())
                     .arg(lines.join(QStringLiteral("\n  "))));
}

QString MigrationReport::toText() const
{
    QString text;
    if (applied.isEmpty() && refused.isEmpty() && internalCreated.isEmpty())
        return QStringLiteral("Nothing to migrate.\n");
    if (!internalCreated.isEmpty())
        text += QStringLiteral("Created framework tables: %1.\n")
                    .arg(internalCreated.join(QStringLiteral(", ")));
    if (!applied.isEmpty()) {
        text +=
            QStringLiteral("Applied%1:\n").arg(forced ? QStringLiteral(" (forced)") : QString());
        for (const MigrationStep &step : applied)
            text += QStringLiteral("  %1: %2\n").arg(step.table, step.description);
    }
    if (!refused.isEmpty()) {
        text += QStringLiteral("Not applied:\n");
        for (const RefusedStep &r : refused) {
            text +=
                QStringLiteral("  %1: %2\n      %3\n").arg(r.step.table, r.step.description, r.why);
            if (!r.step.manualPath.isEmpty())
                text += QStringLiteral("      by hand: %1\n").arg(r.step.manualPath);
        }
    }
    return text;
}

QJsonObject MigrationReport::toJson() const
{
    QJsonArray appliedJson, refusedJson;
    for (const MigrationStep &step : applied)
        appliedJson.append(step.toJson());
    for (const RefusedStep &r : refused)
        refusedJson.append(
            QJsonObject{{QStringLiteral("step"), r.step.toJson()}, {QStringLiteral("why"), r.why}});
    QJsonObject out{{QStringLiteral("forced"), forced},
                    {QStringLiteral("applied"), appliedJson},
                    {QStringLiteral("refused"), refusedJson},
                    {QStringLiteral("sql"), QJsonArray::fromStringList(executedSql)}};
    if (!internalCreated.isEmpty())
        out.insert(QStringLiteral("internal_created"), QJsonArray::fromStringList(internalCreated));
    return out;
}

} // namespace fm::core
