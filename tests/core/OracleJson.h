#pragma once
// Test helpers for the PyTorch reference cases in ../shared/oracle.
#include "Types.h"

#include <nlohmann/json.hpp>

#include <QDir>
#include <QString>
#include <QStringList>
#include <fstream>
#include <stdexcept>
#include <string>

namespace oracle {

inline QString dir() { return QStringLiteral(NNLAB_ORACLE_DIR); }

inline QStringList files(const QString& pattern) {
    return QDir(dir()).entryList({pattern}, QDir::Files, QDir::Name);
}

inline nlohmann::json load(const QString& name) {
    std::ifstream in((dir() + "/" + name).toStdString());
    if (!in) throw std::runtime_error("cannot open oracle file " + name.toStdString());
    return nlohmann::json::parse(in);
}

// A scalar, a flat list or a nested list of any depth as a Matrix: a scalar is
// 1x1, a flat list is one row, deeper lists keep the first dimension as rows
// and flatten the rest row-major (NCHW images become one row per sample).
inline void flattenInto(const nlohmann::json& j, std::vector<double>& out) {
    if (j.is_number()) {
        out.push_back(j.get<double>());
        return;
    }
    for (const auto& e : j) flattenInto(e, out);
}

inline nnlab::Matrix toMatrix(const nlohmann::json& j) {
    std::vector<double> flat;
    flattenInto(j, flat);
    const nnlab::Index rows = (j.is_array() && !j.empty() && j[0].is_array()) ? nnlab::Index(j.size()) : 1;
    const nnlab::Index cols = rows ? nnlab::Index(flat.size()) / rows : 0;
    nnlab::Matrix m(rows, cols);
    for (nnlab::Index i = 0; i < rows * cols; ++i) m.data()[i] = flat[std::size_t(i)];
    return m;
}

// max |a - b| / (|b| + max|b|), the README's tolerance measure.
inline double relativeError(const nnlab::Matrix& a, const nnlab::Matrix& b) {
    if (a.rows() != b.rows() || a.cols() != b.cols()) return INFINITY;
    if (b.size() == 0) return 0.0;
    const double scale = b.cwiseAbs().maxCoeff();
    return ((a - b).cwiseAbs().array() / (b.cwiseAbs().array() + scale + 1e-300)).maxCoeff();
}

constexpr double kFail = 1e-7;

}  // namespace oracle
