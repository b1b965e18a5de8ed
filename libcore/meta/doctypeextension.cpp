// SPDX-License-Identifier: MIT
#include "meta/doctypeextension.h"

#include "meta/doctypeloader.h"
#include "meta/doctypeloader_p.h"
#include "meta/fieldplacement.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace fm::core {

namespace {

struct DoctypeextensionTr
{
    Q_DECLARE_TR_FUNCTIONS(fm::core::DocTypeExtension)
};

} // namespace

namespace {

const QStringList &extensionKeys()
{
    static const QStringList keys{QStringLiteral("$schema"), QStringLiteral("extends"),
                                  QStringLiteral("fields"), QStringLiteral("field_overrides")};
    return keys;
}

const QStringList &overridableKeys()
{
    static const QStringList keys{QStringLiteral("label"),        QStringLiteral("description"),
                                  QStringLiteral("default"),      QStringLiteral("hidden"),
                                  QStringLiteral("in_list_view"), QStringLiteral("in_filter"),
                                  QStringLiteral("required")};
    return keys;
}

// What an override may never change, and what to do instead (made per call: tr()
// answers in the language of the calling thread).
QHash<QString, QString> refusedOverrides()
{
    const QHash<QString, QString> hints{
        {QStringLiteral("fieldname"),
         DoctypeextensionTr::tr(
             "stored data and other apps use the name; add a new field instead")},
        {QStringLiteral("fieldtype"),
         DoctypeextensionTr::tr(
             "the column and its data depend on the type; add a new field of the type "
             "you need and hide this one with \"hidden\": true")},
        {QStringLiteral("options"),
         DoctypeextensionTr::tr(
             "stored values depend on the options; add a new field with the options "
             "you need and hide this one with \"hidden\": true")},
    };
    return hints;
}

QString describeField(const Field &field)
{
    if (field.location.file.isEmpty())
        return QString();
    return DoctypeextensionTr::tr(" (defined in %1:%2)")
        .arg(field.location.file)
        .arg(field.location.line);
}

// One extension file being applied to a copy of its target DocType.
class Applier final
{
public:
    Applier(RegistryState &state, const AppInfo &app, const JsonSource &source,
            Diagnostics &diagnostics)
        : m_state(state)
        , m_app(app)
        , m_source(source)
        , m_diagnostics(diagnostics)
        , m_context(source.positions(), source.fileName(), diagnostics)
        , m_loader(state.types)
    {}

    void run()
    {
        if (!m_context.expect(m_source.root(), QJsonValue::Object, QString(),
                              DoctypeextensionTr::tr("an extension file")))
            return;
        QJsonObject root = m_source.root().toObject();
        if (root.contains(QStringLiteral("remove_fields"))) {
            m_context.errorAtKey(
                QStringLiteral("/remove_fields"), QStringLiteral("remove-base-field"),
                DoctypeextensionTr::tr("an extension cannot remove fields of the DocType "
                                       "it extends"),
                DoctypeextensionTr::tr("the base app and its data rely on its fields; "
                                       "hide a field instead: \"field_overrides\": "
                                       "{\"<fieldname>\": {\"hidden\": true}}"));
            root.remove(QStringLiteral("remove_fields"));
        }
        m_context.checkKeys(root, QString(), extensionKeys(), QStringLiteral("extension"));
        m_context.string(root, QString(), QStringLiteral("$schema"));
        if (!m_context.require(root, QString(), QStringLiteral("extends"),
                               DoctypeextensionTr::tr("an extension file"),
                               DoctypeextensionTr::tr("\"<name of the DocType to extend>\"")))
            return;
        const auto extends = m_context.string(root, QString(), QStringLiteral("extends"));
        if (!extends || !findTarget(*extends))
            return;
        addFields(root);
        applyOverrides(root);
        m_state.doctypes.insert(m_doctype.name, m_doctype);
    }

private:
    bool findTarget(const QString &name)
    {
        const QString at = QStringLiteral("/extends");
        const auto target = m_state.doctypes.constFind(name);
        if (target == m_state.doctypes.constEnd()) {
            m_context.error(
                at, QStringLiteral("unknown-doctype"),
                DoctypeextensionTr::tr("app \"%1\" extends DocType \"%2\", which does not "
                                       "exist")
                    .arg(m_app.name, name),
                loader::suggestion(name, m_state.doctypes.keys()));
            return false;
        }
        if (!target->app.isEmpty() && !m_state.reachableApps(m_app.name).contains(target->app)) {
            m_context.error(
                at, QStringLiteral("extension-without-dependency"),
                DoctypeextensionTr::tr("app \"%1\" extends DocType \"%2\" of app \"%3\", but "
                                       "does not depend on app \"%3\"")
                    .arg(m_app.name, name, target->app),
                DoctypeextensionTr::tr("add \"%1\" to \"depends_on\" in the app.json of "
                                       "\"%2\", so that it loads first")
                    .arg(target->app, m_app.name));
            return false;
        }
        m_doctype = *target;
        return true;
    }

