#include "PlaygroundConsole.h"

#include <map>
#include <sstream>
#include <utility>

namespace nnlab {

namespace {

constexpr char kMarker[] = "nnlab-tfp ";

// "key=value key=value" up to the end of the message (Chromium closes it
// with a quote), as a map.
std::map<std::string, std::string> fieldsOf(const std::string& message) {
    std::map<std::string, std::string> fields;
    std::istringstream words(message.substr(0, message.find('"')));
    std::string word;
    while (words >> word) {
        const std::size_t equals = word.find('=');
        if (equals != std::string::npos && equals > 0) fields[word.substr(0, equals)] = word.substr(equals + 1);
    }
    return fields;
}

bool readNumber(const std::map<std::string, std::string>& fields, const char* key, double& out) {
    const auto it = fields.find(key);
    if (it == fields.end() || it->second.empty()) return false;
    std::size_t used = 0;
    try {
        out = std::stod(it->second, &used);
    } catch (const std::exception&) {
        return false;
    }
    return used == it->second.size();
}

}  // namespace

PlaygroundReading readPlaygroundConsole(const std::string& text) {
    PlaygroundReading reading;
    const std::size_t at = text.find(kMarker);
    if (at == std::string::npos) return reading;
    const std::size_t start = at + sizeof(kMarker) - 1;
    const auto fields = fieldsOf(text.substr(start, text.find('\n', start) - start));
    if (const auto error = fields.find("error"); error != fields.end()) {
        reading.error = error->second;
        return reading;
    }
    PlaygroundFigures figures;
    double frames = 0, epochs = 0, samples = 0;
    const std::pair<const char*, double*> wanted[] = {{"frames", &frames},
                                                      {"seconds", &figures.seconds},
                                                      {"longest_gap_ms", &figures.longestGapMs},
                                                      {"epochs", &epochs},
                                                      {"training_samples", &samples}};
    for (const auto& [key, value] : wanted) {
        if (!readNumber(fields, key, *value)) {
            reading.error = std::string(key) + ": missing or not a number in the page's result line";
            return reading;
        }
    }
    if (figures.seconds <= 0) {
        reading.error = "seconds: the page measured no time";
        return reading;
    }
    figures.frames = long(frames);
    figures.epochs = long(epochs);
    figures.trainingSamples = long(samples);
    if (const auto viewport = fields.find("viewport"); viewport != fields.end()) figures.viewport = viewport->second;
    reading.figures = figures;
    return reading;
}

}  // namespace nnlab
