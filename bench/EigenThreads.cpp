// nnlab-bench-threads: do Eigen's OpenMP threads pay for the products of one
// training step of the bench's 784-256-128-10 MLP and reference CNN (batch 64)?
// The same products as the engine's step, one and two threads alternating,
// per wall second and per CPU second of the process. Not part of `all` (the
// engine is built without OpenMP): cmake --build build --target nnlab-bench-threads
// Figures: docs/benchmarks.md, "Both cores".
#include <Eigen/Core>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <vector>
#include <string>
#include <cstdlib>
using M = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
static double cpu() { timespec t; clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t); return t.tv_sec + 1e-9 * t.tv_nsec; }
static double wall() { return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count(); }
struct Mlp {
    std::vector<M> x, w, z, dz, dw, dx;
    Mlp() {
        const int s[] = {784, 256, 128, 10};
        for (int l = 0; l < 3; ++l) {
            x.push_back(M::Random(64, s[l])); w.push_back(M::Random(s[l + 1], s[l]));
            z.push_back(M::Zero(64, s[l + 1])); dz.push_back(M::Random(64, s[l + 1]));
            dw.push_back(M::Zero(s[l + 1], s[l])); dx.push_back(M::Zero(64, s[l]));
        }
    }
    int step() {
        for (int l = 0; l < 3; ++l) z[l].noalias() = x[l] * w[l].transpose();
        for (int l = 2; l >= 0; --l) { dw[l].noalias() = dz[l].transpose() * x[l]; if (l) dx[l].noalias() = dz[l] * w[l]; }
        return 64;
    }
};
// Conv as the engine does it: per sample Z = W cols (out, Ckk) x (Ckk, HoWo); dW += dZ cols^T; dCols = W^T dZ.
struct Cnn {
    M w1 = M::Random(32, 9), c1 = M::Random(9, 676), z1 = M::Zero(32, 676), dw1 = M::Zero(32, 9);
    M w2 = M::Random(64, 288), c2 = M::Random(288, 121), z2 = M::Zero(64, 121), dw2 = M::Zero(64, 288), dc2 = M::Zero(288, 121);
    M x3 = M::Random(64, 1600), w3 = M::Random(128, 1600), z3 = M::Zero(64, 128), dz3 = M::Random(64, 128), dw3 = M::Zero(128, 1600), dx3 = M::Zero(64, 1600);
    int step() {
        for (int n = 0; n < 64; ++n) {
            z1.noalias() = w1 * c1; dw1.noalias() += z1 * c1.transpose();
            z2.noalias() = w2 * c2; dw2.noalias() += z2 * c2.transpose(); dc2.noalias() = w2.transpose() * z2;
        }
        z3.noalias() = x3 * w3.transpose(); dw3.noalias() = dz3.transpose() * x3; dx3.noalias() = dz3 * w3;
        return 64;
    }
};
template <class F> void run(const char* name, F&& f, double seconds) {
    for (double t0 = wall(); wall() - t0 < 0.3;) f();
    long n = 0; double w0 = wall(), c0 = cpu();
    while (wall() - w0 < seconds) n += f();
    double w = wall() - w0, c = cpu() - c0;
    std::printf("%s threads %d: %.0f samples/wall s, %.0f samples/CPU s\n", name, Eigen::nbThreads(), n / w, n / c);
}
int main(int argc, char** argv) {
    int rounds = argc > 1 ? std::atoi(argv[1]) : 3;
    Mlp mlp; Cnn cnn;
    for (int r = 0; r < rounds; ++r)
        for (int t : {1, 2}) {
            Eigen::setNbThreads(t);
            run("mlp", [&] { return mlp.step(); }, 1.5);
            run("cnn", [&] { return cnn.step(); }, 1.5);
        }
}
