#pragma once

#include <memory>
#include <vector>

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QPair>
#include <QString>

class QTranslator;

namespace Marquee::App {

// Installs the app's catalogs (marquee_app_<lang> for the UI, marquee_<lang> for core texts such as
// tab names and error messages), both compiled in under :/i18n. Follows the system language unless the
// user chose one.
class AppLanguage
{
    Q_DECLARE_TR_FUNCTIONS(Marquee::App::AppLanguage)

public:
    AppLanguage();
    ~AppLanguage();

    // code "" = the system language; "es", "pt_PT", "pt_BR"… otherwise ("pt" alone means Brazil to
    // QLocale). Replaces what was installed.
    void apply(const QString &code);
    QString applied() const { return m_code; }

    // The selectable languages: code → native name (not translated: a user must find their own).
    static QList<QPair<QString, QString>> available();

private:
    void removeInstalled();

    QString m_code;
    std::vector<std::unique_ptr<QTranslator>> m_translators;
};

} // namespace Marquee::App
