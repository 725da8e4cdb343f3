#include "RenewTimerSwitch.h"

#include "CliSession.h"
#include "Command.h"
#include "renewal/RenewalTimer.h"

#include <QPointer>

RenewTimerSwitch::RenewTimerSwitch(const QString& systemctl)
    : m_systemctl(systemctl)
{
}

int RenewTimerSwitch::run(CliSession& session, bool on) const
{
    QPointer<RenewalTimer> timer = new RenewalTimer(&session);
    timer->setSystemctlProgram(m_systemctl);
    QObject::connect(timer, &RenewalTimer::finished, &session, [&session, timer] {
        OutputWriter& out = session.out();
        if (timer->succeeded())
            out.detail(timer->message());
        else
            out.error(timer->message());
        if (timer->offersCrontab()) {
            out.error(RenewalTimer::crontabHint());
            out.error(RenewalTimer::crontabLine(RenewalTimer::installedCliPath()));
        }
        session.finish(timer->succeeded() ? Command::Success : Command::Failure);
    });
    session.cancelOnInterrupt(timer.data()); // ends a systemctl that still runs
    if (on)
        timer->enable();
    else
        timer->disable();
    const int exitCode = session.exec();
    delete timer.data();
    return exitCode;
}
