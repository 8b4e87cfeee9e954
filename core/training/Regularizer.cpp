#include "training/Regularizer.h"

#include <cmath>

namespace nnlab {

double penalty(const std::vector<Param>& params, const RegularizationSpec& reg) {
    if (reg.l1 == 0.0 && reg.l2 == 0.0) return 0.0;
    double sum = 0.0;
    for (const Param& p : params) {
        if (!p.isWeight) continue;
        sum += reg.l2 * p.value->squaredNorm() + reg.l1 * p.value->cwiseAbs().sum();
    }
    return sum;
}

void addPenaltyGradients(std::vector<Param>& params, const RegularizationSpec& reg) {
    if (reg.l1 == 0.0 && reg.l2 == 0.0) return;
    for (Param& p : params) {
        if (!p.isWeight) continue;
        if (reg.l2 != 0.0) p.grad->noalias() += (2.0 * reg.l2) * *p.value;
        if (reg.l1 != 0.0 && !reg.l1Proximal) p.grad->array() += reg.l1 * p.value->array().sign();
    }
}

// Proximal step of lr l1 |w| (soft thresholding; Parikh & Boyd 2014, 6.5.2).
// It is Playground's rule: take the L1 step w - lr l1 sign(w), and if that
// crosses 0, stop at 0. Unlike Playground a zero weight is not frozen: it
// moves again once its data gradient is stronger than l1.
void applyL1Proximal(std::vector<Param>& params, const RegularizationSpec& reg, double lr) {
    if (reg.l1 == 0.0 || !reg.l1Proximal) return;
    const double t = lr * reg.l1;
    for (Param& p : params) {
        if (!p.isWeight) continue;
        p.value->array() = p.value->array().sign() * (p.value->array().abs() - t).max(0.0);
    }
}

double gradientNorm(const std::vector<Param>& params) {
    double sq = 0.0;
    for (const Param& p : params) sq += p.grad->squaredNorm();
    return std::sqrt(sq);
}

void clipGradients(std::vector<Param>& params, const RegularizationSpec& reg) {
    if (reg.clipValue > 0.0)
        for (Param& p : params) *p.grad = p.grad->cwiseMax(-reg.clipValue).cwiseMin(reg.clipValue);
    if (reg.clipNorm > 0.0) {
        const double scale = std::min(1.0, reg.clipNorm / (gradientNorm(params) + 1e-6));
        if (scale < 1.0)
            for (Param& p : params) *p.grad *= scale;
    }
}

void applyMaxNorm(std::vector<Param>& params, const RegularizationSpec& reg) {
    if (reg.maxNorm <= 0.0) return;
    for (Param& p : params) {
        if (!p.isWeight) continue;
        for (Index r = 0; r < p.value->rows(); ++r) {
            const double norm = p.value->row(r).norm();
            if (norm > reg.maxNorm) p.value->row(r) *= reg.maxNorm / norm;
        }
    }
}

}  // namespace nnlab
