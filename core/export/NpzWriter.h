#pragma once
// NumPy's .npy and .npz files, written without NumPy, for the PyTorch export:
// the generated script reads them with numpy.load() alone.
//   .npy (format 1.0): "\x93NUMPY" 1 0, a little-endian uint16 header length,
//       the header dict {'descr': '<f8', 'fortran_order': False, 'shape': (...), }
//       padded with blanks to a multiple of 64 bytes with '\n', then the data
//       as little-endian float64 in C (row-major) order (NEP 1 / numpy.lib.format).
//   .npz: a ZIP archive (PKWARE APPNOTE 6.3, method 0 "stored": no compression)
//       of NAME.npy members; numpy.load(f)[NAME] gives the array back.
#include "Types.h"

#include <cstdint>
#include <string>
#include <vector>

namespace nnlab {

// shape's product must equal m.size(); an empty shape is a scalar (m is 1x1).
std::string npyBytes(const Matrix& m, const std::vector<std::int64_t>& shape);

class NpzWriter {
public:
    // A (rows, cols) array, or another shape of the same row-major numbers.
    void add(const std::string& name, const Matrix& m);
    void add(const std::string& name, const Matrix& m, const std::vector<std::int64_t>& shape);
    // The whole archive. Throws Error above the plain ZIP limit of 4 GiB.
    std::string bytes() const;

private:
    struct Member {
        std::string name;  // "dense_1.W.npy"
        std::string data;
    };
    std::vector<Member> m_members;
};

}  // namespace nnlab
