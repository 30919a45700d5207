// `cmake --install <build> --prefix <tmp> --component marqueed` (issue 5 "cmake --install works"): the
// binary, systemd unit, AppStream metainfo and docs land where packaging expects them, and the
// installed marqueed runs. The operator files are checked against that install and the daemon itself:
// the Containerfile's entrypoint is the installed binary under /usr, its health check and the Kubernetes
// probes name routes the installed daemon answers, the ports agree, every variable the manifests set is
// a setting marqueed reads, and a Kubernetes runAsNonRoot pod gets an image with a numeric user.
#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

constexpr int ProcessTimeoutMs = 60000;

QString sourceFile(const QString &relative)
{
    return QStringLiteral(MARQUEE_SOURCE_DIR "/") + relative;
}

QString readText(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

// Every capture of `pattern` (group 1) in `text`.
QStringList capturesOf(const QString &text, const QString &pattern)
{
    QStringList found;
    const QRegularExpression expression(pattern, QRegularExpression::MultilineOption);
    for (auto it = expression.globalMatch(text); it.hasNext();)
        found.append(it.next().captured(1));
    return found;
}

} // namespace

class tst_Packaging : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void installedFiles_data();
    void installedFiles();
    void installedBinaryRuns();
    void systemdUnitIsHardenedAndPointsAtTheBinary();
    void metainfoIsWellFormed();
    void containerfileMatchesTheInstall();
    void probesAreRoutesTheDaemonAnswers_data();
    void probesAreRoutesTheDaemonAnswers();
    void manifestVariablesAreSettings_data();
    void manifestVariablesAreSettings();

private:
    QString installed(const QString &relative) const { return m_prefix.filePath(relative); }
    QString binary() const { return installed(QStringLiteral(MARQUEE_INSTALL_BINDIR "/marqueed")); }

    QTemporaryDir m_prefix;
    QTemporaryDir m_work;
    QString m_containerfile;
    QString m_kubernetes;
};

void tst_Packaging::initTestCase()
{
    QVERIFY(m_prefix.isValid() && m_work.isValid());
    QProcess install;
    install.setProcessChannelMode(QProcess::MergedChannels);
    install.start(QStringLiteral(CMAKE_COMMAND_PATH),
                  {QStringLiteral("--install"), QStringLiteral(MARQUEE_BUILD_DIR), QStringLiteral("--prefix"),
                   m_prefix.path(), QStringLiteral("--component"), QStringLiteral("marqueed")});
    QVERIFY(install.waitForFinished(ProcessTimeoutMs));
    QVERIFY2(install.exitStatus() == QProcess::NormalExit && install.exitCode() == 0, install.readAll().constData());
    m_containerfile = readText(sourceFile(QStringLiteral("packaging/container/Containerfile")));
    m_kubernetes = readText(sourceFile(QStringLiteral("packaging/kubernetes/marqueed.yaml")));
    QVERIFY(!m_containerfile.isEmpty() && !m_kubernetes.isEmpty());
}

void tst_Packaging::installedFiles_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("binary") << QStringLiteral(MARQUEE_INSTALL_BINDIR "/marqueed");
    QTest::newRow("systemd unit") << QStringLiteral("lib/systemd/system/marqueed.service");
    QTest::newRow("metainfo") << QStringLiteral(MARQUEE_INSTALL_DATADIR "/metainfo/io.marquee.marqueed.metainfo.xml");
    QTest::newRow("README") << QStringLiteral(MARQUEE_INSTALL_DOCDIR "/README.md");
    QTest::newRow("font licenses") << QStringLiteral(MARQUEE_INSTALL_DOCDIR "/font-licenses");
}

void tst_Packaging::installedFiles()
{
    QFETCH(QString, path);
    const QFileInfo info(installed(path));
    QVERIFY2(info.exists(), qPrintable(info.filePath()));
    if (info.isDir())
        QVERIFY2(!QDir(info.filePath()).isEmpty(), qPrintable(info.filePath()));
    else
        QVERIFY2(info.size() > 0, qPrintable(info.filePath()));
}

