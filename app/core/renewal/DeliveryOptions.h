#pragma once

/// Limits for one delivery; tests shorten them.
struct DeliveryOptions {
    /// n8n: no byte for this long aborts the request.
    int idleTimeoutMs = 15000;
    /// n8n: the whole request, from start to the last byte of the answer.
    int deadlineMs = 30000;
    /// exec: the command is killed (with everything it started) after this long.
    int execTimeoutMs = 30000;
    /// n8n answers are small JSON objects; anything larger is cut off.
    qint64 maxResponseBytes = 256 * 1024;
};
