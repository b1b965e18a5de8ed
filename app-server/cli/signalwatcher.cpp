// SPDX-License-Identifier: MIT
#include "cli/signalwatcher.h"

#include "cli/command.h"

#include <QSocketNotifier>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace fm::server {

namespace {

int g_pipe[2] = {-1, -1};

void onSignal(int signalNumber)
{
    const int saved = errno;
    const unsigned char byte = static_cast<unsigned char>(signalNumber);
    [[maybe_unused]] const ssize_t written = ::write(g_pipe[1], &byte, 1);
    errno = saved;
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
        if (::pipe2(g_pipe, O_CLOEXEC | O_NONBLOCK) != 0) {
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

} // namespace fm::server
