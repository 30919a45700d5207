#include <QRandomGenerator>
#include <QTest>

#include "core/config/paramregistry.h"
#include "core/config/sashpriority.h"

using namespace Marquee::Config;

class TestSashPriority : public QObject
{
    Q_OBJECT

private slots:
    void resolve_data();
    void resolve();
    void unusableValuesFallBackToDefault_data();
    void unusableValuesFallBackToDefault();
    void groupTokensExpand();
    void shortestFormRoundTrips_data();
    void shortestFormRoundTrips();
    void randomListsRoundTrip();
    void diffFormIsUsedWhenShorter();
};

static QStringList defaults()
{
    return ParamRegistry::defaultSashPriority();
}

static QStringList without(QStringList list, const QStringList &removed)
{
    for (const QString &slot : removed)
        list.removeAll(slot);
    return list;
}

static QStringList split(const char *list)
{
    return QString::fromLatin1(list).split(QLatin1Char(','), Qt::SkipEmptyParts);
}

void TestSashPriority::resolve_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("explicit list is authoritative") << "wins,cult" << split("wins,cult");
    QTest::newRow("explicit keeps its order") << "cult,wins,foreign" << split("cult,wins,foreign");
    QTest::newRow("explicit dedupes") << "wins,cult,wins" << split("wins,cult");
    QTest::newRow("explicit trims and lower-cases") << " Wins , CULT " << split("wins,cult");
    QTest::newRow("explicit skips unknown tokens") << "wins,bogus,cult" << split("wins,cult");
    QTest::newRow("explicit exclusion removes a listed slot") << "wins,cult,-cult" << split("wins");
    QTest::newRow("all exclusions = no sashes") << "-wins,-cult" << QStringList();
    QTest::newRow("none = no sashes") << "none" << QStringList();
    QTest::newRow("explicit newer slots accepted")
        << "emmy_noms,digital_release" << split("emmy_noms,digital_release");
    QTest::newRow("explicit structural expands")
        << "wins,structural" << split("wins,short_film,mini_series,binge_ready");

    QTest::newRow("default seed alone") << "default" << defaults();
    QTest::newRow("diff removes") << "default,-cult" << without(defaults(), { QStringLiteral("cult") });
    QStringList moved = without(defaults(), { QStringLiteral("cult"), QStringLiteral("festival") });
    moved.prepend(QStringLiteral("festival"));
    QTest::newRow("diff reference example") << "default,-cult,festival@0" << moved;
    QStringList appended = defaults();
    appended.append(QStringLiteral("emmy_noms"));
    QTest::newRow("diff appends a missing slot") << "default,emmy_noms" << appended;
    QTest::newRow("diff bare existing slot is a no-op") << "default,wins" << defaults();
    QStringList toEnd = without(defaults(), { QStringLiteral("wins") });
    toEnd.append(QStringLiteral("wins"));
    QTest::newRow("diff index clamped to the end") << "default,wins@99" << toEnd;
    QStringList front = without(defaults(), { QStringLiteral("production") });
    front.prepend(QStringLiteral("production"));
    QTest::newRow("diff negative index clamps to front") << "default,production@-4" << front;
    QStringList inserted = defaults();
    inserted.insert(2, QStringLiteral("noms"));
    QTest::newRow("diff inserts a new slot at an index") << "default,noms@2" << inserted;
    QTest::newRow("diff skips unknown tokens") << "default,-bogus,bogus@3,what" << defaults();
    QTest::newRow("diff removes a group")
        << "default,-release_status"
        << without(defaults(), split("airing,cancelled,ended,physical,streaming,cinema,production"));
    QTest::newRow("diff left to right") << "default,-wins,wins@1" << [] {
        QStringList list = without(defaults(), { QStringLiteral("wins") });
        list.insert(1, QStringLiteral("wins"));
        return list;
    }();
    QTest::newRow("diff removing everything")
        << QString(QStringLiteral("default,-") + defaults().join(QStringLiteral(",-"))) << QStringList();
}

void TestSashPriority::resolve()
{
    QFETCH(QString, raw);
    QFETCH(QStringList, expected);
    const std::optional<QStringList> resolved = SashPriority::resolve(raw);
    QVERIFY(resolved.has_value());
    QCOMPARE(*resolved, expected);
}

void TestSashPriority::unusableValuesFallBackToDefault_data()
{
    QTest::addColumn<QString>("raw");
    QTest::newRow("empty") << QString();
    QTest::newRow("blank") << " , ,";
    QTest::newRow("garbage") << "!!garbage!!";
    QTest::newRow("only unknown slots") << "bogus,-nothing";
}

void TestSashPriority::unusableValuesFallBackToDefault()
{
    QFETCH(QString, raw);
    QVERIFY(!SashPriority::resolve(raw).has_value());
}

