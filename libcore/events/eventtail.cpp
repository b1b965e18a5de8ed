// SPDX-License-Identifier: MIT
#include "events/eventtail.h"

#include "events/eventoutbox.h"

namespace fm::core {

namespace {
constexpr int kPage = 500;
}

EventTail::EventTail(ConnectionPool &pool, EventTailOptions options)
    : m_pool(pool)
    , m_options(std::move(options))
{}

Result<void> EventTail::start()
{
    EventOutbox outbox(m_pool);
    Result<qint64> position = 0;
    if (m_options.afterSequence)
        position = *m_options.afterSequence;
    else if (m_options.since.isValid())
        position = outbox.positionBefore(m_options.since);
    else
        position = outbox.positionBeforeLast(qMax(0, m_options.last), m_options.doctype);
    if (!position)
        return fail(position.error());
    m_position = qMax<qint64>(0, *position);
    return {};
}

Result<QList<Event>> EventTail::read(int max)
{
    EventOutbox outbox(m_pool);
    QList<Event> out;
    while (max < 0 || out.size() < max) {
        auto page = outbox.after(m_position, kPage);
        if (!page)
            return fail(page.error());
        for (Event &event : *page) {
            if (max >= 0 && out.size() >= max)
                return out;
            m_position = event.sequence;
            if (m_options.doctype.isEmpty() || event.doctype == m_options.doctype)
                out << std::move(event);
        }
        if (page->size() < kPage)
            break;
    }
    return out;
}

} // namespace fm::core
