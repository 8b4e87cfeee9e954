#include "Language.h"

#include "SettingsKeys.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

namespace nnlab {

QList<LanguageChoice> availableLanguages() {
    return {{QString(), QCoreApplication::translate("Language", "System language")},
            {QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("de"), QStringLiteral("Deutsch")},
            {QStringLiteral("es"), QStringLiteral("Espa\u00f1ol")}};
}

QString savedLanguage() { return QSettings().value(SettingsKeys::kLanguage).toString(); }

void saveLanguage(const QString& code) { QSettings().setValue(SettingsKeys::kLanguage, code); }

namespace {
// The translators installed last, removed when the language changes at run time.
QList<QPointer<QTranslator>>& installed() {
    static QList<QPointer<QTranslator>> list;
    return list;
}
}  // namespace

QString installTranslators(QApplication& app, const QString& code) {
    for (const QPointer<QTranslator>& old : installed()) {
        if (!old) continue;
        QApplication::removeTranslator(old);
        old->deleteLater();
    }
    installed().clear();
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    const QString language = locale.name().section(QLatin1Char('_'), 0, 0);
    // Numbers as the language writes them ("5.994" in German), not as the system does.
    QLocale::setDefault(locale);
    const bool english = language == QLatin1String("en") || language == QLatin1String("C");
    auto* own = new QTranslator(&app);
    // English is the source language, but tr("%n units", nullptr, 1) needs
    // nnlab_en's plural forms to read "1 unit".
    if (own->load(QStringLiteral(":/i18n/nnlab_") + (english ? QStringLiteral("en") : language))) {
        app.installTranslator(own);
        installed().append(own);
    } else {
        delete own;
    }
    if (english) return QStringLiteral("en");
    // Qt's own strings (dialog buttons) when the system has them.
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        app.installTranslator(qt);
        installed().append(qt);
    } else {
        delete qt;
    }
    return language;
}

}  // namespace nnlab
