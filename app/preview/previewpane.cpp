#include "app/preview/previewpane.h"

#include <QLabel>
#include <QPixmap>
#include <QVBoxLayout>

namespace Marquee::App {

PreviewPane::PreviewPane(const QString &caption, QWidget *parent)
    : QWidget(parent)
    , m_caption(new QLabel(caption, this))
    , m_picture(new QLabel(this))
    , m_status(new QLabel(this))
{
    QFont captionFont = m_caption->font();
    captionFont.setBold(true);
    captionFont.setPointSizeF(captionFont.pointSizeF() * 1.2);
    m_caption->setFont(captionFont);
    m_picture->setAlignment(Qt::AlignCenter);
    m_picture->setMinimumSize(200, 300);
    m_picture->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Ignored);
    m_picture->setStyleSheet(QStringLiteral("QLabel { background: #1d1f24; border-radius: 6px; }"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_caption);
    layout->addWidget(m_picture, 1);
    layout->addWidget(m_status);
}

void PreviewPane::showImage(const QImage &image, int milliseconds)
{
    m_image = image;
    m_status->setText(tr("%1 × %2 · rendered in %3 ms").arg(image.width()).arg(image.height()).arg(milliseconds));
    rescale();
}

void PreviewPane::showError(const QString &message)
{
    m_status->setText(tr("Preview failed: %1").arg(message));
}

void PreviewPane::showBusy()
{
    if (m_image.isNull())
        m_status->setText(tr("Rendering…"));
}

QString PreviewPane::status() const
{
    return m_status->text();
}

void PreviewPane::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    rescale();
}

void PreviewPane::rescale()
{
    if (m_image.isNull())
        return;
    const QSize box = m_picture->size() - QSize(8, 8);
    m_picture->setPixmap(QPixmap::fromImage(m_image.scaled(box, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
}

} // namespace Marquee::App
