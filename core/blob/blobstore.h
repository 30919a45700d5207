#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

#include "core/util/error.h"

namespace Marquee::Blob {

// Where composite bytes live. Keys are built by the pipeline from validated ids only
// ([A-Za-z0-9:._~-]); implementations reject anything else. Thread-safe and blocking.
class BlobStore
{
public:
    virtual ~BlobStore() = default;

    virtual QString kind() const = 0;  // "local", "s3"
    virtual VoidResult ping() = 0;
    virtual VoidResult put(const QString &key, const QByteArray &bytes) = 0;   // atomic: all or nothing
    virtual Result<std::optional<QByteArray>> get(const QString &key) = 0;     // nullopt when absent
    virtual VoidResult remove(const QString &key) = 0;                         // absent is not an error
    // Whether the key holds bytes, without fetching them (the default does fetch them).
    virtual Result<bool> exists(const QString &key);

    // Where the key lives inside the store, as a public (CDN) URL path ends with it: the key itself for a
    // directory, "{prefix}/{key}" for a bucket with a prefix.
    virtual QString objectKey(const QString &key) const { return key; }
    // "{publicBase}/{objectKey(key)}" with each path segment percent-encoded (':' → %3A, as S3 signs it).
    QString publicUrl(const QString &publicBase, const QString &key) const;

    static bool isValidKey(const QString &key);
};

} // namespace Marquee::Blob
