#include "io/PngWriter.h"

#include "Error.h"
#include "io/AtomicWrite.h"

#include <zlib.h>

namespace nnlab {
namespace {

void put32(std::string& out, std::uint32_t v) {
    for (int shift = 24; shift >= 0; shift -= 8) out += char((v >> shift) & 0xff);
}

// length, type, data, CRC-32 of type and data (spec section 5.3)
void chunk(std::string& out, const char* type, const std::string& data) {
    put32(out, std::uint32_t(data.size()));
    const std::string body = std::string(type, 4) + data;
    out += body;
    put32(out, std::uint32_t(crc32(0L, reinterpret_cast<const Bytef*>(body.data()), uInt(body.size()))));
}

}  // namespace

std::string pngBytes(const RasterImage& image) {
    if (image.width < 1 || image.height < 1 || (image.channels != 1 && image.channels != 3) ||
        image.pixels.size() != std::size_t(image.width) * std::size_t(image.height) * std::size_t(image.channels))
        throw Error("png: an image of " + std::to_string(image.width) + " x " + std::to_string(image.height) + " x " +
                    std::to_string(image.channels) + " with " + std::to_string(image.pixels.size()) + " values");
    const std::size_t rowBytes = std::size_t(image.width) * std::size_t(image.channels);
    std::string raw;
    raw.reserve((rowBytes + 1) * std::size_t(image.height));
    for (int y = 0; y < image.height; ++y) {
        raw += char(0);  // filter type 0: the row as it is
        raw.append(reinterpret_cast<const char*>(image.pixels.data()) + std::size_t(y) * rowBytes, rowBytes);
    }
    uLongf packedSize = compressBound(uLong(raw.size()));
    std::string packed(packedSize, '\0');
    if (compress2(reinterpret_cast<Bytef*>(&packed[0]), &packedSize, reinterpret_cast<const Bytef*>(raw.data()),
                  uLong(raw.size()), Z_BEST_COMPRESSION) != Z_OK)
        throw Error("png: zlib could not compress the pixels");
    packed.resize(packedSize);

    std::string header;
    put32(header, std::uint32_t(image.width));
    put32(header, std::uint32_t(image.height));
    header += char(8);                                // bits per channel
    header += char(image.channels == 1 ? 0 : 2);      // colour type: grey or truecolour
    header += std::string(3, '\0');                   // deflate, adaptive filtering, no interlace
    std::string out = "\x89PNG\r\n\x1a\n";
    chunk(out, "IHDR", header);
    chunk(out, "IDAT", packed);
    chunk(out, "IEND", "");
    return out;
}

void writePng(const RasterImage& image, const std::string& path) { writeFileAtomically(path, pngBytes(image)); }

}  // namespace nnlab
