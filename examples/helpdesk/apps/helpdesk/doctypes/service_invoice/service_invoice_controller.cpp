// Scaffolded by fm::codegen from the DocType "Service Invoice". It has no fm:generated region: regeneration never changes it; it is yours.
#include "service_invoice_controller.h"

namespace helpdesk {

using fm::core::Document;
using fm::core::HookContext;

fm::Result<void> ServiceInvoiceController::validate(HookContext &ctx, Document &doc)
{
    // Runs before every insert and update; refuse the document with fm::fail(fm::ErrorCode::Validation, ...).
    Q_UNUSED(ctx)
    Q_UNUSED(doc)
    return {};
}

fm::Result<void> ServiceInvoiceController::beforeInsert(HookContext &ctx, Document &doc)
{
    // Runs before a new document is first stored: fill computed values here.
    Q_UNUSED(ctx)
    Q_UNUSED(doc)
    return {};
}

fm::Result<void> ServiceInvoiceController::afterInsert(HookContext &ctx, const Document &doc)
{
    // Runs after a new document is written, in the same transaction.
    Q_UNUSED(ctx)
    Q_UNUSED(doc)
    return {};
}

fm::Result<void> ServiceInvoiceController::beforeSave(HookContext &ctx, Document &doc)
{
    // Runs before every insert and update, after validate.
    Q_UNUSED(ctx)
    Q_UNUSED(doc)
    return {};
}

fm::Result<void> ServiceInvoiceController::afterSave(HookContext &ctx, const Document &doc)
{
    // Runs after every insert and update is written, in the same transaction.
    Q_UNUSED(ctx)
    Q_UNUSED(doc)
    return {};
}

fm::Result<void> ServiceInvoiceController::beforeSubmit(HookContext &ctx, Document &doc)
{
    // Runs before the document is submitted (docstatus 0 -> 1).
    Q_UNUSED(ctx)
    Q_UNUSED(doc)
    return {};
}

fm::Result<void> ServiceInvoiceController::afterSubmit(HookContext &ctx, const Document &doc)
{
    // Runs after the document is submitted, in the same transaction.
    Q_UNUSED(ctx)
    Q_UNUSED(doc)
    return {};
}

fm::Result<void> ServiceInvoiceController::beforeCancel(HookContext &ctx, Document &doc)
{
    // Runs before a submitted document is cancelled (docstatus 1 -> 2).
    Q_UNUSED(ctx)
    Q_UNUSED(doc)
    return {};
}

fm::Result<void> ServiceInvoiceController::afterCancel(HookContext &ctx, const Document &doc)
{
    // Runs after the document is cancelled, in the same transaction.
    Q_UNUSED(ctx)
    Q_UNUSED(doc)
    return {};
}

fm::Result<void> ServiceInvoiceController::beforeDelete(HookContext &ctx, const Document &doc)
{
    // Runs before the document is deleted; return an error to keep it.
    Q_UNUSED(ctx)
    Q_UNUSED(doc)
    return {};
}

fm::Result<void> ServiceInvoiceController::afterDelete(HookContext &ctx, const Document &doc)
{
    // Runs after the document is deleted, in the same transaction.
    Q_UNUSED(ctx)
    Q_UNUSED(doc)
    return {};
}

} // namespace helpdesk
