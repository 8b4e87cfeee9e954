#pragma once
// A push button whose text wraps onto more lines instead of being cut off:
// a "Try this" button names its whole change ("Switch the 6 hidden layers to
// ReLU with He uniform initialisation") even in a narrow side dock.
#include <QPushButton>

namespace nnlab {

class WrappingButton : public QPushButton {
    Q_OBJECT
public:
    explicit WrappingButton(const QString& text, QWidget* parent = nullptr);

    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    static constexpr int kPadding = 6;  // between the bevel and the text
};

}  // namespace nnlab
