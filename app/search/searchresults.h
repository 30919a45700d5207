#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include "core/config/titleid.h"

namespace Marquee::Sources { class LocalLibrary; }

namespace Marquee::App {

struct SearchHit
{
    TitleId id;
    QString title;
    int year = 0;
    bool local = false;

    QString label() const;  // "Saltwater Hymn (2021) · movie · tt90000001"
};

// Turns the three search sources into one list: the local library (offline) and TMDB's /search/multi
// JSON, which the daemon's /search passes through unchanged.
class SearchResults
{
    Q_DECLARE_TR_FUNCTIONS(Marquee::App::SearchResults)

public:
    static constexpr int Limit = 10;  // like the web configurator (reference §7.2)

    // Movie and TV results only, in TMDB's order.
    static QList<SearchHit> fromTmdb(const QByteArray &json);
    // Case-insensitive title match; an empty text lists the whole library. A tt… or TMDB id matches by id.
    static QList<SearchHit> fromLibrary(const Sources::LocalLibrary &library, const QString &text);
};

} // namespace Marquee::App