void tst_Packaging::installedBinaryRuns()
{
    QVERIFY(QFileInfo(binary()).isExecutable());
    QProcess process;
    process.start(binary(), {QStringLiteral("--version")});
    QVERIFY(process.waitForFinished(ProcessTimeoutMs));
    QCOMPARE(process.exitCode(), 0);
    QCOMPARE(QString::fromUtf8(process.readAllStandardOutput()).trimmed(), QStringLiteral("marqueed " MARQUEE_VERSION));
}

void tst_Packaging::systemdUnitIsHardenedAndPointsAtTheBinary()
{
    const QString unit = readText(installed(QStringLiteral("lib/systemd/system/marqueed.service")));
    // The unit is configured for the prefix the build was configured with (what the .deb installs to).
    QVERIFY2(unit.contains(QStringLiteral("\nExecStart=" MARQUEE_INSTALL_FULL_BINDIR "/marqueed\n")), qPrintable(unit));
    for (const char *line : {"DynamicUser=yes", "ProtectSystem=strict", "NoNewPrivileges=yes", "StateDirectory=marqueed",
                             "CacheDirectory=marqueed", "WantedBy=multi-user.target"})
        QVERIFY2(unit.contains(QLatin1Char('\n') + QLatin1String(line) + QLatin1Char('\n')), line);
    QVERIFY(!unit.contains(QLatin1Char('@')));   // every @VAR@ was configured
}

void tst_Packaging::metainfoIsWellFormed()
{
    QFile file(installed(QStringLiteral(MARQUEE_INSTALL_DATADIR "/metainfo/io.marquee.marqueed.metainfo.xml")));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString id;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("id") && id.isEmpty())
            id = xml.readElementText();
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(id, QStringLiteral("io.marquee.marqueed"));
}

void tst_Packaging::containerfileMatchesTheInstall()
{
    // The image builds with prefix /usr, so the binary is /usr/<bindir>/marqueed.
    QVERIFY(m_containerfile.contains(QLatin1String("-DCMAKE_INSTALL_PREFIX=/usr")));
    QCOMPARE(capturesOf(m_containerfile, QStringLiteral("^ENTRYPOINT \\[\"([^\"]+)\"")),
             QStringList{QStringLiteral("/usr/" MARQUEE_INSTALL_BINDIR "/marqueed")});
    const QStringList ports = capturesOf(m_containerfile, QStringLiteral("PORT=(\\d+)"));
    QCOMPARE(ports.size(), 1);
    QCOMPARE(capturesOf(m_containerfile, QStringLiteral("^EXPOSE (\\d+)$")), ports);
    QCOMPARE(capturesOf(m_kubernetes, QStringLiteral("containerPort: (\\d+)")), ports);
    QCOMPARE(capturesOf(m_kubernetes, QStringLiteral("^\\s+PORT: \"(\\d+)\"")), ports);
    QCOMPARE(capturesOf(m_containerfile, QStringLiteral("HEALTHCHECK .*http://127\\.0\\.0\\.1:\\d+(/\\w+)")),
             QStringList{QStringLiteral("/live")});
    // Kubernetes' runAsNonRoot can only verify a numeric image user (a name is refused at pod start).
    if (m_kubernetes.contains(QLatin1String("runAsNonRoot: true")) && !m_kubernetes.contains(QLatin1String("runAsUser:"))) {
        const QStringList users = capturesOf(m_containerfile, QStringLiteral("^USER (\\S+)$"));
        QCOMPARE(users.size(), 1);
        QVERIFY2(QRegularExpression(QStringLiteral("^\\d+(:\\d+)?$")).match(users.first()).hasMatch(),
                 qPrintable(QStringLiteral("USER %1 is not numeric, so runAsNonRoot pods will not start").arg(users.first())));
    }
}

void tst_Packaging::probesAreRoutesTheDaemonAnswers_data()
{
    QTest::addColumn<QString>("path");
    QStringList paths = capturesOf(m_kubernetes, QStringLiteral("httpGet: \\{ path: (/\\w+)"));
    paths += capturesOf(m_containerfile, QStringLiteral("HEALTHCHECK .*http://127\\.0\\.0\\.1:\\d+(/\\w+)"));
    QVERIFY(paths.contains(QStringLiteral("/live")) && paths.contains(QStringLiteral("/ready")));
    paths.removeDuplicates();
    for (const QString &path : paths)
        QTest::newRow(qPrintable(path)) << path;
}

