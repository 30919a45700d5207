#include "core/blob/blobstore.h"

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

} // namespace Marquee::Blob
