#include <QTest>

#include "core/render/ratingtext.h"

using Marquee::Render::RatingText;
using Marquee::Render::SashInfo;
using Marquee::Render::SashType;

class tst_RatingText : public QObject
{
    Q_OBJECT

private slots:
    void displayGenre_data();
    void displayGenre();
    void score_data();
    void score();
    void year();
    void sashLabel_data();
    void sashLabel();
};

void tst_RatingText::displayGenre_data()
{
    QTest::addColumn<QString>("genre");
    QTest::addColumn<bool>("hidden");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << "Drama" << false << "Drama";
    QTest::newRow("documentary shortens") << "Documentary" << false << "Doc";
    QTest::newRow("case-insensitive") << "documentary" << false << "Doc";
    QTest::newRow("hidden") << "Drama" << true << "";
    QTest::newRow("blank") << "   " << false << "";
    QTest::newRow("trimmed") << " Sci-Fi " << false << "Sci-Fi";
}

void tst_RatingText::displayGenre()
{
    QFETCH(QString, genre);
    QFETCH(bool, hidden);
    QFETCH(QString, expected);
    QCOMPARE(RatingText::displayGenre(genre, hidden), expected);
}

void tst_RatingText::score_data()
{
    QTest::addColumn<int>("score");
    QTest::addColumn<bool>("outOf10");
    QTest::addColumn<QString>("expected");
    QTest::newRow("87") << 87 << false << "87";
    QTest::newRow("87 of 10") << 87 << true << "8.7";
    QTest::newRow("100 of 10") << 100 << true << "10";
    QTest::newRow("0 of 10") << 0 << true << "0.0";
    QTest::newRow("5 of 10") << 5 << true << "0.5";
    QTest::newRow("clamped high") << 140 << false << "100";
    QTest::newRow("clamped low") << -3 << false << "0";
}

void tst_RatingText::score()
{
    QFETCH(int, score);
    QFETCH(bool, outOf10);
    QFETCH(QString, expected);
    QCOMPARE(RatingText::score(score, outOf10), expected);
}

void tst_RatingText::year()
{
    QCOMPARE(RatingText::year(1977), QStringLiteral("1977"));
    QCOMPARE(RatingText::year(0), QString());
    QCOMPARE(RatingText::year(-5), QString());
}

void tst_RatingText::sashLabel_data()
{
    QTest::addColumn<QString>("label");
    QTest::addColumn<int>("type");
    QTest::addColumn<bool>("star");
    QTest::addColumn<QString>("expected");
    QTest::newRow("win with star") << "Oscar Winner" << int(SashType::Win) << true << QStringLiteral("\u2605  Oscar Winner");
    QTest::newRow("win without star") << "Oscar Winner" << int(SashType::Win) << false << "Oscar Winner";
    QTest::newRow("nominee never starred") << "Oscar Nominee" << int(SashType::Nom) << true << "Oscar Nominee";
    QTest::newRow("blank stays blank") << "  " << int(SashType::Win) << true << "";
}

void tst_RatingText::sashLabel()
{
    QFETCH(QString, label);
    QFETCH(int, type);
    QFETCH(bool, star);
    QFETCH(QString, expected);
    QCOMPARE(RatingText::sashLabel(SashInfo {label, SashType(type)}, star), expected);
}

QTEST_MAIN(tst_RatingText)
#include "tst_ratingtext.moc"
