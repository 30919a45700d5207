#include "app/mainwindow/urlpanel.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace Marquee::App {

using Config::PosterUrlForm;

UrlPanel::UrlPanel(QWidget *parent)
    : QWidget(parent)
    , m_import(new QLineEdit(this))
    , m_importResult(new QLabel(this))
    , m_preset(new QComboBox(this))
    , m_tmdbPlaceholder(new QCheckBox(tr("Use {tmdb_id}"), this))
{
    m_import->setPlaceholderText(tr("Paste a /poster?…, /p/{preset}/{type}/{id}.jpg or /{key}/imdb/poster-default/{id}.jpg URL"));
    m_import->setClearButtonEnabled(true);
    auto *importButton = new QPushButton(tr("&Import"), this);
    m_importResult->setWordWrap(true);
    m_preset->setEditable(true);
    m_preset->setInsertPolicy(QComboBox::NoInsert);
    m_preset->setMinimumContentsLength(14);
    m_tmdbPlaceholder->setToolTip(tr("Templates name the title by {tmdb_id} instead of {imdb_id}."));

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    auto *importLabel = new QLabel(tr("Import &URL:"), this);
    importLabel->setBuddy(m_import);
    grid->addWidget(importLabel, 0, 0);
    grid->addWidget(m_import, 0, 1);
    grid->addWidget(importButton, 0, 2);
    grid->addWidget(m_importResult, 1, 1, 1, 2);

    auto *options = new QHBoxLayout;
    auto *presetLabel = new QLabel(tr("Pr&eset for /p and RPDB:"), this);
    presetLabel->setBuddy(m_preset);
    options->addWidget(presetLabel);
    options->addWidget(m_preset);
    options->addWidget(m_tmdbPlaceholder);
    options->addStretch();
    grid->addLayout(options, 2, 1, 1, 2);

    const struct
    {
        PosterUrlForm form;
        QString label;
        QString button;
    } rows[] = {{PosterUrlForm::Poster, tr("/poster template:"), tr("&Copy")},
                {PosterUrlForm::Preset, tr("/p template:"), tr("C&opy")},
                {PosterUrlForm::Rpdb, tr("RPDB template:"), tr("Cop&y")}};
    int row = 3;
    for (const auto &entry : rows) {
        auto *edit = new QLineEdit(this);
        edit->setReadOnly(true);
        edit->setObjectName(QStringLiteral("url%1").arg(static_cast<int>(entry.form)));
        auto *label = new QLabel(entry.label, this);
        label->setBuddy(edit);
        auto *button = new QPushButton(entry.button, this);
        button->setToolTip(tr("Copy this URL to the clipboard"));
        grid->addWidget(label, row, 0);
        grid->addWidget(edit, row, 1);
        grid->addWidget(button, row, 2);
        m_urls[indexOf(entry.form)] = edit;
        const PosterUrlForm form = entry.form;
        connect(button, &QPushButton::clicked, this, [this, form] { copy(form); });
        ++row;
    }
    grid->setColumnStretch(1, 1);

    connect(importButton, &QPushButton::clicked, this, &UrlPanel::importNow);
    connect(m_import, &QLineEdit::returnPressed, this, &UrlPanel::importNow);
    connect(m_preset, &QComboBox::currentTextChanged, this, &UrlPanel::optionsChanged);
    connect(m_tmdbPlaceholder, &QCheckBox::toggled, this, &UrlPanel::optionsChanged);
}

void UrlPanel::setTemplates(const QString &poster, const QString &preset, const QString &rpdb)
{
    m_urls[indexOf(PosterUrlForm::Poster)]->setText(poster);
    m_urls[indexOf(PosterUrlForm::Preset)]->setText(preset);
    m_urls[indexOf(PosterUrlForm::Rpdb)]->setText(rpdb);
    for (QLineEdit *edit : m_urls)
        edit->setCursorPosition(0);
}

QString UrlPanel::templateText(PosterUrlForm form) const
{
    return m_urls[indexOf(form)]->text();
}

void UrlPanel::copy(PosterUrlForm form)
{
    // Plain text only: a URL-encoded flavour would turn {imdb_id} into %7Bimdb_id%7D (reference §7.3).
    QApplication::clipboard()->setText(templateText(form));
    showImportResult(tr("Copied to the clipboard."), false);
}

QString UrlPanel::presetName() const
{
    return m_preset->currentText().trimmed();
}

void UrlPanel::setPresetNames(const QStringList &names, const QString &current)
{
    const QSignalBlocker blocker(m_preset);
    m_preset->clear();
    m_preset->addItems(names);
    m_preset->setCurrentText(current);
}

bool UrlPanel::tmdbPlaceholder() const
{
    return m_tmdbPlaceholder->isChecked();
}

void UrlPanel::setImportText(const QString &text)
{
    m_import->setText(text);
}

void UrlPanel::importNow()
{
    emit importRequested(m_import->text());
}

void UrlPanel::showImportResult(const QString &message, bool error)
{
    m_importResult->setText(message);
    m_importResult->setStyleSheet(error ? QStringLiteral("color: #c0392b;") : QString());
}

QString UrlPanel::importMessage() const
{
    return m_importResult->text();
}

void UrlPanel::focusImport()
{
    m_import->setFocus(Qt::ShortcutFocusReason);
    m_import->selectAll();
}

} // namespace Marquee::App
