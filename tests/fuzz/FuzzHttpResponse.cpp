// libFuzzer target: whatever bytes a server (or a proxy, or something that is not HTTP at all)
// sends on a keep-alive connection, HttpResponseParser ends in Complete or Failed once the
// connection closes — never a crash, undefined behaviour, a body past its cap, or a result
// that depends on how the bytes were split into reads.
//
// The input is the byte stream of a connection, as in corpus/http-response/ (real answers:
// Meta's token JSON with Content-Length, chunked, 100 Continue and 103 Early Hints before the
// answer, a 302, a proxy's HTML 502, HTTP/1.0 delimited by the close, two answers in a row).
// It is fed in one piece, in pieces whose lengths the data itself chooses, and one byte at a
// time (short inputs), each with a large and a small body cap; every way must agree. What it
// keeps holds RFC 9112's rules: field names are tokens, values hold no control character, an
// answer with a body never completes with both Transfer-Encoding and Content-Length, and
// chunks in HTTP/1.0 never leave the connection open for another answer.
//
// Built two ways (tests/fuzz/CMakeLists.txt): with clang's -fsanitize=fuzzer when
// LONGLIVED_FUZZ=ON (scripts/fuzz.sh), and always as a plain program that replays the corpus
// (the FuzzCorpus* ctest tests), so the target keeps compiling and its seeds keep passing.

#include "FuzzCheck.h"
#include "http/HttpResponseParser.h"

