// longlived-bench-server: the bench's server for Meta's token endpoints and n8n's credential
// update. One epoll thread, HTTP/1.1 keep-alive, answers in Meta's and n8n's formats (a token the
// size of a real one), so that the client under test, not the server, is what is measured.
// longlived-fake-graph (a Qt server with routing, random tokens and a request log) is several
// times slower per request; bench/run.sh checks that this one is not the bottleneck.
//
//   longlived-bench-server [--port N]     prints http://127.0.0.1:PORT, then serves until killed
//   GET …/refresh_access_token?grant_type=th_refresh_token|ig_refresh_token&access_token=…
//   GET …/access_token?grant_type=th_exchange_token|ig_exchange_token&…
//                                         a new TH…/IG… token on every call (a renewed token
//                                         differs from the old one, as Meta's does), 60 days
//   PATCH /api/v1/credentials/ID          n8n's credential update: checks the X-N8N-API-KEY
//                                         header, the JSON content type and the
//                                         {"data":{…},"isPartialData":true} body; 200 with the
//                                         credential's metadata (n8n's answer), else 401/415/400
//   GET /__credential/ID                  the body of the last accepted PATCH of ID (not counted)
//   GET /__stats                          {"requests":R,"connections":C,"refreshes":F,
//                                         "patches":P,"rejected":X} (not counted)
//   anything else                         the same canned long-lived Facebook token answer
//
// Plain POSIX and C++17, no Qt: nothing between the socket and the answer.
#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <string_view>
#include <unordered_map>

namespace {

struct Connection {
    std::string in;
    std::string out;
    size_t outPos = 0;
    bool wantWrite = false;
};

std::string cannedAnswer()
{
    // A long-lived Facebook user token is about 200 characters.
    std::string token = "EAA";
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    for (size_t i = 0; token.size() < 200; ++i)
        token += alphabet[(i * 7 + 3) % (sizeof(alphabet) - 1)];
    const std::string body = "{\"access_token\":\"" + token + "\",\"token_type\":\"bearer\",\"expires_in\":5183944}";
    return "HTTP/1.1 200 OK\r\nContent-Type: application/json; charset=UTF-8\r\nContent-Length: "
        + std::to_string(body.size()) + "\r\nConnection: keep-alive\r\n\r\n" + body;
}

// Length of the body announced by the header block [pos, headerEnd), 0 when none.
size_t contentLength(const std::string& in, size_t pos, size_t headerEnd)
{
    while (pos < headerEnd) {
        const size_t eol = in.find("\r\n", pos);
        if (eol == std::string::npos || eol > headerEnd)
            break;
        if (eol - pos > 15 && strncasecmp(in.data() + pos, "content-length:", 15) == 0)
            return std::strtoull(in.c_str() + pos + 15, nullptr, 10);
        pos = eol + 2;
    }
    return 0;
}

// The value of header \a name (lower case, with its colon) in [pos, headerEnd), empty when none.
std::string_view header(const std::string& in, size_t pos, size_t headerEnd, std::string_view name)
{
    while (pos < headerEnd) {
        const size_t eol = in.find("\r\n", pos);
        if (eol == std::string::npos || eol > headerEnd)
            break;
        if (eol - pos > name.size() && strncasecmp(in.data() + pos, name.data(), name.size()) == 0) {
            size_t start = pos + name.size();
            while (start < eol && in[start] == ' ')
                ++start;
            return std::string_view(in.data() + start, eol - start);
        }
        pos = eol + 2;
    }
    return {};
}

// The value of query parameter \a name ("name=") in \a target, empty when none.
std::string_view queryValue(std::string_view target, std::string_view name)
{
    const size_t query = target.find('?');
    if (query == std::string_view::npos)
        return {};
    size_t pos = query + 1;
    while (pos < target.size()) {
        const size_t end = std::min(target.find('&', pos), target.size());
        if (target.compare(pos, name.size(), name) == 0)
            return target.substr(pos + name.size(), end - pos - name.size());
        pos = end + 1;
    }
    return {};
}

bool endsWith(std::string_view text, std::string_view tail)
{
    return text.size() >= tail.size() && text.compare(text.size() - tail.size(), tail.size(), tail) == 0;
}

std::string answerWith(int status, const char* reason, const std::string& body)
{
    return "HTTP/1.1 " + std::to_string(status) + " " + reason
        + "\r\nContent-Type: application/json; charset=UTF-8\r\nContent-Length: " + std::to_string(body.size())
        + "\r\nConnection: keep-alive\r\n\r\n" + body;
}

// Meta's nested error shape, as its token endpoints send it.
std::string metaError(const std::string& message)
{
    return answerWith(400, "Bad Request",
                      "{\"error\":{\"message\":\"" + message
                          + "\",\"type\":\"OAuthException\",\"code\":100,\"fbtrace_id\":\"AbenchTrace\"}}");
}

// Everything but the canned Facebook answer: Threads/Instagram tokens and n8n's credentials.
class Router {
public:
    Router()
        : m_canned(cannedAnswer())
    {
    }

