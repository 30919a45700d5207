#include "core/render/qualitytier.h"

#include <algorithm>
#include <array>

namespace Marquee::Render {

namespace {

struct Group
{
    std::array<const char *, 3> tokens;  // best first
    std::array<int, 3> points;
};

// The four token groups in canonical order; only the best token of each group counts.
constexpr std::array<Group, 4> Groups = {{
    {{"4K", "1080P", nullptr}, {2, 1, 0}},
    {{"REMUX", "WEBDL", nullptr}, {2, 1, 0}},
    {{"DV", "HDR10+", "HDR10"}, {2, 2, 1}},
    {{"ATMOS", "DTSX", nullptr}, {0, 0, 0}},
}};

} // namespace

QualityTier::QualityTier(const QStringList &tokens)
{
    QStringList upper;
    for (const QString &token : tokens)
        upper << token.trimmed().toUpper();
    for (const Group &group : Groups) {
        for (size_t i = 0; i < group.tokens.size() && group.tokens[i]; ++i) {
            const QString token = QLatin1String(group.tokens[i]);
            if (upper.contains(token)) {
                m_tokens << token;
                m_points += std::min(2, group.points[i]);
                break;
            }
        }
    }
    m_tier = m_points >= 6 ? Gold : m_points >= 4 ? Silver : m_points >= 2 ? Bronze : Grey;
}

bool QualityTier::has(const char *token) const
{
    return m_tokens.contains(QLatin1String(token));
}

QualityTier::Colors QualityTier::colorsFor(Tier tier)
{
    switch (tier) {
    case Bronze:
        return {QColor(200, 110, 40, 70), QColor(45, 18, 0, 210), QColor(200, 110, 45, 125), QColor(255, 200, 150, 45)};
    case Silver:
        return {QColor(195, 205, 228, 65), QColor(30, 34, 50, 215), QColor(218, 224, 240, 125), QColor(255, 255, 255, 55)};
    case Gold:
        return {QColor(255, 215, 70, 80), QColor(60, 45, 0, 220), QColor(255, 205, 60, 200), QColor(255, 250, 200, 55)};
    case Grey:
        break;
    }
    return {QColor(100, 100, 104, 28), QColor(12, 12, 14, 190), QColor(130, 130, 136, 75), QColor(160, 160, 166, 18)};
}

} // namespace Marquee::Render
