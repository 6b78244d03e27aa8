#include "storage/ServerAddress.h"

#include "storage/Database.h"

#include <QUrl>

namespace par {

namespace {

QString decoded(const QString& text)
{
    return QUrl::fromPercentEncoding(text.toUtf8());
}

QString encoded(const QString& text, const QByteArray& keep = {})
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text, keep));
}

Error passwordRefused()
{
    return Error::usage(
        Database::tr("a password does not belong in the database address; put it in ~/.pgpass or PGPASSWORD"));
}

Error invalid(const QString& uri)
{
    return Error::usage(Database::tr("%1 is not a valid database address").arg(uri));
}

// host, host:port, [v6]:port; several hosts (h1,h2) go to libpq as they are.
Status readHost(const QString& uri, QString hostPart, ServerAddress& out)
{
    if (hostPart.startsWith(u'[')) {
        const qsizetype close = hostPart.indexOf(u']');
        if (close < 0)
            return invalid(uri);
        out.host = hostPart.mid(1, close - 1);
        hostPart = hostPart.mid(close + 1);
        if (hostPart.startsWith(u':'))
            out.port = hostPart.mid(1).toInt();
    } else if (!hostPart.contains(u',') && hostPart.contains(u':')) {
        bool ok = false;
        out.port = hostPart.section(u':', 1).toInt(&ok);
        if (!ok)
            return invalid(uri);
        out.host = decoded(hostPart.section(u':', 0, 0));
    } else {
        out.host = decoded(hostPart);
    }
    return success();
}

} // namespace

Result<ServerAddress> ServerAddress::parse(const QString& uri)
{
    if (!Database::isServerUri(uri))
        return invalid(uri);
    ServerAddress out;
    QString rest = uri.section(QStringLiteral("://"), 1);
    QString query;
    if (const qsizetype q = rest.indexOf(u'?'); q >= 0) {
        query = rest.mid(q + 1);
        rest.truncate(q);
    }
    QString authority = rest;
    if (const qsizetype slash = rest.indexOf(u'/'); slash >= 0) {
        authority = rest.left(slash);
        out.database = decoded(rest.mid(slash + 1));
    }
    if (const qsizetype at = authority.lastIndexOf(u'@'); at >= 0) {
        const QString userInfo = authority.left(at);
        authority = authority.mid(at + 1);
        if (userInfo.contains(u':'))
            return passwordRefused();
        out.user = decoded(userInfo);
    }
    if (Status s = readHost(uri, authority, out); !s)
        return s.error();
    for (const QString& pair : query.split(u'&', Qt::SkipEmptyParts)) {
        const QString key = decoded(pair.section(u'=', 0, 0));
        const QString value = decoded(pair.section(u'=', 1));
        if (key == QLatin1String("password"))
            return passwordRefused();
        if (key == QLatin1String("host"))
            out.host = value;
        else if (key == QLatin1String("port"))
            out.port = value.toInt();
        else if (key == QLatin1String("dbname"))
            out.database = value;
        else if (key == QLatin1String("user"))
            out.user = value;
        else
            out.options.append({key, value});
    }
    return out;
}

QString ServerAddress::toUri() const
{
    QString uri = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        uri += encoded(user) + u'@';
    const bool socket = host.startsWith(u'/');
    if (!socket && host.contains(u':'))
        uri += u'[' + host + u']'; // an IPv6 address
    else if (!socket)
        uri += encoded(host, ",");
    if (port > 0)
        uri += u':' + QString::number(port);
    uri += u'/' + encoded(database);
    QStringList query;
    if (socket)
        query << QStringLiteral("host=") + encoded(host, "/");
    for (const auto& [key, value] : options)
        query << encoded(key) + u'=' + encoded(value);
    if (!query.isEmpty())
        uri += u'?' + query.join(u'&');
    return uri;
}

QString ServerAddress::displayName() const
{
    const QString machine = host.isEmpty() || host.startsWith(u'/') ? QStringLiteral("localhost") : host;
    return (user.isEmpty() ? QString() : user + u'@') + machine + u'/' + database;
}

QString ServerAddress::option(const QString& key) const
{
    for (const auto& [k, value] : options) {
        if (k == key)
            return value;
    }
    return QString();
}

void ServerAddress::setOption(const QString& key, const QString& value)
{
    options.removeIf([&key](const QPair<QString, QString>& o) { return o.first == key; });
    if (!value.isEmpty())
        options.append({key, value});
}

} // namespace par
