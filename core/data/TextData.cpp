#include "data/TextData.h"

#include "Error.h"
#include "data/Utf8.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <iterator>

namespace nnlab {

int TextVocabulary::indexOf(char32_t c) const {
    const auto it = std::lower_bound(chars.begin(), chars.end(), c);
    return it != chars.end() && *it == c ? int(it - chars.begin()) : -1;
}

TextVocabulary vocabularyOf(const std::u32string& text) {
    TextVocabulary v;
    v.chars = text;
    std::sort(v.chars.begin(), v.chars.end());
    v.chars.erase(std::unique(v.chars.begin(), v.chars.end()), v.chars.end());
    return v;
}

TextVocabulary vocabularyFromClassNames(const std::vector<std::string>& names) {
    TextVocabulary v;
    for (const std::string& name : names) {
        const std::u32string c = decodeUtf8(name, "class name");
        v.chars.push_back(c.size() == 1 ? c[0] : U'\uFFFD');
    }
    return v;
}

std::u32string readTextFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw DataError(path + ": cannot open the file (" + std::strerror(errno) + ")");
    in.seekg(0, std::ios::end);
    const std::streamoff size = in.tellg();
    if (size > kMaxTextFileBytes)
        throw DataError(path + ": the file has " + std::to_string(size) + " bytes, more than the " +
                        std::to_string(kMaxTextFileBytes >> 20) + " MB a text data set may have");
    in.seekg(0);
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    if (in.bad()) throw DataError(path + ": cannot read the file (" + std::strerror(errno) + ")");
    if (bytes.empty()) throw DataError(path + ": the file is empty; a text data set needs some text");
    if (bytes.find('\0') != std::string::npos)
        throw DataError(path + ": not a text file (it holds zero bytes, as binary files do)");
    return decodeUtf8(bytes, path);
}

std::u32string textOf(const DataSpec& spec) {
    if (spec.textFile.empty()) return decodeUtf8(builtInText(), "built-in text");
    return readTextFile(spec.textFile);
}

Shape textSampleShape(const DataSpec& spec) {
    return Shape{Index(spec.textWindow), Index(vocabularyOf(textOf(spec)).size())};
}

Dataset textDataset(const std::u32string& text, int window, int maxWindows, const std::string& place) {
    if (window < kMinTextWindow || window > kMaxTextWindow)
        throw SpecError("data.text_window: expected " + std::to_string(kMinTextWindow) + " to " +
                        std::to_string(kMaxTextWindow) + " characters, got " + std::to_string(window));
    if (maxWindows < 1) throw SpecError("data.points: expected at least 1 window, got " + std::to_string(maxWindows));
    const Index available = Index(text.size()) - window;
    if (available < 1)
        throw DataError(place + ": the text has " + std::to_string(text.size()) + " characters; a window of " +
                        std::to_string(window) + " and the character after it need at least " +
                        std::to_string(window + 1));
    const TextVocabulary vocabulary = vocabularyOf(text);
    if (vocabulary.size() < 2)
        throw DataError(place + ": the text has only one distinct character; there is nothing to predict");
    if (vocabulary.size() > kMaxTextVocabulary)
        throw DataError(place + ": the text has " + std::to_string(vocabulary.size()) +
                        " distinct characters, more than the " + std::to_string(kMaxTextVocabulary) +
                        " a text data set may have (one output unit each)");
    const Index n = std::min<Index>(available, maxWindows);
    const Index v = vocabulary.size();
    const long long values = (long long)n * window * v;
    if (values > kMaxDataValues)
        throw SpecError("data.points: " + std::to_string(n) + " windows of " + std::to_string(window) + " x " +
                        std::to_string(v) + " one-hot values are " + std::to_string(values) +
                        " numbers, more than the limit of " + std::to_string(kMaxDataValues) +
                        "; use fewer points or a shorter data.text_window");

    Dataset d;
    d.kind = ProblemKind::Classification;
    d.numClasses = int(v);
    d.sampleShape = Shape{Index(window), v};
    for (char32_t c : vocabulary.chars) d.classNames.push_back(encodeUtf8(c));
    for (Index i = 0; i < Index(window) * v; ++i) d.inputNames.push_back("p" + std::to_string(i));
    d.points = Matrix::Zero(n, Index(window) * v);
    d.targets.resize(n, 1);
    for (Index i = 0; i < n; ++i) {
        // Evenly spaced starts: all of them when the text is short enough.
        const Index start = n == available ? i : Index(double(i) * double(available) / double(n));
        for (Index t = 0; t < window; ++t) d.points(i, t * v + vocabulary.indexOf(text[std::size_t(start + t)])) = 1.0;
        d.targets(i, 0) = vocabulary.indexOf(text[std::size_t(start + window)]);
    }
    return d;
}

void encodeTextWindow(const TextVocabulary& vocabulary, const std::u32string& text, int window,
                      Eigen::Ref<RowVector> row) {
    const Index v = vocabulary.size();
    row.setZero();
    const Index shown = std::min<Index>(Index(text.size()), window);
    const Index skip = Index(window) - shown;  // empty steps before a short text
    for (Index k = 0; k < shown; ++k) {
        const int c = vocabulary.indexOf(text[text.size() - std::size_t(shown - k)]);
        if (c >= 0) row((skip + k) * v + c) = 1.0;
    }
}

}  // namespace nnlab
