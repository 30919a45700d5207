#include "tests/tools/genrebggen/genrescenes.h"

namespace Marquee::GenreBgGen {

using SampleGen::Scene;

QList<GenreScene> genreScenes()
{
    // Scenes repeat across genres; a different seed recomposes them, mirroring and the grade do the rest.
    const auto row = [](const char *genre, Scene scene, quint64 seed, bool mirrored, QColor shadow, QColor highlight,
                        double tint, double saturation, double exposure) {
        return GenreScene {QString::fromLatin1(genre), scene, 0xB6'0000ULL + seed, mirrored, shadow, highlight,
                           tint, saturation, exposure};
    };
    return {
        row("Action", Scene::DesertPlanet, 1, true, QColor(60, 10, 0), QColor(255, 120, 40), 0.40, 1.10, 0.85),
        row("Adventure", Scene::BalloonValley, 2, true, QColor(40, 30, 0), QColor(255, 200, 90), 0.25, 1.05, 0.85),
        row("Animation", Scene::StorybookMoon, 3, false, QColor(10, 20, 70), QColor(120, 170, 255), 0.20, 1.10, 0.90),
        row("Comedy", Scene::BalloonValley, 4, false, QColor(50, 40, 0), QColor(255, 230, 120), 0.20, 1.10, 0.90),
        row("Crime", Scene::NeonStreet, 5, false, QColor(40, 0, 0), QColor(255, 90, 70), 0.30, 0.95, 0.80),
        row("Documentary", Scene::StormLighthouse, 6, true, QColor(0, 40, 45), QColor(120, 230, 230), 0.25, 0.90, 0.85),
        row("Drama", Scene::StormLighthouse, 7, false, QColor(0, 0, 50), QColor(150, 160, 255), 0.25, 0.90, 0.85),
        row("Family", Scene::StorybookMoon, 8, true, QColor(50, 25, 0), QColor(255, 190, 110), 0.25, 1.05, 0.90),
        row("Fantasy", Scene::StorybookMoon, 9, false, QColor(40, 0, 60), QColor(200, 130, 255), 0.30, 1.10, 0.85),
        row("History", Scene::CanyonSunset, 10, true, QColor(40, 25, 5), QColor(240, 200, 140), 0.35, 0.70, 0.85),
        row("Horror", Scene::BloodMoonOrchard, 11, false, QColor(50, 0, 0), QColor(255, 70, 60), 0.25, 1.00, 0.85),
        row("Music", Scene::NeonStreet, 12, true, QColor(50, 0, 50), QColor(255, 90, 220), 0.35, 1.10, 0.85),
        row("Mystery", Scene::StormLighthouse, 13, false, QColor(25, 0, 50), QColor(170, 110, 255), 0.35, 0.90, 0.80),
        row("Romance", Scene::BlueHourRooftops, 14, false, QColor(50, 0, 20), QColor(255, 130, 170), 0.25, 1.00, 0.85),
        row("Sci-Fi", Scene::DesertPlanet, 15, false, QColor(0, 20, 60), QColor(110, 190, 255), 0.25, 1.05, 0.85),
        row("Thriller", Scene::NeonStreet, 16, false, QColor(0, 35, 10), QColor(120, 255, 150), 0.35, 0.90, 0.80),
        row("War", Scene::BloodMoonOrchard, 17, true, QColor(25, 30, 0), QColor(200, 210, 120), 0.45, 0.35, 0.85),
        row("Western", Scene::CanyonSunset, 18, false, QColor(50, 20, 0), QColor(255, 170, 70), 0.25, 1.05, 0.85),
        row("Kids", Scene::BalloonValley, 19, true, QColor(0, 20, 60), QColor(120, 200, 255), 0.25, 1.10, 0.90),
        row("News", Scene::BlueHourRooftops, 20, true, QColor(0, 10, 50), QColor(120, 150, 255), 0.35, 0.80, 0.85),
        row("Reality", Scene::BalloonValley, 21, false, QColor(50, 15, 0), QColor(255, 150, 70), 0.30, 1.05, 0.85),
        row("Soap", Scene::BlueHourRooftops, 22, false, QColor(50, 0, 25), QColor(255, 120, 190), 0.35, 1.00, 0.85),
        row("Talk", Scene::BlueHourRooftops, 23, true, QColor(0, 35, 45), QColor(110, 220, 240), 0.35, 0.90, 0.85),
        row("default", Scene::StormLighthouse, 24, true, QColor(10, 12, 30), QColor(190, 200, 230), 0.20, 0.80, 0.85),
    };
}

} // namespace Marquee::GenreBgGen
