// SPDX-License-Identifier: MIT
#include "project/projectoperations.h"

namespace fm::studio {

void ProjectOperations::setHandler(Kind kind, Handler handler)
{
    if (handler)
        m_handlers.insert(kind, std::move(handler));
    else
        m_handlers.remove(kind);
    emit handlersChanged();
}

bool ProjectOperations::canRun(Kind kind) const
{
    return m_handlers.contains(kind);
}

Result<void> ProjectOperations::run(const Request &request)
{
    const auto it = m_handlers.constFind(request.kind);
    if (it == m_handlers.cend())
        return fail(ErrorCode::Internal,
                    tr("This Studio cannot do that yet: no handler for the operation."));
    if (auto done = (*it)(request); !done)
        return done;
    emit finished(request);
    return {};
}

} // namespace fm::studio
