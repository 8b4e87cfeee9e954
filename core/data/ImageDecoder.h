#pragma once
// Reading PNG and JPEG files is the platform's job: the engine has no image
// library (core/ links Eigen and nlohmann-json only). The window and
// nnlab-cli register Qt's reader at start-up (app/imagefiles/QtImageDecoder.h);
// a test may register its own. Without one, reading an image says so.
//
// The decoder only turns a file into pixels; everything after that (colour
// to grey, resizing, scaling to 0..1) happens in the engine (ImageConversion.h),
// so the window, the CLI and the tests get the same numbers from a file.
#include "Types.h"

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

namespace nnlab {

struct DecodedImage {
    Index width = 0, height = 0;
    std::vector<std::uint8_t> rgba;  // height x width pixels, row-major, R G B A each, alpha not premultiplied
    std::string error;               // set: the file could not be read, and why ("not a PNG or JPEG image")
};

using ImageDecoder = std::function<DecodedImage(const std::string& path)>;

// Registered once at start-up, before any thread reads images; an empty
// function unregisters.
void setImageDecoder(ImageDecoder decoder);
bool hasImageDecoder();

// The file's pixels. Throws DataError naming the file:
//   "cat/3.png: cannot read the image: not a PNG or JPEG image"
//   "cat/3.png: cannot read images: this program has no image decoder"
// An image larger than kMaxImagePixels is refused, so a huge file cannot
// take the memory of a classroom machine.
constexpr Index kMaxImagePixels = 40000000;  // e.g. 8000 x 5000
DecodedImage decodeImage(const std::string& path);

}  // namespace nnlab
