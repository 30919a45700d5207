#include <QTemporaryDir>
#include <QTest>

#include "tests/support/imagecompare.h"

using Marquee::Test::ImageCompare;

class tst_ImageCompare : public QObject
{
    Q_OBJECT

private slots:
    void identicalImagesMatch();
    void smallNoiseIsTolerated();
    void aMovedElementFails();
    void sizeMismatchExplainsItself();
    void nullImagesExplainThemselves();
    void failureWritesActualExpectedAndDiff();
};

namespace {

QImage canvas()
{
    QImage image(100, 100, QImage::Format_RGB32);
    image.fill(QColor(40, 40, 40));
    return image;
}

} // namespace

void tst_ImageCompare::identicalImagesMatch()
{
    const auto result = ImageCompare::compare(canvas(), canvas(), {});
    QVERIFY(result.passed);
    QCOMPARE(result.meanDifference, 0.0);
    QVERIFY(result.explanation.startsWith(QLatin1String("match")));
}

void tst_ImageCompare::smallNoiseIsTolerated()
{
    QImage noisy = canvas();
    for (int i = 0; i < 100; ++i)
        noisy.setPixel(i, i, qRgb(44, 38, 42));  // ±4 on a diagonal: antialiasing-sized noise
    const auto result = ImageCompare::compare(noisy, canvas(), {});
    QVERIFY2(result.passed, qPrintable(result.explanation));
    QCOMPARE(result.maxChannelDifference, 4);
}

void tst_ImageCompare::aMovedElementFails()
{
    QImage a = canvas();
    QImage b = canvas();
    for (int y = 10; y < 20; ++y) {
        for (int x = 10; x < 40; ++x) {
            a.setPixel(x, y, qRgb(230, 200, 60));
            b.setPixel(x + 5, y + 3, qRgb(230, 200, 60));
        }
    }
    const auto result = ImageCompare::compare(a, b, {});
    QVERIFY(!result.passed);
    QVERIFY(result.differingFraction > 0.002);
    QVERIFY2(result.explanation.contains(QLatin1String("MISMATCH")), qPrintable(result.explanation));
    QVERIFY(result.explanation.contains(QLatin1String("differ by more than 32")));
}

void tst_ImageCompare::sizeMismatchExplainsItself()
{
    const auto result = ImageCompare::compare(canvas(), QImage(50, 60, QImage::Format_RGB32), {});
    QVERIFY(!result.passed);
    QCOMPARE(result.explanation, QStringLiteral("size differs: actual 100x100, expected 50x60"));
}

void tst_ImageCompare::nullImagesExplainThemselves()
{
    QCOMPARE(ImageCompare::compare(QImage(), canvas(), {}).explanation, QStringLiteral("actual image is null"));
    QCOMPARE(ImageCompare::compare(canvas(), QImage(), {}).explanation,
             QStringLiteral("expected image is null (golden missing?)"));
}

void tst_ImageCompare::failureWritesActualExpectedAndDiff()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QImage changed = canvas();
    changed.setPixel(50, 50, qRgb(255, 255, 255));
    const QString out = ImageCompare::writeFailure(changed, canvas(), QStringLiteral("case"), dir.filePath(QStringLiteral("fail")));
    const QImage diff(out + QStringLiteral("/case.diff.png"));
    QCOMPARE(diff.size(), QSize(100, 100));
    QCOMPARE(QColor(diff.pixel(50, 50)), QColor(255, 0, 0));
    QVERIFY(QColor(diff.pixel(10, 10)) != QColor(255, 0, 0));
    QVERIFY(!QImage(out + QStringLiteral("/case.actual.png")).isNull());
    QVERIFY(!QImage(out + QStringLiteral("/case.expected.png")).isNull());
}

QTEST_MAIN(tst_ImageCompare)
#include "tst_imagecompare.moc"
