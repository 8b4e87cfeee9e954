#include "experiment/ExperimentText.h"

#include "Error.h"

#include <set>
#include <vector>

namespace nnlab {
namespace {

using nlohmann::json;

std::string lineAndColumn(const std::string& text, std::size_t offset) {
    std::size_t line = 1, column = 1;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return "line " + std::to_string(line) + ", column " + std::to_string(column);
}

// nlohmann's "[json.exception.parse_error.101] parse error at line 4, column 11: syntax error ..."
// without its prefix and position (given in our words instead).
std::string parserReason(const std::string& what) {
    const std::size_t column = what.find("column ");
    const std::size_t colon = column == std::string::npos ? std::string::npos : what.find(": ", column);
    if (colon != std::string::npos) return what.substr(colon + 2);
    const std::size_t bracket = what.find("] ");
    return bracket == std::string::npos ? what : what.substr(bracket + 2);
}

// Builds the document like nlohmann's own DOM parser, and keeps the path of
// the value being read so that each refusal can name its field.
class CheckedDocument {
public:
    CheckedDocument(const std::string& text, const std::string& source) : m_text(text), m_source(source) {}

    json& root() { return m_root; }

    bool null() { return add(json(nullptr)); }
    bool boolean(bool v) { return add(json(v)); }
    bool number_integer(json::number_integer_t v) { return add(json(v)); }
    bool number_unsigned(json::number_unsigned_t v) { return add(json(v)); }
    bool number_float(json::number_float_t v, const std::string&) { return add(json(v)); }
    bool string(std::string& v) { return add(json(std::move(v))); }
    bool binary(json::binary_t&) { return add(json()); }  // not in JSON text

    bool start_object(std::size_t) { return open(json::object()); }
    bool start_array(std::size_t) { return open(json::array()); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }

    bool key(std::string& k) {
        Frame& f = m_frames.back();
        if (!f.keys.insert(k).second) {
            f.key = k;
            throw SpecError(path() + ": given twice (JSON would keep the last without a word)");
        }
        f.key = k;
        return true;
    }

    bool parse_error(std::size_t position, const std::string& token, const json::exception& e) {
        if (e.id == 406)  // out_of_range.406: a number beyond double
            throw SpecError(path() + ": " + token.substr(0, 40) + " is too large a number (at most about 1.8e308)");
        throw SpecError(m_source + ": is not JSON: " + lineAndColumn(m_text, position ? position - 1 : 0) + ": " +
                        parserReason(e.what()));
    }

private:
    struct Frame {
        json* value;
        bool isArray;
        std::size_t count = 0;   // array: elements begun
        std::string key;         // object: the key being read
        std::set<std::string> keys;
    };

    bool open(json value) {
        if (m_frames.size() >= kMaxJsonDepth) {
            // Name the field, not a hundred "[0]": the path up to its last field name.
            std::string field;
            std::string p;
            for (std::size_t i = 0; i < m_frames.size() && i < 10; ++i) {
                if (m_frames[i].isArray) continue;
                p += (p.empty() ? "" : ".") + m_frames[i].key;
                field = p;
            }
            throw SpecError((field.empty() ? std::string("experiment") : field) + ": nested more than " +
                            std::to_string(kMaxJsonDepth) + " levels deep (an experiment file needs 5)");
        }
        json* added = place(std::move(value));
        m_frames.push_back({added, added->is_array()});
        return true;
    }
    bool close() {
        m_frames.pop_back();
        return true;
    }
    bool add(json value) {
        place(std::move(value));
        return true;
    }
    json* place(json value) {
        if (m_frames.empty()) {
            m_root = std::move(value);
            return &m_root;
        }
        Frame& f = m_frames.back();
        if (f.isArray) {
            ++f.count;
            f.value->push_back(std::move(value));
            return &f.value->back();
        }
        json& slot = (*f.value)[f.key];
        slot = std::move(value);
        return &slot;
    }
    // The path of the value being read: "optimizer.lr", "network.layers[2].units".
    std::string path() const {
        std::string p;
        for (std::size_t i = 0; i < m_frames.size(); ++i) {
            const Frame& f = m_frames[i];
            const bool innermost = i + 1 == m_frames.size();
            if (f.isArray) p += "[" + std::to_string(innermost ? f.count : f.count - 1) + "]";
            else p += (p.empty() ? "" : ".") + f.key;
        }
        return p.empty() ? "experiment" : p;
    }

    const std::string& m_text;
    const std::string& m_source;
    json m_root;
    std::vector<Frame> m_frames;
};

}  // namespace

json parseExperimentText(const std::string& text, const std::string& sourceName) {
    if (text.find_first_not_of(" \t\r\n") == std::string::npos) throw SpecError(sourceName + ": is empty");
    // JSON text has no NUL; the parser would stop there and ignore the rest.
    const std::size_t nul = text.find('\0');
    if (nul != std::string::npos)
        throw SpecError(sourceName + ": is not JSON: " + lineAndColumn(text, nul) +
                        ": a NUL byte (an experiment file is text)");
    CheckedDocument document(text, sourceName);
    json::sax_parse(text, &document);
    return std::move(document.root());
}

}  // namespace nnlab
