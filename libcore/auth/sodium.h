// SPDX-License-Identifier: MIT
#pragma once

// libsodium for the auth sources; not installed, so users of fm_core need no sodium headers.
#include <sodium.h>

namespace fm::core::detail {

// sodium_init() once per process (thread-safe); false if it failed.
inline bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

} // namespace fm::core::detail
