#include "app/search/titlesearch.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkReply>
#include <QUrlQuery>
#include <QVBoxLayout>

#include "app/appsettings.h"
#include "app/daemoncontrol/daemonclient.h"

namespace Marquee::App {

namespace {

constexpr int DebounceMs = 300;

} // namespace

TitleSearch::TitleSearch(const Sources::LocalLibrary &library, DaemonClient &daemon, QString tmdbApiBase,
                         QWidget *parent)
    : QWidget(parent)
    , m_library(library)
    , m_daemon(daemon)
    , m_tmdbApiBase(std::move(tmdbApiBase))
    , m_source(new QComboBox(this))
    , m_query(new QLineEdit(this))
    , m_results(new QListWidget(this))
    , m_selection(new QLabel(this))
    , m_message(new QLabel(this))
    , m_tmdbKey(new QLineEdit(this))
    , m_mdblistKey(new QLineEdit(this))
{
    m_source->addItem(tr("Local library (offline)"), static_cast<int>(Source::Library));
    m_source->addItem(tr("TMDB (with your key)"), static_cast<int>(Source::Tmdb));
    m_source->addItem(tr("Daemon /search"), static_cast<int>(Source::Daemon));
    m_query->setPlaceholderText(tr("Title, tt… or TMDB id (Ctrl+F)"));
    m_query->setClearButtonEnabled(true);
    m_results->setMinimumHeight(120);
    m_results->setMaximumHeight(200);
    m_results->setUniformItemSizes(true);
    m_results->setTextElideMode(Qt::ElideMiddle);
    m_results->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_selection->setWordWrap(true);
    m_message->setWordWrap(true);
    m_tmdbKey->setEchoMode(QLineEdit::Password);
    m_tmdbKey->setPlaceholderText(tr("needed for TMDB titles"));
    m_mdblistKey->setEchoMode(QLineEdit::Password);
    m_mdblistKey->setPlaceholderText(tr("optional: ratings for TMDB titles"));

    auto *form = new QFormLayout;
    form->addRow(tr("S&ource:"), m_source);
    form->addRow(tr("Sea&rch:"), m_query);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_results);
    layout->addWidget(m_selection);
    layout->addWidget(m_message);
    auto *keys = new QFormLayout;
    keys->addRow(tr("T&MDB key:"), m_tmdbKey);
    keys->addRow(tr("MD&BList key:"), m_mdblistKey);
    layout->addLayout(keys);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(DebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, [this] { search(m_query->text()); });
    connect(m_query, &QLineEdit::textEdited, this, [this] { m_debounce.start(); });
    connect(m_query, &QLineEdit::returnPressed, this, [this] {
        m_debounce.stop();
        search(m_query->text());
    });
    connect(m_source, &QComboBox::currentIndexChanged, this, [this] { search(m_query->text()); });
    connect(m_results, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) { activateRow(m_results->row(item)); });
    connect(m_results, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) { activateRow(m_results->row(item)); });
    connect(m_tmdbKey, &QLineEdit::editingFinished, this, &TitleSearch::keysChanged);
    connect(m_mdblistKey, &QLineEdit::editingFinished, this, &TitleSearch::keysChanged);
    search(QString());
}

Pipeline::PreviewKeys TitleSearch::keys() const
{
    return {m_tmdbKey->text().trimmed(), m_mdblistKey->text().trimmed()};
}

TitleSearch::Source TitleSearch::source() const
{
    return static_cast<Source>(m_source->currentData().toInt());
}

void TitleSearch::setSource(Source source)
{
    m_source->setCurrentIndex(m_source->findData(static_cast<int>(source)));
}

void TitleSearch::focusSearch()
{
    m_query->setFocus(Qt::ShortcutFocusReason);
    m_query->selectAll();
}

QString TitleSearch::message() const
{
    return m_message->text();
}

void TitleSearch::select(const TitleId &id, const QString &label)
{
    m_selected = id;
    m_selectedLabel = label;
    m_selection->setText(tr("Previewing: <b>%1</b>").arg(label.toHtmlEscaped()));
    emit titleSelected(id);
}

