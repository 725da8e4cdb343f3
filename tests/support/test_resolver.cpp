// Test names for a longlived-cli process, preloaded with LD_PRELOAD (CliProcess::useTestResolver()):
//  - "*.loopback.test" resolves to 127.0.0.1 at once: a host name that is not a loopback
//    *literal* (so the proxy rules treat it like any remote host) and needs neither DNS nor
//    an /etc/hosts entry, which differ from machine to machine;
//  - "*.stall.test" never resolves: getaddrinfo(3) sleeps, as it does for tens of seconds on a
//    machine whose DNS server does not answer;
//  - every other name goes to the C library.
// Why here and not a fake DNS server: the resolver's server comes from /etc/resolv.conf, which a
// test must not change. Qt resolves through getaddrinfo(3) in its QHostInfo threads, so a stall
// happens where a real one would: in a worker thread that nothing can interrupt.
#include <dlfcn.h>
#include <netdb.h>
#include <strings.h>

#include <cstdlib>
#include <cstring>
#include <unistd.h>

namespace {
bool hasSuffix(const char* node, const char* suffix)
{
    if (!node)
        return false;
    const size_t length = std::strlen(node);
    const size_t suffixLength = std::strlen(suffix);
    return length > suffixLength && strcasecmp(node + length - suffixLength, suffix) == 0;
}
} // namespace

extern "C" int getaddrinfo(const char* node, const char* service, const struct addrinfo* hints, struct addrinfo** result)
{
    using GetAddrInfo = int (*)(const char*, const char*, const struct addrinfo*, struct addrinfo**);
    static const auto next = reinterpret_cast<GetAddrInfo>(dlsym(RTLD_NEXT, "getaddrinfo"));
    if (hasSuffix(node, ".stall.test")) {
        // Longer than any test waits for a process: a prompt exit must not depend on it.
        const char* seconds = std::getenv("LONGLIVED_TEST_STALL_SECONDS");
        sleep(seconds ? static_cast<unsigned>(std::atoi(seconds)) : 120U);
        return EAI_AGAIN;
    }
    if (hasSuffix(node, ".loopback.test")) {
        // The C library's own answer for the literal, so freeaddrinfo(3) frees it. Without
        // AI_ADDRCONFIG: on a machine whose only other address is IPv6, it would refuse IPv4.
        struct addrinfo literal = {};
        if (hints)
            literal = *hints;
        literal.ai_flags = (literal.ai_flags & ~AI_ADDRCONFIG) | AI_NUMERICHOST;
        return next("127.0.0.1", service, &literal, result);
    }
    return next(node, service, hints, result);
}
