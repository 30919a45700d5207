#pragma once

#include <QString>

#include "core/blob/blobstore.h"

namespace Marquee::Blob {

// Composite bytes as files in one local directory (OBJECT_STORE_URL empty). Writes go through a
// temporary file renamed into place, so a reader sees the old bytes or the new ones, never a torn file.
//
//   Blob::LocalDiskBlobStore blobs(cacheDir + "/composites");
//   blobs.put("tt0111161:278:movie:0123abcd~9f8e7d6c5b4a3210", jpegBytes);
class LocalDiskBlobStore : public BlobStore
{
public:
    explicit LocalDiskBlobStore(QString rootDir);

    QString kind() const override;
    VoidResult ping() override;     // the directory exists (created on demand) and takes a new file
    VoidResult put(const QString &key, const QByteArray &bytes) override;
    Result<std::optional<QByteArray>> get(const QString &key) override;
    VoidResult remove(const QString &key) override;
    Result<bool> exists(const QString &key) override;

    QString rootDir() const { return m_root; }

private:
    QString pathFor(const QString &key) const;

    QString m_root;
};

} // namespace Marquee::Blob
