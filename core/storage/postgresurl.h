#pragma once

#include <string>

#include <QString>

namespace Marquee::Storage {

// DATABASE_URL handling for PostgreSQL. libpq understands postgres:// and postgresql:// URIs itself;
// these helpers only decide which URLs are ours and keep the password out of every message.
class PostgresUrl
{
public:
    // True for postgres:// and postgresql:// (case-insensitive scheme).
    static bool isPostgres(const QString &url);

    // The URL as safe to log: no password in the user info, "password=***" in the query.
    static QString redacted(const QString &url);

    // The connection string handed to libpq: the URL plus connect_timeout=10 unless it sets one, so an
    // unreachable host fails in bounded time instead of hanging a request.
    static std::string connectionString(const QString &url);

    // `text` with every occurrence of the URL's password replaced by "***" (libpq error texts may echo
    // parts of the connection string).
    static QString scrubbed(const QString &text, const QString &url);
};

} // namespace Marquee::Storage
