#pragma once

#include "http/RequestLimits.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QUrl>

/// One request as an HttpTransport sends it: the method, the URL, the caller's own headers,
/// the body and the limits. Both transports add the same fixed headers (Host, Accept,
/// User-Agent; Content-Length when there is a body or the method is not GET) and send the
/// caller's headers as given.
///
/// Redirects: only a plain GET (no caller header) follows a same-origin redirect. Any other
/// request gets the 3xx as its answer: a PATCH or POST is never replayed elsewhere, and a header
/// the caller added (an API key) never goes to a URL the caller did not choose.
struct HttpRequest {
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    QByteArray method = QByteArrayLiteral("GET");
    QUrl url;
    Headers headers;
    QByteArray body;
    RequestLimits limits;

    static HttpRequest get(const QUrl& url, const RequestLimits& limits)
    {
        HttpRequest request;
        request.url = url;
        request.limits = limits;
        return request;
    }

    bool followsRedirects() const { return method == "GET" && headers.isEmpty(); }
    /// Not GET: a Content-Length is always sent (0 without a body), as servers expect.
    bool sendsContentLength() const { return method != "GET" || !body.isEmpty(); }
    /// Safe to send again after the connection was found closed before any byte of an answer
    /// (RFC 9110 §9.2.2): PATCH and POST are not, so they are never resent.
    bool isIdempotent() const
    {
        return method == "GET" || method == "HEAD" || method == "PUT" || method == "DELETE" || method == "OPTIONS";
    }
    /// The method is an HTTP token and no header name or value can end the header block early
    /// (no CR, LF or NUL; names are tokens). A malformed request is refused without sending.
    bool isWellFormed() const;
};
