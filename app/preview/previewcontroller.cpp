#include "app/preview/previewcontroller.h"

#include <QtConcurrent/QtConcurrentRun>

namespace Marquee::App {

PreviewController::PreviewController(Pipeline::PreviewRenderer &renderer, QObject *parent)
    : QObject(parent)
    , m_renderer(renderer)
{
    connect(&m_watcher, &QFutureWatcher<Result<QImage>>::finished, this, &PreviewController::finished);
}

PreviewController::~PreviewController()
{
    // The worker holds references to the renderer; let it finish before anything is torn down.
    m_pending.reset();
    m_watcher.waitForFinished();
}

void PreviewController::request(const TitleId &title, const Config::RenderConfig &config,
                                const Pipeline::PreviewKeys &keys)
{
    Job job{++m_requested, title, config, keys};
    if (m_running) {
        m_pending = std::move(job);  // replaces any older waiting request
        return;
    }
    start(std::move(job));
}

void PreviewController::start(Job job)
{
    m_running = true;
    m_runningGeneration = job.generation;
    m_clock.start();
    Pipeline::PreviewRenderer *renderer = &m_renderer;
    m_watcher.setFuture(QtConcurrent::run([renderer, job = std::move(job)] {
        return renderer->render(job.title, job.config, job.keys);
    }));
}

void PreviewController::finished()
{
    m_running = false;
    const Result<QImage> result = m_watcher.result();
    const int elapsed = static_cast<int>(m_clock.elapsed());
    if (m_runningGeneration > m_shown) {
        m_shown = m_runningGeneration;
        if (result)
            emit rendered(*result, elapsed);
        else
            emit failed(result.error().message);
    }
    if (m_pending) {
        Job next = std::move(*m_pending);
        m_pending.reset();
        start(std::move(next));
    }
}

} // namespace Marquee::App
