// SPDX-License-Identifier: MIT
#include "data/documentcontroller.h"

namespace fm::core {

DocumentController::~DocumentController() = default;
ControllerPlugin::~ControllerPlugin() = default;

// Hooks do nothing unless a controller overrides them.
Result<void> DocumentController::validate(HookContext &, Document &)
{
    return {};
}
Result<void> DocumentController::beforeInsert(HookContext &, Document &)
{
    return {};
}
Result<void> DocumentController::afterInsert(HookContext &, const Document &)
{
    return {};
}
Result<void> DocumentController::beforeSave(HookContext &, Document &)
{
    return {};
}
Result<void> DocumentController::afterSave(HookContext &, const Document &)
{
    return {};
}
Result<void> DocumentController::beforeSubmit(HookContext &, Document &)
{
    return {};
}
Result<void> DocumentController::afterSubmit(HookContext &, const Document &)
{
    return {};
}
Result<void> DocumentController::beforeCancel(HookContext &, Document &)
{
    return {};
}
Result<void> DocumentController::afterCancel(HookContext &, const Document &)
{
    return {};
}
Result<void> DocumentController::beforeDelete(HookContext &, const Document &)
{
    return {};
}
Result<void> DocumentController::afterDelete(HookContext &, const Document &)
{
    return {};
}

} // namespace fm::core
