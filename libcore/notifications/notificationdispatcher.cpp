// SPDX-License-Identifier: MIT
#include "notifications/notificationdispatcher.h"

#include "notifications/notificationdelivery.h"

namespace fm::core {

namespace {
const QString kKeyPrefix = QStringLiteral("notification");
} // namespace

NotificationDispatcher::NotificationDispatcher(DocumentService &service, ConnectionPool &pool,
                                               const ControllerRegistry &registry)
    : m_rules(
          service, pool, registry,
          RuleDispatcher::Spec{
              QStringLiteral("notifications"), Notification::kDocType, kKeyPrefix,
              &notificationrules::isRefusedDocType,
              [](const Document &row) -> Result<RuleDispatcher::Rule> {
                  auto notification = Notification::fromDocument(row);
                  if (!notification)
                      return fail(notification.error());
                  return RuleDispatcher::Rule{
                      notification->name,
                      [n = *notification](const Event &event) -> Result<std::optional<JobRequest>> {
                          if (!n.wantsEvent(event))
                              return std::optional<JobRequest>{};
                          JobRequest request;
                          request.job = kNotificationJob;
                          request.args = QJsonObject{{QStringLiteral("notification"), n.name},
                                                     {QStringLiteral("event"), event.toJson()}};
                          request.asSystem = true;
                          return std::optional<JobRequest>{std::move(request)};
                      }};
              }})
{}

QString NotificationDispatcher::uniqueKey(const QString &notification, const QString &eventId)
{
    return RuleDispatcher::uniqueKey(kKeyPrefix, notification, eventId);
}

} // namespace fm::core
