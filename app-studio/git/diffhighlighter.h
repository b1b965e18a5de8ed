// SPDX-License-Identifier: MIT
#pragma once

#include <QSyntaxHighlighter>

namespace fm::studio::git {

// Colours a unified diff: added and removed lines, hunk headers ("@@ ... @@") and the
// file headers ("diff --git", "index", "---", "+++").
class DiffHighlighter final : public QSyntaxHighlighter
{
    Q_OBJECT

public:
    explicit DiffHighlighter(QTextDocument *document);

    enum class LineKind { Context, Added, Removed, Hunk, FileHeader };
    static LineKind kindOf(const QString &line);

protected:
    void highlightBlock(const QString &text) override;
};

} // namespace fm::studio::git
