#pragma once

#include <QString>

/// Whether a host is a loopback address literal. The one definition for the transport (no
/// proxy for loopback) and the Graph side (plain http only to loopback).
class LoopbackHost {
public:
    /// Whether \a host (as QUrl::host() gives it: IPv6 without brackets) is a loopback address
    /// literal (127.0.0.0/8, ::1). A name, even "localhost", is not.
    static bool isAddress(const QString& host);
};
