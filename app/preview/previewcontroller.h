#pragma once

#include <optional>

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QImage>
#include <QObject>

#include "core/config/renderconfig.h"
#include "core/config/titleid.h"
#include "core/pipeline/previewrenderer.h"
#include "core/util/error.h"

namespace Marquee::App {

// Renders previews off the GUI thread, latest request wins: at most one render runs per controller;
// requests arriving meanwhile replace each other, and only the newest is rendered next. A result is
// shown only if no newer one has been shown already.
class PreviewController : public QObject
{
    Q_OBJECT

public:
    explicit PreviewController(Pipeline::PreviewRenderer &renderer, QObject *parent = nullptr);
    ~PreviewController() override;

    void request(const TitleId &title, const Config::RenderConfig &config, const Pipeline::PreviewKeys &keys);

    quint64 requested() const { return m_requested; }  // generation of the newest request
    quint64 shown() const { return m_shown; }           // generation of the last emitted result
    bool idle() const { return !m_running && !m_pending; }

signals:
    void rendered(const QImage &image, int milliseconds);
    void failed(const QString &message);

private:
    struct Job
    {
        quint64 generation = 0;
        TitleId title;
        Config::RenderConfig config;
        Pipeline::PreviewKeys keys;
    };

    void start(Job job);
    void finished();

    Pipeline::PreviewRenderer &m_renderer;
    QFutureWatcher<Result<QImage>> m_watcher;
    std::optional<Job> m_pending;
    bool m_running = false;
    quint64 m_requested = 0;
    quint64 m_runningGeneration = 0;
    quint64 m_shown = 0;
    QElapsedTimer m_clock;
};

} // namespace Marquee::App
