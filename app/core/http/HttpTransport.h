#pragma once

#include "http/RequestLimits.h"

class QUrl;
class TransportReply;

/// How a request leaves the machine. Two implementations keep one contract (the same TLS
/// policy, proxies, caps, same-origin redirects and error codes; tests/hardening runs the
/// same rows through both): NetworkManagerTransport (Qt's network manager: HTTP/2 and every
/// feature, for the GUI and the CLI's single commands) and HttpConnectionPool (keep-alive
/// HTTP/1.1 in the caller's thread, for a batch's many small requests). The choice is made
/// where the program is wired; everything above sees only this interface.
class HttpTransport {
public:
    virtual ~HttpTransport() = default;

    /// Starts a GET of \a url (http or https; the caller checked that it may be sent). The
    /// reply belongs to the caller; it emits finished() once, never synchronously from here.
    virtual TransportReply* get(const QUrl& url, const RequestLimits& limits) = 0;

protected:
    HttpTransport() = default;
    HttpTransport(const HttpTransport&) = default;
    HttpTransport& operator=(const HttpTransport&) = default;
};
