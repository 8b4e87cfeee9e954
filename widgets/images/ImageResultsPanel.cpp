#include "images/ImageResultsPanel.h"

#include "images/ConfusionMatrixView.h"
#include "images/ImagePixels.h"
#include "images/ImageTileGrid.h"
#include "training/ImageResultNames.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

#include <cmath>

namespace nnlab {
namespace {

const Payload* findPayload(const Snapshot& s, const char* name) {
    for (const Payload& p : s.payload)
        if (p.name == name) return &p;
    return nullptr;
}

QLabel* heading(const QString& text, QWidget* parent) {
    auto* label = new QLabel(text, parent);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}

}  // namespace

ImageResultsPanel::ImageResultsPanel(QWidget* parent) : QWidget(parent) {
    setObjectName(QStringLiteral("imageResultsPanel"));
    auto* layout = new QVBoxLayout(this);
    m_empty = new QLabel(tr("This view shows test images with the network's answers. It fills in when the "
                            "experiment's data are images."),
                         this);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    layout->addWidget(m_empty);

    m_results = new QWidget(this);
    auto* results = new QVBoxLayout(m_results);
    results->setContentsMargins(0, 0, 0, 0);
    m_summary = new QLabel(m_results);
    m_summary->setWordWrap(true);
    results->addWidget(m_summary);
    results->addWidget(heading(tr("Test images and the network's answer"), m_results));
    m_gallery = new ImageTileGrid(m_results);
    m_gallery->setToolTip(tr("Under each image: the class the network chose. Red: wrong, with the true class in brackets."));
    results->addWidget(m_gallery);
    results->addWidget(heading(tr("Confusion matrix"), m_results));
    m_confusion = new ConfusionMatrixView(m_results);
    results->addWidget(m_confusion);
    m_mistakesTitle = heading(tr("Worst mistakes"), m_results);
    m_mistakesTitle->setToolTip(tr("The wrong answers the network was surest of: often mislabelled or ambiguous images."));
    results->addWidget(m_mistakesTitle);
    m_mistakes = new ImageTileGrid(m_results);
    results->addWidget(m_mistakes);
    results->addStretch(1);
    layout->addWidget(m_results);
    showNothing();
}

void ImageResultsPanel::setClassNames(const std::vector<std::string>& names) {
    m_classNames.clear();
    for (const std::string& n : names) m_classNames << QString::fromStdString(n);
}

QString ImageResultsPanel::className(Index k) const {
    return k >= 0 && k < m_classNames.size() ? m_classNames[int(k)] : QString::number(k);
}

void ImageResultsPanel::showNothing() {
    m_hasResults = false;
    m_shownProbabilities.resize(0, 0);
    m_empty->show();
    m_results->hide();
}

void ImageResultsPanel::showSnapshot(std::shared_ptr<const Snapshot> snapshot) {
    if (!snapshot) return;
    const Snapshot& s = *snapshot;
    const Payload* shape = findPayload(s, image_results::kShape);
    const Payload* inputs = findPayload(s, image_results::kGalleryInputs);
    const Payload* labels = findPayload(s, image_results::kGalleryLabels);
    const Payload* probabilities = findPayload(s, image_results::kGalleryProbabilities);
    const Payload* confusion = findPayload(s, image_results::kConfusion);
    if (!shape || !inputs || !labels || !probabilities || !confusion || shape->values.cols() < 3) {
        if (m_hasResults) showNothing();
        return;
    }
    if (m_hasResults && probabilities->values.rows() == m_shownProbabilities.rows() &&
        probabilities->values.cols() == m_shownProbabilities.cols() && probabilities->values == m_shownProbabilities &&
        confusion->values == m_confusion->counts())
        return;  // the same results again (they are refreshed about once a second)
    const int c = int(shape->values(0, 0)), h = int(shape->values(0, 1)), w = int(shape->values(0, 2));
    const QLocale locale;

    auto tilesOf = [&](const Matrix& images, const Matrix& truth, const Matrix& p) {
        std::vector<ImageTileGrid::Tile> tiles;
        for (Index r = 0; r < images.rows() && r < p.rows() && r < truth.rows(); ++r) {
            Index guess = 0;
            p.row(r).maxCoeff(&guess);
            const Index actual = Index(std::lround(truth(r, 0)));
            ImageTileGrid::Tile t;
            t.image = imageFromRow(images, r, c, h, w);
            t.wrong = guess != actual;
            t.caption = t.wrong ? tr("%1 (%2)").arg(className(guess), className(actual)) : className(guess);
            QStringList lines{tr("True class: %1").arg(className(actual))};
            for (Index k = 0; k < p.cols(); ++k)
                lines << tr("%1: %2 %").arg(className(k), locale.toString(100.0 * p(r, k), 'f', 1));
            t.toolTip = lines.join(QLatin1Char('\n'));
            tiles.push_back(std::move(t));
        }
        return tiles;
    };
    m_gallery->setTiles(tilesOf(inputs->values, labels->values, probabilities->values));

    QStringList names;
    for (Index k = 0; k < confusion->values.rows(); ++k) names << className(k);
    m_confusion->setMatrix(confusion->values, names);
    const double total = confusion->values.sum();
    const double right = confusion->values.trace();
    m_summary->setText(tr("Accuracy on %1 test images: %2 % (%3 wrong).")
                           .arg(locale.toString(qlonglong(total)), locale.toString(total > 0 ? 100.0 * right / total : 0.0, 'f', 1),
                                locale.toString(qlonglong(total - right))));

    const Payload* worstInputs = findPayload(s, image_results::kWorstInputs);
    const Payload* worstLabels = findPayload(s, image_results::kWorstLabels);
    const Payload* worstProbabilities = findPayload(s, image_results::kWorstProbabilities);
    if (worstInputs && worstLabels && worstProbabilities && worstInputs->values.rows() > 0) {
        m_mistakes->setTiles(tilesOf(worstInputs->values, worstLabels->values, worstProbabilities->values));
        m_mistakesTitle->setText(tr("Worst mistakes"));
    } else {
        m_mistakes->setTiles({});
        m_mistakesTitle->setText(tr("Worst mistakes: none, every test image shown is right"));
    }
    m_shownProbabilities = probabilities->values;
    const bool first = !m_hasResults;
    m_hasResults = true;
    m_empty->hide();
    m_results->show();
    if (first) emit resultsAppeared();
}

}  // namespace nnlab
