// AccessGate: the full auth matrix of reference §1.9 over routes × (PRESET_ENABLED, ACCESS_KEY,
// supplied key), through the running daemon, plus the constant-time comparison itself.
#include <QTest>
#include <QUrl>

#include "daemon/http/accessgate.h"
#include "tests/daemon/daemonharness.h"

using Marquee::Http::AccessGate;
using Marquee::Tests::DaemonHarness;

namespace {

const QString LocalImdb = QStringLiteral("tt99999901");
const QString Key = QStringLiteral("s3cret-key");
const QString NonAscii = QStringLiteral("cl\u00e9-\u5bc6\u94a5");
const QString Unauthorized = QStringLiteral("Unauthorized, your access key is not valid for this instance.");
const QString PublicTier = QStringLiteral(
    "Custom posters are not available on this instance; use a /p/{preset}/{type}/{imdb_id}.jpg preset URL.");

QString routePath(const QString &route)
{
    if (route == QLatin1String("poster"))
        return QStringLiteral("/poster?imdb_id=") + LocalImdb;
    if (route == QLatin1String("preset"))
        return QStringLiteral("/p/bar_notch/movie/") + LocalImdb + QStringLiteral(".jpg");
    if (route == QLatin1String("caps"))
        return QStringLiteral("/server-caps");
    return QLatin1Char('/') + route;  // live, health, ready
}

QString withKey(const QString &path, const QString &key)
{
    if (key.isNull())
        return path;
    const QString separator = path.contains(QLatin1Char('?')) ? QStringLiteral("&") : QStringLiteral("?");
    return path + separator + QStringLiteral("access_key=") + QString::fromLatin1(QUrl::toPercentEncoding(key));
}

} // namespace

class tst_AccessGate : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void constantTimeEquals_data();
    void constantTimeEquals();
    void matrix_data();
    void matrix();
    void accessKeyValid_data();
    void accessKeyValid();

private:
    void startWith(bool presetEnabled, bool publicTier, const QString &accessKey);

    DaemonHarness m_harness;
    QString m_library;
    QString m_runningConfig;
};

void tst_AccessGate::initTestCase()
{
    m_library = m_harness.writeLocalTitle(LocalImdb, QStringLiteral("Gatekeeper"), 2001);
}

void tst_AccessGate::startWith(bool presetEnabled, bool publicTier, const QString &accessKey)
{
    const QString config = QString::number(presetEnabled) + QString::number(publicTier) + QLatin1Char('|') + accessKey;
    if (config == m_runningConfig && m_harness.daemon())
        return;
    Marquee::Config::ServerSettings settings = m_harness.baseSettings();
    settings.libraryDirs = {m_library};
    settings.presetEnabled = presetEnabled;
    settings.presetPublicTier = publicTier;
    settings.accessKey = accessKey;
    QString error;
    QVERIFY2(m_harness.start(settings, &error), qPrintable(error));
    m_runningConfig = config;
}

void tst_AccessGate::constantTimeEquals_data()
{
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<QByteArray>("supplied");
    QTest::addColumn<bool>("equal");
    QTest::newRow("same") << QByteArray("abc") << QByteArray("abc") << true;
    QTest::newRow("prefix") << QByteArray("abc") << QByteArray("ab") << false;
    QTest::newRow("longer") << QByteArray("abc") << QByteArray("abcd") << false;
    QTest::newRow("last byte") << QByteArray("abc") << QByteArray("abd") << false;
    QTest::newRow("repeated key") << QByteArray("ab") << QByteArray("abab") << false;
    QTest::newRow("empty supplied") << QByteArray("abc") << QByteArray() << false;
    QTest::newRow("nothing configured") << QByteArray() << QByteArray() << false;
}

void tst_AccessGate::constantTimeEquals()
{
    QFETCH(QByteArray, expected);
    QFETCH(QByteArray, supplied);
    QFETCH(bool, equal);
    QCOMPARE(AccessGate::constantTimeEquals(expected, supplied), equal);
}

