#pragma once

// The server tests' and the desktop tests' network between a desk and its server.
#include <QRegularExpression>
#include <QString>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

#include <atomic>
#include <cstring>
#include <string>
#include <thread>
#include <vector>

namespace servertest {

// A stand-in for the network between a desk and its server: TCP on 127.0.0.1 relayed to the cluster's Unix socket. In a
// network namespace of its own, taking the loopback link down cuts it as a dropped Wi-Fi or a pulled cable would: what
// the client sends is never acknowledged, and no answer comes. Silenced, it takes new connections and never answers
// them, as a server that hangs or a firewall that swallows the startup does.
class Relay
{
public:
    // clusterUri: a database on the throwaway cluster, postgresql://USER@/DBNAME?host=FOLDER, whose socket is
    // FOLDER/.s.PGSQL.5432.
    explicit Relay(const QString& clusterUri)
        : m_parts(
            QRegularExpression(QStringLiteral("^postgresql://([^@/]*)@/([^?]*)\\?host=([^&]*)$")).match(clusterUri))
    {
        if (!m_parts.hasMatch())
            return;
        m_socketPath = QString(m_parts.captured(3) + QStringLiteral("/.s.PGSQL.5432")).toStdString();
        m_listener = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in address {};
        address.sin_family = AF_INET;
        address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        socklen_t length = sizeof address;
        if (m_listener < 0 || ::bind(m_listener, reinterpret_cast<sockaddr*>(&address), length) != 0
            || ::listen(m_listener, 8) != 0
            || ::getsockname(m_listener, reinterpret_cast<sockaddr*>(&address), &length))
            return;
        m_port = ntohs(address.sin_port);
        m_accepting = std::thread([this] { accept(); });
    }
    ~Relay()
    {
        ::shutdown(m_listener, SHUT_RDWR);
        ::close(m_listener);
        if (m_accepting.joinable())
            m_accepting.join();
        for (std::thread& t : m_relays)
            t.detach(); // each ends with its sockets, which the process's end closes
        for (int client : m_unanswered)
            ::close(client);
    }
    // Listening; false where the address is not a cluster's socket or no port could be had.
    bool listening() const { return m_port != 0; }
    // The same database reached through the relay, with libpq's options ("connect_timeout=2") if given.
    QString uri(const QString& options = QString()) const
    {
        return QStringLiteral("postgresql://%1@127.0.0.1:%2/%3%4")
            .arg(m_parts.captured(1))
            .arg(m_port)
            .arg(m_parts.captured(2), options.isEmpty() ? QString() : QLatin1Char('?') + options);
    }
    void silence(bool silent) { m_silent = silent; }

private:
    void accept()
    {
        for (;;) {
            const int client = ::accept(m_listener, nullptr, nullptr);
            if (client < 0)
                return;
            if (m_silent) {
                m_unanswered.push_back(client); // open, and never answered, until the relay goes
                continue;
            }
            const int server = ::socket(AF_UNIX, SOCK_STREAM, 0);
            sockaddr_un address {};
            address.sun_family = AF_UNIX;
            std::strncpy(address.sun_path, m_socketPath.c_str(), sizeof address.sun_path - 1);
            if (server < 0 || ::connect(server, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) {
                ::close(client);
                continue;
            }
            m_relays.emplace_back([client, server] { relay(client, server); });
        }
    }
    static void relay(int a, int b)
    {
        pollfd fds[2] = {{a, POLLIN, 0}, {b, POLLIN, 0}};
        char buffer[65536];
        for (;;) {
            if (::poll(fds, 2, -1) < 0)
                break;
            bool ended = false;
            for (int i = 0; i < 2; ++i) {
                if (!fds[i].revents)
                    continue;
                const ssize_t n = ::read(fds[i].fd, buffer, sizeof buffer);
                if (n <= 0 || ::write(fds[1 - i].fd, buffer, size_t(n)) != n)
                    ended = true;
            }
            if (ended)
                break;
        }
        ::close(a);
        ::close(b);
    }

    QRegularExpressionMatch m_parts;
    std::string m_socketPath;
    int m_listener = -1;
    int m_port = 0;
    std::thread m_accepting;
    std::vector<std::thread> m_relays;
    std::atomic<bool> m_silent {false};
    std::vector<int> m_unanswered;
};

} // namespace servertest
