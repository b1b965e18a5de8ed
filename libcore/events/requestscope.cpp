// SPDX-License-Identifier: MIT
#include "events/requestscope.h"

namespace fm::core {

namespace {

QString &currentRequestId()
{
    thread_local QString id;
    return id;
}

} // namespace

RequestScope::RequestScope(const QString &requestId)
    : m_previous(std::exchange(currentRequestId(), requestId))
{}

RequestScope::~RequestScope()
{
    currentRequestId() = m_previous;
}

QString RequestScope::current()
{
    return currentRequestId();
}

} // namespace fm::core
