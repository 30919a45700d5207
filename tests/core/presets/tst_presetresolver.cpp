// PresetResolver: built-in ids win, user presets come from Storage, names and queries are validated and
// stored canonical (defaults omitted, keys and ids dropped).
#include <QTemporaryDir>
#include <QTest>

#include "core/config/renderconfig.h"
#include "core/presets/presetresolver.h"
#include "core/storage/sqlitestorage.h"

using Marquee::ErrorKind;
using Marquee::Presets::PresetResolver;

class tst_PresetResolver : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void nameRule_data();
    void nameRule();
    void builtInWins();
    void retiredIdsAreReserved();
    void saveStoresCanonicalQuery_data();
    void saveStoresCanonicalQuery();
    void badQueriesAreRejected_data();
    void badQueriesAreRejected();
    void resolveUserPreset();
    void unknownPreset();
    void removeReportsAbsence();
    void changedQueryChangesConfig();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Marquee::Storage::SqliteStorage> m_storage;
    int m_count = 0;
};

void tst_PresetResolver::init()
{
    m_storage = std::make_unique<Marquee::Storage::SqliteStorage>(
        m_dir.filePath(QStringLiteral("cache-%1.db").arg(++m_count)));
}

void tst_PresetResolver::cleanup()
{
    m_storage.reset();
}

void tst_PresetResolver::nameRule_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << QStringLiteral("my_look") << true;
    QTest::newRow("digits and dash") << QStringLiteral("look-2") << true;
    QTest::newRow("forty chars") << QString(40, QLatin1Char('a')) << true;
    QTest::newRow("forty-one chars") << QString(41, QLatin1Char('a')) << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("upper case") << QStringLiteral("MyLook") << false;
    QTest::newRow("space") << QStringLiteral("my look") << false;
    QTest::newRow("slash") << QStringLiteral("a/b") << false;
    QTest::newRow("non-ascii") << QStringLiteral("caf\u00e9") << false;
}

void tst_PresetResolver::nameRule()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QCOMPARE(PresetResolver::isValidUserName(name), valid);
    const auto saved = PresetResolver(*m_storage).save(name, QString(), 1);
    QCOMPARE(saved.has_value(), valid);
    if (!valid) {
        QCOMPARE(saved.error().kind, ErrorKind::InvalidInput);
        QCOMPARE(saved.error().message, PresetResolver::nameRule());
    }
}

void tst_PresetResolver::builtInWins()
{
    const PresetResolver resolver(*m_storage);
    // Written behind the resolver's back, as another tool might: the built-in must still win.
    QVERIFY(m_storage->putUserPreset({QStringLiteral("bar_notch"), QStringLiteral("rating_display_mode=0"), 5}));
    const auto resolved = resolver.resolve(QStringLiteral("bar_notch"));
    QVERIFY(resolved);
    QVERIFY(resolved->builtIn);
    QCOMPARE(resolved->config().integer(Marquee::Config::Param::RatingDisplayMode), 4);
    QVERIFY(PresetResolver::builtIn(QStringLiteral("bar_notch")));
    QVERIFY(!PresetResolver::builtIn(QStringLiteral("mine")));
}

void tst_PresetResolver::retiredIdsAreReserved()
{
    QVERIFY(PresetResolver::isReservedName(QStringLiteral("tinted_mini_notch")));
    QVERIFY(PresetResolver::isReservedName(QStringLiteral("frosted_notch")));  // retired
    QVERIFY(!PresetResolver::isReservedName(QStringLiteral("my_notch")));
    const auto saved = PresetResolver(*m_storage).save(QStringLiteral("frosted_notch"), QString(), 1);
    QVERIFY(!saved);
    QCOMPARE(saved.error().kind, ErrorKind::InvalidInput);
    QVERIFY2(saved.error().message.contains(QLatin1String("built-in")), qPrintable(saved.error().message));
}

void tst_PresetResolver::saveStoresCanonicalQuery_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("stored");
    QTest::newRow("empty") << QString() << QStringLiteral("bar_bottom_inset=0&sash_badge_inset=0");
    QTest::newRow("default omitted") << QStringLiteral("rating_display_mode=1&sash_mode=notch")
                                     << QStringLiteral("bar_bottom_inset=0&sash_mode=notch&sash_badge_inset=0");
    QTest::newRow("keys and ids dropped")
        << QStringLiteral("tmdb_key=SECRET&mdblist_key=M&access_key=A&tmdb_id=1&type=tv&rating_display_mode=4")
        << QStringLiteral("rating_display_mode=4&bar_bottom_inset=0&sash_badge_inset=0");
    QTest::newRow("leading question mark") << QStringLiteral("?rating_display_mode=2")
                                           << QStringLiteral("rating_display_mode=2&bar_bottom_inset=0&sash_badge_inset=0");
    QTest::newRow("clamped") << QStringLiteral("rating_display_mode=99")
                             << QStringLiteral("rating_display_mode=4&bar_bottom_inset=0&sash_badge_inset=0");
    QTest::newRow("client kept") << QStringLiteral("primary_client=stremio_desktop_web")
                                 << QStringLiteral("primary_client=stremio_desktop_web&bar_bottom_inset=0.007&sash_badge_inset=0.004");
}

