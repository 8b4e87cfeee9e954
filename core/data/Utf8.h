#pragma once
// UTF-8 to Unicode code points and back (RFC 3629): the text data set works
// on code points, so "é" or "ж" is one character, not two bytes.
#include <string>

namespace nnlab {

// Strict decoding: overlong forms, surrogates (U+D800..U+DFFF), code points
// above U+10FFFF and cut-off sequences are refused with a DataError naming
// the place and the byte offset ("notes.txt: not UTF-8 text (byte 17 ...)").
// A leading byte order mark is dropped.
std::u32string decodeUtf8(const std::string& bytes, const std::string& place);
std::string encodeUtf8(char32_t c);
std::string encodeUtf8(const std::u32string& text);

}  // namespace nnlab
