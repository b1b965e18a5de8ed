// SPDX-License-Identifier: MIT
#include "designer/properties/propertyrows.h"

#include "designer/fieldicons.h"
#include "designer/properties/doctypecombo.h"
#include "designer/properties/fetchfrompicker.h"
#include "designer/properties/optionslisteditor.h"
#include "project/projectmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleValidator>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QToolButton>

namespace fm::studio {

namespace {

using Kind = core::FieldProperty::Kind;

// The translation context of the rows' texts.
struct RowText
{
    Q_DECLARE_TR_FUNCTIONS(fm::studio::PropertyRows)
};

// Sets a line edit's text only when it differs, so the cursor stays where the user types.
void showText(QLineEdit *edit, const QString &text)
{
    if (edit->text() != text) {
        const QSignalBlocker blocker(edit);
        edit->setText(text);
    }
}

// Link targets: every DocType but child ones (rows are not linked), and the virtual
// "DocType" a DynamicLink's type field links to. Table targets: child DocTypes only.
QStringList targets(const core::ProjectModel &model, bool table)
{
    QStringList names;
    for (const QString &name : model.allDocTypeNames()) {
        const core::DocType *d = model.registry().doctype(name);
        if (d && d->isChild == table)
            names << name;
    }
    names.sort();
    if (!table)
        names << QStringLiteral("DocType");
    return names;
}

QString numberText(const QJsonValue &value)
{
    return value.isDouble() ? QString::number(value.toDouble(), 'g', 15) : QString();
}

QJsonValue numberOrText(const QString &text, bool asNumber)
{
    if (text.isEmpty())
        return QJsonValue(QJsonValue::Null);
    bool ok = false;
    const double number = text.toDouble(&ok);
    return asNumber && ok ? QJsonValue(number) : QJsonValue(text);
}

QWidget *optionsEditor(const PropertyRowContext &c, const QString &key, PropertyRow &row,
                       QWidget *parent)
{
    switch (c.type.options) {
    case core::OptionsKind::Choices: {
        auto *editor = new OptionsListEditor(parent);
        QObject::connect(editor, &OptionsListEditor::optionsChanged, editor,
                         [c, key](const QString &options) { c.commit(key, options, false); });
        row.show = [editor](const core::DocType &, const core::Field &f) {
            editor->setOptions(f.options);
        };
        return editor;
    }
    case core::OptionsKind::DocType: {
        auto *editor = new DocTypeCombo(parent);
        editor->setNames(targets(*c.model, c.type.isTable));
        QObject::connect(editor, &DocTypeCombo::targetChosen, editor,
                         [c, key](const QString &name) { c.commit(key, name, false); });
        row.show = [editor](const core::DocType &, const core::Field &f) {
            editor->setTarget(f.options);
        };
        return editor;
    }
    default: { // DynamicLink: a Link field of this DocType that holds the target's type
        auto *editor = new QComboBox(parent);
        QObject::connect(editor, &QComboBox::activated, editor, [c, key, editor](int index) {
            c.commit(key, editor->itemData(index).toString(), false);
        });
        row.show = [editor, c](const core::DocType &d, const core::Field &f) {
            const QSignalBlocker blocker(editor);
            editor->clear();
            editor->addItem(RowText::tr("(choose a Link field to \"DocType\")"), QString());
            for (const core::Field &link : d.fields) {
                const auto type = c.model->fieldTypes().type(link.fieldtype);
                if (type.options == core::OptionsKind::DocType && !type.isTable &&
                    link.options == QLatin1String("DocType"))
                    editor->addItem(link.fieldname, link.fieldname);
            }
            if (editor->findData(f.options) < 0 && !f.options.isEmpty())
                editor->addItem(f.options, f.options);
            editor->setCurrentIndex(qMax(0, editor->findData(f.options)));
        };
        return editor;
    }
    }
}

QWidget *defaultEditor(const PropertyRowContext &c, const QString &key, PropertyRow &row,
                       QWidget *parent)
{
    if (c.type.storage == core::StorageType::Boolean ||
        c.type.options == core::OptionsKind::Choices) {
        auto *editor = new QComboBox(parent);
        QObject::connect(editor, &QComboBox::activated, editor, [c, key, editor](int index) {
            const QVariant value = editor->itemData(index);
            c.commit(key, value.isValid() ? QJsonValue::fromVariant(value) : QJsonValue(), false);
        });
        const bool boolean = c.type.storage == core::StorageType::Boolean;
        row.show = [editor, boolean](const core::DocType &, const core::Field &f) {
            const QSignalBlocker blocker(editor);
            editor->clear();
            editor->addItem(RowText::tr("(none)"));
            if (boolean) {
                editor->addItem(RowText::tr("checked"), true);
                editor->addItem(RowText::tr("not checked"), false);
            } else {
                for (const QString &choice : f.selectOptions())
                    editor->addItem(choice, choice);
            }
            const QVariant current = f.hasDefault() ? f.defaultValue.toVariant() : QVariant();
            const int index = current.isValid() ? editor->findData(current) : 0;
            if (index < 0) // not a choice: show it, the checks mark it
                editor->addItem(current.toString(), current);
            editor->setCurrentIndex(index < 0 ? editor->count() - 1 : index);
        };
        return editor;
    }
    auto *editor = new QLineEdit(parent);
    const bool numeric =
        c.type.storage == core::StorageType::Integer || c.type.storage == core::StorageType::Real;
    QObject::connect(editor, &QLineEdit::textEdited, editor,
                     [c, key, numeric](const QString &text) {
                         c.commit(key, numberOrText(text, numeric), true);
                     });
    row.show = [editor](const core::DocType &, const core::Field &f) {
        const QJsonValue v = f.defaultValue;
        showText(editor, v.isDouble() ? numberText(v) : v.toString());
    };
    return editor;
}

QWidget *createEditor(const core::FieldProperty &property, const PropertyRowContext &c,
                      PropertyRow &row, QWidget *parent)
{
    const QString key = property.name();
    const auto value = [key](const core::Field &f) {
        return core::fieldPropertyValue(f, key);
    };
    switch (property.kind) {
    case Kind::Fieldname: {
        auto *box = new QWidget(parent);
        auto *edit = new QLineEdit(box);
        edit->setReadOnly(true);
        edit->setObjectName(QStringLiteral("fieldnameText"));
        auto *rename = new QToolButton(box);
        rename->setObjectName(QStringLiteral("renameField"));
        rename->setText(RowText::tr("Rename…"));
        rename->setToolTip(RowText::tr("Rename the field, its data and the references to it"));
        QObject::connect(rename, &QToolButton::clicked, box, [c] { c.rename(); });
        auto *layout = new QHBoxLayout(box);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(edit, 1);
        layout->addWidget(rename);
        row.show = [edit](const core::DocType &, const core::Field &f) {
            showText(edit, f.fieldname);
        };
        return box;
    }
    case Kind::FieldType: {
        auto *editor = new QComboBox(parent);
        for (const QString &name : c.model->fieldTypes().names())
            editor->addItem(fieldTypeIcon(c.model->fieldTypes(), name), name, name);
        QObject::connect(editor, &QComboBox::activated, editor, [c, key, editor](int index) {
            c.commit(key, editor->itemData(index).toString(), false);
        });
        row.show = [editor](const core::DocType &, const core::Field &f) {
            const QSignalBlocker blocker(editor);
            editor->setCurrentIndex(editor->findData(f.fieldtype));
        };
        return editor;
    }
    case Kind::FetchFrom: {
        auto *editor = new FetchFromPicker(c.model, parent);
        QObject::connect(editor, &FetchFromPicker::fetchFromChanged, editor,
                         [c, key](const QString &text) { c.commit(key, text, false); });
        row.show = [editor](const core::DocType &d, const core::Field &f) {
            editor->setValue(d, f.fieldname, f.fetchFrom);
        };
        return editor;
    }
    case Kind::String: {
        auto *editor = new QLineEdit(parent);
        QObject::connect(editor, &QLineEdit::textEdited, editor,
                         [c, key](const QString &text) { c.commit(key, text, true); });
        row.show = [editor, value](const core::DocType &, const core::Field &f) {
            showText(editor, value(f).toString());
        };
        return editor;
    }
    case Kind::Text: {
        auto *editor = new QPlainTextEdit(parent);
        editor->setTabChangesFocus(true);
        editor->setMaximumHeight(64);
        QObject::connect(editor, &QPlainTextEdit::textChanged, editor,
                         [c, key, editor] { c.commit(key, editor->toPlainText(), true); });
        row.show = [editor, value](const core::DocType &, const core::Field &f) {
            if (editor->toPlainText() != value(f).toString()) {
                const QSignalBlocker blocker(editor);
                editor->setPlainText(value(f).toString());
            }
        };
        return editor;
    }
    case Kind::Options:
        return optionsEditor(c, key, row, parent);
    case Kind::Bool: {
        auto *editor = new QCheckBox(parent);
        QObject::connect(editor, &QCheckBox::toggled, editor,
                         [c, key](bool on) { c.commit(key, on, false); });
        row.show = [editor, value](const core::DocType &, const core::Field &f) {
            const QSignalBlocker blocker(editor);
            editor->setChecked(value(f).toBool());
        };
        return editor;
    }
    case Kind::Int:
    case Kind::OptInt: {
        auto *editor = new QSpinBox(parent);
        const bool optional = property.kind == Kind::OptInt;
        editor->setRange(0, optional ? 1000000 : 9);
        if (optional)
            editor->setSpecialValueText(RowText::tr("(none)"));
        QObject::connect(editor, &QSpinBox::valueChanged, editor, [c, key, optional](int v) {
            c.commit(key, optional && v == 0 ? QJsonValue(QJsonValue::Null) : QJsonValue(v), true);
        });
        row.show = [editor, value](const core::DocType &, const core::Field &f) {
            const QSignalBlocker blocker(editor);
            editor->setValue(value(f).toInt());
        };
        return editor;
    }
    case Kind::OptReal: {
        auto *editor = new QLineEdit(parent);
        editor->setValidator(new QDoubleValidator(editor));
        editor->setPlaceholderText(RowText::tr("(none)"));
        QObject::connect(editor, &QLineEdit::textEdited, editor, [c, key](const QString &text) {
            bool ok = false;
            const double number = text.toDouble(&ok);
            if (text.isEmpty() || ok)
                c.commit(key, text.isEmpty() ? QJsonValue(QJsonValue::Null) : number, true);
        });
        row.show = [editor, value](const core::DocType &, const core::Field &f) {
            if (editor->text().toDouble() != value(f).toDouble() || !value(f).isDouble())
                showText(editor, numberText(value(f)));
        };
        return editor;
    }
    case Kind::Default:
        return defaultEditor(c, key, row, parent);
    }
    return new QWidget(parent);
}

} // namespace

PropertyRow createPropertyRow(const core::FieldProperty &property,
                              const PropertyRowContext &context, QWidget *parent)
{
    PropertyRow row;
    row.key = property.name();
    row.editor = createEditor(property, context, row, parent);
    row.editor->setObjectName(QStringLiteral("property_") + row.key);
    row.editor->setAccessibleName(QCoreApplication::translate("FieldProperty", property.label));
    row.problem = new QLabel(parent);
    row.problem->setObjectName(QStringLiteral("problem_") + row.key);
    row.problem->setWordWrap(true);
    row.problem->setTextFormat(Qt::PlainText);
    row.problem->setStyleSheet(QStringLiteral("color: #c0392b;"));
    row.problem->hide();
    return row;
}

} // namespace fm::studio
