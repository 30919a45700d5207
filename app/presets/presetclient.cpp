#include "app/presets/presetclient.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

namespace Marquee::App {

namespace {

QString presetPath(const QString &name)
{
    return QStringLiteral("/api/presets/") + QString::fromLatin1(QUrl::toPercentEncoding(name));
}

UserPreset presetFrom(const QJsonObject &object)
{
    return {object.value(QStringLiteral("name")).toString(), object.value(QStringLiteral("query")).toString(),
            static_cast<qint64>(object.value(QStringLiteral("updated_at")).toDouble())};
}

} // namespace

PresetClient::PresetClient(DaemonClient &client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

QString PresetClient::nameProblem(const QString &name)
{
    static const QRegularExpression valid(QStringLiteral("^[a-z0-9_-]{1,40}$"));
    if (valid.match(name).hasMatch())
        return {};
    return tr("A preset name is 1–40 characters: lower-case letters, digits, '_' and '-'.");
}

Error PresetClient::errorFrom(const DaemonReply &reply)
{
    ErrorKind kind = ErrorKind::UpstreamStatus;
    switch (reply.status) {
    case 0:
        kind = ErrorKind::UpstreamTimeout;
        break;
    case 400:
        kind = ErrorKind::InvalidInput;
        break;
    case 401:
    case 403:
        kind = ErrorKind::Forbidden;
        break;
    case 404:
        kind = ErrorKind::NotFound;
        break;
    case 409:
        return Error{ErrorKind::InvalidInput, tr("That name belongs to a built-in preset."), reply.status, 0};
    default:
        break;
    }
    return Error{kind, reply.errorMessage, reply.status, 0};
}

void PresetClient::list(QObject *context, Callback<QList<UserPreset>> done)
{
    m_client.get(QStringLiteral("/api/presets"), {}, context, [done = std::move(done)](const DaemonReply &reply) {
        if (!reply.ok())
            return done(tl::unexpected<Error>(errorFrom(reply)));
        QList<UserPreset> presets;
        for (const QJsonValue &value : reply.json().object().value(QStringLiteral("presets")).toArray())
            presets.append(presetFrom(value.toObject()));
        done(presets);
    });
}

void PresetClient::save(const QString &name, const QString &query, QObject *context, Callback<UserPreset> done)
{
    if (const QString problem = nameProblem(name); !problem.isEmpty())
        return done(fail(ErrorKind::InvalidInput, problem));
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("query"), query}}).toJson(QJsonDocument::Compact);
    m_client.putJson(presetPath(name), body, context, [done = std::move(done)](const DaemonReply &reply) {
        if (!reply.ok())
            return done(tl::unexpected<Error>(errorFrom(reply)));
        done(presetFrom(reply.json().object()));
    });
}

void PresetClient::remove(const QString &name, QObject *context, Callback<bool> done)
{
    m_client.remove(presetPath(name), context, [done = std::move(done)](const DaemonReply &reply) {
        if (!reply.ok())
            return done(tl::unexpected<Error>(errorFrom(reply)));
        done(true);
    });
}

void PresetClient::rename(const QString &from, const QString &to, const QString &query, QObject *context,
                          Callback<UserPreset> done)
{
    // Write the new name first: a failure half-way leaves two copies, never none.
    save(to, query, context, [this, from, context, done](const Result<UserPreset> &saved) {
        if (!saved)
            return done(saved);
        remove(from, context, [saved, done](const Result<bool> &removed) {
            if (!removed)
                return done(tl::unexpected<Error>(removed.error()));
            done(saved);
        });
    });
}

void PresetClient::capsPresets(QObject *context, Callback<QStringList> done)
{
    m_client.get(QStringLiteral("/server-caps"), {}, context, [done = std::move(done)](const DaemonReply &reply) {
        if (!reply.ok())
            return done(tl::unexpected<Error>(errorFrom(reply)));
        QStringList names;
        for (const QJsonValue &value : reply.json().object().value(QStringLiteral("user_presets")).toArray())
            names.append(value.isObject() ? value.toObject().value(QStringLiteral("name")).toString() : value.toString());
        done(names);
    });
}

} // namespace Marquee::App
