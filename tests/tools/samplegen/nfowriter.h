#pragma once

#include <QByteArray>

#include "tests/tools/samplegen/catalog.h"

namespace Marquee::SampleGen {

// Kodi-style movie.nfo / tvshow.nfo: the fields Marquee's local library reads (ids, titles, dates,
// genres, MDBList keywords as <tag>, per-site <ratings>), in Kodi's element names and order.
QByteArray nfoDocument(const SampleTitle &title);

} // namespace Marquee::SampleGen
