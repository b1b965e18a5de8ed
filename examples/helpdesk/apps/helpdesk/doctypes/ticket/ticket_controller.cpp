// Scaffolded by fm::codegen from the DocType "Ticket". It has no fm:generated region: regeneration never changes it; it is yours.
#include "ticket_controller.h"

namespace helpdesk {

using fm::core::Document;
using fm::core::HookContext;

fm::Result<void> TicketController::validate(HookContext &ctx, Document &doc)
{
    // Runs before every insert and update; refuse the document with fm::fail(fm::ErrorCode::Validation, ...).
    Q_UNUSED(ctx)
    Q_UNUSED(doc)
    return {};
}

fm::Result<void> TicketController::beforeInsert(HookContext &ctx, Document &doc)
{
    // Runs before a new document is first stored: fill computed values here.
    Q_UNUSED(ctx)
    Q_UNUSED(doc)
    return {};
}

fm::Result<void> TicketController::afterInsert(HookContext &ctx, const Document &doc)
{
    // Runs after a new document is written, in the same transaction.
    Q_UNUSED(ctx)
    Q_UNUSED(doc)
    return {};
}

fm::Result<void> TicketController::beforeSave(HookContext &ctx, Document &doc)
{
    // Runs before every insert and update, after validate.
    Q_UNUSED(ctx)
    Q_UNUSED(doc)
    return {};
}

fm::Result<void> TicketController::afterSave(HookContext &ctx, const Document &doc)
{
    // Runs after every insert and update is written, in the same transaction.
    Q_UNUSED(ctx)
    Q_UNUSED(doc)
    return {};
}

fm::Result<void> TicketController::beforeDelete(HookContext &ctx, const Document &doc)
{
    // Runs before the document is deleted; return an error to keep it.
    Q_UNUSED(ctx)
    Q_UNUSED(doc)
    return {};
}

fm::Result<void> TicketController::afterDelete(HookContext &ctx, const Document &doc)
{
    // Runs after the document is deleted, in the same transaction.
    Q_UNUSED(ctx)
    Q_UNUSED(doc)
    return {};
}

} // namespace helpdesk
