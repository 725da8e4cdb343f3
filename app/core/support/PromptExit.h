#pragma once

/// PromptExit — lets a process end when its own work has ended, although Qt still waits for a
/// thread nothing can interrupt.
///
/// A call given up by its deadline or by Cancel may leave one of Qt's name-lookup threads
/// blocked in getaddrinfo(3): a DNS server that does not answer holds it for tens of seconds.
/// QCoreApplication's destructor waits for those threads without a time limit, so
/// `longlived-cli exchange --timeout 10` printed its timeout after 10 s and exited after 40,
/// and a closed window left its process behind. TransportJob notes each request it gives up;
/// main() hands its exit status to finish() once its own objects are gone (settings written,
/// output flushed) and before the application object is destroyed.
///
/// The price, only after a call was given up: static destructors and the application object's
/// clean-up do not run (nothing of LongLived's lives there). In sanitizer builds finish() runs
/// LeakSanitizer's check itself, which _Exit would skip.
class PromptExit
{
public:
    /// A network call was abandoned before its answer arrived: a worker thread may still be busy.
    static void noteAbandonedCall();

    /// Returns \a exitStatus for main() to return, or, when a call was abandoned, flushes the C
    /// streams and ends the process here with that status.
    static int finish(int exitStatus);
};
