#include "support/PromptExit.h"

#include <atomic>
#include <cstdio>
#include <cstdlib>

#if defined(__SANITIZE_ADDRESS__)
#include <sanitizer/lsan_interface.h>
#endif

namespace {
std::atomic<bool> abandoned {false};
} // namespace

void PromptExit::noteAbandonedCall()
{
    abandoned.store(true, std::memory_order_relaxed);
}

int PromptExit::finish(int exitStatus)
{
    if (!abandoned.load(std::memory_order_relaxed))
        return exitStatus;
#if defined(__SANITIZE_ADDRESS__)
    // _Exit skips LeakSanitizer's end-of-process check, and the paths that get here (timeouts,
    // Cancel, Ctrl+C) are where a leak would hide: run it now (it ends the process on a leak).
    __lsan_do_leak_check();
#endif
    std::fflush(nullptr);
    std::_Exit(exitStatus);
}