    // The answer to the complete request at [pos, pos + total) of \a in, its headers ending at headerEnd.
    std::string answer(const std::string& in, size_t pos, size_t headerEnd, size_t total)
    {
        const size_t lineEnd = in.find("\r\n", pos);
        const std::string_view line(in.data() + pos, lineEnd - pos);
        const size_t space = line.find(' ');
        const std::string_view method = line.substr(0, space);
        std::string_view target = line.substr(space + 1);
        target = target.substr(0, target.rfind(' '));
        const std::string_view path = target.substr(0, target.find('?'));
        const size_t bodyStart = headerEnd + 4;
        const std::string_view body(in.data() + bodyStart, pos + total - bodyStart);

        if (method == "GET" && path == "/__stats")
            return stats();
        if (method == "GET" && path.compare(0, 14, "/__credential/") == 0)
            return answerWith(200, "OK", m_credentials[std::string(path.substr(14))]);
        ++m_requests;
        if (path.compare(0, 20, "/api/v1/credentials/") == 0)
            return patch(method, path.substr(20), header(in, pos, headerEnd + 2, "x-n8n-api-key:"),
                         header(in, pos, headerEnd + 2, "content-type:"), body);
        if (endsWith(path, "/refresh_access_token"))
            return newToken(queryValue(target, "grant_type="), "th_refresh_token", "ig_refresh_token",
                            queryValue(target, "access_token="));
        if (endsWith(path, "/access_token") && !endsWith(path, "/oauth/access_token"))
            return newToken(queryValue(target, "grant_type="), "th_exchange_token", "ig_exchange_token",
                            queryValue(target, "access_token="));
        return m_canned;
    }

private:
    std::string stats() const
    {
        return answerWith(200, "OK",
                          "{\"requests\":" + std::to_string(m_requests) + ",\"connections\":"
                              + std::to_string(connections) + ",\"refreshes\":" + std::to_string(m_refreshes)
                              + ",\"patches\":" + std::to_string(m_patches)
                              + ",\"rejected\":" + std::to_string(m_rejected) + "}");
    }

    // A new 60-day token: "TH…" for grant \a threads, "IG…" for grant \a instagram.
    std::string newToken(std::string_view grant, std::string_view threads, std::string_view instagram,
                         std::string_view oldToken)
    {
        if (grant != threads && grant != instagram)
            return metaError("Unsupported grant_type");
        if (oldToken.empty())
            return metaError("Missing access_token");
        ++m_refreshes;
        char token[256];
        std::snprintf(token, sizeof token, "%sBENCH%012llu", grant == threads ? "TH" : "IG", m_refreshes);
        std::string value(token);
        static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        for (size_t i = 0; value.size() < 190; ++i)
            value += alphabet[(i * 11 + m_refreshes) % (sizeof(alphabet) - 1)];
        return answerWith(200, "OK",
                          "{\"access_token\":\"" + value + "\",\"token_type\":\"bearer\",\"expires_in\":5184000}");
    }

    // n8n's PATCH /api/v1/credentials/{id}, with its answers for a missing key, content type or data.
    std::string patch(std::string_view method, std::string_view id, std::string_view key, std::string_view contentType,
                      std::string_view body)
    {
        if (method != "PATCH" || id.empty() || id.find('/') != std::string_view::npos)
            return reject(405, "Method Not Allowed", "method not allowed");
        if (key.empty())
            return reject(401, "Unauthorized", "unauthorized");
        if (contentType.compare(0, 16, "application/json") != 0)
            return reject(415, "Unsupported Media Type", "Unsupported Media Type");
        if (body.find("\"data\":{") == std::string_view::npos
            || body.find("\"isPartialData\":true") == std::string_view::npos)
            return reject(400, "Bad Request", "request/body must have required property 'data'");
        ++m_patches;
        const std::string credential(id);
        m_credentials[credential] = std::string(body);
        return answerWith(200, "OK",
                          "{\"id\":\"" + credential
                              + "\",\"name\":\"Bench credential\",\"type\":\"facebookGraphApi\","
                                "\"isManaged\":false,\"createdAt\":\"2026-01-01T00:00:00.000Z\","
                                "\"updatedAt\":\"2026-03-01T12:00:00.000Z\"}");
    }

    std::string reject(int status, const char* reason, const char* message)
    {
        ++m_rejected;
        return answerWith(status, reason,
                          std::string("{\"code\":") + std::to_string(status) + ",\"message\":\"" + message + "\"}");
    }

