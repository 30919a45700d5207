#pragma once

#include <QByteArray>
#include <QString>

#include "tests/fakeupstream/fakeupstreamdata.h"

namespace Marquee::Tests {

// Draws the fake CDN's pictures: a gradient landscape for posters (500×750 at w500) and backdrops,
// a transparent PNG with the title for logos. Everything is seeded from the file name, so the bytes
// are the same on every request and every run (text needs a QGuiApplication; without one the
// pictures are drawn without lettering). Empty when the size is not a TMDB size ("w500", "original").
// Each picture is drawn once per process and then answered from memory, as a CDN would.
QByteArray fakeImageBytes(const FakeImageRef &ref, const QString &size);

// The drawing itself, uncached.
QByteArray drawImageBytes(const FakeImageRef &ref, const QString &size);

} // namespace Marquee::Tests
