#pragma once
// The one layout rule for sequences (docs/architecture.md, "Data layout"):
// a sample {T, F} is one row of T*F values, time-major inside the row. A
// recurrent layer works on time-major blocks instead, row t*B + b holding step t
// of sample b, so that one time step is the contiguous block middleRows(t*B, B).
// These two copies convert between the layouts without allocating.
#include "Types.h"

namespace nnlab {

// rows (B, T*F) -> steps (T*B, F): steps.row(t*B + b) = rows.row(b).segment(t*F, F)
inline void rowsToSteps(MatrixIn rows, Index steps, MatrixOut out) {
    const Index b = rows.rows(), f = rows.cols() / steps;
    for (Index t = 0; t < steps; ++t)
        for (Index i = 0; i < b; ++i) out.row(t * b + i) = rows.row(i).segment(t * f, f);
}

// steps (T*B, F) -> rows (B, T*F), the inverse of rowsToSteps.
inline void stepsToRows(MatrixIn steps, Index b, MatrixOut out) {
    const Index t = steps.rows() / b, f = steps.cols();
    for (Index s = 0; s < t; ++s)
        for (Index i = 0; i < b; ++i) out.row(i).segment(s * f, f) = steps.row(s * b + i);
}

// rows (B, T*F) -> the same sequences backwards in time:
// out.row(b).segment(t*F, F) = rows.row(b).segment((T-1-t)*F, F).
inline void reverseSteps(MatrixIn rows, Index steps, MatrixOut out) {
    const Index f = rows.cols() / steps;
    for (Index t = 0; t < steps; ++t) out.middleCols(t * f, f) = rows.middleCols((steps - 1 - t) * f, f);
}

}  // namespace nnlab
