// `marqueed render`: the real binary writes posters and the contact sheet from the bundled sample
// library with no API key, and reports bad input with exit code 2.
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "daemon/contactsheet.h"

namespace {

constexpr int RunTimeoutMs = 240000;

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class tst_RenderCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void writesPoster_data();
    void writesPoster();
    void rejectsBadInput_data();
    void rejectsBadInput();
    void contactSheet();

private:
    Run run(const QStringList &arguments) const;

    QTemporaryDir m_dir;
    QString m_binary = QStringLiteral(MARQUEED_PATH);
};

void tst_RenderCommand::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(m_binary), qPrintable(m_binary));
}

Run tst_RenderCommand::run(const QStringList &arguments) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Nothing from the developer's shell may change the outcome.
    for (const QString &name : env.keys()) {
        if (name.startsWith(QLatin1String("MARQUEE_")) || name.startsWith(QLatin1String("TMDB"))
            || name.startsWith(QLatin1String("MDBLIST")) || name == QLatin1String("IMAGE_FORMAT"))
            env.remove(name);
    }
    env.insert(QStringLiteral("MARQUEE_DATA_DIR"), m_dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("MARQUEE_CACHE_DIR"), m_dir.filePath(QStringLiteral("cache")));

    QProcess process;
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(m_dir.path());
    process.start(m_binary, QStringList{QStringLiteral("render")} + arguments);
    Run result;
    if (!process.waitForFinished(RunTimeoutMs) || process.exitStatus() != QProcess::NormalExit) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitCode();
    result.out = QString::fromLocal8Bit(process.readAllStandardOutput());
    result.err = QString::fromLocal8Bit(process.readAllStandardError());
    return result;
}

void tst_RenderCommand::writesPoster_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QSize>("size");
    QTest::addColumn<QByteArray>("format");

    QTest::newRow("defaults, file named after the id")
        << QStringList{QStringLiteral("tt90000001")} << QStringLiteral("tt90000001.jpg") << QSize(500, 750)
        << QByteArray("jpeg");
    QTest::newRow("preset, tv, explicit output")
        << QStringList{QStringLiteral("--preset"), QStringLiteral("bar_notch"), QStringLiteral("--type"),
                       QStringLiteral("tv"), QStringLiteral("--output"), QStringLiteral("series.jpg"),
                       QStringLiteral("tt90000007")}
        << QStringLiteral("series.jpg") << QSize(500, 750) << QByteArray("jpeg");
    QTest::newRow("landscape through --query")
        << QStringList{QStringLiteral("--query"), QStringLiteral("shape=landscape&rating_display_mode=3"),
                       QStringLiteral("-o"), QStringLiteral("wide.jpg"), QStringLiteral("tt90000002")}
        << QStringLiteral("wide.jpg") << QSize(1000, 563) << QByteArray("jpeg");
    QTest::newRow(".webp extension picks WebP")
        << QStringList{QStringLiteral("-o"), QStringLiteral("poster.webp"), QStringLiteral("tt90000003")}
        << QStringLiteral("poster.webp") << QSize(500, 750) << QByteArray("webp");
}

void tst_RenderCommand::writesPoster()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, file);
    QFETCH(QSize, size);
    QFETCH(QByteArray, format);

    const Run result = run(arguments);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QFile written(m_dir.filePath(file));
    QVERIFY2(written.open(QIODevice::ReadOnly), qPrintable(written.fileName()));
    const QByteArray bytes = written.readAll();
    const QImage image = QImage::fromData(bytes, format.constData());
    QVERIFY2(!image.isNull(), format.constData());
    QCOMPARE(image.size(), size);
    QCOMPARE(result.out.trimmed(), QStringLiteral("wrote %1 (%2×%3, %4 bytes)")
                                       .arg(file)
                                       .arg(size.width())
                                       .arg(size.height())
                                       .arg(bytes.size()));
}

void tst_RenderCommand::rejectsBadInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");

    QTest::newRow("bad id") << QStringList{QStringLiteral("nm123")}
                            << QStringLiteral("Invalid id (expected tt…, a TMDB id or tmdb:<id>)");
    QTest::newRow("bad type") << QStringList{QStringLiteral("--type"), QStringLiteral("book"), QStringLiteral("tt90000001")}
                              << QStringLiteral("Invalid type (movie|tv)");
    QTest::newRow("unknown preset")
        << QStringList{QStringLiteral("--preset"), QStringLiteral("no_such_preset"), QStringLiteral("tt90000001")}
        << QStringLiteral("Unknown preset 'no_such_preset'");
    QTest::newRow("bad shape") << QStringList{QStringLiteral("--query"), QStringLiteral("shape=round"), QStringLiteral("tt90000001")}
                               << QStringLiteral("Invalid shape (poster|landscape)");
    QTest::newRow("no id") << QStringList{} << QStringLiteral("Give exactly one ID");
    QTest::newRow("id with contact sheet") << QStringList{QStringLiteral("--contact-sheet"), QStringLiteral("tt90000001")}
                                           << QStringLiteral("--contact-sheet takes no ID");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("--colour"), QStringLiteral("tt90000001")}
                                    << QStringLiteral("Unknown option 'colour'");
}

void tst_RenderCommand::rejectsBadInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);

    const Run result = run(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
}

void tst_RenderCommand::contactSheet()
{
    const QString file = m_dir.filePath(QStringLiteral("sheet.png"));
    const Run result = run({QStringLiteral("--contact-sheet"), QStringLiteral("--output"), file});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));

    const QImage sheet(file, "PNG");
    QVERIFY(!sheet.isNull());
    // Ten preset rows, five rating-mode rows (0–4 × four palettes) and two fallback-canvas rows
    // (minimal / photoreal × four genres) of four 250×375 cells, plus labels, captions and gaps.
    using CS = Marquee::ContactSheet;
    const QList<CS::Section> sections = CS::sections();
    QCOMPARE(sections.size(), 3);
    QCOMPARE(sections[0].rows.size(), 10);
    QCOMPARE(sections[1].rows.size(), 5);
    QCOMPARE(sections[2].rows.size(), 2);
    for (const CS::Section &section : sections) {
        for (const CS::Row &row : section.rows)
            QCOMPARE(row.cells.size(), 4);
    }
    const int rows = 17;
    const int width = 2 * CS::Margin + CS::LabelWidth + 4 * CS::CellSize.width() + 3 * CS::Gap;
    const int height = 2 * CS::Margin + CS::TitleHeight + 3 * CS::HeadingHeight + 2 * CS::SectionGap
        + rows * (CS::CellSize.height() + CS::CaptionHeight) + (rows - 3) * CS::Gap;
    QCOMPARE(sheet.size(), QSize(width, height));
    QCOMPARE(CS::sheetSize(), sheet.size());

    // A cell holds a poster, not the background: its centre differs from the sheet's corner colour.
    const QPoint firstCell(CS::Margin + CS::LabelWidth + CS::CellSize.width() / 2,
                           CS::Margin + CS::TitleHeight + CS::HeadingHeight + CS::CellSize.height() / 2);
    QVERIFY(sheet.pixel(firstCell) != sheet.pixel(2, 2));
}

QTEST_MAIN(tst_RenderCommand)
#include "tst_rendercommand.moc"
