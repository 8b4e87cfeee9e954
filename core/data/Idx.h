#pragma once
// IDX files (the MNIST format, LeCun et al.; Fashion-MNIST uses it too):
//   magic: 0x00 0x00 <type> <dims>, type 0x08 = unsigned byte
//   dims x big-endian int32 sizes, then the values, row-major.
// Images are idx3 (count, rows, columns), labels idx1 (count). A file ending
// in anything, gzip-compressed or not, is read the same way (zlib's gzread
// passes plain files through).
#include "Types.h"

#include <cstdint>
#include <string>
#include <vector>

namespace nnlab {

// More values than this in one file is refused before anything is allocated
// (Fashion-MNIST's training images are 47,040,000).
constexpr std::uint64_t kMaxIdxValues = 100000000;

struct IdxImages {
    Index count = 0, rows = 0, columns = 0;
    std::vector<std::uint8_t> pixels;  // count x rows x columns, row-major
};

// Throw DataError naming the file and the problem:
//   "images.idx: wrong magic number 0x00000801 (expected 0x00000803: unsigned-byte images, 3 dimensions)"
//   "images.idx: truncated: the header promises 100 images of 28x28, but the file ends after 12 of them"
IdxImages readIdxImages(const std::string& path);
std::vector<std::uint8_t> readIdxLabels(const std::string& path);
// The header alone (count, rows, columns), for checking shapes before reading.
IdxImages readIdxImageHeader(const std::string& path);

// "labels.idx: 99 labels, but images.idx has 100 images"
void requireSameCount(const IdxImages& images, const std::string& imagesPath,
                      const std::vector<std::uint8_t>& labels, const std::string& labelsPath);

}  // namespace nnlab
