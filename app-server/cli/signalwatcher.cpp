// SPDX-License-Identifier: MIT
#include "cli/signalwatcher.h"

#include "cli/command.h"

#include <QSocketNotifier>

#include <cerrno>
#include <cstring>

// Qt has no API for a console program's stop request, so this file has two halves:
// POSIX signals through a self-pipe, and on Windows a console control handler.
#ifdef Q_OS_WIN
#ifndef NOMINMAX
#define NOMINMAX
#endif
#include <atomic>
#include <windows.h>
#else
#include <fcntl.h>
#include <unistd.h>
#endif

namespace fm::server {

#ifdef Q_OS_WIN

namespace {

std::atomic<SignalWatcher *> g_watcher{nullptr};

// Windows calls this on a thread of its own for Ctrl+C, Ctrl+Break, a closed console, a
// log-off or a shutdown (a service stop reaches a console program the same way). The
// signal is posted to the watcher's thread, as the POSIX half's pipe does. For a closed
// console, a log-off or a shutdown Windows ends the process a few seconds later anyway.
BOOL WINAPI onConsoleEvent(DWORD type)
{
    SignalWatcher *watcher = g_watcher.load();
    if (!watcher)
        return FALSE;
    const int number = type == CTRL_C_EVENT || type == CTRL_BREAK_EVENT ? SIGINT : SIGTERM;
    QMetaObject::invokeMethod(
        watcher, [watcher, number] { emit watcher->signalled(number); }, Qt::QueuedConnection);
    return TRUE;
}

} // namespace

SignalWatcher::SignalWatcher() = default;

SignalWatcher::~SignalWatcher()
{
    if (g_watcher.load() == this) {
        SetConsoleCtrlHandler(onConsoleEvent, FALSE);
        g_watcher.store(nullptr);
    }
}

// SIGINT and SIGTERM, the two the commands watch, are what the handler reports.
fm::Result<void> SignalWatcher::watch(std::initializer_list<int> signalNumbers)
{
    if (g_watcher.load() != this) {
        if (!SetConsoleCtrlHandler(onConsoleEvent, TRUE)) {
            return fm::fail(fm::ErrorCode::Io,
                            QStringLiteral("cannot install the console control handler "
                                           "(Windows error %1)")
                                .arg(GetLastError()));
        }
        g_watcher.store(this);
    }
    for (int number : signalNumbers)
        m_watched.append(number);
    return {};
}

void SignalWatcher::readPipe() {}

#else // POSIX

namespace {

int g_pipe[2] = {-1, -1};

void onSignal(int signalNumber)
{
    const int saved = errno;
    const unsigned char byte = static_cast<unsigned char>(signalNumber);
    [[maybe_unused]] const ssize_t written = ::write(g_pipe[1], &byte, 1);
    errno = saved;
}

bool setCloexecNonblock(int fd)
{
    const int fdFlags = ::fcntl(fd, F_GETFD);
    const int statusFlags = ::fcntl(fd, F_GETFL);
    return fdFlags >= 0 && statusFlags >= 0 && ::fcntl(fd, F_SETFD, fdFlags | FD_CLOEXEC) == 0 &&
           ::fcntl(fd, F_SETFL, statusFlags | O_NONBLOCK) == 0;
}

} // namespace

SignalWatcher::SignalWatcher() = default;

SignalWatcher::~SignalWatcher()
{
    for (int number : std::as_const(m_watched))
        std::signal(number, SIG_DFL);
    if (g_pipe[0] >= 0) {
        delete m_notifier;
        ::close(g_pipe[0]);
        ::close(g_pipe[1]);
        g_pipe[0] = g_pipe[1] = -1;
    }
}

fm::Result<void> SignalWatcher::watch(std::initializer_list<int> signalNumbers)
{
    if (g_pipe[0] < 0) {
        // pipe() and fcntl() rather than Linux's pipe2(), so macOS builds too (ADR 0261);
        // nothing forks between the two calls, this runs before the server starts.
        if (::pipe(g_pipe) != 0 || !setCloexecNonblock(g_pipe[0]) ||
            !setCloexecNonblock(g_pipe[1])) {
            return fm::fail(fm::ErrorCode::Io,
                            Cli::tr("cannot create the signal pipe: %1. Raise the "
                                    "open-files limit (ulimit -n) and try again.")
                                .arg(QString::fromLocal8Bit(std::strerror(errno))));
        }
        m_notifier = new QSocketNotifier(g_pipe[0], QSocketNotifier::Read, this);
        connect(m_notifier, &QSocketNotifier::activated, this, &SignalWatcher::readPipe);
    }
    for (int number : signalNumbers) {
        struct sigaction action = {};
        action.sa_handler = onSignal;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        if (::sigaction(number, &action, nullptr) != 0) {
            return fm::fail(fm::ErrorCode::Io,
                            Cli::tr("cannot handle signal %1: %2")
                                .arg(number)
                                .arg(QString::fromLocal8Bit(std::strerror(errno))));
        }
        m_watched.append(number);
    }
    return {};
}

void SignalWatcher::readPipe()
{
    unsigned char byte = 0;
    while (::read(g_pipe[0], &byte, 1) == 1)
        emit signalled(int(byte));
}

#endif // Q_OS_WIN

} // namespace fm::server
