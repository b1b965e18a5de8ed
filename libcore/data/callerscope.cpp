// SPDX-License-Identifier: MIT
#include "data/callerscope.h"

namespace fm::core {

namespace {
// Per thread: a write and its hooks run on one thread (DocumentService's transactions
// are per connection, and connections per thread).
thread_local const CallerView *t_view = nullptr;
} // namespace

CallerView::~CallerView() = default;

CallerScope::CallerScope(const CallerView *view)
    : m_previous(t_view)
{
    t_view = view;
}

CallerScope::~CallerScope()
{
    t_view = m_previous;
}

const CallerView *CallerScope::current()
{
    return t_view;
}

} // namespace fm::core
