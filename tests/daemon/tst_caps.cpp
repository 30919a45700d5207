// /server-caps (reference §1.4): every field, the exact never_omitted list, every published parameter
// with its RenderConfig default (sending a published default equals omitting it, Appendix B 4).
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

#include "core/config/paramregistry.h"
#include "core/config/renderconfig.h"
#include "core/presets/presetcatalog.h"
#include "tests/daemon/daemonharness.h"

using Marquee::Config::ParamRegistry;
using Marquee::Config::RenderConfig;
using Marquee::Tests::DaemonHarness;

class tst_Caps : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fields();
    void neverOmittedParams();
    void everyPublishedParamHasItsDefault();
    void defaultsRoundTrip();
    void paramsDescribeTheRegistry();
    void presetsWhenEnabled();
    void serverLogoLanguageIsPublished();
    void keysAreReportedNotShown();
    void jsonRoundTrip();

private:
    QJsonObject fetchCaps(const Marquee::Config::ServerSettings &settings);

    DaemonHarness m_harness;
    QJsonObject m_caps;
    QByteArray m_body;
};

QJsonObject tst_Caps::fetchCaps(const Marquee::Config::ServerSettings &settings)
{
    QString error;
    if (!m_harness.start(settings, &error)) {
        qWarning().noquote() << error;
        return {};
    }
    const auto reply = m_harness.get(QStringLiteral("/server-caps"));
    m_body = reply.body;
    if (reply.status != 200)
        qWarning().noquote() << reply.describe();
    return reply.json();
}

void tst_Caps::initTestCase()
{
    m_caps = fetchCaps(m_harness.baseSettings());
    QVERIFY(!m_caps.isEmpty());
}

void tst_Caps::fields()
{
    const QStringList expected{
        QStringLiteral("tmdb_key_set"), QStringLiteral("mdblist_key_set"), QStringLiteral("mdblist_key_count"),
        QStringLiteral("aiostreams_configured"), QStringLiteral("quality_source"), QStringLiteral("quality_configured"),
        QStringLiteral("trending_fetch_count"), QStringLiteral("trending_fetch_time"),
        QStringLiteral("trending_fetch_timezone"), QStringLiteral("trending_next_refresh_hours"),
        QStringLiteral("param_defaults"), QStringLiteral("never_omitted_params"), QStringLiteral("sash_priority_default"),
        QStringLiteral("sash_priority_diff_seed"), QStringLiteral("imdb_dataset_enabled"),
        QStringLiteral("imdb_dataset_titles"), QStringLiteral("preset_enabled"), QStringLiteral("presets"),
        QStringLiteral("access_key_valid"), QStringLiteral("version"), QStringLiteral("poster_resolve_imdb"),
        QStringLiteral("params")};
    for (const QString &field : expected)
        QVERIFY2(m_caps.contains(field), qPrintable(field));
    QCOMPARE(m_caps.value(QStringLiteral("tmdb_key_set")), QJsonValue(false));
    QCOMPARE(m_caps.value(QStringLiteral("mdblist_key_set")), QJsonValue(false));
    QCOMPARE(m_caps.value(QStringLiteral("mdblist_key_count")), QJsonValue(0));
    QCOMPARE(m_caps.value(QStringLiteral("aiostreams_configured")), QJsonValue(false));
    QVERIFY(m_caps.value(QStringLiteral("quality_source")).isNull());
    QCOMPARE(m_caps.value(QStringLiteral("quality_configured")), QJsonValue(false));
    QVERIFY(m_caps.value(QStringLiteral("trending_fetch_count")).isNull());
    QCOMPARE(m_caps.value(QStringLiteral("sash_priority_diff_seed")), QJsonValue(QStringLiteral("default")));
    QCOMPARE(m_caps.value(QStringLiteral("imdb_dataset_enabled")), QJsonValue(false));
    QCOMPARE(m_caps.value(QStringLiteral("imdb_dataset_titles")), QJsonValue(0));
    // Marquee's default (PRESET_ENABLED unset) serves presets and /poster alike.
    QCOMPARE(m_caps.value(QStringLiteral("preset_enabled")), QJsonValue(true));
    QCOMPARE(m_caps.value(QStringLiteral("presets")).toArray().size(), 10);
    QCOMPARE(m_caps.value(QStringLiteral("access_key_valid")), QJsonValue(true));
    QCOMPARE(m_caps.value(QStringLiteral("version")).toString(), QStringLiteral(MARQUEE_VERSION));
    QCOMPARE(m_caps.value(QStringLiteral("poster_resolve_imdb")), QJsonValue(false));

    QStringList sashDefault;
    for (const QJsonValue &slot : m_caps.value(QStringLiteral("sash_priority_default")).toArray())
        sashDefault.append(slot.toString());
    QCOMPARE(sashDefault, ParamRegistry::defaultSashPriority());
    QVERIFY(!sashDefault.isEmpty());
}

