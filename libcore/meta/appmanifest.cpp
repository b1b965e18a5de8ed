// SPDX-License-Identifier: MIT
#include "meta/appmanifest.h"

#include "meta/doctypeloader_p.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace fm::core {

namespace {

struct AppmanifestTr
{
    Q_DECLARE_TR_FUNCTIONS(fm::core::AppManifest)
};

} // namespace

namespace {

const QStringList &appKeys()
{
    static const QStringList keys{QStringLiteral("$schema"),    QStringLiteral("name"),
                                  QStringLiteral("title"),      QStringLiteral("version"),
                                  QStringLiteral("modules"),    QStringLiteral("depends_on"),
                                  QStringLiteral("field_types")};
    return keys;
}

const QStringList &fieldTypeKeys()
{
    static const QStringList keys{QStringLiteral("name"), QStringLiteral("base"),
                                  QStringLiteral("pattern"), QStringLiteral("widget")};
    return keys;
}

bool isValidAppName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[a-z][a-z0-9_]{0,63}$"));
    return re.match(name).hasMatch();
}

bool isValidTypeName(const QString &name)
{
    static const QRegularExpression re(QStringLiteral("^[A-Z][A-Za-z0-9]{0,63}$"));
    return re.match(name).hasMatch();
}

// "helpdesk" -> "Helpdesk", "field_service" -> "Field Service"
QString titleFromName(const QString &name)
{
    QStringList words = name.split(QLatin1Char('_'), Qt::SkipEmptyParts);
    for (QString &word : words)
        word[0] = word[0].toUpper();
    return words.join(QLatin1Char(' '));
}

void readFieldTypes(loader::Context &context, const QJsonObject &root, AppManifest &manifest)
{
    const auto list = context.array(root, QString(), QStringLiteral("field_types"));
    if (!list)
        return;
    const QString arrayPointer = QStringLiteral("/field_types");
    for (qsizetype i = 0; i < list->size(); ++i) {
        const QString pointer = JsonSource::child(arrayPointer, i);
        if (!context.expect(list->at(i), QJsonValue::Object, pointer,
                            AppmanifestTr::tr("field type")))
            continue;
        const QJsonObject object = list->at(i).toObject();
        context.checkKeys(object, pointer, fieldTypeKeys(), AppmanifestTr::tr("field type"));
        const bool hasName =
            context.require(object, pointer, QStringLiteral("name"),
                            AppmanifestTr::tr("field type"), QStringLiteral("\"IBAN\""));
        const bool hasBase =
            context.require(object, pointer, QStringLiteral("base"),
                            AppmanifestTr::tr("field type"), QStringLiteral("\"Data\""));
        AppManifest::FieldType type;
        type.info.name =
            context.string(object, pointer, QStringLiteral("name")).value_or(QString());
        type.info.base =
            context.string(object, pointer, QStringLiteral("base")).value_or(QString());
        type.info.pattern =
            context.string(object, pointer, QStringLiteral("pattern")).value_or(QString());
        type.info.widget =
            context.string(object, pointer, QStringLiteral("widget")).value_or(QString());
        type.info.app = manifest.info.name;
        const QString namePointer = JsonSource::child(pointer, QStringLiteral("name"));
        type.location = context.location(namePointer);
        if (!hasName || !hasBase || type.info.name.isEmpty())
            continue;
        if (!isValidTypeName(type.info.name)) {
            context.error(
                namePointer, QStringLiteral("invalid-field-type-name"),
                AppmanifestTr::tr("field type name \"%1\" is not allowed").arg(type.info.name),
                AppmanifestTr::tr("start with a capital letter and use only letters and "
                                  "digits, like \"IBAN\" or \"PostCode\""));
            continue;
        }
        const QRegularExpression re(type.info.pattern);
        if (!type.info.pattern.isEmpty() && !re.isValid()) {
            context.error(
                JsonSource::child(pointer, QStringLiteral("pattern")),
                QStringLiteral("invalid-pattern"),
                AppmanifestTr::tr("the pattern of field type \"%1\" is not a valid regular "
                                  "expression: %2")
                    .arg(type.info.name, re.errorString()),
                AppmanifestTr::tr("fix the expression (Perl syntax; remember to double "
                                  "backslashes in JSON)"));
            continue;
        }
        manifest.fieldTypes << type;
    }
}

