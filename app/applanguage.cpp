#include "app/applanguage.h"

#include <QTranslator>

#include "core/util/catalogcandidates.h"

namespace Marquee::App {

AppLanguage::AppLanguage() = default;

AppLanguage::~AppLanguage()
{
    removeInstalled();
}

void AppLanguage::removeInstalled()
{
    for (const auto &translator : m_translators)
        QCoreApplication::removeTranslator(translator.get());
    m_translators.clear();
}

void AppLanguage::apply(const QString &code)
{
    removeInstalled();
    m_code = code;
    // QLocale() would return the previous override, not the system language.
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    QLocale::setDefault(locale);
    const QStringList candidates = catalogCandidates(locale);
    for (const QString &catalog : {QStringLiteral("marquee_app"), QStringLiteral("marquee")}) {
        for (const QString &candidate : std::as_const(candidates)) {
            auto translator = std::make_unique<QTranslator>();
            if (translator->load(catalog + QLatin1Char('_') + candidate, QStringLiteral(":/i18n"))) {
                QCoreApplication::installTranslator(translator.get());
                m_translators.push_back(std::move(translator));
                break;
            }
        }
    }
}

QList<QPair<QString, QString>> AppLanguage::available()
{
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("es"), QStringLiteral("Español")},
            {QStringLiteral("fr"), QStringLiteral("Français")},
            {QStringLiteral("it"), QStringLiteral("Italiano")},
            {QStringLiteral("pt_PT"), QStringLiteral("Português (Portugal)")},
            {QStringLiteral("pt_BR"), QStringLiteral("Português (Brasil)")}};
}

} // namespace Marquee::App
