#pragma once

/// What a LongLived process does to itself first thing in main(), before any secret is in
/// its memory: the App Secret and tokens must not end up in a core file (written to disk,
/// often world-readable, collected by crash reporters) nor be readable by another process
/// of the same user through ptrace or /proc/<pid>/mem.
///
/// On Linux that is prctl(PR_SET_DUMPABLE, 0) — no core dump, no ptrace attach without
/// CAP_SYS_PTRACE, /proc/<pid>/mem and environ owned by root — plus a core-file limit of 0
/// (other Unixes get the limit alone). Applied in release builds (NDEBUG) only, so that
/// developers keep their core dumps and debuggers.
class ProcessHardening
{
public:
    /// Whether apply() does anything in this build (release builds: true).
    static constexpr bool isEnabled()
    {
#ifdef NDEBUG
        return true;
#else
        return false;
#endif
    }

    /// Applies the hardening when isEnabled(). Returns whether the process is now protected
    /// (false in debug builds, or when the system refused).
    static bool apply();

    /// Whether this process may write a core dump (Linux: PR_GET_DUMPABLE, elsewhere the
    /// core-file limit).
    static bool isDumpable();
};
