#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include "core/config/serversettings.h"
#include "core/pipeline/posterpipeline.h"
#include "core/util/error.h"

namespace Marquee {

// One poster to render outside HTTP: the id as /p takes it, an optional preset and query overrides.
struct RenderJob
{
    QString id;                           // tt…, TMDB digits or tmdb:<digits>
    QString type = QStringLiteral("movie");
    QString preset;                       // empty: the reference defaults
    QUrlQuery query;                      // /poster parameters applied on top of the preset
};

// `marqueed render`: renders one poster (or, with --contact-sheet, the ContactSheet grid) through the
// same PosterPipeline the daemon serves from, with the same settings, and writes it to a file.
// Exit codes: 0 written, 1 render or write failure, 2 bad command line or settings.
class RenderCommand
{
    Q_DECLARE_TR_FUNCTIONS(Marquee::RenderCommand)

public:
    // arguments as QCoreApplication::arguments(): program, "render", options…
    static int run(const QStringList &arguments);

    // The pipeline request for a job. /p id semantics (IMDb ids resolve); the job's query goes through
    // the /poster parser, so it is validated exactly like a URL. InvalidInput for a bad id, type,
    // parameter or an unknown preset. DEFAULT_LOGO_LANGUAGE applies as on the HTTP routes.
    static Result<Pipeline::PosterRequest> request(const RenderJob &job, const Config::ServerSettings &settings,
                                                   Pipeline::ImageFormat format);

    // Renders the request; when the ratings were not cached yet (nothing persisted) it waits for the
    // background fetch the pipeline started and renders once more, so a script gets the settled poster.
    static Result<QByteArray> produce(Pipeline::PosterPipeline &pipeline, const Pipeline::PosterRequest &request);

    // .webp / .jpg / .jpeg pick the format; any other name follows IMAGE_FORMAT.
    static Pipeline::ImageFormat formatFor(const QString &fileName, const QString &imageFormatSetting);
};

} // namespace Marquee
