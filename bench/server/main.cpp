// longlived-bench-server: the bench's Graph-compatible server. One epoll thread, HTTP/1.1
// keep-alive, the same canned long-lived token answer to every request (Meta's format, the
// size of a real one), so that the client under test, not the server, is what is measured.
// longlived-fake-graph (a Qt server with routing, random tokens and a request log) is several
// times slower per request; bench/run.sh checks that this one is not the bottleneck.
//
//   longlived-bench-server [--port N]     prints http://127.0.0.1:PORT, then serves until killed
//   GET /__stats                          {"requests":R,"connections":C} (not counted)
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

std::string jsonAnswer(const std::string& body)
{
    return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + std::to_string(body.size())
        + "\r\nConnection: keep-alive\r\n\r\n" + body;
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

    const std::string answer = cannedAnswer();
    unsigned long long requests = 0;
    unsigned long long connections = 0;
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
                    ++connections;
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
                if (c.in.compare(pos, 16, "GET /__stats HTT") == 0) {
                    c.out += jsonAnswer("{\"requests\":" + std::to_string(requests)
                                        + ",\"connections\":" + std::to_string(connections) + "}");
                } else {
                    ++requests;
                    c.out += answer;
                }
                pos += total;
            }
            c.in.erase(0, pos);
            if (gone || !flush(fd, c))
                close(fd);
        }
    }
}
