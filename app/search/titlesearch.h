#pragma once

#include <QList>
#include <QNetworkAccessManager>
#include <QTimer>
#include <QWidget>

#include "app/search/searchresults.h"
#include "core/pipeline/previewrenderer.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;

namespace Marquee::Sources { class LocalLibrary; }

namespace Marquee::App {

class AppSettings;
class DaemonClient;

// Picks the title the preview renders: the local sample library offline, TMDB directly with the user's
// key, or the daemon's /search. Also holds the TMDB and MDBList keys the preview uses.
class TitleSearch : public QWidget
{
    Q_OBJECT

public:
    enum class Source { Library, Tmdb, Daemon };

    TitleSearch(const Sources::LocalLibrary &library, DaemonClient &daemon, QString tmdbApiBase,
                QWidget *parent = nullptr);

    Pipeline::PreviewKeys keys() const;
    TitleId selected() const { return m_selected; }
    QString selectedLabel() const { return m_selectedLabel; }
    void select(const TitleId &id, const QString &label);
    Source source() const;
    void setSource(Source source);
    void search(const QString &text);  // immediately, from the current source
    QList<SearchHit> hits() const { return m_hits; }
    void focusSearch();
    QString message() const;

    void load(const AppSettings &settings);
    void save(AppSettings &settings) const;

signals:
    void titleSelected(const TitleId &id);
    void keysChanged();
    void searched();  // results (or an error) are shown

private:
    void showHits(const QList<SearchHit> &hits, const QString &error = {});
    void searchTmdb(const QString &text);
    void searchDaemon(const QString &text);
    void activateRow(int row);

    const Sources::LocalLibrary &m_library;
    DaemonClient &m_daemon;
    QString m_tmdbApiBase;
    QNetworkAccessManager m_network;
    QTimer m_debounce;
    QList<SearchHit> m_hits;
    TitleId m_selected;
    QString m_selectedLabel;
    quint64 m_searchGeneration = 0;

    QComboBox *m_source;
    QLineEdit *m_query;
    QListWidget *m_results;
    QLabel *m_selection;
    QLabel *m_message;
    QLineEdit *m_tmdbKey;
    QLineEdit *m_mdblistKey;
};

} // namespace Marquee::App
