#pragma once

#include <QList>

#include "tests/fakeupstream/fakeupstreamdata.h"

namespace Marquee::Tests {

// Titles crafted for the sash data: one per release status (dates relative to today), TV schedules
// for premiere / new season / returning / finale, and trending ranks. Ids 1101–1199 (movies) and
// 2101–2199 (TV), IMDb ids tt00011xx / tt00021xx.
void appendSashTitles(QList<FakeTitle> &table);

} // namespace Marquee::Tests
