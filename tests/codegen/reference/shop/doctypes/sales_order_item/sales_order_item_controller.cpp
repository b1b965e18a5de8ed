// Scaffolded by fm::codegen from the DocType "Sales Order Item". It has no fm:generated region: regeneration never changes it; it is yours.
#include "sales_order_item_controller.h"

namespace shop {

using fm::core::Document;
using fm::core::HookContext;

fm::Result<void> SalesOrderItemController::validate(HookContext &ctx, Document &doc)
{
    // Runs before every insert and update; refuse with fm::fail(fm::ErrorCode::Validation, ...).
    Q_UNUSED(ctx)
    Q_UNUSED(doc)
    return {};
}

fm::Result<void> SalesOrderItemController::beforeInsert(HookContext &ctx, Document &doc)
{
    // Runs before a new document is first stored: fill computed values here.
    Q_UNUSED(ctx)
    Q_UNUSED(doc)
    return {};
}

fm::Result<void> SalesOrderItemController::afterInsert(HookContext &ctx, const Document &doc)
{
    // Runs after a new document is written, in the same transaction.
    Q_UNUSED(ctx)
    Q_UNUSED(doc)
    return {};
}

fm::Result<void> SalesOrderItemController::beforeSave(HookContext &ctx, Document &doc)
{
    // Runs before every insert and update, after validate.
    Q_UNUSED(ctx)
    Q_UNUSED(doc)
    return {};
}

fm::Result<void> SalesOrderItemController::afterSave(HookContext &ctx, const Document &doc)
{
    // Runs after every insert and update is written, in the same transaction.
    Q_UNUSED(ctx)
    Q_UNUSED(doc)
    return {};
}

fm::Result<void> SalesOrderItemController::beforeDelete(HookContext &ctx, const Document &doc)
{
    // Runs before the document is deleted; return an error to keep it.
    Q_UNUSED(ctx)
    Q_UNUSED(doc)
    return {};
}

fm::Result<void> SalesOrderItemController::afterDelete(HookContext &ctx, const Document &doc)
{
    // Runs after the document is deleted, in the same transaction.
    Q_UNUSED(ctx)
    Q_UNUSED(doc)
    return {};
}

} // namespace shop
