#include "core/blob/localdiskblobstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryFile>

namespace Marquee::Blob {

namespace {

tl::unexpected<Error> invalidKey()
{
    return fail(ErrorKind::InvalidInput, QCoreApplication::translate("Marquee::Blob", "Invalid blob key"));
}

tl::unexpected<Error> diskError(const QString &what, const QString &reason)
{
    return fail(ErrorKind::Internal, QCoreApplication::translate("Marquee::Blob", "Blob store %1 failed: %2").arg(what, reason));
}

} // namespace

LocalDiskBlobStore::LocalDiskBlobStore(QString rootDir)
    : m_root(std::move(rootDir))
{
}

QString LocalDiskBlobStore::kind() const
{
    return QStringLiteral("local");
}

QString LocalDiskBlobStore::pathFor(const QString &key) const
{
    return m_root + QLatin1Char('/') + key;
}

VoidResult LocalDiskBlobStore::ping()
{
    if (!QDir().mkpath(m_root))
        return diskError(QStringLiteral("ping"), QCoreApplication::translate("Marquee::Blob", "cannot create %1").arg(m_root));
    // A real write, because permission bits say nothing when running as root or on a read-only mount.
    QTemporaryFile probe(m_root + QStringLiteral("/.ping-XXXXXX"));
    if (!probe.open() || probe.write("ok", 2) != 2)
        return diskError(QStringLiteral("ping"), probe.errorString());
    return {};
}

VoidResult LocalDiskBlobStore::put(const QString &key, const QByteArray &bytes)
{
    if (!isValidKey(key))
        return invalidKey();
    if (!QDir().mkpath(m_root))
        return diskError(QStringLiteral("put"), QCoreApplication::translate("Marquee::Blob", "cannot create %1").arg(m_root));
    QSaveFile file(pathFor(key));
    if (!file.open(QIODevice::WriteOnly))
        return diskError(QStringLiteral("put"), file.errorString());
    if (file.write(bytes) != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return diskError(QStringLiteral("put"), reason);
    }
    if (!file.commit())
        return diskError(QStringLiteral("put"), file.errorString());
    return {};
}

Result<std::optional<QByteArray>> LocalDiskBlobStore::get(const QString &key)
{
    if (!isValidKey(key))
        return invalidKey();
    QFile file(pathFor(key));
    if (!file.open(QIODevice::ReadOnly)) {
        if (!file.exists())
            return std::optional<QByteArray>();
        return diskError(QStringLiteral("get"), file.errorString());
    }
    return std::optional<QByteArray>(file.readAll());
}

Result<bool> LocalDiskBlobStore::exists(const QString &key)
{
    if (!isValidKey(key))
        return invalidKey();
    return QFileInfo(pathFor(key)).isFile();
}

VoidResult LocalDiskBlobStore::remove(const QString &key)
{
    if (!isValidKey(key))
        return invalidKey();
    QFile file(pathFor(key));
    if (!file.exists())
        return {};
    if (!file.remove() && file.exists())
        return diskError(QStringLiteral("remove"), file.errorString());
    return {};
}

} // namespace Marquee::Blob
