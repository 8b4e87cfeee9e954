// IDX reader (format in Idx.h). zlib's gzopen reads gzip and plain files
// alike, so one path serves /usr/share/datasets/fashion-mnist/*.gz and a
// user's unpacked MNIST files.
#include "data/Idx.h"

#include "Error.h"

#include <zlib.h>

#include <filesystem>
#include <memory>

namespace nnlab {
namespace {

constexpr int kUnsignedByte = 0x08;

std::string hex32(std::uint32_t v) {
    static const char* digits = "0123456789abcdef";
    std::string s = "0x";
    for (int shift = 28; shift >= 0; shift -= 4) s += digits[(v >> shift) & 0xf];
    return s;
}

struct GzCloser {
    void operator()(gzFile_s* f) const { gzclose(f); }
};

// An open IDX file: the path for messages, the header once read.
class IdxFile {
public:
    explicit IdxFile(const std::string& path) : m_path(path) {
        namespace fs = std::filesystem;
        std::error_code error;
        const fs::file_status status = fs::status(path, error);
        if (!fs::exists(status)) fail("no such file");
        if (fs::is_directory(status)) fail("is a directory, not an IDX file");
        m_file.reset(gzopen(path.c_str(), "rb"));
        if (!m_file) fail("cannot open the file");
    }
    [[noreturn]] void fail(const std::string& why) const { throw DataError(m_path + ": " + why); }

    // Reads exactly n bytes or says how many came.
    std::size_t read(void* to, std::size_t n) {
        std::size_t got = 0;
        while (got < n) {
            // gzread takes an unsigned count: large reads go in pieces.
            const unsigned piece = unsigned(std::min<std::size_t>(n - got, std::size_t(1) << 30));
            const int r = gzread(m_file.get(), static_cast<char*>(to) + got, piece);
            if (r < 0) {
                int code = 0;
                const char* message = gzerror(m_file.get(), &code);
                fail(std::string("damaged compressed data (") + (message ? message : "zlib error") + ")");
            }
            if (r == 0) break;
            got += std::size_t(r);
        }
        return got;
    }

    // The magic number and the sizes; dims must be `expectDims`.
    std::vector<std::uint32_t> header(int expectDims, const char* what) {
        unsigned char magic[4];
        const std::uint32_t expected = std::uint32_t(kUnsignedByte << 8 | expectDims);
        if (read(magic, 4) < 4) fail("truncated: the file is shorter than an IDX header (empty?)");
        const std::uint32_t got = std::uint32_t(magic[0]) << 24 | std::uint32_t(magic[1]) << 16 |
                                  std::uint32_t(magic[2]) << 8 | magic[3];
        if (got != expected)
            fail("wrong magic number " + hex32(got) + " (expected " + hex32(expected) + ": " + what + ")");
        std::vector<std::uint32_t> sizes;
        for (int d = 0; d < expectDims; ++d) {
            unsigned char b[4];
            if (read(b, 4) < 4) fail("truncated: the header ends before its " + std::to_string(expectDims) + " sizes");
            sizes.push_back(std::uint32_t(b[0]) << 24 | std::uint32_t(b[1]) << 16 | std::uint32_t(b[2]) << 8 | b[3]);
        }
        // Multiplied with a check at every factor: three sizes can overflow 64 bits.
        std::uint64_t values = 1;
        bool tooMany = false;
        for (std::uint32_t s : sizes) {
            if (s != 0 && values > kMaxIdxValues / s) tooMany = true;
            else values *= s;
        }
        if (tooMany || values > kMaxIdxValues) {
            std::string shape;
            for (std::uint32_t s : sizes) shape += (shape.empty() ? "" : "x") + std::to_string(s);
            fail("the header promises " + shape + " values, more than the limit of " + std::to_string(kMaxIdxValues));
        }
        return sizes;
    }

private:
    std::string m_path;
    std::unique_ptr<gzFile_s, GzCloser> m_file;
};

constexpr const char* kImagesWhat = "unsigned-byte images, 3 dimensions";
constexpr const char* kLabelsWhat = "unsigned-byte labels, 1 dimension";

IdxImages imageHeader(IdxFile& file) {
    const std::vector<std::uint32_t> s = file.header(3, kImagesWhat);
    IdxImages images;
    images.count = Index(s[0]);
    images.rows = Index(s[1]);
    images.columns = Index(s[2]);
    if (images.rows == 0 || images.columns == 0)
        file.fail("the header says the images are " + std::to_string(images.rows) + "x" +
                  std::to_string(images.columns) + " pixels");
    return images;
}

}  // namespace

IdxImages readIdxImageHeader(const std::string& path) {
    IdxFile file(path);
    return imageHeader(file);
}

IdxImages readIdxImages(const std::string& path) {
    IdxFile file(path);
    IdxImages images = imageHeader(file);
    const std::size_t pixels = std::size_t(images.rows * images.columns);
    images.pixels.resize(std::size_t(images.count) * pixels);
    const std::size_t got = file.read(images.pixels.data(), images.pixels.size());
    if (got < images.pixels.size())
        file.fail("truncated: the header promises " + std::to_string(images.count) + " images of " +
                  std::to_string(images.rows) + "x" + std::to_string(images.columns) + ", but the file ends after " +
                  std::to_string(got / pixels) + " of them");
    return images;
}

std::vector<std::uint8_t> readIdxLabels(const std::string& path) {
    IdxFile file(path);
    const std::vector<std::uint32_t> s = file.header(1, kLabelsWhat);
    std::vector<std::uint8_t> labels(s[0]);
    const std::size_t got = file.read(labels.data(), labels.size());
    if (got < labels.size())
        file.fail("truncated: the header promises " + std::to_string(labels.size()) +
                  " labels, but the file ends after " + std::to_string(got));
    return labels;
}

void requireSameCount(const IdxImages& images, const std::string& imagesPath,
                      const std::vector<std::uint8_t>& labels, const std::string& labelsPath) {
    if (Index(labels.size()) != images.count)
        throw DataError(labelsPath + ": " + std::to_string(labels.size()) + " labels, but " + imagesPath + " has " +
                        std::to_string(images.count) + " images");
}

}  // namespace nnlab
