// Scaffolded by fm::codegen from the DocType "Sales Order". It has no fm:generated region: regeneration never changes it; it is yours.
#include "sales_order_controller.h"

namespace shop {

using fm::core::Document;
using fm::core::HookContext;

fm::Result<void> SalesOrderController::validate(HookContext &ctx, Document &doc)
{
    // Runs before every insert and update; refuse with fm::fail(fm::ErrorCode::Validation, ...).
    Q_UNUSED(ctx)
    Q_UNUSED(doc)
    return {};
}

fm::Result<void> SalesOrderController::beforeInsert(HookContext &ctx, Document &doc)
{
    // Runs before a new document is first stored: fill computed values here.
    Q_UNUSED(ctx)
    Q_UNUSED(doc)
    return {};
}

fm::Result<void> SalesOrderController::afterInsert(HookContext &ctx, const Document &doc)
{
    // Runs after a new document is written, in the same transaction.
    Q_UNUSED(ctx)
    Q_UNUSED(doc)
    return {};
}

fm::Result<void> SalesOrderController::beforeSave(HookContext &ctx, Document &doc)
{
    // Runs before every insert and update, after validate.
    Q_UNUSED(ctx)
    Q_UNUSED(doc)
    return {};
}

fm::Result<void> SalesOrderController::afterSave(HookContext &ctx, const Document &doc)
{
    // Runs after every insert and update is written, in the same transaction.
    Q_UNUSED(ctx)
    Q_UNUSED(doc)
    return {};
}

fm::Result<void> SalesOrderController::beforeSubmit(HookContext &ctx, Document &doc)
{
    // Runs before the document is submitted (docstatus 0 -> 1).
    Q_UNUSED(ctx)
    Q_UNUSED(doc)
    return {};
}

fm::Result<void> SalesOrderController::afterSubmit(HookContext &ctx, const Document &doc)
{
    // Runs after the document is submitted, in the same transaction.
    Q_UNUSED(ctx)
    Q_UNUSED(doc)
    return {};
}

fm::Result<void> SalesOrderController::beforeCancel(HookContext &ctx, Document &doc)
{
    // Runs before a submitted document is cancelled (docstatus 1 -> 2).
    Q_UNUSED(ctx)
    Q_UNUSED(doc)
    return {};
}

fm::Result<void> SalesOrderController::afterCancel(HookContext &ctx, const Document &doc)
{
    // Runs after the document is cancelled, in the same transaction.
    Q_UNUSED(ctx)
    Q_UNUSED(doc)
    return {};
}

fm::Result<void> SalesOrderController::beforeDelete(HookContext &ctx, const Document &doc)
{
    // Runs before the document is deleted; return an error to keep it.
    Q_UNUSED(ctx)
    Q_UNUSED(doc)
    return {};
}

fm::Result<void> SalesOrderController::afterDelete(HookContext &ctx, const Document &doc)
{
    // Runs after the document is deleted, in the same transaction.
    Q_UNUSED(ctx)
    Q_UNUSED(doc)
    return {};
}

} // namespace shop
