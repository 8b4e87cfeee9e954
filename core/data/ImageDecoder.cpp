// The registered image decoder (rules in ImageDecoder.h). A plain function
// object set at start-up: registration happens before the worker thread
// exists, so reading it later needs no lock.
#include "data/ImageDecoder.h"

#include "Error.h"

#include <utility>

namespace nnlab {
namespace {

ImageDecoder& registered() {
    static ImageDecoder decoder;
    return decoder;
}

}  // namespace

void setImageDecoder(ImageDecoder decoder) { registered() = std::move(decoder); }

bool hasImageDecoder() { return bool(registered()); }

DecodedImage decodeImage(const std::string& path) {
    if (!registered()) throw DataError(path + ": cannot read images: this program has no image decoder");
    DecodedImage image = registered()(path);
    if (!image.error.empty()) throw DataError(path + ": cannot read the image: " + image.error);
    if (image.width <= 0 || image.height <= 0) throw DataError(path + ": the image has no pixels");
    if (image.width * image.height > kMaxImagePixels)
        throw DataError(path + ": the image is " + std::to_string(image.width) + "x" + std::to_string(image.height) +
                        " pixels, more than the limit of " + std::to_string(kMaxImagePixels) + " pixels");
    if (Index(image.rgba.size()) != image.width * image.height * 4)
        throw DataError(path + ": the decoder gave " + std::to_string(image.rgba.size()) + " bytes for " +
                        std::to_string(image.width) + "x" + std::to_string(image.height) + " pixels");
    return image;
}

}  // namespace nnlab
