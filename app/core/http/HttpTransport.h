#pragma once

#include "http/HttpRequest.h"

class TransportReply;

/// How every request leaves the machine (Meta's Graph calls and n8n's credential update alike).
/// Two implementations keep one contract (the same TLS policy, proxies, caps, redirect rule,
/// headers and error codes; tests/hardening runs the same rows through both):
/// NetworkManagerTransport (Qt's network manager: HTTP/2 and every feature, for the GUI and the
/// CLI's single commands) and HttpConnectionPool (keep-alive HTTP/1.1 in the caller's thread,
/// for a batch's many small requests). The choice is made
/// where the program is wired; everything above sees only this interface.
class HttpTransport {
public:
    virtual ~HttpTransport() = default;

    /// Starts \a request (http or https; the caller checked that it may be sent). The reply
    /// belongs to the caller; it emits finished() once, never synchronously from here. A
    /// request that is not HttpRequest::isWellFormed() sends nothing and finishes with
    /// ProtocolInvalidOperationError.
    virtual TransportReply* send(const HttpRequest& request) = 0;
    /// send() of a plain GET.
    TransportReply* get(const QUrl& url, const RequestLimits& limits) { return send(HttpRequest::get(url, limits)); }

protected:
    HttpTransport() = default;
    HttpTransport(const HttpTransport&) = default;
    HttpTransport& operator=(const HttpTransport&) = default;
};