void TitleSearch::activateRow(int row)
{
    if (row >= 0 && row < m_hits.size())
        select(m_hits.at(row).id, m_hits.at(row).label());
}

void TitleSearch::search(const QString &text)
{
    ++m_searchGeneration;
    switch (source()) {
    case Source::Library:
        showHits(SearchResults::fromLibrary(m_library, text));
        return;
    case Source::Tmdb:
        searchTmdb(text.trimmed());
        return;
    case Source::Daemon:
        searchDaemon(text.trimmed());
        return;
    }
}

void TitleSearch::searchTmdb(const QString &text)
{
    if (keys().tmdbKey.isEmpty())
        return showHits({}, tr("Enter a TMDB key to search TMDB."));
    if (text.isEmpty())
        return showHits({});
    QUrl url(m_tmdbApiBase + QStringLiteral("/search/multi"));
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("api_key"), QString::fromLatin1(QUrl::toPercentEncoding(keys().tmdbKey)));
    query.addQueryItem(QStringLiteral("query"), QString::fromLatin1(QUrl::toPercentEncoding(text)));
    query.addQueryItem(QStringLiteral("include_adult"), QStringLiteral("false"));
    query.addQueryItem(QStringLiteral("page"), QStringLiteral("1"));
    url.setQuery(query);
    QNetworkReply *reply = m_network.get(QNetworkRequest(url));
    const quint64 generation = m_searchGeneration;
    connect(reply, &QNetworkReply::finished, this, [this, reply, generation] {
        reply->deleteLater();
        if (generation != m_searchGeneration)
            return;  // a newer search is under way
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status != 200)
            return showHits({}, status == 0 ? tr("TMDB did not answer.") : tr("TMDB answered HTTP %1.").arg(status));
        showHits(SearchResults::fromTmdb(reply->readAll()));
    });
}

void TitleSearch::searchDaemon(const QString &text)
{
    if (text.isEmpty())
        return showHits({});
    QUrlQuery query;
    // Percent-encoded up front so a '+', '&' or '%' typed into the box reaches the daemon as itself.
    query.addQueryItem(QStringLiteral("q"), QString::fromLatin1(QUrl::toPercentEncoding(text)));
    if (!keys().tmdbKey.isEmpty())
        query.addQueryItem(QStringLiteral("tmdb_key"), QString::fromLatin1(QUrl::toPercentEncoding(keys().tmdbKey)));
    const quint64 generation = m_searchGeneration;
    m_daemon.get(QStringLiteral("/search"), query, this, [this, generation](const DaemonReply &reply) {
        if (generation != m_searchGeneration)
            return;
        if (!reply.ok())
            return showHits({}, tr("The daemon's search failed: %1").arg(reply.errorMessage));
        showHits(SearchResults::fromTmdb(reply.body));
    });
}

void TitleSearch::showHits(const QList<SearchHit> &hits, const QString &error)
{
    m_hits = hits;
    m_results->clear();
    for (const SearchHit &hit : hits)
        m_results->addItem(hit.label());
    if (!error.isEmpty())
        m_message->setText(error);
    else
        m_message->setText(hits.isEmpty() ? tr("No titles found.") : QString());
    emit searched();
}

void TitleSearch::load(const AppSettings &settings)
{
    m_tmdbKey->setText(settings.value(AppSettings::tmdbKey()).toString());
    m_mdblistKey->setText(settings.value(AppSettings::mdblistKey()).toString());
    setSource(static_cast<Source>(settings.value(AppSettings::searchSource(), 0).toInt()));
}

void TitleSearch::save(AppSettings &settings) const
{
    settings.setValue(AppSettings::tmdbKey(), m_tmdbKey->text());
    settings.setValue(AppSettings::mdblistKey(), m_mdblistKey->text());
    settings.setValue(AppSettings::searchSource(), static_cast<int>(source()));
}

} // namespace Marquee::App
