// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QString>

#include <deque>
#include <memory>

namespace fm::core::detail {

// One thread's prepared statements by SQL text, the least recently used dropped past
// `capacity`: a client sending thousands of distinct filter shapes must not grow every
// worker's cache without bound (issue 12 item 9). A hit is a hash look-up; the scan for
// the oldest entry happens only on a miss over capacity, next to the far dearer prepare.
// Callers hold a raw pointer while they step through a statement, and code they call
// may prepare others, so a dropped statement is kept alive a little longer (the last
// kRetired of them) instead of being finalized under such a caller. Copyable (it lives
// in a QHash), not thread-safe: the pool locks around it.
template<typename T> class StatementCache final
{
public:
    static constexpr int kRetired = 32;

    explicit StatementCache(int capacity)
        : m_capacity(qMax(1, capacity))
    {}

    // The statement for `sql`, now the most recently used; null when not cached.
    std::shared_ptr<T> find(const QString &sql)
    {
        const auto it = m_entries.find(sql);
        if (it == m_entries.end())
            return nullptr;
        it->used = ++m_tick;
        return it->statement;
    }

    void insert(const QString &sql, std::shared_ptr<T> statement)
    {
        m_entries.insert(sql, Entry{std::move(statement), ++m_tick});
        if (m_entries.size() <= m_capacity)
            return;
        auto oldest = m_entries.begin();
        for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
            if (it->used < oldest->used)
                oldest = it;
        }
        m_retired.push_back(std::move(oldest->statement));
        if (int(m_retired.size()) > kRetired)
            m_retired.pop_front();
        m_entries.erase(oldest);
    }

    int size() const { return int(m_entries.size()); }
    int capacity() const { return m_capacity; }

    // Finalizes everything (before the connection closes).
    void clear()
    {
        m_entries.clear();
        m_retired.clear();
    }

private:
    struct Entry
    {
        std::shared_ptr<T> statement;
        quint64 used = 0; // m_tick at the last find or insert
    };
    int m_capacity;
    quint64 m_tick = 0;
    QHash<QString, Entry> m_entries;
    std::deque<std::shared_ptr<T>> m_retired;
};

} // namespace fm::core::detail
