// SPDX-License-Identifier: MIT
#include "formpreview/previewinputs.h"

#include "project/projectmodel.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimeEdit>

namespace fm::studio::preview {

namespace {

struct PreviewinputsTr
{
    Q_DECLARE_TR_FUNCTIONS(fm::studio::FormPreview)
};

QString defaultText(const core::Field &field)
{
    if (!field.hasDefault())
        return {};
    return field.defaultValue.isString() ? field.defaultValue.toString()
                                         : field.defaultValue.toVariant().toString();
}

QLineEdit *lineEdit(const core::Field &field, const QString &placeholder, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setReadOnly(true);
    edit->setText(defaultText(field));
    edit->setPlaceholderText(placeholder);
    return edit;
}

QWidget *textBox(const core::Field &field, int lines, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setReadOnly(true);
    edit->setPlainText(defaultText(field));
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    return edit;
}

QWidget *comboBox(const core::Field &field, QWidget *parent)
{
    auto *combo = new QComboBox(parent);
    if (!field.required)
        combo->addItem(QString());
    combo->addItems(field.selectOptions());
    const int current = combo->findText(defaultText(field));
    if (current >= 0)
        combo->setCurrentIndex(current);
    return combo;
}

QWidget *dateEdit(const core::Field &field, QWidget *parent)
{
    auto *edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    // The minimum with a blank special text is how a date edit shows "no date".
    edit->setMinimumDate(QDate(1900, 1, 1));
    edit->setSpecialValueText(QStringLiteral(" "));
    const QString value = defaultText(field);
    if (value.compare(QLatin1String("Today"), Qt::CaseInsensitive) == 0)
        edit->setDate(QDate::currentDate());
    else if (const QDate date = QDate::fromString(value, Qt::ISODate); date.isValid())
        edit->setDate(date);
    else
        edit->setDate(edit->minimumDate());
    return edit;
}

QWidget *spinBox(const core::Field &field, const QString &base, QWidget *parent)
{
    const double low = field.min.value_or(-1e9);
    const double high = field.max.value_or(1e9);
    if (base == QLatin1String("Int")) {
        auto *spin = new QSpinBox(parent);
        spin->setRange(int(std::max(low, -2e9)), int(std::min(high, 2e9)));
        spin->setValue(defaultText(field).toInt());
        return spin;
    }
    auto *spin = new QDoubleSpinBox(parent);
    spin->setRange(low, high);
    spin->setDecimals(base == QLatin1String("Float") ? 3 : 2);
    if (base == QLatin1String("Percent"))
        spin->setSuffix(QStringLiteral(" %"));
    spin->setValue(defaultText(field).toDouble());
    return spin;
}

// The child DocType's list columns (or its first fields), as Desk's grid shows them.
QWidget *table(const core::Field &field, const core::ProjectModel &model, QWidget *parent)
{
    auto *grid = new QTableWidget(2, 0, parent);
    QStringList headers;
    if (const core::DocType *child = model.doctype(field.options)) {
        for (const core::Field &column : child->fields) {
            if (column.inListView)
                headers << column.displayLabel();
        }
        for (qsizetype i = 0; headers.isEmpty() && i < child->fields.size() && i < 4; ++i)
            headers << child->fields.at(i).displayLabel();
    }
    if (headers.isEmpty())
        headers << PreviewinputsTr::tr("(rows of %1)").arg(field.options);
    grid->setColumnCount(int(headers.size()));
    grid->setHorizontalHeaderLabels(headers);
    grid->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    grid->setEditTriggers(QAbstractItemView::NoEditTriggers);
    grid->setFixedHeight(grid->horizontalHeader()->sizeHint().height() +
                         grid->verticalHeader()->defaultSectionSize() * 2 + 4);
    return grid;
}

QWidget *link(const core::Field &field, QWidget *parent)
{
    const QString target =
        field.options.isEmpty() ? PreviewinputsTr::tr("a record") : field.options;
    QLineEdit *edit = lineEdit(field, PreviewinputsTr::tr("Search %1").arg(target), parent);
    edit->addAction(searchIcon(edit->palette()), QLineEdit::TrailingPosition);
    return edit;
}

QWidget *create(const core::Field &field, const QString &base, const core::ProjectModel &model,
                QWidget *parent)
{
    if (base == QLatin1String("Select"))
        return comboBox(field, parent);
    if (base == QLatin1String("Link") || base == QLatin1String("DynamicLink"))
        return link(field, parent);
    if (base == QLatin1String("Table") || base == QLatin1String("TableMultiSelect"))
        return table(field, model, parent);
    if (base == QLatin1String("Check")) {
        auto *box = new QCheckBox(field.displayLabel(), parent);
        const QString value = defaultText(field);
        box->setChecked(value == QLatin1String("1") || value == QLatin1String("true"));
        return box;
    }
    if (base == QLatin1String("Date"))
        return dateEdit(field, parent);
    if (base == QLatin1String("Datetime")) {
        auto *edit = new QDateTimeEdit(QDateTime::currentDateTime(), parent);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        return edit;
    }
    if (base == QLatin1String("Time"))
        return new QTimeEdit(QTime(9, 0), parent);
    if (base == QLatin1String("Int") || base == QLatin1String("Float") ||
        base == QLatin1String("Currency") || base == QLatin1String("Percent"))
        return spinBox(field, base, parent);
    if (base == QLatin1String("Text") || base == QLatin1String("Markdown") ||
        base == QLatin1String("JSON"))
        return textBox(field, 3, parent);
    if (base == QLatin1String("LongText"))
        return textBox(field, 5, parent);
    if (base == QLatin1String("Attach") || base == QLatin1String("AttachImage"))
        return new QPushButton(PreviewinputsTr::tr("Attach…"), parent);
    if (base == QLatin1String("Rating"))
        return new QLabel(QStringLiteral("☆☆☆☆☆"), parent);
    if (base == QLatin1String("Duration"))
        return lineEdit(field, PreviewinputsTr::tr("e.g. 1h 30m"), parent);
    if (base == QLatin1String("Password")) {
        QLineEdit *edit = lineEdit(field, QString(), parent);
        edit->setEchoMode(QLineEdit::Password);
        return edit;
    }
    if (base == QLatin1String("Email"))
        return lineEdit(field, PreviewinputsTr::tr("name@example.com"), parent);
    if (base == QLatin1String("URL"))
        return lineEdit(field, QStringLiteral("https://"), parent);
    if (base == QLatin1String("Color"))
        return lineEdit(field, QStringLiteral("#rrggbb"), parent);
    return lineEdit(field, QString(), parent); // Data, Phone and any unknown type
}

} // namespace

QWidget *createInput(const core::Field &field, const core::FieldTypeInfo &type,
                     const core::ProjectModel &model, QWidget *parent)
{
    QWidget *input = create(field, type.isValid() ? type.base : field.fieldtype, model, parent);
    input->setObjectName(field.fieldname);
    // Shown, not used: no focus, and clicks go to the row so they select the field.
    input->setFocusPolicy(Qt::NoFocus);
    input->setAttribute(Qt::WA_TransparentForMouseEvents);
    return input;
}

QIcon searchIcon(const QPalette &palette)
{
    QIcon icon;
    for (const int size : {16, 32}) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        QColor colour = palette.color(QPalette::Text);
        colour.setAlphaF(0.6f);
        painter.setPen(QPen(colour, size / 8.0, Qt::SolidLine, Qt::RoundCap));
        const qreal r = size * 0.28;
        const QPointF centre(size * 0.42, size * 0.42);
        painter.drawEllipse(centre, r, r);
        painter.drawLine(centre + QPointF(r * 0.75, r * 0.75), QPointF(size * 0.88, size * 0.88));
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

} // namespace fm::studio::preview
