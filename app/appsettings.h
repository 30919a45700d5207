#pragma once

#include <memory>

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QVariant>

namespace Marquee::App {

// The app's remembered state (QSettings): window geometry, both configurations, the selected title,
// the daemon connection, keys and the language override. One place names every key.
class AppSettings
{
public:
    // iniPath empty: the user's settings (organisation "Marquee", application "marquee").
    explicit AppSettings(const QString &iniPath = {});

    QVariant value(const QString &key, const QVariant &fallback = {}) const { return m_settings->value(key, fallback); }
    void setValue(const QString &key, const QVariant &value) { m_settings->setValue(key, value); }
    void sync() { m_settings->sync(); }
    QString fileName() const { return m_settings->fileName(); }

    // Keys, so a typo cannot split one setting in two.
    static QString geometry() { return QStringLiteral("window/geometry"); }
    static QString windowState() { return QStringLiteral("window/state"); }
    static QString splitter() { return QStringLiteral("window/splitter"); }
    static QString configA() { return QStringLiteral("config/a"); }
    static QString configB() { return QStringLiteral("config/b"); }
    static QString compare() { return QStringLiteral("config/compare"); }
    static QString titleImdb() { return QStringLiteral("title/imdb"); }
    static QString titleTmdb() { return QStringLiteral("title/tmdb"); }
    static QString titleType() { return QStringLiteral("title/type"); }
    static QString titleLabel() { return QStringLiteral("title/label"); }
    static QString searchSource() { return QStringLiteral("search/source"); }
    static QString tmdbKey() { return QStringLiteral("keys/tmdb"); }
    static QString mdblistKey() { return QStringLiteral("keys/mdblist"); }
    static QString daemonMode() { return QStringLiteral("daemon/mode"); }
    static QString daemonUrl() { return QStringLiteral("daemon/url"); }
    static QString daemonAccessKey() { return QStringLiteral("daemon/access_key"); }
    static QString daemonBinary() { return QStringLiteral("daemon/binary"); }
    static QString daemonPort() { return QStringLiteral("daemon/port"); }
    static QString daemonDataDir() { return QStringLiteral("daemon/data_dir"); }
    static QString language() { return QStringLiteral("ui/language"); }
    static QString urlPreset() { return QStringLiteral("urls/preset"); }

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace Marquee::App
