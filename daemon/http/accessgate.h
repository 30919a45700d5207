#pragma once

#include <QByteArray>
#include <QString>

#include "core/util/error.h"

namespace Marquee::Http {

// The access matrix of reference §1.9 (PRESET_ENABLED × ACCESS_KEY), in one place:
//
//   PRESET_ENABLED ACCESS_KEY | /poster          | /p   | /server-caps               | probes
//   unset          unset      | open             | open | open                       | open
//   unset          set        | key required     | open | open (access_key_valid)    | open
//   false          unset      | open             | 404  | open                       | open
//   false          set        | key required     | 404  | 403 without a valid key    | open
//   true           unset      | closed (403)     | open | open                       | open
//   true           set        | key required     | open | open (access_key_valid)    | open
//
// "unset" is Marquee's default (a private instance serving both URL kinds); true/false behave exactly
// as the reference. Keys are compared in constant time; a non-ASCII key is simply not valid (403, never 500).
class AccessGate
{
public:
    enum class Route { Poster, Preset, ServerCaps, Probe };

    AccessGate(QString accessKey, bool presetEnabled, bool publicTier);

    // Allowed → a value; denied → Forbidden (with one of the two §1.2 messages) or, for /p while
    // presets are off, NotFound "Not found".
    VoidResult check(Route route, const QString &suppliedKey) const;

    // True when the supplied key would open /poster (what /server-caps reports as access_key_valid).
    bool operatorAccess(const QString &suppliedKey) const;
    // True when an ACCESS_KEY is configured and the supplied key equals it. `nocache` and other
    // operator-only switches are honoured only then.
    bool keyMatches(const QString &suppliedKey) const;
    bool keyConfigured() const { return !m_accessKey.isEmpty(); }
    bool presetEnabled() const { return m_presetEnabled; }

    // Byte comparison whose time depends only on the supplied length, not on where they differ.
    static bool constantTimeEquals(const QByteArray &expected, const QByteArray &supplied);

    static QString publicTierMessage();
    static QString unauthorizedMessage();

private:
    QByteArray m_accessKey;  // UTF-8 of ACCESS_KEY; empty = unset
    bool m_presetEnabled;
    bool m_publicTier;  // PRESET_ENABLED=true explicitly: /poster closed without ACCESS_KEY
};

} // namespace Marquee::Http
