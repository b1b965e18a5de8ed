// SPDX-License-Identifier: MIT
#include "meta/apporder.h"

#include "common/textdistance.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace fm::core {

namespace {

struct ApporderTr
{
    Q_DECLARE_TR_FUNCTIONS(fm::core::AppOrder)
};

} // namespace

namespace {

class Sorter final
{
public:
    Sorter(const QStringList &loadedApps, Diagnostics &diagnostics)
        : m_loaded(loadedApps)
        , m_diagnostics(diagnostics)
    {}

    QList<AppManifest> run(const QList<AppManifest> &manifests)
    {
        for (const AppManifest &manifest : manifests) {
            const QString &name = manifest.info.name;
            if (m_loaded.contains(name) || m_byName.contains(name)) {
                const QString other = m_byName.contains(name) ? m_byName.value(name).info.path
                                                              : ApporderTr::tr("already loaded");
                report(manifest.nameLocation, QStringLiteral("duplicate-app"),
                       ApporderTr::tr("app \"%1\" is defined twice: in %2 and in %3")
                           .arg(name, other, manifest.info.path),
                       ApporderTr::tr("app names are unique in a project; remove one folder "
                                      "from the app list or rename its app"));
                continue;
            }
            m_byName.insert(name, manifest);
            m_given << name;
        }
        for (const QString &name : std::as_const(m_given))
            visit(name);
        return m_order;
    }

private:
    enum class State { Unvisited, Visiting, Loaded, Failed };

    void report(const SourceLocation &at, const QString &code, const QString &message,
                const QString &hint)
    {
        Diagnostic d;
        d.location = at;
        d.code = code;
        d.message = message;
        d.hint = hint;
        m_diagnostics << d;
    }

    // Depth first; m_stack holds the chain of apps being visited, for cycle messages.
    void visit(const QString &name)
    {
        if (m_state.value(name, State::Unvisited) != State::Unvisited)
            return;
        m_state[name] = State::Visiting;
        m_stack << name;
        const AppManifest &manifest = *m_byName.constFind(name);
        bool ok = true;
        for (const QString &dependency : manifest.info.dependsOn) {
            if (m_loaded.contains(dependency))
                continue;
            if (!m_byName.contains(dependency)) {
                const QString match = closestMatch(dependency, m_loaded + m_byName.keys());
                report(manifest.whereDependency(dependency), QStringLiteral("unknown-dependency"),
                       ApporderTr::tr("app \"%1\" depends on app \"%2\", which is not part of "
                                      "the project")
                           .arg(name, dependency),
                       (match.isEmpty() ? QString()
                                        : ApporderTr::tr("did you mean \"%1\"? ").arg(match)) +
                           ApporderTr::tr("add the folder of app \"%1\" to the project's "
                                          "apps, or remove it from depends_on")
                               .arg(dependency));
                ok = false;
                continue;
            }
            if (m_state.value(dependency) == State::Visiting) {
                reportCycle(name, dependency);
                ok = false;
                continue;
            }
            visit(dependency);
            if (m_state.value(dependency) == State::Failed) {
                ok = false;
                if (!m_inCycle.contains(name) || !m_inCycle.contains(dependency)) {
                    report(manifest.whereDependency(dependency),
                           QStringLiteral("dependency-not-loaded"),
                           ApporderTr::tr("app \"%1\" is not loaded because app \"%2\", which it "
                                          "depends on, could not be loaded")
                               .arg(name, dependency),
                           ApporderTr::tr("fix the errors reported for app \"%1\" first")
                               .arg(dependency));
                }
            }
        }
        m_stack.removeLast();
        m_state[name] = ok ? State::Loaded : State::Failed;
        if (ok)
            m_order << manifest;
    }

    void reportCycle(const QString &from, const QString &to)
    {
        const QStringList cycle = m_stack.mid(m_stack.indexOf(to)) + QStringList{to};
        for (const QString &member : cycle)
            m_inCycle.insert(member);
        report(m_byName.value(from).whereDependency(to), QStringLiteral("dependency-cycle"),
               ApporderTr::tr("apps depend on each other in a cycle: %1")
                   .arg(cycle.join(QStringLiteral(" -> "))),
               ApporderTr::tr("an app cannot (even indirectly) depend on itself; remove one of "
                              "these depends_on entries, e.g. \"%1\" from app \"%2\"")
                   .arg(to, from));
    }

    const QStringList m_loaded;
    Diagnostics &m_diagnostics;
    QHash<QString, AppManifest> m_byName;
    QStringList m_given;
    QHash<QString, State> m_state;
    QStringList m_stack;
    QSet<QString> m_inCycle;
    QList<AppManifest> m_order;
};

} // namespace

QList<AppManifest> orderApps(const QList<AppManifest> &manifests, const QStringList &loadedApps,
                             Diagnostics &diagnostics)
{
    return Sorter(loadedApps, diagnostics).run(manifests);
}

} // namespace fm::core
