// marquee-fakeupstream: the test suite's fake TMDB / image CDN / MDBList as a standalone server, for
// benchmarks and manual runs. Faults are switched over HTTP (GET /__control, see fakeupstream.h).
#include <QCommandLineParser>
#include <QGuiApplication>

#include <cstdio>

#include "tests/fakeupstream/fakeupstream.h"

int main(int argc, char *argv[])
{
    // Logos carry lettering, which needs a QGuiApplication; headless machines have no display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("marquee-fakeupstream"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Fake TMDB, TMDB image CDN and MDBList for Marquee's tests"));
    parser.addHelpOption();
    const QCommandLineOption portOption(QStringLiteral("port"), QStringLiteral("Port to listen on (0 = any free port)."),
                                        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption latencyOption(QStringLiteral("latency-ms"), QStringLiteral("Delay before every answer."),
                                           QStringLiteral("MS"), QStringLiteral("0"));
    const QCommandLineOption tmdbKeyOption(QStringLiteral("tmdb-key"), QStringLiteral("Accepted TMDB api_key."),
                                           QStringLiteral("KEY"), QStringLiteral("test-tmdb-key"));
    const QCommandLineOption mdbListKeyOption(QStringLiteral("mdblist-key"), QStringLiteral("Accepted MDBList apikey."),
                                              QStringLiteral("KEY"), QStringLiteral("test-mdblist-key"));
    parser.addOptions({portOption, latencyOption, tmdbKeyOption, mdbListKeyOption});
    parser.process(app);

    bool portOk = false;
    const uint port = parser.value(portOption).toUInt(&portOk);
    if (!portOk || port > 65535) {
        std::fprintf(stderr, "invalid --port\n");
        return 2;
    }
    Marquee::Tests::FakeUpstream fake;
    fake.setTmdbKey(parser.value(tmdbKeyOption));
    fake.setMdbListKey(parser.value(mdbListKeyOption));
    fake.setLatency(parser.value(latencyOption).toInt());
    if (fake.listen(static_cast<quint16>(port)) == 0) {
        std::fprintf(stderr, "fake upstream: cannot listen on port %u\n", port);
        return 1;
    }
    std::printf("fake upstream listening on %s\n", qPrintable(fake.baseUrl()));
    std::fflush(stdout);
    return app.exec();
}
