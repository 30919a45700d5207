#include <QJsonDocument>
#include <QTest>

#include "core/sources/ratingsrecord.h"

using namespace Marquee::Sources;

Q_DECLARE_METATYPE(RatingsRecord)

class TestRatingsRecord : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void missingVotesStayMissing();
    void isEmpty();
};

void TestRatingsRecord::roundTrip_data()
{
    QTest::addColumn<RatingsRecord>("record");

    RatingsRecord full;
    full.ratings.insert(QStringLiteral("imdb"), RatingValue{7.9, 250000});
    full.ratings.insert(QStringLiteral("letterboxd"), RatingValue{4.123456789, 120000});
    full.ratings.insert(QStringLiteral("rogerebert"), RatingValue{3.5, std::nullopt});
    full.ratings.insert(QStringLiteral("tomatoes"), RatingValue{0, 0});
    full.keywords = {QStringLiteral("best-picture-winner"), QStringLiteral("cult-classic")};
    full.released = QStringLiteral("2019-10-18");
    full.ageRating = 13;

    RatingsRecord ageZero;
    ageZero.ageRating = 0;  // "G" is a rating, not "unknown"

    QTest::newRow("empty") << RatingsRecord();
    QTest::newRow("full") << full;
    QTest::newRow("age rating 0") << ageZero;
}

void TestRatingsRecord::roundTrip()
{
    QFETCH(RatingsRecord, record);
    QVERIFY(RatingsRecord::fromJson(record.toJson()) == record);
    const QByteArray text = QJsonDocument(record.toJson()).toJson(QJsonDocument::Compact);
    QVERIFY(RatingsRecord::fromJson(QJsonDocument::fromJson(text).object()) == record);
}

void TestRatingsRecord::missingVotesStayMissing()
{
    RatingsRecord record;
    record.ratings.insert(QStringLiteral("rogerebert"), RatingValue{3.5, std::nullopt});
    const RatingsRecord back = RatingsRecord::fromJson(record.toJson());
    QVERIFY(!back.ratings.value(QStringLiteral("rogerebert")).votes.has_value());
    QVERIFY(!back.ageRating.has_value());
}

void TestRatingsRecord::isEmpty()
{
    RatingsRecord record;
    QVERIFY(record.isEmpty());
    record.keywords = {QStringLiteral("cult-classic")};
    QVERIFY(!record.isEmpty());
}

QTEST_GUILESS_MAIN(TestRatingsRecord)
#include "tst_ratingsrecord.moc"
