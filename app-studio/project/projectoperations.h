// SPDX-License-Identifier: MIT
#pragma once

#include "common/error.h"

#include <QHash>
#include <QObject>

#include <functional>

namespace fm::studio {

// The project tree's structural commands (New DocType, New app, Rename, Delete), split
// from who performs them: the tree asks the user what and where, then runs the handler
// the owner of the operation registered (libcore's scaffolding, the rename operation).
// An operation without a handler is offered disabled, so a menu entry never does nothing.
class ProjectOperations final : public QObject
{
    Q_OBJECT
public:
    enum class Kind { NewDocType, NewApp, RenameDocType, DeleteDocType };
    Q_ENUM(Kind)

    struct Request
    {
        Kind kind = Kind::NewDocType;
        QString app;     // NewDocType: the app to create it in
        QString module;  // NewDocType: the module, may be empty
        QString doctype; // RenameDocType, DeleteDocType: the DocType
        QString name;    // NewDocType, NewApp: the new name; RenameDocType: the new name
    };
    using Handler = std::function<Result<void>(const Request &request)>;

    using QObject::QObject;

    void setHandler(Kind kind, Handler handler); // an empty handler removes it
    bool canRun(Kind kind) const;
    // Runs the handler; an error when there is none or it failed. Emits finished() on
    // success.
    Result<void> run(const Request &request);

signals:
    void handlersChanged();
    void finished(const fm::studio::ProjectOperations::Request &request);

private:
    QHash<Kind, Handler> m_handlers;
};

} // namespace fm::studio