    void addFields(const QJsonObject &root)
    {
        const auto fields = m_context.array(root, QString(), QStringLiteral("fields"));
        if (!fields)
            return;
        QHash<QString, QString> lastPlacedAfter; // anchor -> last field put after it
        for (qsizetype i = 0; i < fields->size(); ++i) {
            const QString pointer = JsonSource::child(QStringLiteral("/fields"), i);
            std::optional<Field> field =
                m_loader.loadField(m_source, fields->at(i), pointer, m_diagnostics, true);
            if (!field)
                continue;
            if (const Field *existing = m_doctype.field(field->fieldname)) {
                m_context.error(
                    JsonSource::child(pointer, QStringLiteral("fieldname")),
                    QStringLiteral("field-clash"),
                    DoctypeextensionTr::tr("DocType \"%1\" already has a field \"%2\"%3")
                        .arg(m_doctype.name, field->fieldname, describeField(*existing)),
                    DoctypeextensionTr::tr("choose another fieldname, e.g. \"%1_%2\"; to "
                                           "change the existing field use "
                                           "\"field_overrides\"")
                        .arg(m_app.name, field->fieldname));
                continue;
            }
            QString anchor = field->insertAfter;
            if (!anchor.isEmpty() && !m_doctype.hasField(anchor)) {
                m_context.error(
                    JsonSource::child(pointer, QStringLiteral("insert_after")),
                    QStringLiteral("unknown-insert-after"),
                    DoctypeextensionTr::tr("\"insert_after\" names \"%1\", which is not a "
                                           "field of DocType \"%2\"")
                        .arg(anchor, m_doctype.name),
                    loader::suggestion(anchor, m_doctype.fieldnames()));
                anchor.clear();
            }
            // Several fields after the same anchor keep the order of the file.
            const QString after = lastPlacedAfter.value(anchor, anchor);
            const qsizetype index = placeField(m_doctype, *field, after, m_app.title);
            if (!anchor.isEmpty())
                lastPlacedAfter.insert(anchor, field->fieldname);
            copyPositions(pointer, JsonSource::child(QStringLiteral("/fields"), index));
        }
        checkRelations();
    }

    // The added fields' positions, from this file, under their place in the DocType.
    void copyPositions(const QString &from, const QString &to)
    {
        const auto &positions = m_source.positions();
        for (auto it = positions.cbegin(); it != positions.cend(); ++it) {
            const QString &key = it.key();
            if (key == from || key.startsWith(from + QLatin1Char('/')) ||
                key.startsWith(from + QLatin1Char('#')))
                m_doctype.positions.insert(to + key.mid(from.size()), it.value());
        }
    }

    // Relations between fields (fetch_from, DynamicLink, tables in child DocTypes) for
    // the fields this file added; the base file's own problems were reported with it.
    void checkRelations()
    {
        Diagnostics all;
        m_loader.checkFields(m_doctype, all);
        for (const Diagnostic &d : std::as_const(all)) {
            if (d.location.file == m_source.fileName())
                m_diagnostics << d;
        }
    }

    void applyOverrides(const QJsonObject &root)
    {
        const auto overrides = m_context.object(root, QString(), QStringLiteral("field_overrides"));
        if (!overrides)
            return;
        const QString base = QStringLiteral("/field_overrides");
        for (auto it = overrides->begin(); it != overrides->end(); ++it) {
            const QString pointer = JsonSource::child(base, it.key());
            const qsizetype index = m_doctype.fieldnames().indexOf(it.key());
            if (index < 0) {
                m_context.errorAtKey(
                    pointer, QStringLiteral("unknown-field"),
                    DoctypeextensionTr::tr("\"field_overrides\" names \"%1\", which is "
                                           "not a field of DocType \"%2\"")
                        .arg(it.key(), m_doctype.name),
                    loader::suggestion(it.key(), m_doctype.fieldnames()));
                continue;
            }
            if (!m_context.expect(it.value(), QJsonValue::Object, pointer,
                                  DoctypeextensionTr::tr("a field override")))
                continue;
            applyOverride(m_doctype.fields[index], index, it.value().toObject(), pointer);
        }
    }

