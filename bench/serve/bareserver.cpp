// bench/serve's calibration point: a bare QHttpServer answering one fixed file from RAM (with TCP_NODELAY,
// like marqueed), so the figures show what QHttpServer itself costs next to nginx and to marqueed's
// cache-hit path on the same machine.
//
//   bench-bare-http --port N --file poster.jpg        → GET /x answers the file's bytes
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QHttpServer>
#include <QHttpServerResponse>

#include <cstdio>

#include "daemon/http/lowdelaytcpserver.h"

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption portOption(QStringLiteral("port"), QStringLiteral("Port (0 = any)."), QStringLiteral("N"),
                                        QStringLiteral("0"));
    const QCommandLineOption fileOption(QStringLiteral("file"), QStringLiteral("File to serve at /x."), QStringLiteral("path"));
    parser.addOptions({portOption, fileOption});
    parser.process(app);
    QFile file(parser.value(fileOption));
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read --file\n");
        return 2;
    }
    const QByteArray bytes = file.readAll();
    QHttpServer server;
    server.route(QStringLiteral("/x"), [bytes](const QHttpServerRequest &) {
        QHttpServerResponse response(QByteArrayLiteral("image/jpeg"), bytes);
        response.setHeader(QByteArrayLiteral("ETag"), QByteArrayLiteral("\"0123456789abcdef0123456789abcdef\""));
        return response;
    });
    auto *tcp = new Marquee::Http::LowDelayTcpServer(&server);
    if (!tcp->listen(QHostAddress::LocalHost, static_cast<quint16>(parser.value(portOption).toUInt()))) {
        std::fprintf(stderr, "cannot listen\n");
        return 1;
    }
    server.bind(tcp);
    std::printf("bare QHttpServer listening on http://127.0.0.1:%u\n", unsigned(tcp->serverPort()));
    std::fflush(stdout);
    return app.exec();
}
