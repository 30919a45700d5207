#pragma once

#include <QImage>
#include <QWidget>

class QLabel;

namespace Marquee::App {

// One poster preview: the image scaled to fit, a caption ("A", "B") and a status line.
class PreviewPane : public QWidget
{
    Q_OBJECT

public:
    explicit PreviewPane(const QString &caption, QWidget *parent = nullptr);

    void showImage(const QImage &image, int milliseconds);
    void showError(const QString &message);
    void showBusy();
    QImage image() const { return m_image; }
    QString status() const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void rescale();

    QLabel *m_caption;
    QLabel *m_picture;
    QLabel *m_status;
    QImage m_image;
};

} // namespace Marquee::App
