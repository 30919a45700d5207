// User presets through the app's own HTTP client against the real marqueed binary (the app never links
// the daemon), the daemon panel's start/stop and status, and the end-to-end check of issue 4: a preset
// saved in the app is rendered by a separately started daemon at /p/{name}/… and at the RPDB-shaped URL.
#include <QImage>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "app/appsettings.h"
#include "app/daemoncontrol/daemonclient.h"
#include "app/daemoncontrol/daemonpanel.h"
#include "app/daemoncontrol/daemonprocess.h"
#include "app/presets/presetclient.h"
#include "app/presets/presetpanel.h"
#include "core/config/posterurl.h"

using namespace Marquee;
using namespace Marquee::App;

namespace {

constexpr int StartTimeoutMs = 60000;
constexpr int ReplyTimeoutMs = 60000;
const QLatin1String SampleTitle("tt90000001");

// What the app would save for "gold rating bar with a notch".
const QLatin1String StyleQuery("rating_display_mode=4&bar_style=gold&sash_mode=notch&hide_genre=true");

struct Fetched
{
    int status = 0;
    QByteArray contentType;
    QByteArray body;
};

Fetched fetch(const QUrl &url)
{
    QNetworkAccessManager network;
    QNetworkReply *reply = network.get(QNetworkRequest(url));
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, ReplyTimeoutMs))
        qWarning() << "no answer from" << url.path();
    Fetched result{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                   reply->header(QNetworkRequest::ContentTypeHeader).toByteArray(), reply->readAll()};
    reply->deleteLater();
    return result;
}

// The error text of a result, empty for a value (QVERIFY2 evaluates its message either way).
template<typename T>
QString messageOf(const Result<T> &result)
{
    return result ? QString() : result.error().message;
}

template<typename T>
struct Outcome
{
    bool done = false;
    std::optional<Result<T>> result;

    std::function<void(const Result<T> &)> callback()
    {
        return [this](const Result<T> &value) {
            result = value;
            done = true;
        };
    }
    bool wait() { return QTest::qWaitFor([this] { return done; }, ReplyTimeoutMs); }
};

} // namespace

class tst_PresetClient : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void nameRules_data();
    void nameRules();
    void createListDuplicateRenameDelete();
    void builtInNameIsRefused();
    void serverCapsListsUserPresets();
    void panelActions();
    void daemonPanelStartsAndShowsStatus();
    void savedPresetIsServedByANewDaemon();

private:
    bool startDaemon();
    void stopDaemon();

    QTemporaryDir m_dir;
    QString m_binary = QStringLiteral(MARQUEED_PATH);
    std::unique_ptr<DaemonProcess> m_process;
    DaemonClient m_client;
    std::unique_ptr<PresetClient> m_presets;
};

void tst_PresetClient::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(m_binary), qPrintable(m_binary));
    // Nothing from the developer's shell may change the outcome: no keys, no backends, loopback only.
    for (const char *name : {"ACCESS_KEY", "PRESET_ENABLED", "DATABASE_URL", "OBJECT_STORE_URL", "REDIS_URL",
                             "TMDB_API_KEY", "MDBLIST_API_KEY", "PORT", "MARQUEE_HOST", "MARQUEE_LIBRARY_DIRS",
                             "MARQUEE_DATA_DIR", "MARQUEE_CACHE_DIR"})
        qunsetenv(name);
    QCOMPARE(DaemonProcess::findBinary(m_binary), QFileInfo(m_binary).absoluteFilePath());
    m_presets = std::make_unique<PresetClient>(m_client);
    QVERIFY(startDaemon());
}

void tst_PresetClient::cleanupTestCase()
{
    stopDaemon();
}

bool tst_PresetClient::startDaemon()
{
    m_process = std::make_unique<DaemonProcess>();
    QSignalSpy started(m_process.get(), &DaemonProcess::started);
    m_process->start({m_binary, 0, m_dir.filePath(QStringLiteral("data")), m_dir.filePath(QStringLiteral("cache"))});
    if (!started.wait(StartTimeoutMs))
        return false;
    m_client.setEndpoint({m_process->url(), {}});
    return true;
}

void tst_PresetClient::stopDaemon()
{
    if (!m_process || !m_process->isRunning())
        return;
    QSignalSpy stopped(m_process.get(), &DaemonProcess::stopped);
    m_process->stop();
    QVERIFY(stopped.wait(StartTimeoutMs));
    QCOMPARE(stopped.constFirst().constFirst().toString(), QStringLiteral("marqueed exited with status 0"));
}

void tst_PresetClient::nameRules_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("lower and digits") << "style_2-b" << true;
    QTest::newRow("forty characters") << QString(40, QLatin1Char('a')) << true;
    QTest::newRow("forty-one characters") << QString(41, QLatin1Char('a')) << false;
    QTest::newRow("upper case") << "Style" << false;
    QTest::newRow("space") << "my style" << false;
    QTest::newRow("slash") << "a/b" << false;
    QTest::newRow("empty") << "" << false;
}

