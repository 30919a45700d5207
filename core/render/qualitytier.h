#pragma once

#include <QColor>
#include <QStringList>

namespace Marquee::Render {

// Quality points and tier of a token list (reference §2.9): resolution 4K=2/1080P=1, source REMUX=2/
// WEBDL=1, visual DV=2/HDR10+=2/HDR10=1, each category capped at 2; ≥6 gold, ≥4 silver, ≥2 bronze,
// else grey. Each tier has the four-colour set the badges are painted with.
class QualityTier
{
public:
    enum Tier { Grey, Bronze, Silver, Gold };

    struct Colors
    {
        QColor glow;
        QColor shadow;
        QColor primary;
        QColor highlight;
    };

    explicit QualityTier(const QStringList &tokens);

    int points() const { return m_points; }
    Tier tier() const { return m_tier; }
    Colors colors() const { return colorsFor(m_tier); }
    static Colors colorsFor(Tier tier);

    // Canonical-order tokens (4K, 1080P, REMUX, WEBDL, DV, HDR10+, HDR10, ATMOS, DTSX), one per group.
    QStringList tokens() const { return m_tokens; }
    bool has(const char *token) const;

private:
    QStringList m_tokens;
    int m_points = 0;
    Tier m_tier = Grey;
};

} // namespace Marquee::Render
