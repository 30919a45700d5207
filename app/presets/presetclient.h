#pragma once

#include <functional>

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QString>

#include "app/daemoncontrol/daemonclient.h"
#include "core/util/error.h"

namespace Marquee::App {

struct UserPreset
{
    QString name;
    QString query;       // render parameters, "rating_mode=4&…"
    qint64 updatedAt = 0;
};

// The daemon's user-preset API (GET /api/presets, PUT and DELETE /api/presets/{name}), asynchronous.
// Rename is PUT new + DELETE old; duplicate is a PUT of the same query under a new name.
//
//   presets.save(QStringLiteral("my_style"), query, this, [](const Result<UserPreset> &saved) { … });
class PresetClient : public QObject
{
    Q_OBJECT

public:
    template<typename T>
    using Callback = std::function<void(const Result<T> &result)>;

    explicit PresetClient(DaemonClient &client, QObject *parent = nullptr);

    void list(QObject *context, Callback<QList<UserPreset>> done);
    void save(const QString &name, const QString &query, QObject *context, Callback<UserPreset> done);
    void remove(const QString &name, QObject *context, Callback<bool> done);
    void rename(const QString &from, const QString &to, const QString &query, QObject *context,
                Callback<UserPreset> done);
    // The user_presets array of /server-caps (names only).
    void capsPresets(QObject *context, Callback<QStringList> done);

    // [a-z0-9_-]{1,40}; the message says what is wrong, empty when valid.
    static QString nameProblem(const QString &name);

private:
    static Error errorFrom(const DaemonReply &reply);

    DaemonClient &m_client;
};

} // namespace Marquee::App
