// SPDX-License-Identifier: MIT
#pragma once

// A copy of examples/helpdesk opened in a ProjectModel, with the undo stack and the
// selection one DocType editor shares (what the DocTypeEditor tab hands its panels).

#include "meta/doctypejson.h"
#include "model/editorcontext.h"
#include "model/editorselection.h"
#include "project/projectmodel.h"
#include "testfiles.h"

#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

struct StudioFixture
{
    QTemporaryDir dir;
    std::unique_ptr<fm::core::ProjectModel> model;
    QUndoStack undoStack;
    fm::studio::EditorSelection selection;

    // False (with a failed QVERIFY) when the copy or the open fails.
    bool open()
    {
        if (!dir.isValid() ||
            !copyTree(QStringLiteral(FM_SOURCE_DIR "/examples/helpdesk"), dir.path()))
            return false;
        auto opened = fm::core::ProjectModel::open(dir.path());
        if (!opened) {
            qWarning() << opened.error().message();
            return false;
        }
        model = std::move(*opened);
        return true;
    }

    fm::studio::EditorContext context(const QString &doctype)
    {
        return {model.get(), doctype, &undoStack, &selection};
    }

    const fm::core::DocType &doctype(const QString &name) const { return *model->doctype(name); }
    QByteArray text(const QString &name) const { return model->text(name); }
};
