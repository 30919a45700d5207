// SigV4 against the worked examples AWS publishes: the S3 header-signing examples ("Signature
// Calculations for the Authorization Header: Transferring Payload in a Single Chunk") and the general
// SigV4 example (IAM ListUsers), step by step where AWS lists the intermediate values.
#include <QTest>

#include "core/blob/sigv4signer.h"

using Marquee::Blob::SigV4Request;
using Marquee::Blob::SigV4Signer;

namespace {

const QByteArray ExampleKeyId = QByteArrayLiteral("AKIAIOSFODNN7EXAMPLE");
const QByteArray S3ExampleSecret = QByteArrayLiteral("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
const QByteArray EmptyHash = QByteArrayLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
const QByteArray Host = QByteArrayLiteral("examplebucket.s3.amazonaws.com");

QDateTime may24()
{
    return QDateTime(QDate(2013, 5, 24), QTime(0, 0), Qt::UTC);
}

QByteArray signatureOf(const QByteArray &authorization)
{
    return authorization.mid(authorization.indexOf("Signature=") + 10);
}

using Query = QList<QPair<QByteArray, QByteArray>>;
using Headers = QList<QPair<QByteArray, QByteArray>>;

} // namespace

Q_DECLARE_METATYPE(SigV4Request)

class tst_SigV4Signer : public QObject
{
    Q_OBJECT

private slots:
    void s3Examples_data();
    void s3Examples();
    void getObjectIntermediateSteps();
    void iamExampleSigningKeyAndSignature();
    void signAddsAmzHeadersAndAuthorization();
    void uriEncode_data();
    void uriEncode();
    void headerValuesAreTrimmedAndSorted();
};

void tst_SigV4Signer::s3Examples_data()
{
    QTest::addColumn<SigV4Request>("request");
    QTest::addColumn<QByteArray>("signedHeaders");
    QTest::addColumn<QByteArray>("signature");

    QTest::newRow("GET Object with Range")
        << SigV4Request{"GET", "/test.txt", {},
                        Headers{{"Host", Host}, {"Range", "bytes=0-9"}, {"x-amz-content-sha256", EmptyHash},
                                {"x-amz-date", "20130524T000000Z"}},
                        EmptyHash}
        << QByteArray("host;range;x-amz-content-sha256;x-amz-date")
        << QByteArray("f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41");

    const QByteArray putHash = SigV4Signer::sha256Hex("Welcome to Amazon S3.");
    QTest::newRow("PUT Object with a reserved character in the key")
        << SigV4Request{"PUT", "/" + SigV4Signer::uriEncode("test$file.text", false), {},
                        Headers{{"Date", "Fri, 24 May 2013 00:00:00 GMT"}, {"Host", Host},
                                {"x-amz-date", "20130524T000000Z"}, {"x-amz-storage-class", "REDUCED_REDUNDANCY"},
                                {"x-amz-content-sha256", putHash}},
                        putHash}
        << QByteArray("date;host;x-amz-content-sha256;x-amz-date;x-amz-storage-class")
        << QByteArray("98ad721746da40c64f1a55b78f14c238d841ea1380cd77a1b5971af0ece108bd");

    QTest::newRow("GET Bucket lifecycle (query name without value)")
        << SigV4Request{"GET", "/", Query{{"lifecycle", ""}},
                        Headers{{"Host", Host}, {"x-amz-content-sha256", EmptyHash}, {"x-amz-date", "20130524T000000Z"}},
                        EmptyHash}
        << QByteArray("host;x-amz-content-sha256;x-amz-date")
        << QByteArray("fea454ca298b7da1c68078a5d1bdbfbbe0d65c699e0f91ac7a200a0136783543");

    QTest::newRow("GET Bucket list objects (query sorted)")
        << SigV4Request{"GET", "/", Query{{"prefix", "J"}, {"max-keys", "2"}},
                        Headers{{"Host", Host}, {"x-amz-content-sha256", EmptyHash}, {"x-amz-date", "20130524T000000Z"}},
                        EmptyHash}
        << QByteArray("host;x-amz-content-sha256;x-amz-date")
        << QByteArray("34b48302e7b5fa45bde8084f4b7868a86f0a534bc59db6670ed5711ef69dc6f7");
}

void tst_SigV4Signer::s3Examples()
{
    QFETCH(SigV4Request, request);
    QFETCH(QByteArray, signedHeaders);
    QFETCH(QByteArray, signature);

    const SigV4Signer signer(ExampleKeyId, S3ExampleSecret, "us-east-1");
    const QByteArray authorization = signer.authorization(request, may24());
    QCOMPARE(authorization, QByteArray("AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/"
                                       "aws4_request,SignedHeaders=")
                                + signedHeaders + ",Signature=" + signature);
    QCOMPARE(signatureOf(authorization), signature);
}

void tst_SigV4Signer::getObjectIntermediateSteps()
{
    const SigV4Request request{"GET", "/test.txt", {},
                               Headers{{"Host", Host}, {"Range", "bytes=0-9"}, {"x-amz-content-sha256", EmptyHash},
                                       {"x-amz-date", "20130524T000000Z"}},
                               EmptyHash};
    QByteArray signedHeaders;
    const QByteArray canonical = SigV4Signer::canonicalRequest(request, &signedHeaders);
    QCOMPARE(canonical, QByteArray("GET\n/test.txt\n\nhost:examplebucket.s3.amazonaws.com\nrange:bytes=0-9\n"
                                   "x-amz-content-sha256:" + EmptyHash + "\nx-amz-date:20130524T000000Z\n\n"
                                   "host;range;x-amz-content-sha256;x-amz-date\n" + EmptyHash));
    const SigV4Signer signer(ExampleKeyId, S3ExampleSecret, "us-east-1");
    QCOMPARE(signer.stringToSign(canonical, may24()),
             QByteArray("AWS4-HMAC-SHA256\n20130524T000000Z\n20130524/us-east-1/s3/aws4_request\n"
                        "7344ae5b7ee6c3e7e6b0fe0640412a37625d1fbfff95c48bbb2dc43964946972"));
}

void tst_SigV4Signer::iamExampleSigningKeyAndSignature()
{
    // docs.aws.amazon.com "Examples of how to derive a signing key" and the ListUsers walk-through.
    const SigV4Signer signer(ExampleKeyId, "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", "us-east-1", "iam");
    QCOMPARE(signer.signingKey("20150830").toHex(),
             QByteArray("c4afb1cc5771d871763a393e44b703571b55cc28424d1a5e86da6ed3c154a4b9"));
    const SigV4Request request{"GET", "/", Query{{"Action", "ListUsers"}, {"Version", "2010-05-08"}},
                               Headers{{"Content-Type", "application/x-www-form-urlencoded; charset=utf-8"},
                                       {"Host", "iam.amazonaws.com"}, {"X-Amz-Date", "20150830T123600Z"}},
                               EmptyHash};
    const QDateTime when(QDate(2015, 8, 30), QTime(12, 36), Qt::UTC);
    QCOMPARE(SigV4Signer::sha256Hex(SigV4Signer::canonicalRequest(request)),
             QByteArray("f536975d06c0309214f805bb90ccff089219ecd68b2577efef23edd43b7e1a59"));
    QCOMPARE(signatureOf(signer.authorization(request, when)),
             QByteArray("5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7"));
}

void tst_SigV4Signer::signAddsAmzHeadersAndAuthorization()
{
    const SigV4Signer signer(ExampleKeyId, S3ExampleSecret, "us-east-1");
    SigV4Request request{"GET", "/test.txt", {}, Headers{{"Host", Host}, {"Range", "bytes=0-9"}}, EmptyHash};
    signer.sign(request, may24());
    QCOMPARE(request.headers.size(), 5);
    QCOMPARE(request.headers.at(2), (QPair<QByteArray, QByteArray>{"x-amz-date", "20130524T000000Z"}));
    QCOMPARE(request.headers.at(3), (QPair<QByteArray, QByteArray>{"x-amz-content-sha256", EmptyHash}));
    QCOMPARE(request.headers.at(4).first, QByteArray("Authorization"));
    // The same request as AWS's GET Object example, so the same signature.
    QCOMPARE(signatureOf(request.headers.at(4).second),
             QByteArray("f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41"));
    QVERIFY(!request.headers.at(4).second.contains(S3ExampleSecret));
}

void tst_SigV4Signer::uriEncode_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("encodeSlash");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("unreserved stay") << QByteArray("AZaz09-._~") << true << QByteArray("AZaz09-._~");
    QTest::newRow("composite key colon") << QByteArray("tt1:278:movie~ab") << false << QByteArray("tt1%3A278%3Amovie~ab");
    QTest::newRow("slash kept in paths") << QByteArray("p/a b") << false << QByteArray("p/a%20b");
    QTest::newRow("slash encoded in query") << QByteArray("p/a") << true << QByteArray("p%2Fa");
    QTest::newRow("upper-case hex, utf-8") << QByteArray("\xc3\xa9=") << true << QByteArray("%C3%A9%3D");
}

void tst_SigV4Signer::uriEncode()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, encodeSlash);
    QFETCH(QByteArray, expected);
    QCOMPARE(SigV4Signer::uriEncode(input, encodeSlash), expected);
}

void tst_SigV4Signer::headerValuesAreTrimmedAndSorted()
{
    const SigV4Request request{"GET", "/", {}, Headers{{"X-B", "  two   words "}, {"x-a", "1"}, {"x-a", "2"}}, EmptyHash};
    QByteArray signedHeaders;
    const QByteArray canonical = SigV4Signer::canonicalRequest(request, &signedHeaders);
    QCOMPARE(signedHeaders, QByteArray("x-a;x-b"));
    QVERIFY2(canonical.contains("\nx-a:1,2\nx-b:two words\n"), canonical.constData());
}

QTEST_GUILESS_MAIN(tst_SigV4Signer)
#include "tst_sigv4signer.moc"
