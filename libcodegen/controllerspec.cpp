// SPDX-License-Identifier: MIT
#include "controllerspec.h"

#include "identifiers.h"

namespace fm::codegen {

namespace {

const QList<ControllerSpec::Hook> &allHooks()
{
    static const QList<ControllerSpec::Hook> hooks{
        {QStringLiteral("validate"), true, false,
         QStringLiteral("Runs before every insert and update; refuse with "
                        "fm::fail(fm::ErrorCode::Validation, ...).")},
        {QStringLiteral("beforeInsert"), true, false,
         QStringLiteral("Runs before a new document is first stored: fill computed values here.")},
        {QStringLiteral("afterInsert"), false, false,
         QStringLiteral("Runs after a new document is written, in the same transaction.")},
        {QStringLiteral("beforeSave"), true, false,
         QStringLiteral("Runs before every insert and update, after validate.")},
        {QStringLiteral("afterSave"), false, false,
         QStringLiteral("Runs after every insert and update is written, in the same transaction.")},
        {QStringLiteral("beforeSubmit"), true, true,
         QStringLiteral("Runs before the document is submitted (docstatus 0 -> 1).")},
        {QStringLiteral("afterSubmit"), false, true,
         QStringLiteral("Runs after the document is submitted, in the same transaction.")},
        {QStringLiteral("beforeCancel"), true, true,
         QStringLiteral("Runs before a submitted document is cancelled (docstatus 1 -> 2).")},
        {QStringLiteral("afterCancel"), false, true,
         QStringLiteral("Runs after the document is cancelled, in the same transaction.")},
        {QStringLiteral("beforeDelete"), false, false,
         QStringLiteral("Runs before the document is deleted; return an error to keep it.")},
        {QStringLiteral("afterDelete"), false, false,
         QStringLiteral("Runs after the document is deleted, in the same transaction.")},
    };
    return hooks;
}

QList<ControllerSpec::Constant> constants(const QStringList &values, const QString &fallbackStem)
{
    QStringList names;
    for (qsizetype i = 0; i < values.size(); ++i)
        names << constantName(values.at(i), QStringLiteral("k%1%2").arg(fallbackStem).arg(i + 1));
    names = uniqueNames(names);
    QList<ControllerSpec::Constant> out;
    for (qsizetype i = 0; i < values.size(); ++i)
        out.append({names.at(i), values.at(i)});
    return out;
}

} // namespace

ControllerSpec ControllerSpec::of(const fm::core::DocType &doctype)
{
    ControllerSpec spec;
    spec.doctype = doctype.name;
    spec.snake = doctype.tableName();
    spec.app = doctype.app;
    spec.nameSpace = appNamespace(doctype.app);
    const QString pascal = pascalCase(doctype.name);
    spec.className = pascal + QStringLiteral("Controller");
    spec.testClassName = QStringLiteral("Test") + pascal;
    spec.fields = constants(doctype.fieldnames(), QStringLiteral("Field"));

    QStringList structNames{QStringLiteral("Fields")}; // taken by the fieldnames
    for (qsizetype i = 0; i < doctype.fields.size(); ++i) {
        const fm::core::Field &field = doctype.fields.at(i);
        if (field.fieldtype != u"Select")
            continue;
        ChoiceSet set;
        set.fieldname = field.fieldname;
        set.fieldConstant = spec.fields.at(i).name;
        const QStringList choices = field.selectOptions();
        for (const QString &choice : choices)
            set.utf16 = set.utf16 || !isLatin1(choice);
        set.choices = constants(choices, QStringLiteral("Choice"));
        spec.choiceSets << set;
        structNames << pascalCase(field.fieldname) + QStringLiteral("Choices");
    }
    structNames = uniqueNames(structNames);
    for (qsizetype i = 0; i < spec.choiceSets.size(); ++i)
        spec.choiceSets[i].structName = structNames.at(i + 1);

    for (const Hook &hook : allHooks()) {
        if (!hook.submitOnly || doctype.isSubmittable)
            spec.hooks << hook;
    }
    return spec;
}

QString ControllerSpec::qualifiedClassName() const
{
    return nameSpace.isEmpty() ? className : nameSpace + QStringLiteral("::") + className;
}

} // namespace fm::codegen
