#include "core/blob/blobstore.h"

#include <QStringList>
#include <QUrl>

namespace Marquee::Blob {

bool BlobStore::isValidKey(const QString &key)
{
    // Keys become file names and object paths, so the alphabet alone must make traversal impossible:
    // no '/', no "..", no leading '.' (hidden files, "." and "..").
    if (key.isEmpty() || key.size() > 200 || key.startsWith(QLatin1Char('.'))
        || key.contains(QLatin1String("..")))
        return false;
    for (const QChar c : key) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9')
                        || u == u':' || u == u'.' || u == u'_' || u == u'~' || u == u'-';
        if (!ok)
            return false;
    }
    return true;
}

Result<bool> BlobStore::exists(const QString &key)
{
    auto bytes = get(key);
    if (!bytes)
        return fail(bytes.error());
    return bytes->has_value();
}

QString BlobStore::publicUrl(const QString &publicBase, const QString &key) const
{
    QString base = publicBase.trimmed();
    while (base.endsWith(QLatin1Char('/')))
        base.chop(1);
    QStringList segments = objectKey(key).split(QLatin1Char('/'));
    for (QString &segment : segments)
        segment = QString::fromLatin1(QUrl::toPercentEncoding(segment));
    return base + QLatin1Char('/') + segments.join(QLatin1Char('/'));
}

} // namespace Marquee::Blob
