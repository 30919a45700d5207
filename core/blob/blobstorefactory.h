#pragma once

#include <memory>

#include <QString>

#include "core/blob/blobstore.h"
#include "core/blob/s3blobstore.h"

namespace Marquee::Blob {

// Opens the store OBJECT_STORE_URL names (marquee.md §6): empty → a local directory `localDir`;
// s3://, s3+http://, s3+https:// → an S3-compatible bucket (S3Location documents the forms), signed with
// `credentials` (AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY) and pinged (HEAD bucket) before it is
// returned. Any other scheme or a malformed URL is an InvalidInput error naming OBJECT_STORE_URL; a
// bucket that does not answer is an Internal error naming the endpoint.
Result<std::unique_ptr<BlobStore>> openBlobStore(const QString &objectStoreUrl, const QString &localDir,
                                                 const S3Credentials &credentials = {});

} // namespace Marquee::Blob
