#pragma once
// The interface language: English source strings, German and Spanish
// translations embedded as :/i18n/nnlab_<lang>.qm. The choice is kept in
// QSettings and applied at start-up.
#include <QString>
#include <QStringList>

class QApplication;

namespace nnlab {

struct LanguageChoice {
    QString code;   // "" = follow the system, "en", "de", "es"
    QString name;   // in its own language: "Deutsch"
};

QList<LanguageChoice> availableLanguages();
QString savedLanguage();
void saveLanguage(const QString& code);
// Loads the translators for code ("" = system locale); returns the language used.
QString installTranslators(QApplication& app, const QString& code);

}  // namespace nnlab
