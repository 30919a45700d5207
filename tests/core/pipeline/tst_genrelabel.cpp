#include <QTest>

#include "core/pipeline/genrelabel.h"

using namespace Marquee::Pipeline;

class tst_GenreLabel : public QObject
{
    Q_OBJECT

private slots:
    void label_data();
    void label();
    void everyPriorityIdHasAName();
};

void tst_GenreLabel::label_data()
{
    QTest::addColumn<QList<int>>("genreIds");
    QTest::addColumn<QString>("expected");

    QTest::newRow("none") << QList<int>{} << QStringLiteral("Unknown");
    QTest::newRow("unmapped id") << QList<int>{999999} << QStringLiteral("Unknown");
    QTest::newRow("drama") << QList<int>{18} << QStringLiteral("Drama");
    QTest::newRow("horror beats drama regardless of order") << QList<int>{18, 27} << QStringLiteral("Horror");
    QTest::newRow("thriller beats crime") << QList<int>{80, 53} << QStringLiteral("Thriller");
    QTest::newRow("comedy beats romance") << QList<int>{10749, 35} << QStringLiteral("Comedy");
    QTest::newRow("sci-fi") << QList<int>{878, 12} << QStringLiteral("Sci-Fi");
    QTest::newRow("tv sci-fi & fantasy") << QList<int>{10765, 18} << QStringLiteral("Sci-Fi");
    QTest::newRow("tv action & adventure") << QList<int>{10759} << QStringLiteral("Action");
    QTest::newRow("tv war & politics") << QList<int>{10768} << QStringLiteral("War");
    QTest::newRow("documentary over drama") << QList<int>{18, 99} << QStringLiteral("Documentary");
    QTest::newRow("adventure over kids") << QList<int>{10762, 12} << QStringLiteral("Adventure");
    QTest::newRow("talk last") << QList<int>{10767} << QStringLiteral("Talk");
}

void tst_GenreLabel::label()
{
    QFETCH(QList<int>, genreIds);
    QFETCH(QString, expected);
    QCOMPARE(GenreLabel::forGenreIds(genreIds), expected);
}

void tst_GenreLabel::everyPriorityIdHasAName()
{
    QCOMPARE(GenreLabel::priority().size(), 26);
    for (int id : GenreLabel::priority())
        QVERIFY2(!GenreLabel::name(id).isEmpty(), qPrintable(QString::number(id)));
    QVERIFY(GenreLabel::name(1).isEmpty());
}

QTEST_GUILESS_MAIN(tst_GenreLabel)
#include "tst_genrelabel.moc"
