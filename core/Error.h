#pragma once
// Error kinds of the engine. Messages name the place first:
//   "network.layers[2].activation: unknown activation \"rlu\" (known: ...)"
#include <stdexcept>
#include <string>

namespace nnlab {

struct Error : std::runtime_error {
    using std::runtime_error::runtime_error;
};
struct SpecError : Error { using Error::Error; };     // experiment file / names / parameters
struct ShapeError : Error { using Error::Error; };    // impossible layer stack
struct DataError : Error { using Error::Error; };     // CSV, IDX, data generators
struct NumericError : Error { using Error::Error; };  // NaN / inf during training

}  // namespace nnlab
