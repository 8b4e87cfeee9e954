#include "export/NpzWriter.h"

#include "Error.h"

#include <zlib.h>

#include <limits>

namespace nnlab {
namespace {

void put16(std::string& out, std::uint32_t v) {
    out.push_back(char(v & 0xff));
    out.push_back(char((v >> 8) & 0xff));
}
void put32(std::string& out, std::uint32_t v) {
    put16(out, v & 0xffff);
    put16(out, v >> 16);
}

constexpr std::uint32_t kDosDate = (0 << 9) | (1 << 5) | 1;  // 1980-01-01: fixed, so exports are reproducible

}  // namespace

std::string npyBytes(const Matrix& m, const std::vector<std::int64_t>& shape) {
    std::int64_t count = 1;
    std::string dims;
    for (std::int64_t d : shape) {
        count *= d;
        dims += std::to_string(d) + ", ";
    }
    if (count != std::int64_t(m.size())) throw Error("npy: shape does not fit the array");
    if (shape.size() == 1) dims.pop_back();  // "(5,)"
    else if (shape.size() > 1) dims.resize(dims.size() - 2);
    std::string header = "{'descr': '<f8', 'fortran_order': False, 'shape': (" + dims + "), }";
    const std::size_t prefix = 10;  // magic 6, version 2, length 2
    header.append(64 - (prefix + header.size() + 1) % 64, ' ');
    header.push_back('\n');
    std::string out("\x93NUMPY\x01\x00", 8);
    put16(out, std::uint32_t(header.size()));
    out += header;
    static_assert(std::numeric_limits<double>::is_iec559, "float64 must be IEEE 754");
    // x86-64 and the other targets Debian builds nnlab for are little-endian, as '<f8' says.
    if (m.size() > 0) out.append(reinterpret_cast<const char*>(m.data()), std::size_t(m.size()) * sizeof(double));
    return out;
}

void NpzWriter::add(const std::string& name, const Matrix& m) { add(name, m, {m.rows(), m.cols()}); }

void NpzWriter::add(const std::string& name, const Matrix& m, const std::vector<std::int64_t>& shape) {
    m_members.push_back({name + ".npy", npyBytes(m, shape)});
}

std::string NpzWriter::bytes() const {
    std::string out, central;
    for (const Member& f : m_members) {
        if (out.size() + f.data.size() + 1024 > 0xffffffffull)
            throw Error("npz: more than 4 GiB (ZIP64 is not written)");
        const std::uint32_t crc =
            std::uint32_t(crc32(0L, reinterpret_cast<const Bytef*>(f.data.data()), uInt(f.data.size())));
        const std::uint32_t offset = std::uint32_t(out.size());
        const std::uint32_t size = std::uint32_t(f.data.size());
        // Local file header.
        put32(out, 0x04034b50);
        put16(out, 20);  // version needed: 2.0
        put16(out, 0);   // flags
        put16(out, 0);   // method: stored
        put16(out, 0);   // time
        put16(out, kDosDate);
        put32(out, crc);
        put32(out, size);
        put32(out, size);
        put16(out, std::uint32_t(f.name.size()));
        put16(out, 0);  // extra
        out += f.name;
        out += f.data;
        // Central directory entry.
        put32(central, 0x02014b50);
        put16(central, 20);  // made by
        put16(central, 20);  // needed
        put16(central, 0);
        put16(central, 0);
        put16(central, 0);
        put16(central, kDosDate);
        put32(central, crc);
        put32(central, size);
        put32(central, size);
        put16(central, std::uint32_t(f.name.size()));
        put16(central, 0);  // extra
        put16(central, 0);  // comment
        put16(central, 0);  // disk
        put16(central, 0);  // internal attributes
        put32(central, 0);  // external attributes
        put32(central, offset);
        central += f.name;
    }
    const std::uint32_t centralOffset = std::uint32_t(out.size());
    out += central;
    put32(out, 0x06054b50);  // end of central directory
    put16(out, 0);
    put16(out, 0);
    put16(out, std::uint32_t(m_members.size()));
    put16(out, std::uint32_t(m_members.size()));
    put32(out, std::uint32_t(central.size()));
    put32(out, centralOffset);
    put16(out, 0);
    return out;
}

}  // namespace nnlab
