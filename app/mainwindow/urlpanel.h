#pragma once

#include <array>

#include <QWidget>

#include "core/config/posterurl.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace Marquee::App {

// URL import (any /poster, /p or RPDB URL) and the three copyable URL templates.
class UrlPanel : public QWidget
{
    Q_OBJECT

public:
    explicit UrlPanel(QWidget *parent = nullptr);

    void setTemplates(const QString &poster, const QString &preset, const QString &rpdb);
    QString templateText(Config::PosterUrlForm form) const;
    void copy(Config::PosterUrlForm form);

    QString presetName() const;
    void setPresetNames(const QStringList &names, const QString &current);
    bool tmdbPlaceholder() const;

    void setImportText(const QString &text);
    void importNow();
    void showImportResult(const QString &message, bool error);
    QString importMessage() const;
    void focusImport();

signals:
    void importRequested(const QString &url);
    void optionsChanged();  // preset name or placeholder kind

private:
    static size_t indexOf(Config::PosterUrlForm form) { return static_cast<size_t>(form); }

    QLineEdit *m_import;
    QLabel *m_importResult;
    QComboBox *m_preset;
    QCheckBox *m_tmdbPlaceholder;
    std::array<QLineEdit *, 3> m_urls{};
};

} // namespace Marquee::App
