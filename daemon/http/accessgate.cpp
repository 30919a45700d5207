#include "daemon/http/accessgate.h"

#include <QCoreApplication>

namespace Marquee::Http {

namespace {

bool isAscii(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() > 0x7f)
            return false;
    }
    return true;
}

} // namespace

AccessGate::AccessGate(QString accessKey, bool presetEnabled, bool publicTier)
    : m_accessKey(accessKey.toUtf8())
    , m_presetEnabled(presetEnabled)
    , m_publicTier(presetEnabled && publicTier)
{
}

QString AccessGate::publicTierMessage()
{
    return QCoreApplication::translate(
        "Marquee::Http::AccessGate",
        "Custom posters are not available on this instance; use a /p/{preset}/{type}/{imdb_id}.jpg preset URL.");
}

QString AccessGate::unauthorizedMessage()
{
    return QCoreApplication::translate("Marquee::Http::AccessGate",
                                       "Unauthorized, your access key is not valid for this instance.");
}

bool AccessGate::constantTimeEquals(const QByteArray &expected, const QByteArray &supplied)
{
    if (expected.isEmpty())
        return false;
    // Walk the supplied bytes completely and fold every difference (including the length) into one
    // accumulator, so the running time reveals neither the key's length nor a matching prefix.
    unsigned int diff = static_cast<unsigned int>(expected.size() ^ supplied.size());
    for (qsizetype i = 0; i < supplied.size(); ++i) {
        const auto e = static_cast<unsigned char>(expected.at(i % expected.size()));
        diff |= static_cast<unsigned int>(e ^ static_cast<unsigned char>(supplied.at(i)));
    }
    return diff == 0;
}

bool AccessGate::keyMatches(const QString &suppliedKey) const
{
    if (m_accessKey.isEmpty() || suppliedKey.isEmpty() || !isAscii(suppliedKey))
        return false;
    return constantTimeEquals(m_accessKey, suppliedKey.toLatin1());
}

bool AccessGate::operatorAccess(const QString &suppliedKey) const
{
    if (m_accessKey.isEmpty())
        return !m_publicTier;  // public tier without a key: custom posters are closed to everyone
    return keyMatches(suppliedKey);
}

VoidResult AccessGate::check(Route route, const QString &suppliedKey) const
{
    switch (route) {
    case Route::Probe:
        return {};
    case Route::Preset:
        if (!m_presetEnabled)
            return fail(ErrorKind::NotFound,
                        QCoreApplication::translate("Marquee::Http::AccessGate", "Not found"));
        return {};
    case Route::ServerCaps:
        if (!m_accessKey.isEmpty() && !m_presetEnabled && !keyMatches(suppliedKey))
            return fail(ErrorKind::Forbidden, unauthorizedMessage());
        return {};
    case Route::Poster:
        if (operatorAccess(suppliedKey))
            return {};
        return fail(ErrorKind::Forbidden, m_publicTier ? publicTierMessage() : unauthorizedMessage());
    }
    return {};
}

} // namespace Marquee::Http