void tst_PresetClient::nameRules()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QCOMPARE(PresetClient::nameProblem(name).isEmpty(), valid);
    if (!valid) {
        // Refused before any request is sent, with the rule in the message.
        Outcome<UserPreset> saved;
        m_presets->save(name, QString(StyleQuery), this, saved.callback());
        QVERIFY(saved.done);
        QVERIFY(!*saved.result);
        QCOMPARE(saved.result->error().kind, ErrorKind::InvalidInput);
        QVERIFY(saved.result->error().message.contains(QString::fromUtf8("1–40")));
    }
}

void tst_PresetClient::createListDuplicateRenameDelete()
{
    Outcome<UserPreset> saved;
    m_presets->save(QStringLiteral("crud_a"), QString(StyleQuery), this, saved.callback());
    QVERIFY(saved.wait());
    QVERIFY2(*saved.result, qPrintable(messageOf(*saved.result)));
    QCOMPARE((*saved.result)->name, QStringLiteral("crud_a"));
    QVERIFY((*saved.result)->updatedAt > 0);

    Outcome<UserPreset> copy;
    m_presets->save(QStringLiteral("crud_b"), (*saved.result)->query, this, copy.callback());
    QVERIFY(copy.wait());
    QVERIFY(*copy.result);

    Outcome<UserPreset> renamed;
    m_presets->rename(QStringLiteral("crud_b"), QStringLiteral("crud_c"), (*copy.result)->query, this, renamed.callback());
    QVERIFY(renamed.wait());
    QVERIFY2(*renamed.result, qPrintable(messageOf(*renamed.result)));

    Outcome<QList<UserPreset>> listed;
    m_presets->list(this, listed.callback());
    QVERIFY(listed.wait());
    QVERIFY(*listed.result);
    QStringList names;
    for (const UserPreset &preset : **listed.result)
        names.append(preset.name);
    QVERIFY2(names.contains(QLatin1String("crud_a")) && names.contains(QLatin1String("crud_c"))
                 && !names.contains(QLatin1String("crud_b")),
             qPrintable(names.join(QLatin1Char(','))));
    for (const UserPreset &preset : **listed.result) {
        if (preset.name == QLatin1String("crud_c"))  // the copy renders exactly like the original
            QCOMPARE(Config::RenderConfig::fromQuery(QUrlQuery(preset.query)),
                     Config::RenderConfig::fromQuery(QUrlQuery(QString(StyleQuery))));
    }

    for (const QString &name : {QStringLiteral("crud_a"), QStringLiteral("crud_c")}) {
        Outcome<bool> removed;
        m_presets->remove(name, this, removed.callback());
        QVERIFY(removed.wait());
        QVERIFY(*removed.result);
    }
    Outcome<bool> again;
    m_presets->remove(QStringLiteral("crud_a"), this, again.callback());
    QVERIFY(again.wait());
    QVERIFY(!*again.result);
    QCOMPARE(again.result->error().kind, ErrorKind::NotFound);
}

void tst_PresetClient::builtInNameIsRefused()
{
    Outcome<UserPreset> saved;
    m_presets->save(QStringLiteral("bar_notch"), QString(StyleQuery), this, saved.callback());
    QVERIFY(saved.wait());
    QVERIFY(!*saved.result);
    QCOMPARE(saved.result->error().upstreamStatus, 409);
    QCOMPARE(saved.result->error().message, QStringLiteral("That name belongs to a built-in preset."));
}

void tst_PresetClient::serverCapsListsUserPresets()
{
    Outcome<UserPreset> saved;
    m_presets->save(QStringLiteral("caps_style"), QString(StyleQuery), this, saved.callback());
    QVERIFY(saved.wait());
    QVERIFY(*saved.result);
    Outcome<QStringList> caps;
    m_presets->capsPresets(this, caps.callback());
    QVERIFY(caps.wait());
    QVERIFY(*caps.result);
    QVERIFY2((*caps.result)->contains(QLatin1String("caps_style")), qPrintable((*caps.result)->join(QLatin1Char(','))));
    Outcome<bool> removed;
    m_presets->remove(QStringLiteral("caps_style"), this, removed.callback());
    QVERIFY(removed.wait());
}

