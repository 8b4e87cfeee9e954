#include "ExamplesMenu.h"

#include <QCoreApplication>
#include <QMenu>

namespace nnlab {

const std::vector<ExampleInfo>& exampleTable() {
    static const std::vector<ExampleInfo> table = {
        {"default", QT_TRANSLATE_NOOP("Examples", "Playground"), QT_TRANSLATE_NOOP("Examples", "Spiral, two hidden layers")},
        {"xor_relu", QT_TRANSLATE_NOOP("Examples", "Playground"), QT_TRANSLATE_NOOP("Examples", "XOR with four ReLU units")},
        {"blobs_softmax", QT_TRANSLATE_NOOP("Examples", "Playground"),
         QT_TRANSLATE_NOOP("Examples", "Four blobs: softmax output and cross-entropy")},
        {"regression_plane", QT_TRANSLATE_NOOP("Examples", "Playground"),
         QT_TRANSLATE_NOOP("Examples", "Regression: one linear unit finds the plane")},
        {"circle_zero_init", QT_TRANSLATE_NOOP("Examples", "Playground"),
         QT_TRANSLATE_NOOP("Examples", "Zero initialisation: the circle never leaves ln 2")},
        {"spiral_deep_sigmoid", QT_TRANSLATE_NOOP("Examples", "Playground"),
         QT_TRANSLATE_NOOP("Examples", "Vanishing gradients: six sigmoid layers on the spiral")},
        {"convnetjs_classify2d", QT_TRANSLATE_NOOP("Examples", "Playground"),
         QT_TRANSLATE_NOOP("Examples", "ConvNetJS's classify2d: 2-6-2-2 tanh with a softmax output")},
        {"bars_cnn", QT_TRANSLATE_NOOP("Examples", "Images"),
         QT_TRANSLATE_NOOP("Examples", "Bars: a small convolutional network tells horizontal from vertical lines")},
        {"digits-cnn", QT_TRANSLATE_NOOP("Examples", "Images"),
         QT_TRANSLATE_NOOP("Examples", "Generated digits: a small convolutional network reads pen-stroke digits 0-9")},
        {"fashion-mnist-mlp", QT_TRANSLATE_NOOP("Examples", "Images"),
         QT_TRANSLATE_NOOP("Examples", "Fashion-MNIST: a 784-256-128-100-10 perceptron (baseline 0.883)")},
        {"fashion-mnist-cnn", QT_TRANSLATE_NOOP("Examples", "Images"),
         QT_TRANSLATE_NOOP("Examples", "Fashion-MNIST: two convolution and pooling layers (baseline 0.916)")},
        // A pair with the same data and budget: the lesson is the difference.
        {"adding-rnn", QT_TRANSLATE_NOOP("Examples", "Sequences"),
         QT_TRANSLATE_NOOP("Examples", "Adding problem over 50 steps: a plain RNN stays at chance (MSE 1/6)")},
        {"adding-lstm", QT_TRANSLATE_NOOP("Examples", "Sequences"),
         QT_TRANSLATE_NOOP("Examples", "Adding problem over 50 steps: an LSTM carries the marked values")},
        {"sines-lstm", QT_TRANSLATE_NOOP("Examples", "Sequences"),
         QT_TRANSLATE_NOOP("Examples", "Sums of sines: an LSTM predicts the next value")},
        {"sines-steps-lstm", QT_TRANSLATE_NOOP("Examples", "Sequences"),
         QT_TRANSLATE_NOOP("Examples", "Sums of sines, many-to-many: the next value at every step")},
        {"text-lstm", QT_TRANSLATE_NOOP("Examples", "Sequences"),
         QT_TRANSLATE_NOOP("Examples", "Text: an LSTM learns to write, one character at a time")},
        {"gan-gaussian", QT_TRANSLATE_NOOP("Examples", "Generative adversarial networks"),
         QT_TRANSLATE_NOOP("Examples", "GAN: learn a single Gaussian")},
        {"gan-gaussians", QT_TRANSLATE_NOOP("Examples", "Generative adversarial networks"),
         QT_TRANSLATE_NOOP("Examples", "GAN: a mixture of two Gaussians (GAN Lab's first example)")},
        {"gan-ring", QT_TRANSLATE_NOOP("Examples", "Generative adversarial networks"), QT_TRANSLATE_NOOP("Examples", "GAN: a ring")},
        {"gan-line", QT_TRANSLATE_NOOP("Examples", "Generative adversarial networks"),
         QT_TRANSLATE_NOOP("Examples", "GAN: a line (GAN Lab's simple line)")},
        {"gan-disjoint", QT_TRANSLATE_NOOP("Examples", "Generative adversarial networks"),
         QT_TRANSLATE_NOOP("Examples", "GAN: three disjoint regions")},
        {"gan-digits", QT_TRANSLATE_NOOP("Examples", "Generative adversarial networks"),
         QT_TRANSLATE_NOOP("Examples", "Image GAN: a dense generator learns to draw digits")},
        {"gan-digits-cnn", QT_TRANSLATE_NOOP("Examples", "Generative adversarial networks"),
         QT_TRANSLATE_NOOP("Examples", "Image GAN: a convolutional generator (DCGAN) learns to draw digits")},
        {"kohonen-line-spiral", QT_TRANSLATE_NOOP("Examples", "Maps"),
         QT_TRANSLATE_NOOP("Examples", "A Kohonen line follows the spiral")},
    };
    return table;
}

QString exampleResourcePath(const ExampleInfo& example) {
    return QStringLiteral(":/examples/%1.json").arg(QString::fromLatin1(example.file));
}

QMenu* createExamplesMenu(QWidget* parent, std::function<void(const QString& path)> open) {
    auto* menu = new QMenu(QCoreApplication::translate("Examples", "E&xamples"), parent);
    menu->setObjectName(QStringLiteral("examplesMenu"));
    menu->setToolTipsVisible(true);
    QString group;
    for (const ExampleInfo& example : exampleTable()) {
        const QString title = QCoreApplication::translate("Examples", example.group);
        if (title != group) {
            menu->addSection(title);
            group = title;
        }
        QAction* a = menu->addAction(QCoreApplication::translate("Examples", example.title));
        a->setObjectName(QStringLiteral("example_") + QString::fromLatin1(example.file));
        a->setToolTip(QCoreApplication::translate("Examples", "Opens a copy with fresh weights; Save asks where to keep it."));
        const QString path = exampleResourcePath(example);
        QObject::connect(a, &QAction::triggered, menu, [open, path] { open(path); });
    }
    return menu;
}

}  // namespace nnlab