    void applyOverride(Field &field, qsizetype index, QJsonObject values, const QString &pointer)
    {
        const QHash<QString, QString> refused = refusedOverrides();
        for (auto it = refused.cbegin(); it != refused.cend(); ++it) {
            if (!values.contains(it.key()))
                continue;
            m_context.errorAtKey(
                JsonSource::child(pointer, it.key()), QStringLiteral("override-refused"),
                DoctypeextensionTr::tr("an extension cannot change the \"%1\" of field "
                                       "\"%2\" in DocType \"%3\"")
                    .arg(it.key(), field.fieldname, m_doctype.name),
                it.value());
            values.remove(it.key());
        }
        m_context.checkKeys(values, pointer, overridableKeys(),
                            DoctypeextensionTr::tr("field override"));
        const auto text = [&](const char *key, QString &target) {
            if (auto value = m_context.string(values, pointer, QLatin1String(key)))
                target = *value;
        };
        const auto flag = [&](const char *key, bool &target) {
            if (auto value = m_context.boolean(values, pointer, QLatin1String(key)))
                target = *value;
        };
        text("label", field.label);
        text("description", field.description);
        flag("hidden", field.hidden);
        flag("in_list_view", field.inListView);
        flag("in_filter", field.inFilter);
        flag("required", field.required);
        if (values.contains(QStringLiteral("default")) && defaultFits(field, values, pointer))
            field.defaultValue = values.value(QStringLiteral("default"));
        const QString fieldPointer = JsonSource::child(QStringLiteral("/fields"), index);
        for (const QString &key : overridableKeys()) {
            if (values.contains(key)) {
                m_doctype.positions.insert(JsonSource::child(fieldPointer, key),
                                           m_context.location(JsonSource::child(pointer, key)));
            }
        }
    }

    // The loader's own default checks (type, choices, range, length, pattern), run on the
    // field as it would be with the new default.
    bool defaultFits(const Field &field, const QJsonObject &values, const QString &pointer)
    {
        QJsonObject probe{{QStringLiteral("fieldname"), field.fieldname},
                          {QStringLiteral("fieldtype"), field.fieldtype},
                          {QStringLiteral("default"), values.value(QStringLiteral("default"))}};
        if (!field.options.isEmpty())
            probe.insert(QStringLiteral("options"), field.options);
        if (field.min)
            probe.insert(QStringLiteral("min"), *field.min);
        if (field.max)
            probe.insert(QStringLiteral("max"), *field.max);
        if (field.length)
            probe.insert(QStringLiteral("length"), *field.length);
        if (!field.pattern.isEmpty())
            probe.insert(QStringLiteral("pattern"), field.pattern);
        Diagnostics found;
        m_loader.loadField(m_source, probe, pointer, found);
        // Only what is said about the default counts: it is the one value located here.
        const SourceLocation at =
            m_context.location(JsonSource::child(pointer, QStringLiteral("default")));
        bool fits = true;
        for (const Diagnostic &d : std::as_const(found)) {
            if (d.location.line == at.line && d.location.column == at.column) {
                m_diagnostics << d;
                fits = false;
            }
        }
        return fits;
    }

    RegistryState &m_state;
    const AppInfo &m_app;
    const JsonSource &m_source;
    Diagnostics &m_diagnostics;
    loader::Context m_context;
    DocTypeLoader m_loader;
    DocType m_doctype;
};

} // namespace

void DocTypeExtension::applyAll(RegistryState &state, const AppInfo &app, Diagnostics &diagnostics)
{
    const QDir folder(QDir(app.path).filePath(QStringLiteral("extensions")));
    const QStringList files = folder.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &file : files)
        applyFile(state, app, folder.filePath(file), diagnostics);
}

void DocTypeExtension::applyFile(RegistryState &state, const AppInfo &app, const QString &path,
                                 Diagnostics &diagnostics)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        diagnostics << Diagnostic{
            Diagnostic::Severity::Error, SourceLocation{path, 0, 0},
            QStringLiteral("unreadable-file"),
            DoctypeextensionTr::tr("cannot read the extension file: %1").arg(file.errorString()),
            DoctypeextensionTr::tr("check that the file exists and is readable")};
        return;
    }
    const std::optional<JsonSource> source = JsonSource::parse(file.readAll(), path, diagnostics);
    if (source)
        Applier(state, app, *source, diagnostics).run();
}

} // namespace fm::core