void tst_PresetClient::panelActions()
{
    Config::RenderConfig current = Config::RenderConfig::fromQuery(QUrlQuery(QString(StyleQuery)));
    PresetPanel panel(*m_presets, [&current] { return current; });
    QSignalSpy changed(&panel, &PresetPanel::presetsChanged);
    auto has = [&panel](const QString &name) { return panel.userPresetQuery(name).has_value(); };

    panel.createPreset(QStringLiteral("panel_one"));
    QTRY_VERIFY_WITH_TIMEOUT(has(QStringLiteral("panel_one")), ReplyTimeoutMs);
    QCOMPARE(Config::RenderConfig::fromQuery(*panel.userPresetQuery(QStringLiteral("panel_one"))), current);

    panel.duplicatePreset(QStringLiteral("bar_notch"), QStringLiteral("panel_two"));  // a built-in one
    QTRY_VERIFY_WITH_TIMEOUT(has(QStringLiteral("panel_two")), ReplyTimeoutMs);

    panel.renamePreset(QStringLiteral("panel_one"), QStringLiteral("panel_three"));
    QTRY_VERIFY_WITH_TIMEOUT(has(QStringLiteral("panel_three")) && !has(QStringLiteral("panel_one")), ReplyTimeoutMs);

    QSignalSpy loaded(&panel, &PresetPanel::loadRequested);
    panel.deletePreset(QStringLiteral("panel_two"));
    QTRY_VERIFY_WITH_TIMEOUT(!has(QStringLiteral("panel_two")), ReplyTimeoutMs);
    panel.deletePreset(QStringLiteral("panel_three"));
    QTRY_VERIFY_WITH_TIMEOUT(!has(QStringLiteral("panel_three")), ReplyTimeoutMs);
    QVERIFY(changed.size() >= 4);

    // Errors reach the panel's status line.
    panel.renamePreset(QStringLiteral("bar_notch"), QStringLiteral("x"));
    QCOMPARE(panel.lastMessage(), QStringLiteral("Only user presets can be renamed."));
    panel.createPreset(QStringLiteral("bar_notch"));
    QTRY_COMPARE_WITH_TIMEOUT(panel.lastMessage(), QStringLiteral("Not saved: That name belongs to a built-in preset."),
                              ReplyTimeoutMs);
}

void tst_PresetClient::daemonPanelStartsAndShowsStatus()
{
    AppSettings settings(m_dir.filePath(QStringLiteral("panel.ini")));
    settings.setValue(AppSettings::daemonBinary(), m_binary);
    settings.setValue(AppSettings::daemonPort(), 0);
    settings.setValue(AppSettings::daemonDataDir(), m_dir.filePath(QStringLiteral("panel-data")));
    DaemonClient client;
    DaemonPanel panel(client);
    panel.load(settings);
    QSignalSpy endpoint(&panel, &DaemonPanel::endpointChanged);
    QStringList log;
    connect(&panel.process(), &DaemonProcess::logLine, this, [&log](const QString &line) { log.append(line); });
    panel.startLocal();
    QTRY_VERIFY2_WITH_TIMEOUT(panel.process().isRunning() && !panel.process().url().isEmpty(),
                              qPrintable(panel.statusText() + QLatin1Char('\n') + log.join(QLatin1Char('\n'))),
                              StartTimeoutMs);
    QVERIFY(panel.endpoint().base.port() > 0);
    QTRY_VERIFY_WITH_TIMEOUT(!panel.lastStats().isEmpty() && !panel.lastReady().isEmpty(), ReplyTimeoutMs);
    QVERIFY2(panel.statusText().contains(QLatin1String("ready")),
             qPrintable(panel.statusText() + QLatin1Char('\n') + log.join(QLatin1Char('\n'))));
    QVERIFY2(!panel.lastStats().contains(QLatin1String("error")),
             qPrintable(QString::fromUtf8(QJsonDocument(panel.lastStats()).toJson(QJsonDocument::Compact))
                        + QLatin1Char('\n') + log.join(QLatin1Char('\n'))));
    panel.stopLocal();
    QTRY_VERIFY_WITH_TIMEOUT(!panel.process().isRunning(), StartTimeoutMs);
    QVERIFY(endpoint.size() >= 2);  // started, stopped
}

void tst_PresetClient::savedPresetIsServedByANewDaemon()
{
    const QString name = QStringLiteral("e2e_gold");
    const QString query
        = Config::PosterUrlCodec::presetQueryString(Config::RenderConfig::fromQuery(QUrlQuery(QString(StyleQuery))));
    Outcome<UserPreset> saved;
    m_presets->save(name, query, this, saved.callback());
    QVERIFY(saved.wait());
    QVERIFY2(*saved.result, qPrintable(messageOf(*saved.result)));

    // A different process on the same data and cache directories.
    stopDaemon();
    QVERIFY(startDaemon());
    const QUrl base = m_process->url();
    Config::PosterUrlOptions options;
    options.base = base.toString();
    const TitleId title{MediaType::Movie, QString(SampleTitle), 0};

    const Fetched defaults = fetch(QUrl(Config::PosterUrlCodec::posterUrl(Config::RenderConfig(), title, options)));
    QCOMPARE(defaults.status, 200);
    for (const QString &url : {Config::PosterUrlCodec::presetUrl(name, title, false, options),
                               Config::PosterUrlCodec::rpdbUrl(name, title, options)}) {
        const Fetched poster = fetch(QUrl(url));
        QVERIFY2(poster.status == 200, qPrintable(QStringLiteral("%1 → HTTP %2").arg(url).arg(poster.status)));
        QCOMPARE(poster.contentType, QByteArray("image/jpeg"));
        QCOMPARE(QImage::fromData(poster.body).size(), QSize(500, 750));
        QVERIFY2(poster.body != defaults.body, qPrintable(url));
    }
}

QTEST_MAIN(tst_PresetClient)
#include "tst_presetclient.moc"
