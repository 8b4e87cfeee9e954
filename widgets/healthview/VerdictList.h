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

    // layerCount: the network's layers, so a button can say "the 6 hidden layers".
    void setVerdicts(const std::vector<Verdict>& verdicts, int layerCount = 0);
    // Dead units that no verdict is about (fewer than half of each layer):
    // "No problem found" says they are harmless, as the canvas does.
    void setHarmlessDead(int units);
    int harmlessDead() const { return m_harmlessDead; }
    // What the list says when there is no verdict (default: no problem in the gradients).
    void setEmptyText(const QString& text);
    const std::vector<Verdict>& verdicts() const { return m_verdicts; }
    // Clicks the "Try this" button of a remedy (tests, keyboard users).
    bool triggerTry(const QString& verdict, const QString& remedy);

    // Translated texts, falling back to the engine's English.
    static QString titleFor(const Verdict& v);
    static QString remedyText(const Verdict& v, const Remedy& r);
    static QString evidenceText(const Evidence& e);  // VerdictEvidence.cpp
    // A figure and a share as the CLI rounds them (health/Figures.h), in the locale: "4.67e-05", "63 %".
    static QString figureText(double v);
    static QString percentText(double share);
    static QString notesText(const Verdict& v);      // the notes correction
    // What a remedy's "Try this" changes, for its button and Edit > Undo (VerdictTryLabel.cpp).
    static QString tryLabel(const Remedy& r, int layerCount = 0);
    // The two-player remedies (learning rates and steps of the generator and
    // the discriminator, the loss, label smoothing), worded by key with their
    // figures; empty for another key (VerdictAdversarialText.cpp).
    static QString adversarialRemedyText(const Remedy& r);
    static QString adversarialTryLabel(const Remedy& r);
    static QString adversarialEvidenceText(const Evidence& e);

signals:
    // The user wants a remedy's changes: apply them with nnlab::applyTry()
    // (kind "set") or as SetHyper commands (kind "hyper").
    // label: tryLabel(), the name of the change on the undo stack.
    void tryRequested(const QString& verdict, const QString& remedy, const std::vector<nnlab::TryChange>& changes,
                      const QString& label);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void rebuild();
    void sizeButtonRows();
    static QString signature(const std::vector<Verdict>& verdicts);
    static QString layersToolTip(const Verdict& v);

    std::vector<Verdict> m_verdicts;
    QString m_signature;
    int m_layerCount = 0;
    int m_harmlessDead = 0;
    QString m_emptyText;
};

}  // namespace nnlab
