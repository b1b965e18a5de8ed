// SPDX-License-Identifier: MIT
#include "welcome/newprojectdialog.h"

#include "project/project.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>

namespace fm::studio {

NewProjectDialog::NewProjectDialog(QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit)
    , m_location(new QLineEdit)
    , m_target(new QLabel)
    , m_problem(new QLabel)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("New Project"));
    m_name->setPlaceholderText(tr("e.g. helpdesk"));
    m_location->setText(QStandardPaths::writableLocation(QStandardPaths::HomeLocation));
    auto *browse = new QPushButton(tr("Browse\u2026"));
    auto *locationRow = new QHBoxLayout;
    locationRow->addWidget(m_location, 1);
    locationRow->addWidget(browse);
    m_target->setEnabled(false);
    m_target->setWordWrap(true);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #d9413a;"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("Create &in:"), locationRow);
    form->addRow(QString(), m_target);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addStretch();
    layout->addWidget(m_buttons);
    resize(520, sizeHint().height());

    connect(m_name, &QLineEdit::textChanged, this, &NewProjectDialog::validate);
    connect(m_location, &QLineEdit::textChanged, this, &NewProjectDialog::validate);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Create the Project In"),
                                                              m_location->text());
        if (!dir.isEmpty())
            m_location->setText(QDir::toNativeSeparators(dir));
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

void NewProjectDialog::setName(const QString &name)
{
    m_name->setText(name);
}

void NewProjectDialog::setLocation(const QString &folder)
{
    m_location->setText(QDir::toNativeSeparators(folder));
}

QString NewProjectDialog::name() const
{
    return m_name->text().trimmed();
}

QString NewProjectDialog::projectDir() const
{
    return QDir::cleanPath(
        QDir(QDir::fromNativeSeparators(m_location->text().trimmed())).absoluteFilePath(name()));
}

QString NewProjectDialog::problem() const
{
    const QString n = name();
    if (n.isEmpty())
        return tr("Name the project; it also names its folder.");
    if (n.contains(QLatin1Char('/')) || n.contains(QLatin1Char('\\')) || n == QLatin1String(".") ||
        n == QLatin1String(".."))
        return tr("The name becomes a folder name: leave out '/', '\\' and dots on their own.");
    const QFileInfo location(QDir::fromNativeSeparators(m_location->text().trimmed()));
    if (m_location->text().trimmed().isEmpty() || !location.isDir())
        return tr("Pick an existing folder to create the project in.");
    const QFileInfo target(projectDir());
    if (target.exists() && !target.isDir())
        return tr("%1 is a file; pick another name.")
            .arg(QDir::toNativeSeparators(target.filePath()));
    if (QFileInfo::exists(QDir(target.filePath()).filePath(core::Project::kConfigFile)))
        return tr("%1 already holds a project; open it instead, or pick another name.")
            .arg(QDir::toNativeSeparators(target.filePath()));
    return {};
}

void NewProjectDialog::validate()
{
    const QString why = problem();
    m_problem->setText(why);
    m_target->setText(name().isEmpty()
                          ? QString()
                          : tr("Creates %1").arg(QDir::toNativeSeparators(projectDir())));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(why.isEmpty());
}

} // namespace fm::studio
