// SPDX-License-Identifier: MIT
#pragma once

#include "notifications/notification.h"

namespace fm::core {

class ControllerRegistry;

// The job that turns one event into the notifications of one Notification
// (args {"notification", "event"}).
inline const QString kNotificationJob = QStringLiteral("core.notifications.send");

// Registers the Notification DocType's controller (its rules, checked on every save:
// the DocType exists, templates name its fields, users and roles exist) and the job.
// SiteContext does this for every site; tests that build their own registry call it.
FM_CORE_EXPORT void registerNotifications(ControllerRegistry &registry);

} // namespace fm::core