void tst_PresetResolver::saveStoresCanonicalQuery()
{
    QFETCH(QString, raw);
    QFETCH(QString, stored);
    const PresetResolver resolver(*m_storage);
    const auto saved = resolver.save(QStringLiteral("mine"), raw, 42);
    QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message));
    QCOMPARE(saved->query, stored);
    QCOMPARE(saved->updatedAt, qint64(42));
    const auto row = m_storage->userPreset(QStringLiteral("mine"));
    QVERIFY(row && row->has_value());
    QCOMPARE((*row)->query, stored);
    QVERIFY(!stored.contains(QLatin1String("SECRET")));
}

void tst_PresetResolver::badQueriesAreRejected_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown parameter") << QStringLiteral("rating_display_mode=4&colour=red")
                                       << QStringLiteral("Unknown parameter 'colour' in the preset query");
    QTest::newRow("empty name") << QStringLiteral("=4") << QStringLiteral("Unknown parameter '' in the preset query");
    QTest::newRow("too long") << QStringLiteral("hide_genre=") + QString(9000, QLatin1Char('x'))
                              << QStringLiteral("The preset query is longer than 8192 characters");
}

void tst_PresetResolver::badQueriesAreRejected()
{
    QFETCH(QString, raw);
    QFETCH(QString, message);
    const auto saved = PresetResolver(*m_storage).save(QStringLiteral("mine"), raw, 1);
    QVERIFY(!saved);
    QCOMPARE(saved.error().kind, ErrorKind::InvalidInput);
    QCOMPARE(saved.error().message, message);
    const auto row = m_storage->userPreset(QStringLiteral("mine"));
    QVERIFY(row && !row->has_value());
}

void tst_PresetResolver::resolveUserPreset()
{
    const PresetResolver resolver(*m_storage);
    QVERIFY(resolver.save(QStringLiteral("mine"), QStringLiteral("rating_display_mode=3&sash_mode=hidden"), 7));
    const auto resolved = resolver.resolve(QStringLiteral("mine"));
    QVERIFY(resolved);
    QVERIFY(!resolved->builtIn);
    QCOMPARE(resolved->updatedAt, qint64(7));
    QCOMPARE(resolved->config().integer(Marquee::Config::Param::RatingDisplayMode), 3);
    const auto list = resolver.userPresets();
    QVERIFY(list);
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->first().name, QStringLiteral("mine"));
}

void tst_PresetResolver::unknownPreset()
{
    const PresetResolver resolver(*m_storage);
    for (const QString &name : {QStringLiteral("nothing_here"), QStringLiteral("Not A Name")}) {
        const auto resolved = resolver.resolve(name);
        QVERIFY(!resolved);
        QCOMPARE(resolved.error().kind, ErrorKind::NotFound);
        QCOMPARE(resolved.error().message, QStringLiteral("Unknown preset '%1'").arg(name));
    }
}

void tst_PresetResolver::removeReportsAbsence()
{
    const PresetResolver resolver(*m_storage);
    QVERIFY(resolver.save(QStringLiteral("gone"), QString(), 1));
    QCOMPARE(resolver.remove(QStringLiteral("gone")).value(), true);
    QCOMPARE(resolver.remove(QStringLiteral("gone")).value(), false);
    QCOMPARE(resolver.remove(QStringLiteral("Bad Name")).value(), false);
    QVERIFY(!resolver.resolve(QStringLiteral("gone")));
}

void tst_PresetResolver::changedQueryChangesConfig()
{
    // The composite key hashes the config, so a changed preset can never be answered from the old one.
    const PresetResolver resolver(*m_storage);
    QVERIFY(resolver.save(QStringLiteral("mine"), QStringLiteral("rating_display_mode=2"), 1));
    const QString before = resolver.resolve(QStringLiteral("mine"))->config().hash16(QStringLiteral("sig"));
    QVERIFY(resolver.save(QStringLiteral("mine"), QStringLiteral("rating_display_mode=3"), 2));
    const QString after = resolver.resolve(QStringLiteral("mine"))->config().hash16(QStringLiteral("sig"));
    QVERIFY(before != after);
}

QTEST_GUILESS_MAIN(tst_PresetResolver)
#include "tst_presetresolver.moc"