void tst_Caps::neverOmittedParams()
{
    QStringList reference{QStringLiteral("tmdb_id"), QStringLiteral("imdb_id"), QStringLiteral("type"),
                          QStringLiteral("stremio_id"), QStringLiteral("anilist_id"), QStringLiteral("kitsu_id"),
                          QStringLiteral("access_key"), QStringLiteral("tmdb_key"), QStringLiteral("mdblist_key"),
                          QStringLiteral("primary_client"), QStringLiteral("quality"),
                          QStringLiteral("bar_bottom_inset"), QStringLiteral("sash_badge_inset")};
    reference.sort();
    QStringList served;
    for (const QJsonValue &name : m_caps.value(QStringLiteral("never_omitted_params")).toArray())
        served.append(name.toString());
    QCOMPARE(served, reference);
}

void tst_Caps::everyPublishedParamHasItsDefault()
{
    const QJsonObject defaults = m_caps.value(QStringLiteral("param_defaults")).toObject();
    const RenderConfig config;
    int published = 0;
    for (const auto &spec : ParamRegistry::all()) {
        if (!spec.published) {
            QVERIFY2(!defaults.contains(spec.name), qPrintable(spec.name + QStringLiteral(" is never-omitted")));
            continue;
        }
        ++published;
        QVERIFY2(defaults.contains(spec.name), qPrintable(spec.name));
        QCOMPARE(defaults.value(spec.name).toString(), config.formatted(spec.id));
    }
    QCOMPARE(defaults.size(), published);
    // Identity/control params are never in param_defaults.
    for (const QJsonValue &name : m_caps.value(QStringLiteral("never_omitted_params")).toArray())
        QVERIFY2(!defaults.contains(name.toString()), qPrintable(name.toString()));
}

void tst_Caps::defaultsRoundTrip()
{
    // Sending every published default must configure exactly what omitting them does.
    const QJsonObject defaults = m_caps.value(QStringLiteral("param_defaults")).toObject();
    QUrlQuery query;
    for (auto it = defaults.begin(); it != defaults.end(); ++it)
        query.addQueryItem(it.key(), it.value().toString());
    QCOMPARE(RenderConfig::fromQuery(query), RenderConfig());
    for (auto it = defaults.begin(); it != defaults.end(); ++it) {
        RenderConfig single;
        QVERIFY2(single.set(it.key(), it.value().toString()), qPrintable(it.key()));
        QVERIFY2(single == RenderConfig(), qPrintable(it.key()));
    }
}

void tst_Caps::paramsDescribeTheRegistry()
{
    const QJsonArray params = m_caps.value(QStringLiteral("params")).toArray();
    QCOMPARE(params.size(), ParamRegistry::all().size());
    const RenderConfig config;
    for (qsizetype i = 0; i < params.size(); ++i) {
        const QJsonObject param = params.at(i).toObject();
        const auto &spec = ParamRegistry::all().at(i);
        QCOMPARE(param.value(QStringLiteral("name")).toString(), spec.name);
        for (const char *field : {"type", "default", "min", "max", "choices", "group", "aliases"})
            QVERIFY2(param.contains(QLatin1String(field)), qPrintable(spec.name + QLatin1Char('.') + QLatin1String(field)));
        QCOMPARE(param.value(QStringLiteral("group")).toString(), ParamRegistry::groupName(spec.group));
        QStringList aliases;
        for (const QJsonValue &alias : param.value(QStringLiteral("aliases")).toArray())
            aliases.append(alias.toString());
        QCOMPARE(aliases, spec.aliases);
        const QJsonValue def = param.value(QStringLiteral("default"));
        switch (spec.type) {
        case Marquee::Config::ParamType::Int:
            QCOMPARE(def.toInt(), config.integer(spec.id));
            QCOMPARE(param.value(QStringLiteral("min")).toDouble(), spec.min);
            QCOMPARE(param.value(QStringLiteral("max")).toDouble(), spec.max);
            break;
        case Marquee::Config::ParamType::Real:
            QCOMPARE(def.toDouble(), config.real(spec.id));
            QCOMPARE(param.value(QStringLiteral("max")).toDouble(), spec.max);
            break;
        case Marquee::Config::ParamType::Bool:
            QCOMPARE(def.toBool(), config.flag(spec.id));
            break;
        default:
            QCOMPARE(def.toString(), config.formatted(spec.id));
            QVERIFY(param.value(QStringLiteral("min")).isNull());
            break;
        }
    }
}

