#pragma once
// Character-level text as a data set (issue 13): the characters of a text are
// its vocabulary (Unicode code points, sorted), and every window of T
// characters is one sample {T, V}, one-hot per step, whose target is the
// class of the character that follows the window. Many-to-one: the network
// reads the window and predicts the next character only (an LSTM with
// return_sequences 0 and a softmax dense layer of V units).
//
// The text is the built-in one (builtInText) or data.text_file, any UTF-8
// file. data.points caps the number of windows; a longer text is sampled at
// evenly spaced starts, so the whole file is seen.
#include "data/Dataset.h"

#include <string>
#include <vector>

namespace nnlab {

constexpr int kMinTextWindow = 2;
constexpr int kMaxTextWindow = 256;
constexpr int kMaxTextVocabulary = 200;             // distinct characters: the output layer's units
constexpr long long kMaxTextFileBytes = 16LL << 20;  // 16 MB

// The characters of a text, sorted by code point; a character's class is its place.
struct TextVocabulary {
    std::u32string chars;
    int size() const { return int(chars.size()); }
    // The class of c, or -1 if the text never had it.
    int indexOf(char32_t c) const;
};

TextVocabulary vocabularyOf(const std::u32string& text);
// Back from a text data set's class names (one UTF-8 character each).
TextVocabulary vocabularyFromClassNames(const std::vector<std::string>& names);

// The lab's own short text (UTF-8), used when data.text_file is empty.
const std::string& builtInText();

// A UTF-8 text file's characters; DataError naming the file when it cannot be
// read, is empty, too large or not UTF-8.
std::u32string readTextFile(const std::string& path);
// The text a spec asks for: data.text_file, or the built-in text.
std::u32string textOf(const DataSpec& spec);

// One sample's shape {T, V} for a spec's text, without building the windows
// (the editor's input shape); throws as readTextFile does.
Shape textSampleShape(const DataSpec& spec);

// The data set: windows of `window` characters, at most maxWindows of them
// (evenly spaced when the text has more); place names the text in messages.
Dataset textDataset(const std::u32string& text, int window, int maxWindows, const std::string& place);

// One window as a network input row (1, T*V), time-major one-hot. A shorter
// text is aligned to the end with empty (all-zero) steps before it; a
// character outside the vocabulary is an empty step too.
void encodeTextWindow(const TextVocabulary& vocabulary, const std::u32string& text, int window, Eigen::Ref<RowVector> row);

}  // namespace nnlab
