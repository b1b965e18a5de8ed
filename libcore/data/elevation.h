// SPDX-License-Identifier: MIT
#pragma once

#include "fm_core_export.h"

#include <QString>

namespace fm::core {

// Where code acts with more rights than the user it works for (a hook's or an RPC
// function's elevated(), a job run as the system principal).
// Logs "<what> called by <who> acts as the system: <why>" in fm.elevation the first time this
// process sees that what/who/why, so operators see every kind of elevation without one
// line per call (a webhook delivery job per event would drown the log). True when it
// logged. The memory of what was seen is bounded (it forgets everything past 4096 and
// starts over), so a stream of distinct users cannot grow it.
FM_CORE_EXPORT bool logElevation(const QString &what, const QString &who, const QString &why);

} // namespace fm::core
