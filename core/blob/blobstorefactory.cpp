#include "core/blob/blobstorefactory.h"

#include <QCoreApplication>
#include <QUrl>

#include "core/blob/localdiskblobstore.h"

namespace Marquee::Blob {

Result<std::unique_ptr<BlobStore>> openBlobStore(const QString &objectStoreUrl, const QString &localDir,
                                                 const S3Credentials &credentials)
{
    const QString url = objectStoreUrl.trimmed();
    if (url.isEmpty())
        return std::unique_ptr<BlobStore>(std::make_unique<LocalDiskBlobStore>(localDir));

    const QString scheme = QUrl(url).scheme().toLower();
    if (scheme != QLatin1String("s3") && scheme != QLatin1String("s3+http") && scheme != QLatin1String("s3+https"))
        return fail(ErrorKind::InvalidInput,
                    QCoreApplication::translate("Marquee::Blob",
                                                "OBJECT_STORE_URL: unsupported scheme '%1' (use s3://, s3+http:// or s3+https://)")
                        .arg(scheme));
    auto location = S3Location::parse(url);
    if (!location)
        return fail(location.error());
    auto store = std::make_unique<S3BlobStore>(*location, credentials);
    // Fail fast at start: a daemon that cannot reach its bucket would only fail every render later.
    if (auto reachable = store->ping(); !reachable)
        return fail(ErrorKind::Internal,
                    QCoreApplication::translate("Marquee::Blob", "OBJECT_STORE_URL: the object store at %1 is unreachable (%2)")
                        .arg(location->describe(), reachable.error().message));
    return std::unique_ptr<BlobStore>(std::move(store));
}

} // namespace Marquee::Blob
