#include "http/LoopbackHost.h"

#include <QHostAddress>

bool LoopbackHost::isAddress(const QString& host)
{
    // A literal only: a name, even "localhost", goes where the hosts file, a DNS server or a
    // proxy sends it, and plain http would carry a secret there in clear.
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}
