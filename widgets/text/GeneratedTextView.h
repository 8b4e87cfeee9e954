#pragma once
// "Generated text": what a network trained on text writes, live while it
// trains. The worker samples it (core/tasks/supervised/TextPreview.h) and
// sends it in the snapshots (training/TextSampleNames.h); this view shows the
// latest samples, newest first, each under its step, and holds the
// temperature slider and the seed text, which it sends back as a
// SetTextSampling command through samplingChanged.
#include "training/Snapshot.h"

#include <QWidget>

#include <deque>
#include <memory>

class QLabel;
class QLineEdit;
class QSlider;
class QTextBrowser;
class QElapsedTimer;

namespace nnlab {

class GeneratedTextView : public QWidget {
    Q_OBJECT
public:
    explicit GeneratedTextView(QWidget* parent = nullptr);
    ~GeneratedTextView() override;

    static constexpr int kKeptSamples = 8;
    double temperature() const;
    QString seedText() const;
    void setTemperature(double temperature);
    void setSeedText(const QString& text);
    // The samples shown, newest first (plain text, seed included).
    QStringList shownSamples() const;
    // The temperature the newest sample was made at (-1 before any).
    double latestTemperature() const { return m_samples.empty() ? -1.0 : m_samples.front().temperature; }
    QSlider* temperatureSlider() const { return m_slider; }
    QLineEdit* seedField() const { return m_seed; }

public slots:
    void showSnapshot(std::shared_ptr<const nnlab::Snapshot> snapshot);

signals:
    // The user moved the slider or edited the seed text (and again when a new
    // run's samples were made with other settings than these).
    void samplingChanged(double temperature, const QString& seedText);
    // A run's first sample: the window may bring this view forward.
    void textAppeared();

private:
    struct Sample {
        std::uint64_t step = 0;
        double temperature = 0.0;
        QString seed, written;
    };
    void render();
    void showTemperature();
    void emitSampling();

    QLabel* m_empty = nullptr;
    QTextBrowser* m_text = nullptr;
    QSlider* m_slider = nullptr;
    QLabel* m_temperatureValue = nullptr;
    QLineEdit* m_seed = nullptr;
    std::deque<Sample> m_samples;
    std::unique_ptr<QElapsedTimer> m_sinceSent;  // resending mismatched settings at most twice a second
};

}  // namespace nnlab
