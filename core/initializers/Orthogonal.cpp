// Orthogonal (Saxe et al. 2014; torch.nn.init.orthogonal_), gain g = p[0]:
//   A ~ N(0, 1) of w's shape (r, c), transposed to tall (max, min) if r < c;
//   A = Q R (thin QR);  Q columns times sign(diag R)  (so Q is Haar-uniform);
//   w = g Q, transposed back.  Then w w^T = g^2 I (r <= c) or w^T w = g^2 I (r >= c).
// A zero diagonal entry of R (probability 0) keeps its column's sign (torch: 0).
#include "initializers/Functions.h"

#include <Eigen/QR>

namespace nnlab {

void orthogonalInit(MatrixOut w, Index, Index, const InitParams& p, Rng& rng) {
    const Index r = w.rows(), c = w.cols();
    if (r == 0 || c == 0) return;
    Matrix drawn(r, c);
    fillNormal(drawn, 0.0, 1.0, rng);  // in w's own shape and order, as torch
    const bool wide = r < c;
    const Index tall = wide ? c : r, narrow = wide ? r : c;
    const Eigen::MatrixXd a = wide ? Eigen::MatrixXd(drawn.transpose()) : Eigen::MatrixXd(drawn);
    const Eigen::HouseholderQR<Eigen::MatrixXd> qr(a);
    Eigen::MatrixXd q = qr.householderQ() * Eigen::MatrixXd::Identity(tall, narrow);
    const auto diag = qr.matrixQR().diagonal();
    for (Index j = 0; j < narrow; ++j)
        if (diag(j) < 0.0) q.col(j) = -q.col(j);
    if (wide)
        w = p[0] * q.transpose();
    else
        w = p[0] * q;
}

}  // namespace nnlab
