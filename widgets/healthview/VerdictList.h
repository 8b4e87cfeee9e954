#pragma once
// The verdict panel: one entry per diagnosis (core health/Diagnosis), its
// evidence and remedies as children, and a "Try this" button on every remedy
// that is a setting. Every text is worded here through tr(), from the stable
// keys (verdict name, remedy key, evidence key) and the figures the engine
// records; the engine's English is only a fallback for unknown keys.
#include "health/Verdict.h"

#include <QTreeWidget>

#include <vector>

namespace nnlab {

class VerdictList : public QTreeWidget {
    Q_OBJECT
public:
    explicit VerdictList(QWidget* parent = nullptr);

    void setVerdicts(const std::vector<Verdict>& verdicts);
    const std::vector<Verdict>& verdicts() const { return m_verdicts; }
    // Clicks the "Try this" button of a remedy (tests, keyboard users).
    bool triggerTry(const QString& verdict, const QString& remedy);

    // Translated texts, falling back to the engine's English.
    static QString titleFor(const Verdict& v);
    static QString remedyText(const Verdict& v, const Remedy& r);
    static QString evidenceText(const Evidence& e);  // VerdictEvidence.cpp
    static QString notesText(const Verdict& v);      // the notes correction

signals:
    // The user wants a remedy's changes: apply them with nnlab::applyTry()
    // (kind "set") or as SetHyper commands (kind "hyper").
    void tryRequested(const QString& verdict, const QString& remedy, const std::vector<nnlab::TryChange>& changes);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void rebuild();
    static QString signature(const std::vector<Verdict>& verdicts);

    std::vector<Verdict> m_verdicts;
    QString m_signature;
};

}  // namespace nnlab
