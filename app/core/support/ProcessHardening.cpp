#include "support/ProcessHardening.h"

#include <QtGlobal>

#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#endif
#if defined(Q_OS_LINUX)
#include <sys/prctl.h>
#endif

bool ProcessHardening::apply()
{
    if (!isEnabled())
        return false;
    bool protectedNow = true;
#if defined(Q_OS_UNIX)
    // A zero limit also covers a core_pattern that pipes to a crash collector.
    const rlimit noCore{0, 0};
    protectedNow = setrlimit(RLIMIT_CORE, &noCore) == 0;
#endif
#if defined(Q_OS_LINUX)
    protectedNow = prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0 && protectedNow;
#endif
    return protectedNow && !isDumpable();
}

bool ProcessHardening::isDumpable()
{
#if defined(Q_OS_LINUX)
    return prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) != 0;
#elif defined(Q_OS_UNIX)
    rlimit limit{};
    return getrlimit(RLIMIT_CORE, &limit) != 0 || limit.rlim_cur != 0;
#else
    return true;
#endif
}
