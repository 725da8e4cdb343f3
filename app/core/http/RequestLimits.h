#pragma once

#include <QtGlobal>

/// The limits a transport applies to one request: no byte for idleTimeoutMs aborts it; a body
/// over maxResponseBytes is cut off and reported, never kept.
struct RequestLimits {
    int idleTimeoutMs = 15000;
    qint64 maxResponseBytes = 1024 * 1024;
};