void tst_Packaging::probesAreRoutesTheDaemonAnswers()
{
    QFETCH(QString, path);
    QProcess daemon;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MARQUEE_DATA_DIR"), m_work.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("MARQUEE_CACHE_DIR"), m_work.filePath(QStringLiteral("cache")));
    for (const char *name : {"DATABASE_URL", "REDIS_URL", "OBJECT_STORE_URL", "PORT", "MARQUEE_HOST"})
        env.remove(QLatin1String(name));
    daemon.setProcessEnvironment(env);
    daemon.start(binary(), {QStringLiteral("--port"), QStringLiteral("0")});
    QVERIFY(daemon.waitForStarted(ProcessTimeoutMs));
    QByteArray output;
    QVERIFY(QTest::qWaitFor([&] {
        output += daemon.readAllStandardOutput();
        return output.contains('\n') || daemon.state() == QProcess::NotRunning;
    }, ProcessTimeoutMs));
    const QString port = capturesOf(QString::fromUtf8(output), QStringLiteral("listening on http://127\\.0\\.0\\.1:(\\d+)")).value(0);
    QVERIFY2(!port.isEmpty(), output.constData());

    QNetworkAccessManager network;
    QNetworkReply *reply = network.get(QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port, path))));
    QVERIFY(QTest::qWaitFor([reply] { return reply->isFinished(); }, ProcessTimeoutMs));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    delete reply;
    daemon.terminate();
    QVERIFY(daemon.waitForFinished(ProcessTimeoutMs));
    QCOMPARE(daemon.exitCode(), 0);
}

void tst_Packaging::manifestVariablesAreSettings_data()
{
    QTest::addColumn<QString>("variable");
    QTest::addColumn<QString>("file");
    // Indented "NAME: value" lines of the ConfigMap/Secret data and the compose environment, and the
    // Containerfile's ENV block.
    const QString yamlVariable = QStringLiteral("^\\s+([A-Z][A-Z0-9_]+): ");
    const QString compose = readText(sourceFile(QStringLiteral("packaging/container/compose.yaml")));
    const QString example = readText(sourceFile(QStringLiteral("packaging/container/marqueed.env.example")));
    QList<QPair<QString, QStringList>> sources{
        {QStringLiteral("kubernetes/marqueed.yaml"), capturesOf(m_kubernetes, yamlVariable)},
        {QStringLiteral("container/compose.yaml"),
         capturesOf(compose.left(compose.indexOf(QLatin1String("\nservices:"))), yamlVariable)},
        {QStringLiteral("container/marqueed.env.example"), capturesOf(example, QStringLiteral("^([A-Z][A-Z0-9_]+)="))},
        {QStringLiteral("container/Containerfile"),
         capturesOf(m_containerfile, QStringLiteral("^(?:ENV |\\s+)([A-Z][A-Z0-9_]+)="))},
    };
    for (const auto &[file, names] : sources) {
        QVERIFY2(!names.isEmpty(), qPrintable(file));
        for (const QString &name : names) {
            if (name == QLatin1String("DEBIAN_FRONTEND"))
                continue;   // the package tools', not ours
            QTest::newRow(qPrintable(file + QLatin1Char(' ') + name)) << name << file;
        }
    }
}

void tst_Packaging::manifestVariablesAreSettings()
{
    QFETCH(QString, variable);
    static const QString settings = [this] {
        QProcess process;
        process.start(binary(), {QStringLiteral("--list-settings")});
        return process.waitForFinished(ProcessTimeoutMs) ? QString::fromUtf8(process.readAllStandardOutput()) : QString();
    }();
    QVERIFY(!settings.isEmpty());
    QVERIFY2(settings.contains(QLatin1Char('`') + variable + QLatin1Char('`')), qPrintable(variable));
}

QTEST_MAIN(tst_Packaging)
#include "tst_packaging.moc"
