// SPDX-License-Identifier: MIT
#include "markdowngenerator.h"

#include "codetemplate.h"
#include "regions.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace fm::codegen {

namespace {

using fm::core::DocType;
using fm::core::Field;

const QString kCheck = QStringLiteral("✓");

// Plain text for a paragraph or table cell: one line, with Markdown and HTML
// syntax characters escaped so a label never turns into markup.
QString text(const QString &value)
{
    QString out;
    const QString line = value.simplified();
    for (const QChar c : line) {
        if (QStringView(u"\\`*_[]<>|").contains(c))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

// A code span that holds any text: the fence is longer than any backtick run in
// it, and pipes are escaped because GFM splits table cells before code spans.
QString code(const QString &value)
{
    const QString line = value.simplified();
    qsizetype longest = 0;
    qsizetype run = 0;
    for (const QChar c : line) {
        run = c == u'`' ? run + 1 : 0;
        longest = qMax(longest, run);
    }
    const QString fence(longest + 1, QLatin1Char('`'));
    const QString pad =
        line.startsWith(u'`') || line.endsWith(u'`') ? QStringLiteral(" ") : QString();
    QString body = line;
    body.replace(QLatin1Char('|'), QStringLiteral("\\|"));
    return fence + pad + body + pad + fence;
}

QString codeList(const QStringList &values)
{
    QStringList out;
    for (const QString &value : values)
        out << code(value);
    return out.join(QStringLiteral(", "));
}

QString yesNo(bool value)
{
    return value ? QStringLiteral("yes") : QStringLiteral("no");
}

QString row(const QStringList &cells)
{
    return QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
}

QString tableHead(const QStringList &headers)
{
    QStringList rule;
    for (qsizetype i = 0; i < headers.size(); ++i)
        rule << QStringLiteral("---");
    return row(headers) + QLatin1Char('|') + rule.join(QLatin1Char('|')) + QStringLiteral("|\n");
}

QString region(const QString &id, const QString &content)
{
    return beginMarker(CommentStyle::Html, id) + QLatin1Char('\n') + content +
           endMarker(CommentStyle::Html, id) + QLatin1Char('\n');
}

QString naming(const fm::core::Naming &naming)
{
    switch (naming.rule) {
    case fm::core::Naming::Rule::Uuid:
        return QStringLiteral("UUID (time-ordered)");
    case fm::core::Naming::Rule::Series:
        return QStringLiteral("series ") + code(naming.pattern);
    case fm::core::Naming::Rule::Field:
        return QStringLiteral("value of the field ") + code(naming.field);
    case fm::core::Naming::Rule::Prompt:
        return QStringLiteral("typed by the user (prompt)");
    }
    return {};
}

QString summary(const DocType &doctype)
{
    QString out = QStringLiteral("# %1\n\n").arg(text(doctype.name));
    if (!doctype.description.isEmpty())
        out += text(doctype.description) + QStringLiteral("\n\n");
    out += tableHead({QStringLiteral("Property"), QStringLiteral("Value")});
    const auto property = [&out](const QString &name, const QString &value) {
        if (!value.isEmpty())
            out += row({name, value});
    };
    property(QStringLiteral("Label"), text(doctype.label));
    property(QStringLiteral("App"), doctype.app.isEmpty() ? QString() : code(doctype.app));
    property(QStringLiteral("Module"), text(doctype.module));
    property(QStringLiteral("Table"), code(doctype.tableName()));
    property(QStringLiteral("Naming"), naming(doctype.naming));
    property(QStringLiteral("Submittable"), yesNo(doctype.isSubmittable));
    property(QStringLiteral("Child table"), yesNo(doctype.isChild));
    property(QStringLiteral("Single"), yesNo(doctype.isSingle));
    property(QStringLiteral("Track changes"), yesNo(doctype.trackChanges));
    property(QStringLiteral("REST API"), yesNo(doctype.apiResource));
    property(QStringLiteral("Concurrency"), doctype.concurrency == fm::core::Concurrency::Optimistic
                                                ? QStringLiteral("optimistic (`_version`)")
                                                : QStringLiteral("none (last write wins)"));
    property(QStringLiteral("Title field"),
             doctype.titleField.isEmpty() ? QString() : code(doctype.titleField));
    property(QStringLiteral("Search fields"), codeList(doctype.searchFields));
    property(QStringLiteral("Sort"),
             code(doctype.sortField) + (doctype.sortDescending ? QStringLiteral(" descending")
                                                               : QStringLiteral(" ascending")));
    property(QStringLiteral("Row-level security field"),
             doctype.rlsField.isEmpty() ? QString() : code(doctype.rlsField));
    return out;
}

QString fieldOptions(const Field &field)
{
    if (field.fieldtype == u"Select")
        return codeList(field.selectOptions());
    if (field.fieldtype == u"DynamicLink")
        return field.options.isEmpty() ? QString()
                                       : QStringLiteral("DocType in ") + code(field.options);
    return text(field.options);
}

QString defaultValue(const Field &field)
{
    if (!field.hasDefault())
        return {};
    const QJsonValue value = field.defaultValue;
    if (value.isString())
        return code(value.toString());
    // A JSON value of the field's type: number, boolean, object or array.
    const QJsonArray wrapper{value};
    QByteArray json = QJsonDocument(wrapper).toJson(QJsonDocument::Compact);
    return code(QString::fromUtf8(json.mid(1, json.size() - 2)));
}

QString validators(const Field &field)
{
    QStringList out;
    if (field.min)
        out << QStringLiteral("min %1").arg(*field.min);
    if (field.max)
        out << QStringLiteral("max %1").arg(*field.max);
    if (field.length)
        out << QStringLiteral("length %1").arg(*field.length);
    if (!field.pattern.isEmpty())
        out << QStringLiteral("pattern ") + code(field.pattern);
    return out.join(QStringLiteral(", "));
}

QString fields(const DocType &doctype)
{
    QString out = QStringLiteral("## Fields\n\n");
    out +=
        tableHead({QStringLiteral("Fieldname"), QStringLiteral("Label"), QStringLiteral("Type"),
                   QStringLiteral("Options"), QStringLiteral("Required"), QStringLiteral("Unique"),
                   QStringLiteral("Default"), QStringLiteral("Validators")});
    for (const Field &field : doctype.fields) {
        out += row({code(field.fieldname), text(field.displayLabel()), text(field.fieldtype),
                    fieldOptions(field), field.required ? kCheck : QString(),
                    field.unique ? kCheck : QString(), defaultValue(field), validators(field)});
    }
    return out;
}

QString layout(const DocType &doctype)
{
    QString out = QStringLiteral("## Layout\n\n");
    if (doctype.layout.isEmpty())
        return out +
               QStringLiteral("One section with one column holding the fields in the order of "
                              "the fields table.\n");
    for (qsizetype s = 0; s < doctype.layout.size(); ++s) {
        const fm::core::LayoutSection &section = doctype.layout.at(s);
        out += QStringLiteral("### %1%2\n\n")
                   .arg(section.label.isEmpty() ? QStringLiteral("Section %1").arg(s + 1)
                                                : text(section.label),
                        section.collapsible ? QStringLiteral(" (collapsible)") : QString());
        QStringList headers;
        qsizetype rows = 0;
        for (qsizetype c = 0; c < section.columns.size(); ++c) {
            headers << QStringLiteral("Column %1").arg(c + 1);
            rows = qMax(rows, section.columns.at(c).size());
        }
        if (headers.isEmpty()) {
            out += QStringLiteral("No fields.\n\n");
            continue;
        }
        out += tableHead(headers);
        for (qsizetype r = 0; r < rows; ++r) {
            QStringList cells;
            for (const QStringList &column : section.columns)
                cells << (r < column.size() ? code(column.at(r)) : QString());
            out += row(cells);
        }
        out += QLatin1Char('\n');
    }
    out.chop(1); // no blank line before the end marker
    return out;
}

QString permissions(const DocType &doctype)
{
    QString out = QStringLiteral("## Permissions\n\n");
    if (doctype.permissions.isEmpty() && doctype.isChild)
        return out + QStringLiteral("None of its own: rows follow the permissions of their parent "
                                    "document.\n");
    if (doctype.permissions.isEmpty())
        return out + QStringLiteral("No permission rules: only the Administrator can use this "
                                    "DocType.\n");
    QStringList headers{QStringLiteral("Role"), QStringLiteral("Level"),
                        QStringLiteral("Only own")};
    for (fm::core::PermissionAction action : fm::core::actionsInForce()) {
        QString name = fm::core::actionName(action);
        name[0] = name[0].toUpper();
        headers << name;
    }
    out += tableHead(headers);
    for (const fm::core::PermissionRule &rule : doctype.permissions) {
        QStringList cells{text(rule.role), QString::number(rule.permlevel),
                          rule.ifOwner ? kCheck : QString()};
        for (fm::core::PermissionAction action : fm::core::actionsInForce())
            cells << (rule.allows(action) ? kCheck : QString());
        out += row(cells);
    }
    return out;
}

QString indexes(const DocType &doctype)
{
    QString out = QStringLiteral("## Indexes\n\n");
    if (doctype.indexes.isEmpty())
        return out + QStringLiteral("None besides the standard ones.\n");
    out += tableHead({QStringLiteral("Name"), QStringLiteral("Fields"), QStringLiteral("Unique")});
    for (const fm::core::IndexDef &index : doctype.indexes) {
        out += row({index.name.isEmpty() ? QStringLiteral("(derived)") : code(index.name),
                    codeList(index.fields), index.unique ? kCheck : QString()});
    }
    return out;
}

} // namespace

QString referencePage(const DocType &doctype)
{
    return QStringLiteral("<!-- %1 -->\n")
               .arg(detail::provenance(QStringLiteral("the DocType \"%1\"").arg(doctype.name))) +
           region(QStringLiteral("summary"), summary(doctype)) + QLatin1Char('\n') +
           region(QStringLiteral("fields"), fields(doctype)) + QLatin1Char('\n') +
           region(QStringLiteral("layout"), layout(doctype)) + QLatin1Char('\n') +
           region(QStringLiteral("permissions"), permissions(doctype)) + QLatin1Char('\n') +
           region(QStringLiteral("indexes"), indexes(doctype));
}

} // namespace fm::codegen