void TestSashPriority::groupTokensExpand()
{
    QCOMPARE(SashPriority::expand(u"structural"), split("short_film,mini_series,binge_ready"));
    QCOMPARE(SashPriority::expand(u"release_status"),
        split("airing,cancelled,ended,physical,streaming,cinema,production"));
    QCOMPARE(SashPriority::expand(u"cult"), split("cult"));
    QVERIFY(SashPriority::expand(u"bogus").isEmpty());
}

void TestSashPriority::shortestFormRoundTrips_data()
{
    QTest::addColumn<QStringList>("effective");
    QTest::newRow("default") << defaults();
    QTest::newRow("empty") << QStringList();
    QTest::newRow("short explicit") << split("wins,cult");
    QTest::newRow("one removed") << without(defaults(), { QStringLiteral("cult") });
    QStringList rotated = defaults();
    rotated.append(rotated.takeFirst());
    QTest::newRow("first moved to the end") << rotated;
    QStringList reversed = defaults();
    std::reverse(reversed.begin(), reversed.end());
    QTest::newRow("reversed") << reversed;
    QStringList swapped = defaults();
    swapped.swapItemsAt(0, 1);
    swapped.swapItemsAt(2, 3);
    QTest::newRow("two swaps") << swapped;
    QStringList extended = defaults();
    extended.insert(5, QStringLiteral("digital_release"));
    QTest::newRow("new slot inserted") << extended;
}

void TestSashPriority::shortestFormRoundTrips()
{
    QFETCH(QStringList, effective);
    const QString form = SashPriority::shortestForm(effective);
    QCOMPARE(SashPriority::resolve(form).value_or(defaults()), effective);
    QVERIFY(form.size() <= qMax(effective.join(QLatin1Char(',')).size(), 7));
}

void TestSashPriority::randomListsRoundTrip()
{
    // A fixed seed keeps the run reproducible while covering many move/remove mixes.
    QRandomGenerator random(20240611);
    const QStringList known = without(ParamRegistry::knownSashSlots(), split("structural,release_status"));
    for (int round = 0; round < 300; ++round) {
        QStringList pool = known;
        QStringList effective;
        const int size = random.bounded(1, int(pool.size()) + 1);
        if (round % 2 == 0) { // near-default lists exercise the diff form
            effective = defaults();
            for (int edits = random.bounded(1, 5); edits > 0; --edits) {
                const int from = random.bounded(int(effective.size()));
                const QString slot = effective.takeAt(from);
                if (random.bounded(3) > 0)
                    effective.insert(random.bounded(int(effective.size()) + 1), slot);
            }
        } else {
            while (effective.size() < size)
                effective.append(pool.takeAt(random.bounded(int(pool.size()))));
        }
        const QString form = SashPriority::shortestForm(effective);
        QCOMPARE(SashPriority::resolve(form).value_or(defaults()), effective);
        const QString diff = SashPriority::diffForm(effective);
        QCOMPARE(
            SashPriority::resolve(diff).value_or(QStringList { QStringLiteral("unresolved") }), effective);
    }
}

void TestSashPriority::diffFormIsUsedWhenShorter()
{
    QStringList effective = without(defaults(), { QStringLiteral("cult"), QStringLiteral("festival") });
    effective.prepend(QStringLiteral("festival"));
    QCOMPARE(SashPriority::shortestForm(effective), QStringLiteral("default,-cult,festival@0"));
    QCOMPARE(SashPriority::shortestForm(split("wins,cult")), QStringLiteral("wins,cult"));
    QCOMPARE(SashPriority::shortestForm({}), QStringLiteral("none"));
    QCOMPARE(SashPriority::shortestForm(defaults()), QStringLiteral("default"));
    // One move token per displaced slot, even when slots waiting to move sit in front of the target.
    QStringList rotated = defaults();
    rotated.append(rotated.takeFirst());
    QCOMPARE(SashPriority::shortestForm(rotated), QStringLiteral("default,wins@29"));
    QStringList mixed = without(defaults(), { QStringLiteral("cult") });
    mixed.append(mixed.takeFirst());
    mixed.insert(3, QStringLiteral("emmy_noms"));
    QCOMPARE(SashPriority::diffForm(mixed), QStringLiteral("default,-cult,emmy_noms@4,wins@29"));
    QVERIFY(SashPriority::diffForm({ QStringLiteral("wins"), QStringLiteral("wins") }).isEmpty());
    QVERIFY(SashPriority::diffForm({ QStringLiteral("bogus") }).isEmpty());
}

QTEST_APPLESS_MAIN(TestSashPriority)
#include "tst_sashpriority.moc"
