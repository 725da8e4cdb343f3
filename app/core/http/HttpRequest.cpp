#include "http/HttpRequest.h"

#include <algorithm>

namespace {
// RFC 9110 §5.6.2: tchar.
bool isToken(const QByteArray& text)
{
    static const QByteArray extra = QByteArrayLiteral("!#$%&'*+-.^_`|~");
    return !text.isEmpty() && std::all_of(text.cbegin(), text.cend(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || extra.contains(c);
    });
}

bool isFieldValue(const QByteArray& text)
{
    return std::none_of(text.cbegin(), text.cend(), [](char c) { return c == '\r' || c == '\n' || c == '\0'; });
}
} // namespace

bool HttpRequest::isWellFormed() const
{
    if (!isToken(method))
        return false;
    return std::all_of(headers.cbegin(), headers.cend(),
                       [](const auto& header) { return isToken(header.first) && isFieldValue(header.second); });
}