void tst_AccessGate::matrix_data()
{
    QTest::addColumn<bool>("presetEnabled");
    QTest::addColumn<bool>("publicTier");
    QTest::addColumn<QString>("accessKey");
    QTest::addColumn<QString>("supplied");  // null = no access_key parameter
    QTest::addColumn<QString>("route");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("detail");   // empty = not checked (success bodies)

    const QString none;
    const QString wrong = QStringLiteral("wrong-key");
    const QStringList probes{QStringLiteral("live"), QStringLiteral("health"), QStringLiteral("ready")};

    struct Config
    {
        const char *name;
        bool presetEnabled;
        bool publicTier;  // PRESET_ENABLED=true given explicitly (the reference's public tier)
        QString accessKey;
    };
    const Config configs[] = {
        {"presets unset, no key", true, false, QString()},
        {"presets unset, key set", true, false, Key},
        {"presets off, no key", false, false, QString()},
        {"presets off, key set", false, false, Key},
        {"presets on, no key", true, true, QString()},
        {"presets on, key set", true, true, Key},
    };
    for (const Config &c : configs) {
        const bool keySet = !c.accessKey.isEmpty();
        const QList<QPair<const char *, QString>> supplies{
            {"no key", none}, {"wrong key", wrong}, {"right key", Key}, {"non-ASCII key", NonAscii}};
        for (const auto &[supplyName, supplied] : supplies) {
            const bool valid = keySet && supplied == Key;
            const QString row = QString::fromLatin1(c.name) + QStringLiteral(" / ") + QString::fromLatin1(supplyName);

            // /poster
            int status = 200;
            QString detail;
            if (c.publicTier && !keySet) {
                status = 403;
                detail = PublicTier;
            } else if (keySet && !valid) {
                status = 403;
                detail = c.publicTier ? PublicTier : Unauthorized;
            }
            QTest::newRow(qPrintable(row + QStringLiteral(" / poster")))
                << c.presetEnabled << c.publicTier << c.accessKey << supplied << QStringLiteral("poster") << status << detail;

            // /p
            QTest::newRow(qPrintable(row + QStringLiteral(" / p")))
                << c.presetEnabled << c.publicTier << c.accessKey << supplied << QStringLiteral("preset")
                << (c.presetEnabled ? 200 : 404) << (c.presetEnabled ? QString() : QStringLiteral("Not found"));

            // /server-caps
            const bool capsDenied = keySet && !c.presetEnabled && !valid;
            QTest::newRow(qPrintable(row + QStringLiteral(" / server-caps")))
                << c.presetEnabled << c.publicTier << c.accessKey << supplied << QStringLiteral("caps") << (capsDenied ? 403 : 200)
                << (capsDenied ? Unauthorized : QString());

            // probes are always open
            for (const QString &probe : probes) {
                QTest::newRow(qPrintable(row + QStringLiteral(" / ") + probe))
                    << c.presetEnabled << c.publicTier << c.accessKey << supplied << probe << 200 << QString();
            }
        }
    }
    // A configured key with non-ASCII characters can never match: 403, not 500.
    QTest::newRow("non-ASCII configured key / same key / poster")
        << false << false << NonAscii << NonAscii << QStringLiteral("poster") << 403 << Unauthorized;
}

void tst_AccessGate::matrix()
{
    QFETCH(bool, presetEnabled);
    QFETCH(bool, publicTier);
    QFETCH(QString, accessKey);
    QFETCH(QString, supplied);
    QFETCH(QString, route);
    QFETCH(int, status);
    QFETCH(QString, detail);

    startWith(presetEnabled, publicTier, accessKey);
    const auto reply = m_harness.get(withKey(routePath(route), supplied));
    QVERIFY2(reply.finished, "no answer");
    QVERIFY2(reply.status == status, qPrintable(reply.describe()));
    if (!detail.isEmpty())
        QCOMPARE(reply.detail(), detail);
    if (status >= 400)
        QCOMPARE(reply.header("content-type"), QByteArray("application/json"));
}

void tst_AccessGate::accessKeyValid_data()
{
    QTest::addColumn<bool>("presetEnabled");
    QTest::addColumn<bool>("publicTier");
    QTest::addColumn<QString>("accessKey");
    QTest::addColumn<QString>("supplied");
    QTest::addColumn<bool>("valid");
    QTest::newRow("default instance") << true << false << QString() << QString() << true;
    QTest::newRow("open instance") << false << false << QString() << QString() << true;
    QTest::newRow("public tier without key") << true << true << QString() << QString() << false;
    QTest::newRow("public tier, key set, none given") << true << true << Key << QString() << false;
    QTest::newRow("public tier, key set, wrong") << true << true << Key << QStringLiteral("nope") << false;
    QTest::newRow("public tier, key set, right") << true << true << Key << Key << true;
    QTest::newRow("private, right key") << false << false << Key << Key << true;
}

void tst_AccessGate::accessKeyValid()
{
    QFETCH(bool, presetEnabled);
    QFETCH(bool, publicTier);
    QFETCH(QString, accessKey);
    QFETCH(QString, supplied);
    QFETCH(bool, valid);
    startWith(presetEnabled, publicTier, accessKey);
    const auto reply = m_harness.get(withKey(QStringLiteral("/server-caps"), supplied));
    QVERIFY2(reply.status == 200, qPrintable(reply.describe()));
    QCOMPARE(reply.json().value(QStringLiteral("access_key_valid")).toBool(), valid);
}

QTEST_MAIN(tst_AccessGate)
#include "tst_accessgate.moc"
