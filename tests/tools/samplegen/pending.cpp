#include "tests/tools/samplegen/scenes.h"
namespace Marquee::SampleGen {
void paintBloodMoonOrchard(Canvas &canvas) { canvas.fillVertical({{0, Qt::red}, {1, Qt::black}}); }
void paintNeonStreet(Canvas &canvas) { canvas.fillVertical({{0, Qt::red}, {1, Qt::black}}); }
void paintStorybookMoon(Canvas &canvas) { canvas.fillVertical({{0, Qt::red}, {1, Qt::black}}); }
}
