// SPDX-License-Identifier: MIT
#pragma once

#include "data/documentcontroller.h"

namespace fm::core {

// Guards Scheduled Job rows written through the DocumentService (the Desk, REST): a bad
// cron expression or time zone is refused with the parser's located message, and a row
// whose cron or time zone changed gets no next run, so the next tick schedules it from
// then on (Scheduler::tick). The scheduler's own writes are direct and skip this.
// ControllerRegistry registers it for every site.
class FM_CORE_EXPORT ScheduledJobController final : public DocumentController
{
public:
    Result<void> validate(HookContext &ctx, Document &doc) override;
};

} // namespace fm::core
