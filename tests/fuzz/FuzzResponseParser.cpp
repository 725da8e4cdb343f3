// libFuzzer target: whatever bytes come back from "Meta" (or a proxy in between), the parsing
// and error mapping end in a result or a typed GraphError — never a crash, a hang, undefined
// behaviour, or a message that repeats a secret the caller asked to have masked.
//
// The input is a response body, as in corpus/response/ (real formats: token answers, every
// error shape, debug_token, /me/accounts, /me, HTML from proxies). Each input is parsed as
// the answer to several HTTP statuses and content types, through every parser a body meets:
// ResponseParser (body, Graph error, token), TokenInfo (debug_token), Identity (/me), Page
// (/me/accounts), plus Retry-After and Redactor on the same bytes.
//
// Built two ways (tests/fuzz/CMakeLists.txt): with clang's -fsanitize=fuzzer when
// LONGLIVED_FUZZ=ON (scripts/fuzz.sh), and always as a plain program that replays the corpus
// (the FuzzCorpus* ctest tests), so the target keeps compiling and its seeds keep passing.

#include "FuzzCheck.h"
#include "graph/GraphError.h"
#include "graph/Identity.h"
#include "graph/Page.h"
#include "graph/Platform.h"
#include "support/Redactor.h"
#include "graph/ResponseParser.h"
#include "graph/TokenInfo.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QString>

#include <cstdint>

namespace {

void exercise(const GraphError& error)
{
    if (!error.isError())
        return;
    FUZZ_CHECK(!error.title().isEmpty());
    FUZZ_CHECK(!error.kindId().isEmpty());
    FUZZ_CHECK(error.displayText().startsWith(error.title()));
    (void)error.remedy();
    (void)error.isRetryable();
    if (error.kind() == GraphError::Kind::NotJson)
        FUZZ_CHECK(error.contentType.size() <= 100); // only the media type, never body bytes
}

const Platform platforms[] = {Platform::Facebook, Platform::Threads, Platform::Instagram};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray body = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    static const QDateTime now(QDate(2026, 3, 1), QTime(12, 0), Qt::UTC);

    for (const int status : {200, 400, 503}) {
        auto parsed = ResponseParser::parseBody(status, QByteArrayLiteral("application/json; charset=UTF-8"), body);
        if (auto* error = std::get_if<GraphError>(&parsed)) {
            exercise(*error);
            FUZZ_CHECK(status >= 400 || error->kind() != GraphError::Kind::HttpError);
            continue;
        }
        FUZZ_CHECK(status < 400); // an error status never passes as a success
        const QJsonObject json = std::get<QJsonObject>(parsed);
        exercise(ResponseParser::graphError(json, status));
        for (const Platform platform : platforms) {
            auto token = ResponseParser::parseToken(json, platform, now);
            if (auto* result = std::get_if<TokenResult>(&token)) {
                FUZZ_CHECK(!result->accessToken.isEmpty());
                // An expiry only from what Meta said, never before the answer arrived.
                FUZZ_CHECK(!result->expiresAt.isValid() || result->expiresAt > result->receivedAt);
            } else {
                exercise(std::get<GraphError>(token));
            }
            auto info = TokenInfo::fromJson(json, platform);
            if (auto* error = std::get_if<GraphError>(&info))
                exercise(*error);
            else
                exercise(std::get<TokenInfo>(info).error);
            auto identity = Identity::fromJson(json, platform);
            if (auto* error = std::get_if<GraphError>(&identity))
                exercise(*error);
            else
                (void)std::get<Identity>(identity).displayName();
        }
        const QJsonArray pages = json.value(QLatin1String("data")).toArray();
        for (const QJsonValue& page : pages)
            (void)Page::fromJson(page.toObject());
    }
    // Whatever a proxy labels its answer with: only the media type may reach a message.
    auto labelled = ResponseParser::parseBody(502, body.left(300), body);
    if (auto* error = std::get_if<GraphError>(&labelled))
        exercise(*error);

    // Retry-After from the first line, as seconds or an HTTP date in any of its three forms.
    const int retryAfter = ResponseParser::parseRetryAfter(body.left(body.indexOf('\n') < 0 ? 64 : body.indexOf('\n')), now);
    FUZZ_CHECK(retryAfter >= 0 && retryAfter <= 86400);

    // Redactor on the same text, with a secret taken from it: a realistic secret (letters and
    // digits, 8+ of them) never survives scrub(), in any place of the text.
    const QString text = QString::fromUtf8(body);
    QString secret;
    for (const QChar c : text) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            secret += c;
        else if (secret.size() >= 8)
            break;
        else
            secret.clear();
        if (secret.size() >= 40)
            break;
    }
    const QString scrubbed = Redactor::scrub(text, {secret});
    // A secret's mask keeps none of it ("…" is no letter or digit), so nothing can join up again.
    if (secret.size() >= 8)
        FUZZ_CHECK(!scrubbed.contains(secret));
    (void)Redactor::mask(text.left(64));
    (void)Redactor::url(QUrl(text.left(2048)));
    return 0;
}
