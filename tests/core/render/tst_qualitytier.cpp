#include <QTest>

#include "core/render/qualitytier.h"

using Marquee::Render::QualityTier;

namespace {

QStringList list(std::initializer_list<const char *> tokens)
{
    QStringList result;
    for (const char *token : tokens)
        result << QString::fromLatin1(token);
    return result;
}

} // namespace

class tst_QualityTier : public QObject
{
    Q_OBJECT

private slots:
    void pointsAndTier_data();
    void pointsAndTier();
    void tokensAreCanonicalAndDeduplicated();
    void tierColoursFollowTheReference();
};

void tst_QualityTier::pointsAndTier_data()
{
    QTest::addColumn<QStringList>("tokens");
    QTest::addColumn<int>("points");
    QTest::addColumn<int>("tier");
    QTest::newRow("none") << QStringList() << 0 << int(QualityTier::Grey);
    QTest::newRow("audio only scores nothing") << list({"ATMOS", "DTSX"}) << 0 << int(QualityTier::Grey);
    QTest::newRow("1080p") << list({"1080P"}) << 1 << int(QualityTier::Grey);
    QTest::newRow("HD web → bronze") << list({"1080P", "WEBDL"}) << 2 << int(QualityTier::Bronze);
    QTest::newRow("4K web HDR10 → silver") << list({"4K", "WEBDL", "HDR10"}) << 4 << int(QualityTier::Silver);
    QTest::newRow("4K remux DV → gold") << list({"4K", "REMUX", "DV"}) << 6 << int(QualityTier::Gold);
    QTest::newRow("HDR10+ counts two") << list({"HDR10+"}) << 2 << int(QualityTier::Bronze);
    QTest::newRow("best of a group only") << list({"DV", "HDR10+", "HDR10"}) << 2 << int(QualityTier::Bronze);
    QTest::newRow("lower case accepted") << list({"4k", "remux"}) << 4 << int(QualityTier::Silver);
    QTest::newRow("unknown ignored") << list({"8K", "", "VHS"}) << 0 << int(QualityTier::Grey);
}

void tst_QualityTier::pointsAndTier()
{
    QFETCH(QStringList, tokens);
    QFETCH(int, points);
    QFETCH(int, tier);
    const QualityTier quality(tokens);
    QCOMPARE(quality.points(), points);
    QCOMPARE(int(quality.tier()), tier);
}

void tst_QualityTier::tokensAreCanonicalAndDeduplicated()
{
    const QualityTier quality(list({"ATMOS", "HDR10", "WEBDL", "DV", "1080P", "4K", "4K"}));
    QCOMPARE(quality.tokens(), list({"4K", "WEBDL", "DV", "ATMOS"}));
    QVERIFY(quality.has("DV"));
    QVERIFY(!quality.has("HDR10"));
}

void tst_QualityTier::tierColoursFollowTheReference()
{
    QCOMPARE(QualityTier::colorsFor(QualityTier::Gold).primary, QColor(255, 205, 60, 200));
    QCOMPARE(QualityTier::colorsFor(QualityTier::Silver).glow, QColor(195, 205, 228, 65));
    QCOMPARE(QualityTier::colorsFor(QualityTier::Bronze).shadow, QColor(45, 18, 0, 210));
    QCOMPARE(QualityTier::colorsFor(QualityTier::Grey).highlight, QColor(160, 160, 166, 18));
}

QTEST_MAIN(tst_QualityTier)
#include "tst_qualitytier.moc"
