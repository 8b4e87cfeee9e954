#pragma once
// The interface language: English source strings, German and Spanish
// translations embedded as :/i18n/nnlab_<lang>.qm. The choice is kept in
// QSettings, applied at start-up, and applied at run time by rebuilding the
// window (LanguageSwitch.h).
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
// Loads the translators for code ("" = system locale), replacing the ones it
// installed before; returns the language used.
QString installTranslators(QApplication& app, const QString& code);

}  // namespace nnlab
