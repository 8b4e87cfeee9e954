// UTF-8 (RFC 3629, section 3): a lead byte 0xxxxxxx, 110xxxxx, 1110xxxx or
// 11110xxx followed by 0, 1, 2 or 3 continuation bytes 10xxxxxx. The shortest
// form only: C0/C1 leads and E0/F0 sequences encoding small values are
// overlong and refused, as the RFC asks ("MUST NOT" decode them).
#include "data/Utf8.h"

#include "Error.h"

namespace nnlab {

namespace {

[[noreturn]] void refuse(const std::string& place, std::size_t offset, const char* why) {
    throw DataError(place + ": not UTF-8 text (byte " + std::to_string(offset) + ": " + why +
                    "); save the file as UTF-8");
}

}  // namespace

std::u32string decodeUtf8(const std::string& bytes, const std::string& place) {
    std::u32string out;
    out.reserve(bytes.size());
    std::size_t i = 0;
    if (bytes.compare(0, 3, "\xEF\xBB\xBF") == 0) i = 3;  // byte order mark
    while (i < bytes.size()) {
        const unsigned char lead = static_cast<unsigned char>(bytes[i]);
        int extra = 0;
        char32_t c = 0, minimum = 0;
        if (lead < 0x80) {
            out.push_back(lead);
            ++i;
            continue;
        } else if ((lead & 0xE0) == 0xC0) {
            extra = 1, c = lead & 0x1F, minimum = 0x80;
        } else if ((lead & 0xF0) == 0xE0) {
            extra = 2, c = lead & 0x0F, minimum = 0x800;
        } else if ((lead & 0xF8) == 0xF0) {
            extra = 3, c = lead & 0x07, minimum = 0x10000;
        } else {
            refuse(place, i, "a byte that cannot start a character");
        }
        if (i + std::size_t(extra) >= bytes.size())
            refuse(place, i, "a character cut off at the end");
        for (int k = 1; k <= extra; ++k) {
            const unsigned char next = static_cast<unsigned char>(bytes[i + std::size_t(k)]);
            if ((next & 0xC0) != 0x80) refuse(place, i, "a character cut off by the next one");
            c = (c << 6) | (next & 0x3F);
        }
        if (c < minimum) refuse(place, i, "an overlong form");
        if (c >= 0xD800 && c <= 0xDFFF) refuse(place, i, "a UTF-16 surrogate");
        if (c > 0x10FFFF) refuse(place, i, "beyond U+10FFFF");
        out.push_back(c);
        i += std::size_t(extra) + 1;
    }
    return out;
}

std::string encodeUtf8(char32_t c) {
    std::string s;
    if (c < 0x80) {
        s += char(c);
    } else if (c < 0x800) {
        s += char(0xC0 | (c >> 6));
        s += char(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
        s += char(0xE0 | (c >> 12));
        s += char(0x80 | ((c >> 6) & 0x3F));
        s += char(0x80 | (c & 0x3F));
    } else {
        s += char(0xF0 | (c >> 18));
        s += char(0x80 | ((c >> 12) & 0x3F));
        s += char(0x80 | ((c >> 6) & 0x3F));
        s += char(0x80 | (c & 0x3F));
    }
    return s;
}

std::string encodeUtf8(const std::u32string& text) {
    std::string s;
    s.reserve(text.size());
    for (char32_t c : text) s += encodeUtf8(c);
    return s;
}

}  // namespace nnlab
