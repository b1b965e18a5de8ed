// SPDX-License-Identifier: MIT
#pragma once

// A copy of the helpdesk project open in a ProjectModel, with the undo stack and
// selection of one DocType editor: what every designer test starts from.

#include "meta/doctypejson.h"
#include "model/editorcontext.h"
#include "model/editorselection.h"
#include "project/projectmodel.h"
#include "testfiles.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

struct DesignerFixture
{
    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<fm::core::ProjectModel> model;
    std::unique_ptr<QUndoStack> stack;
    std::unique_ptr<fm::studio::EditorSelection> selection;

    // Opens a fresh copy; false (with a test failure) when that fails.
    bool open(const QString &doctype = QStringLiteral("Ticket"))
    {
        close();
        dir = std::make_unique<QTemporaryDir>();
        if (!dir->isValid() ||
            !copyTree(QStringLiteral(FM_SOURCE_DIR "/examples/helpdesk"), dir->path()))
            return false;
        auto opened = fm::core::ProjectModel::open(dir->path());
        if (!opened) {
            qWarning() << opened.error().message();
            return false;
        }
        model = std::move(*opened);
        stack = std::make_unique<QUndoStack>();
        selection = std::make_unique<fm::studio::EditorSelection>();
        m_doctype = doctype;
        return model->doctype(doctype) != nullptr;
    }
    void close()
    {
        selection.reset();
        stack.reset();
        model.reset();
        dir.reset();
    }

    fm::studio::EditorContext context() const
    {
        return {model.get(), m_doctype, stack.get(), selection.get()};
    }
    const fm::core::DocType &doctype() const { return *model->doctype(m_doctype); }
    QByteArray text() const { return fm::core::toJsonText(doctype()); }
    // Replaces the DocType as another program (or a hand edit) would, then checks.
    bool setAndCheck(const fm::core::DocType &value)
    {
        if (!model->setDocType(value))
            return false;
        model->checkNow();
        return true;
    }

private:
    QString m_doctype;
};