#include <QByteArray>

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace {

using State = HttpResponseParser::State;
using Problem = HttpResponseParser::Problem;

constexpr qint64 largeCap = 1024 * 1024;

struct Result
{
    State state;
    Problem problem;
    int status;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    bool keepAlive;
    bool started;
    int minorVersion;
    qsizetype consumed; ///< the sum of what feed() returned

    /// The same answer, however it was split; where a failed parse stopped within a line may
    /// differ, so feed()'s total is compared only when it did not fail.
    bool sameAs(const Result& other) const
    {
        return state == other.state && problem == other.problem && status == other.status
            && headers == other.headers && body == other.body && keepAlive == other.keepAlive
            && started == other.started && minorVersion == other.minorVersion
            && (state == State::Failed || consumed == other.consumed);
    }
};

bool isTokenChar(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
        || (c != '\0' && std::strchr("!#$%&'*+-.^_`|~", c) != nullptr);
}

bool isControl(char c)
{
    return (uchar(c) < 0x20 && c != '\t') || uchar(c) == 0x7f;
}

bool ended(const HttpResponseParser& parser)
{
    return parser.isComplete() || parser.hasFailed();
}

/// What holds after every feed and after the close, whatever came before.
void checkAlways(const HttpResponseParser& parser, qint64 cap)
{
    FUZZ_CHECK(parser.body().size() <= cap);
    FUZZ_CHECK((parser.problem() == Problem::None) == !parser.hasFailed());
    FUZZ_CHECK(!parser.hasFailed() || parser.body().isEmpty());
    FUZZ_CHECK(!parser.keepAlive() || parser.isComplete());
    FUZZ_CHECK(parser.statusCode() == 0 || (parser.statusCode() >= 100 && parser.statusCode() <= 999));
    qsizetype headerBytes = 0;
    for (const auto& [name, value] : parser.headers()) {
        FUZZ_CHECK(!name.isEmpty());
        FUZZ_CHECK(std::all_of(name.cbegin(), name.cend(), isTokenChar));
        FUZZ_CHECK(std::none_of(value.cbegin(), value.cend(), isControl));
        FUZZ_CHECK(value == value.trimmed());
        headerBytes += name.size() + value.size() + 3; // at least "name:value\n"
    }
    FUZZ_CHECK(headerBytes <= HttpResponseParser::maxHeaderBytes);
}

/// Feeds \a input in pieces: \a nextPiece(position) gives the length of the piece that starts
/// there (at least 1). Then closes the connection.
template<typename NextPiece>
Result run(const QByteArray& input, qint64 cap, NextPiece nextPiece)
{
    HttpResponseParser parser(cap);
    qsizetype consumed = 0;
    for (qsizetype at = 0; at < input.size();) {
        const qsizetype piece = qMin(nextPiece(at), input.size() - at);
        const bool endedBefore = ended(parser);
        const qsizetype used = parser.feed(input.constData() + at, piece);
        FUZZ_CHECK(used >= 0 && used <= piece);
        if (endedBefore)
            FUZZ_CHECK(used == 0); // once Complete or Failed, nothing more is taken
        if (!ended(parser))
            FUZZ_CHECK(used == piece); // needing more means everything given was used
        checkAlways(parser, cap);
        consumed += used;
        at += piece;
    }
    FUZZ_CHECK(consumed <= input.size());
    parser.closed();
    FUZZ_CHECK(ended(parser)); // after the close nothing is left pending
    FUZZ_CHECK(parser.feed("x", 1) == 0);
    checkAlways(parser, cap);
    FUZZ_CHECK(parser.hasStarted() == !input.isEmpty());
    return {parser.state(), parser.problem(), parser.statusCode(), parser.headers(), parser.body(),
            parser.keepAlive(), parser.hasStarted(), parser.minorVersion(), consumed};
}

/// Feeds \a input in every way, all of which must agree, and checks what a complete answer means.
Result parseAllWays(const QByteArray& input, qint64 cap)
{
    const Result whole = run(input, cap, [&](qsizetype) { return input.size(); });

    // Pieces of one length, chosen by the first byte.
    const qsizetype fixed = input.isEmpty() ? 1 : uchar(input.at(0)) % 32 + 1;
    FUZZ_CHECK(run(input, cap, [&](qsizetype) { return fixed; }).sameAs(whole));

    // Pieces of varying length, each chosen by the byte where it starts.
    FUZZ_CHECK(run(input, cap, [&](qsizetype at) { return qsizetype((uchar(input.at(at)) * 7 + at) % 13 + 1); })
                   .sameAs(whole));

    // The bytes before the last three, then the rest: ends of lines and of bodies split late.
    const qsizetype late = qMax<qsizetype>(1, input.size() - 3);
    FUZZ_CHECK(run(input, cap, [&](qsizetype at) { return at == 0 ? late : input.size(); }).sameAs(whole));

    if (input.size() <= 4096)
        FUZZ_CHECK(run(input, cap, [](qsizetype) { return qsizetype(1); }).sameAs(whole));

    if (whole.state == State::Complete) {
        FUZZ_CHECK(whole.status >= 200);
        const auto header = [&](const char* name) {
            for (const auto& [key, value] : whole.headers) {
                if (key.compare(name, Qt::CaseInsensitive) == 0)
                    return value;
            }
            return QByteArray();
        };
        // Any transfer coding in any Transfer-Encoding field (an answer that completes with
        // one was chunked); a list of only empty elements names none.
        bool transferCoded = false;
        for (const auto& [key, value] : whole.headers) {
            if (key.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0)
                transferCoded = transferCoded || !QByteArray(value).replace(',', "").trimmed().isEmpty();
        }
        const bool bodiless = whole.status == 204 || whole.status == 304;
        const bool chunked = !bodiless && transferCoded;
        const QByteArray length = header("Content-Length");
        const auto hasField = [&](const char* name) {
            return std::any_of(whole.headers.cbegin(), whole.headers.cend(),
                               [name](const auto& h) { return h.first.compare(name, Qt::CaseInsensitive) == 0; });
        };
        if (!bodiless)
            FUZZ_CHECK(!(hasField("Transfer-Encoding") && hasField("Content-Length")));
        if (chunked && whole.minorVersion == 0)
            FUZZ_CHECK(!whole.keepAlive);
        if (bodiless)
            FUZZ_CHECK(whole.body.isEmpty());
        else if (!chunked && !length.isEmpty())
            FUZZ_CHECK(whole.body.size() == length.split(',').first().trimmed().toLongLong());
        const bool closeDelimited = !bodiless && !chunked && length.isEmpty();
        if (closeDelimited) {
            FUZZ_CHECK(!whole.keepAlive);
            FUZZ_CHECK(whole.consumed == input.size());
        } else {
            // The answer delimits itself: its bytes alone, without the close, give the same
            // answer, and what followed it was left alone.
            HttpResponseParser alone(cap);
            FUZZ_CHECK(alone.feed(input.left(whole.consumed)) == whole.consumed);
            FUZZ_CHECK(alone.isComplete());
            FUZZ_CHECK(alone.statusCode() == whole.status && alone.headers() == whole.headers
                       && alone.body() == whole.body && alone.keepAlive() == whole.keepAlive);
        }
    }
    return whole;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));

    const Result large = parseAllWays(input, largeCap);

    // A small cap, chosen by the last byte, only turns answers with a larger body into TooLarge.
    const qint64 smallCap = input.isEmpty() ? 0 : uchar(input.at(input.size() - 1));
    const Result small = parseAllWays(input, smallCap);
    if (small.state == State::Complete)
        FUZZ_CHECK(small.sameAs(large));
    if (large.state == State::Complete && large.body.size() <= smallCap)
        FUZZ_CHECK(small.sameAs(large));
    if (large.state == State::Complete && large.body.size() > smallCap)
        FUZZ_CHECK(small.state == State::Failed && small.problem == Problem::TooLarge);
    return 0;
}
