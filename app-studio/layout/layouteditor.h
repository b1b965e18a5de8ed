// SPDX-License-Identifier: MIT
#pragma once

#include "model/editorcontext.h"

#include <QWidget>

class QLabel;
class QListView;

namespace fm::studio {

class FormPreview;
class LayoutGrid;
class LayoutModel;
class TrayModel;

// The Layout tab of a DocType editor: the sections x columns grid, the tray of fields
// not placed yet below it, and beside them the form preview. Every gesture is one undo
// step on the editor's stack; a refused one is explained in a line above the grid.
class LayoutEditor final : public QWidget
{
    Q_OBJECT

public:
    LayoutEditor(const EditorContext &context, QWidget *parent = nullptr);

    LayoutModel *layoutModel() const { return m_layoutModel; }
    TrayModel *trayModel() const { return m_trayModel; }
    LayoutGrid *grid() const { return m_grid; }
    QListView *trayView() const { return m_trayView; }
    FormPreview *preview() const { return m_preview; }
    QString message() const; // the last refusal, empty when none

private:
    void showMessage(const QString &message);
    void updateTrayTitle();
    void showSelectionInTray(const QString &fieldname);

    EditorContext m_context;
    LayoutModel *m_layoutModel;
    TrayModel *m_trayModel;
    LayoutGrid *m_grid;
    QListView *m_trayView;
    QLabel *m_trayTitle;
    QLabel *m_message;
    FormPreview *m_preview;
};

} // namespace fm::studio