void readDependencies(loader::Context &context, const QJsonObject &root, AppManifest &manifest)
{
    const auto list = context.stringList(root, QString(), QStringLiteral("depends_on"));
    if (!list)
        return;
    for (qsizetype i = 0; i < list->size(); ++i) {
        const QString &dependency = list->at(i);
        const QString pointer = JsonSource::child(QStringLiteral("/depends_on"), i);
        if (manifest.info.dependsOn.contains(dependency)) {
            context.error(pointer, QStringLiteral("duplicate-dependency"),
                          AppmanifestTr::tr("app \"%1\" lists \"%2\" twice in depends_on")
                              .arg(manifest.info.name, dependency),
                          AppmanifestTr::tr("remove the second entry"));
            continue;
        }
        manifest.info.dependsOn << dependency;
        manifest.dependencyLocations.insert(dependency, context.location(pointer));
    }
}

} // namespace

std::optional<AppManifest> AppManifest::read(const QString &dir, Diagnostics &diagnostics)
{
    const QString path = QDir(dir).filePath(QStringLiteral("app.json"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        diagnostics << Diagnostic{
            Diagnostic::Severity::Error, SourceLocation{path, 0, 0},
            QStringLiteral("missing-app-json"),
            AppmanifestTr::tr("cannot read %1: %2").arg(path, file.errorString()),
            AppmanifestTr::tr("every app folder needs an app.json with at least "
                              "{\"name\": \"<folder name>\"}")};
        return std::nullopt;
    }
    const auto source = JsonSource::parse(file.readAll(), path, diagnostics);
    if (!source)
        return std::nullopt;
    loader::Context context(source->positions(), path, diagnostics);
    if (!context.expect(source->root(), QJsonValue::Object, QString(), QStringLiteral("app.json")))
        return std::nullopt;
    const QJsonObject root = source->root().toObject();

    AppManifest manifest;
    manifest.location = SourceLocation{path, 0, 0};
    manifest.info.path = QDir(dir).absolutePath(); // resource paths stay ":/..."
    context.checkKeys(root, QString(), appKeys(), QStringLiteral("app.json"));
    const QString folder = QFileInfo(manifest.info.path).fileName();
    if (!context.require(root, QString(), QStringLiteral("name"), QStringLiteral("app.json"),
                         QStringLiteral("\"%1\"").arg(folder)))
        return std::nullopt;
    manifest.info.name =
        context.string(root, QString(), QStringLiteral("name")).value_or(QString());
    if (manifest.info.name.isEmpty())
        return std::nullopt;
    manifest.nameLocation = context.location(QStringLiteral("/name"));
    if (!isValidAppName(manifest.info.name)) {
        context.error(QStringLiteral("/name"), QStringLiteral("invalid-app-name"),
                      AppmanifestTr::tr("app name \"%1\" is not allowed").arg(manifest.info.name),
                      AppmanifestTr::tr("use lower case letters, digits and '_', starting with a "
                                        "letter, like \"helpdesk\""));
    } else if (manifest.info.name != folder) {
        context.error(
            QStringLiteral("/name"), QStringLiteral("app-folder-mismatch"),
            AppmanifestTr::tr("app \"%1\" lives in folder \"%2\"").arg(manifest.info.name, folder),
            AppmanifestTr::tr("rename the folder to \"%1\" or set \"name\": \"%2\"")
                .arg(manifest.info.name, folder));
    }
    manifest.info.title = context.string(root, QString(), QStringLiteral("title"))
                              .value_or(titleFromName(manifest.info.name));
    manifest.info.version =
        context.string(root, QString(), QStringLiteral("version")).value_or(QString());
    manifest.info.modules =
        context.stringList(root, QString(), QStringLiteral("modules")).value_or(QStringList());
    readDependencies(context, root, manifest);
    readFieldTypes(context, root, manifest);
    return manifest;
}

} // namespace fm::core
