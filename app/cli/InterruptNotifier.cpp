#include "InterruptNotifier.h"

#include <QSocketNotifier>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>

namespace {
int g_pipe[2] = {-1, -1};
volatile std::sig_atomic_t g_signal = 0;

extern "C" void onSignal(int signo)
{
    const int saved = errno;
    g_signal = signo;
    if (g_pipe[1] >= 0) {
        const char byte = 1;
        [[maybe_unused]] const ssize_t ignored = ::write(g_pipe[1], &byte, 1);
    }
    errno = saved;
}

void install(int signo)
{
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0; // no SA_RESTART: a blocking read must see EINTR
    ::sigaction(signo, &action, nullptr);
}
} // namespace

InterruptNotifier::InterruptNotifier(QObject* parent)
    : QObject(parent)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, g_pipe) == 0) {
        ::fcntl(g_pipe[1], F_SETFL, ::fcntl(g_pipe[1], F_GETFL) | O_NONBLOCK);
        m_notifier = new QSocketNotifier(g_pipe[0], QSocketNotifier::Read, this);
        connect(m_notifier, &QSocketNotifier::activated, this, &InterruptNotifier::onActivated);
    }
    install(SIGINT);
    install(SIGTERM);
}

InterruptNotifier::~InterruptNotifier()
{
    ::signal(SIGINT, SIG_DFL);
    ::signal(SIGTERM, SIG_DFL);
    if (g_pipe[0] >= 0) {
        ::close(g_pipe[0]);
        ::close(g_pipe[1]);
        g_pipe[0] = g_pipe[1] = -1;
    }
}

bool InterruptNotifier::wasInterrupted()
{
    return g_signal != 0;
}

int InterruptNotifier::exitCode()
{
    return 128 + (g_signal != 0 ? int(g_signal) : SIGINT);
}

void InterruptNotifier::onActivated()
{
    char buffer[16];
    [[maybe_unused]] const ssize_t ignored = ::read(g_pipe[0], buffer, sizeof buffer);
    m_notifier->setEnabled(false); // one interruption is enough; the program is ending
    emit interrupted();
}
