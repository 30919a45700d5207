#include <QTest>
#include <QThread>

#include <atomic>
#include <vector>

#include "core/render/lrucache.h"

using Marquee::Render::LruCache;

class tst_LruCache : public QObject
{
    Q_OBJECT

private slots:
    void findsWhatWasInserted();
    void evictsLeastRecentlyUsedFirst();
    void refusesAnEntryLargerThanTheBudget();
    void clearEmptiesIt();
    void concurrentUseStaysWithinBudget();
};

void tst_LruCache::findsWhatWasInserted()
{
    LruCache<QString> cache(100);
    QVERIFY(!cache.find("a").has_value());
    QVERIFY(cache.insert("a", QStringLiteral("alpha"), 10));
    QCOMPARE(cache.find("a").value(), QStringLiteral("alpha"));
    QVERIFY(cache.insert("a", QStringLiteral("again"), 10));  // replaces
    QCOMPARE(cache.find("a").value(), QStringLiteral("again"));
    QCOMPARE(cache.count(), 1);
    QCOMPARE(cache.totalCost(), 10);
}

void tst_LruCache::evictsLeastRecentlyUsedFirst()
{
    LruCache<int> cache(30);
    cache.insert("a", 1, 10);
    cache.insert("b", 2, 10);
    cache.insert("c", 3, 10);
    QVERIFY(cache.find("a"));  // a is now the most recently used; b the least
    cache.insert("d", 4, 10);
    QVERIFY(!cache.find("b"));
    QCOMPARE(cache.find("a").value(), 1);
    QCOMPARE(cache.find("c").value(), 3);
    QCOMPARE(cache.find("d").value(), 4);
    QVERIFY(cache.totalCost() <= cache.maxCost());
}

void tst_LruCache::refusesAnEntryLargerThanTheBudget()
{
    LruCache<int> cache(30);
    cache.insert("small", 1, 10);
    QVERIFY(!cache.insert("huge", 2, 31));
    QVERIFY(!cache.find("huge"));
    QCOMPARE(cache.find("small").value(), 1);
}

void tst_LruCache::clearEmptiesIt()
{
    LruCache<int> cache(30);
    cache.insert("a", 1, 10);
    cache.clear();
    QCOMPARE(cache.count(), 0);
    QVERIFY(!cache.find("a"));
}

// Renders share one cache from a pool: hammer it from several threads (the test's value is in
// running clean under the sanitizers / helgrind, and in the invariants checked afterwards).
void tst_LruCache::concurrentUseStaysWithinBudget()
{
    LruCache<QByteArray> cache(2000);
    std::atomic<int> mismatches {0};
    std::vector<QThread *> threads;
    for (int t = 0; t < 4; ++t) {
        threads.push_back(QThread::create([&cache, &mismatches, t] {
            for (int i = 0; i < 2000; ++i) {
                const QByteArray key = QByteArray::number((i * 7 + t) % 97);
                if (const auto value = cache.find(key)) {
                    if (*value != key + "-value")
                        ++mismatches;
                } else {
                    cache.insert(key, key + "-value", 50);
                }
            }
        }));
        threads.back()->start();
    }
    for (QThread *thread : threads) {
        QVERIFY(thread->wait(30000));
        delete thread;
    }
    QCOMPARE(mismatches.load(), 0);
    QVERIFY(cache.totalCost() <= 2000);
    QVERIFY(cache.count() > 0);
}

QTEST_GUILESS_MAIN(tst_LruCache)
#include "tst_lrucache.moc"
