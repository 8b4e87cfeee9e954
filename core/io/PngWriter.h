#pragma once
// PNG files without Qt (the CLI writes them too): 8-bit grey or RGB, one
// IDAT chunk compressed by zlib, every row with filter 0 (PNG spec, ISO/IEC
// 15948, sections 5 and 11). Small images of samples, not photographs: no
// filtering heuristics, no interlacing.
#include <cstdint>
#include <string>
#include <vector>

namespace nnlab {

struct RasterImage {
    int width = 0, height = 0;
    int channels = 1;                  // 1 grey, 3 RGB
    std::vector<std::uint8_t> pixels;  // row-major, channels per pixel
};

// The file's bytes; throws Error for an empty image or a pixel count that
// does not match width x height x channels.
std::string pngBytes(const RasterImage& image);
// Written whole or not at all (io/AtomicWrite.h); throws Error naming the path.
void writePng(const RasterImage& image, const std::string& path);

}  // namespace nnlab
