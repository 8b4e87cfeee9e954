#pragma once
// A one-line text that changes many times a second (epoch counter, loss
// readout). Unlike QLabel, setText() only repaints: it never asks the window
// to lay itself out again, which with docks and a graphics view costs far
// more than the frame it belongs to. The width is reserved from a sample text.
#include <QWidget>

namespace nnlab {

class ReadoutLabel : public QWidget {
    Q_OBJECT
public:
    explicit ReadoutLabel(QWidget* parent = nullptr);

    void setText(const QString& text);
    QString text() const { return m_text; }
    // The widest text expected: the label keeps room for it.
    void setSampleText(const QString& sample);
    void setAlignment(Qt::Alignment alignment);
    // Room for this many lines, the text wrapped at word boundaries: for a
    // sentence with a figure that a narrow dock (1024 px) would cut off.
    void setLineCount(int lines);
    int lineCount() const { return m_lines; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    QString m_text;
    QString m_sample;
    Qt::Alignment m_alignment = Qt::AlignLeft | Qt::AlignVCenter;
    int m_lines = 1;
};

}  // namespace nnlab