// DEFAULT_LOGO_LANGUAGE replaces the registry default, so clients omit exactly the server's value.
void tst_Caps::serverLogoLanguageIsPublished()
{
    auto settings = m_harness.baseSettings();
    settings.defaultLogoLanguage = QStringLiteral("pt-br");
    const QJsonObject caps = fetchCaps(settings);
    QCOMPARE(caps.value(QStringLiteral("param_defaults")).toObject().value(QStringLiteral("logo_language")),
             QJsonValue(QStringLiteral("pt-br")));
    for (const QJsonValue &param : caps.value(QStringLiteral("params")).toArray()) {
        if (param.toObject().value(QStringLiteral("name")) == QLatin1String("logo_language"))
            QCOMPARE(param.toObject().value(QStringLiteral("default")), QJsonValue(QStringLiteral("pt-br")));
    }
    QCOMPARE(m_caps.value(QStringLiteral("param_defaults")).toObject().value(QStringLiteral("logo_language")),
             QJsonValue(QStringLiteral("en")));
}

void tst_Caps::presetsWhenEnabled()
{
    auto settings = m_harness.baseSettings();
    settings.presetEnabled = true;
    settings.presetPublicTier = true;
    const QJsonObject caps = fetchCaps(settings);
    QCOMPARE(caps.value(QStringLiteral("preset_enabled")), QJsonValue(true));
    const QJsonArray presets = caps.value(QStringLiteral("presets")).toArray();
    const auto current = Marquee::Presets::PresetCatalog::current();
    QCOMPARE(presets.size(), current.size());
    QCOMPARE(presets.size(), 10);
    for (qsizetype i = 0; i < presets.size(); ++i) {
        const QJsonObject preset = presets.at(i).toObject();
        QCOMPARE(preset.value(QStringLiteral("id")).toString(), current.at(i).id);
        QCOMPARE(preset.value(QStringLiteral("name")).toString(), current.at(i).name);
        QCOMPARE(preset.value(QStringLiteral("description")).toString(), current.at(i).description);
    }
    QCOMPARE(presets.first().toObject().value(QStringLiteral("id")).toString(), QStringLiteral("tinted_mini_notch"));
    // Without a key the public tier cannot use /poster, and caps says so.
    QCOMPARE(caps.value(QStringLiteral("access_key_valid")), QJsonValue(false));
}

void tst_Caps::keysAreReportedNotShown()
{
    auto settings = m_harness.baseSettings();
    settings.tmdbApiKey = QStringLiteral("tmdb-secret-123");
    settings.mdblistApiKeys = {QStringLiteral("mdb-secret-1"), QStringLiteral("mdb-secret-2")};
    settings.posterResolveImdb = true;
    const QJsonObject caps = fetchCaps(settings);
    QCOMPARE(caps.value(QStringLiteral("tmdb_key_set")), QJsonValue(true));
    QCOMPARE(caps.value(QStringLiteral("mdblist_key_set")), QJsonValue(true));
    QCOMPARE(caps.value(QStringLiteral("mdblist_key_count")), QJsonValue(2));
    QCOMPARE(caps.value(QStringLiteral("poster_resolve_imdb")), QJsonValue(true));
    QVERIFY(!m_body.contains("secret"));
}

void tst_Caps::jsonRoundTrip()
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(m_body, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(document.isObject());
    const QJsonDocument again = QJsonDocument::fromJson(document.toJson(QJsonDocument::Compact));
    QCOMPARE(again, document);
}

QTEST_MAIN(tst_Caps)
#include "tst_caps.moc"
