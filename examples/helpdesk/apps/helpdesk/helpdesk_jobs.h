// SPDX-License-Identifier: MIT
#pragma once

namespace fm::core {
class ControllerRegistry;
}

namespace helpdesk {

// The app's background job helpdesk.tickets.close_stale: closes Resolved tickets not
// changed for `days` days (default 7), as the user who enqueued it, through the
// permission-checked DocumentAccess. Enqueue it with `m job enqueue` or POST
// /api/v1/jobs (docs/guide/jobs.md).
void registerJobs(fm::core::ControllerRegistry &registry);

} // namespace helpdesk