    const std::string m_canned;
    unsigned long long m_requests = 0;
    unsigned long long m_refreshes = 0;
    unsigned long long m_patches = 0;
    unsigned long long m_rejected = 0;
    std::unordered_map<std::string, std::string> m_credentials;

public:
    unsigned long long connections = 0;
};

} // namespace

int main(int argc, char* argv[])
{
    int port = 0;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--port") == 0 && i + 1 < argc) {
            port = std::atoi(argv[++i]);
        } else {
            std::fprintf(stderr, "usage: longlived-bench-server [--port N]\n");
            return 2;
        }
    }
    std::signal(SIGPIPE, SIG_IGN);

    const int listener = socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    const int one = 1;
    setsockopt(listener, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK); // loopback only
    address.sin_port = htons(static_cast<uint16_t>(port));
    if (bind(listener, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0 || listen(listener, 4096) != 0) {
        std::fprintf(stderr, "longlived-bench-server: cannot listen on 127.0.0.1:%d: %s\n", port, std::strerror(errno));
        return 1;
    }
    socklen_t length = sizeof address;
    getsockname(listener, reinterpret_cast<sockaddr*>(&address), &length);
    std::printf("http://127.0.0.1:%d\n", ntohs(address.sin_port));
    std::fflush(stdout);

    Router router;
    std::unordered_map<int, Connection> open;

    const int poller = epoll_create1(EPOLL_CLOEXEC);
    epoll_event event {};
    event.events = EPOLLIN;
    event.data.fd = listener;
    epoll_ctl(poller, EPOLL_CTL_ADD, listener, &event);

    const auto close = [&](int fd) {
        epoll_ctl(poller, EPOLL_CTL_DEL, fd, nullptr);
        ::close(fd);
        open.erase(fd);
    };
    // Writes what is pending; false when the connection is gone.
    const auto flush = [&](int fd, Connection& c) {
        while (c.outPos < c.out.size()) {
            const ssize_t n = ::write(fd, c.out.data() + c.outPos, c.out.size() - c.outPos);
            if (n > 0) {
                c.outPos += size_t(n);
            } else if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
                break;
            } else if (n < 0 && errno == EINTR) {
                continue;
            } else {
                return false;
            }
        }
        if (c.outPos == c.out.size()) {
            c.out.clear();
            c.outPos = 0;
        }
        const bool wantWrite = !c.out.empty();
        if (wantWrite != c.wantWrite) {
            c.wantWrite = wantWrite;
            epoll_event e {};
            e.events = EPOLLIN | (wantWrite ? uint32_t(EPOLLOUT) : 0u);
            e.data.fd = fd;
            epoll_ctl(poller, EPOLL_CTL_MOD, fd, &e);
        }
        return true;
    };

    epoll_event events[256];
    char buffer[65536];
    for (;;) {
        const int ready = epoll_wait(poller, events, 256, -1);
        if (ready < 0) {
            if (errno == EINTR)
                continue;
            std::perror("epoll_wait");
            return 1;
        }
        for (int i = 0; i < ready; ++i) {
            const int fd = events[i].data.fd;
            if (fd == listener) {
                for (;;) {
                    const int client = accept4(listener, nullptr, nullptr, SOCK_NONBLOCK | SOCK_CLOEXEC);
                    if (client < 0)
                        break;
                    setsockopt(client, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
                    ++router.connections;
                    open[client];
                    epoll_event e {};
                    e.events = EPOLLIN;
                    e.data.fd = client;
                    epoll_ctl(poller, EPOLL_CTL_ADD, client, &e);
                }
                continue;
            }
            auto found = open.find(fd);
            if (found == open.end())
                continue;
            Connection& c = found->second;
            if (events[i].events & EPOLLOUT) {
                if (!flush(fd, c)) {
                    close(fd);
                    continue;
                }
            }
            if (!(events[i].events & (EPOLLIN | EPOLLHUP | EPOLLERR)))
                continue;
            bool gone = false;
            for (;;) {
                const ssize_t n = ::read(fd, buffer, sizeof buffer);
                if (n > 0) {
                    c.in.append(buffer, size_t(n));
                    if (size_t(n) < sizeof buffer)
                        break;
                } else if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
                    break;
                } else if (n < 0 && errno == EINTR) {
                    continue;
                } else {
                    gone = true; // EOF or error
                    break;
                }
            }
            // Every complete request gets its answer, in order (pipelining works too).
            size_t pos = 0;
            for (;;) {
                const size_t end = c.in.find("\r\n\r\n", pos);
                if (end == std::string::npos)
                    break;
                const size_t total = end + 4 - pos + contentLength(c.in, pos, end + 2);
                if (c.in.size() - pos < total)
                    break;
                c.out += router.answer(c.in, pos, end, total);
                pos += total;
            }
            c.in.erase(0, pos);
            if (gone || !flush(fd, c))
                close(fd);
        }
    }
}
