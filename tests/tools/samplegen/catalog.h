#pragma once

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>

#include "tests/tools/samplegen/scenes.h"

namespace Marquee::SampleGen {

struct SampleRating
{
    QString name; // Kodi / MDBList source key: imdb, letterboxd, tomatoes, trakt, metacritic
    int max = 10;
    double value = 0;
    int votes = 0;
};

// How a title's clearlogo is lettered: one entry per line, each with its size relative to the first.
struct LogoStyle
{
    QString fontFile; // a file in resources/fonts
    QStringList lines;
    QList<double> lineScales;
    QColor top, bottom; // the fill gradient, per line
    QColor outline;
    double tracking = 0; // extra letter spacing, percent
};

// One invented title of the sample library, with everything its folder holds.
struct SampleTitle
{
    int number = 0; // 1…8: tt9000000N / 9000000N
    bool tv = false;
    QString folder; // ASCII "Name (Year)": it becomes a Qt resource path
    QString title;
    QString originalTitle;
    int year = 0;
    QString premiered; // first release / first air date
    int runtime = 0; // minutes (per episode for shows)
    QString mpaa;
    QString status;
    int seasons = 0;
    int episodes = 0;
    QStringList genres; // TMDB genre names
    QStringList tags; // MDBList keyword names the sashes read
    QString language; // original language, ISO 639-1
    QList<SampleRating> ratings;
    QString plot;
    Scene scene = Scene::StormLighthouse;
    bool hasFanart = true;
    bool hasLogo = true;
    LogoStyle logo;

    QString imdbId() const { return QStringLiteral("tt%1").arg(90000000 + number); }
    qint64 tmdbId() const { return 90000000 + number; }
};

QList<SampleTitle> sampleCatalog();

} // namespace Marquee::SampleGen
