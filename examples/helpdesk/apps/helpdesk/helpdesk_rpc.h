// SPDX-License-Identifier: MIT
#pragma once

namespace fm::core {
class ControllerRegistry;
}

namespace helpdesk {

// The app's RPC: Ticket.close (a whitelisted method, needs write on the ticket) and
// helpdesk.tickets.open_count (a function any signed-in user may call).
void registerRpc(fm::core::ControllerRegistry &registry);

} // namespace helpdesk
