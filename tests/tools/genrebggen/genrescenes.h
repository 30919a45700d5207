#pragma once

#include <QColor>
#include <QList>
#include <QString>

#include "tests/tools/samplegen/scenes.h"

namespace Marquee::GenreBgGen {

// One photoreal genre background: which painted scene, its seed, whether it is mirrored, and the
// colour grade that gives the genre its mood (split toning toward `shadow` / `highlight`).
struct GenreScene
{
    QString genre;  // the display genre = the file stem ("Sci-Fi" → Sci-Fi.jpg); "default" for the rest
    SampleGen::Scene scene;
    quint64 seed;
    bool mirrored;
    QColor shadow;
    QColor highlight;
    double tint;        // split-tone strength
    double saturation;  // grade saturation
    double exposure;    // final brightness multiplier: backgrounds sit under a title, so a little dark
};

// Every genre of the display map (reference §2.14) plus "default", in a fixed order.
QList<GenreScene> genreScenes();

} // namespace Marquee::GenreBgGen
