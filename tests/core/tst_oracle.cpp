// Every reference file in ../shared/oracle, replayed by the same code as
// `nnlab-cli oracle`: one data row per file, so a failure names it. Kinds the
// engine does not have yet are skipped with the reason, never counted as passed.
#include <QtTest>

#include <cmath>
#include <vector>

#include "OracleJson.h"
#include "oracle/OracleReplay.h"

class TestOracle : public QObject {
    Q_OBJECT
private slots:
    void filesArePresent() {
        // A wrong path must not pass silently.
        QVERIFY2(oracle::files("*.json").size() >= 20, qPrintable("no reference files in " + oracle::dir()));
        QVERIFY(!oracle::files("train_*.json").isEmpty());
        QVERIFY(oracle::files("activations.json").size() == 1);
        QVERIFY(oracle::files("losses.json").size() == 1);
    }

    void replay_data() {
        QTest::addColumn<QString>("file");
        for (const QString& f : oracle::files("*.json")) QTest::newRow(qPrintable(f)) << f;
    }
    void replay() {
        QFETCH(QString, file);
        const nnlab::OracleResult r = nnlab::replayOracleFile((oracle::dir() + "/" + file).toStdString());
        if (r.skipped) QSKIP(qPrintable(QString::fromStdString(r.reason)));
        QVERIFY2(!r.checks.empty(), "the file produced no comparison");
        for (const std::string& part : r.skippedParts) qWarning("skipped case: %s", part.c_str());
        QVERIFY2(r.skippedParts.empty(), "some cases of a supported kind were skipped");
        const nnlab::OracleCheck* worst = r.worst();
        QVERIFY2(r.maxError() <= nnlab::kOracleFailAbove,
                 qPrintable(QString("%1: relative error %2").arg(QString::fromStdString(worst->what)).arg(worst->error)));
    }

    void replayRejectsAWrongNumber() {
        // The comparison itself can fail: perturb one expected value.
        nlohmann::json file = oracle::load("losses.json");
        auto& c = file["cases"]["mse"];
        c["value"] = c["value"].get<double>() * (1.0 + 1e-5);
        const nnlab::OracleResult r = nnlab::replayOracle(file, "perturbed");
        QVERIFY(r.maxError() > nnlab::kOracleFailAbove);
    }

    // Batch norm in eval mode: the published case in training mode, turned
    // into an inference case with running statistics. Expected values from
    // the formula y = gamma (x - m) / sqrt(v + eps) + beta, written out here;
    // the gradients: dx = up gamma / sqrt(v + eps), dgamma = sum up xhat,
    // dbeta = sum up. Both places PyTorch keeps the statistics are read.
    void batchNormEvalModeIsReplayed_data() {
        QTest::addColumn<QString>("where");
        QTest::newRow("params") << "params";
        QTest::newRow("buffers") << "buffers";
    }
    void batchNormEvalModeIsReplayed() {
        QFETCH(QString, where);
        nlohmann::json file = oracle::load("layer_batchnorm1d_train.json");
        file["mode"] = "eval";
        const auto& x = file["inputs"]["x"];
        const auto& up = file["upstream"][0];
        const auto& gamma = file["params"]["gamma"];
        const auto& beta = file["params"]["beta"];
        const std::size_t n = x.size(), f = x[0].size();
        const double eps = file.value("eps", 1e-5);
        nlohmann::json mean = nlohmann::json::array(), var = nlohmann::json::array();
        for (std::size_t j = 0; j < f; ++j) {
            mean.push_back(0.1 * double(j) - 0.2);
            var.push_back(0.5 + 0.25 * double(j));
        }
        nlohmann::json y = nlohmann::json::array(), dx = nlohmann::json::array();
        std::vector<double> dgamma(f, 0.0), dbeta(f, 0.0);
        for (std::size_t i = 0; i < n; ++i) {
            nlohmann::json row = nlohmann::json::array(), drow = nlohmann::json::array();
            for (std::size_t j = 0; j < f; ++j) {
                const double inv = 1.0 / std::sqrt(var[j].get<double>() + eps);
                const double xhat = (x[i][j].get<double>() - mean[j].get<double>()) * inv;
                row.push_back(gamma[j].get<double>() * xhat + beta[j].get<double>());
                drow.push_back(up[i][j].get<double>() * gamma[j].get<double>() * inv);
                dgamma[j] += up[i][j].get<double>() * xhat;
                dbeta[j] += up[i][j].get<double>();
            }
            y.push_back(row);
            dx.push_back(drow);
        }
        file["outputs"] = {y};
        file["grads"] = {{"x", dx}, {"gamma", dgamma}, {"beta", dbeta}};
        if (where == "params") {
            file["params"]["running_mean"] = mean;
            file["params"]["running_var"] = var;
        } else {
            file["buffers"] = {{"running_mean", mean}, {"running_var", var}};
        }
        const nnlab::OracleResult r = nnlab::replayOracle(file, "batchnorm eval");
        QVERIFY2(!r.skipped, r.reason.c_str());
        QCOMPARE(r.checks.size(), std::size_t(4));  // output, dx, dgamma, dbeta
        QVERIFY2(r.maxError() < 1e-12, qPrintable(QString::number(r.maxError())));
        // Other spellings of the mode: PyTorch's module.training flag, "inference".
        for (const nlohmann::json& spelling : {nlohmann::json{{"mode", "inference"}}, nlohmann::json{{"training", false}}}) {
            nlohmann::json respelt = file;
            respelt.erase("mode");
            respelt.update(spelling);
            const nnlab::OracleResult again = nnlab::replayOracle(respelt, "respelt");
            QVERIFY2(!again.skipped && again.checks.size() == 4 && again.maxError() < 1e-12, spelling.dump().c_str());
        }
        // Without the statistics the case is an error, not a pass.
        file.erase("buffers");
        file["params"].erase("running_mean");
        file["params"].erase("running_var");
        QVERIFY(nnlab::replayOracle(file, "no statistics").maxError() > nnlab::kOracleFailAbove);
    }

    // A training run with layers other than dense: here a flatten (identity on
    // rows) and a dropout of rate 0 between the dense layers of a published
    // run, whose numbers must then come out the same; a random dropout is a skip.
    void trainingRunWithOtherLayersIsReplayed() {
        nlohmann::json file = oracle::load("train_13_adam_mse.json");
        auto insertAt = [](nlohmann::json& list, std::size_t at, const nlohmann::json& item) {
            list.insert(list.begin() + std::ptrdiff_t(at), item);
        };
        insertAt(file["layers"], 1, {{"type", "flatten"}});
        insertAt(file["layers"], 3, {{"type", "dropout"}, {"rate", 0.0}});
        nlohmann::json& expected = file["expected"];
        for (const char* key : {"grads_step0", "final_layers"})
            if (expected.contains(key)) {
                insertAt(expected[key], 1, nlohmann::json::object());
                insertAt(expected[key], 3, nlohmann::json::object());
            }
        const nnlab::OracleResult r = nnlab::replayOracle(file, "with flatten");
        QVERIFY2(!r.skipped, r.reason.c_str());
        QVERIFY(r.checks.size() >= 3);
        QVERIFY2(r.maxError() < 1e-9, qPrintable(QString::number(r.maxError())));
        file["layers"][3]["rate"] = 0.5;
        QVERIFY(nnlab::replayOracle(file, "random dropout").skipped);
    }

    // A dropout case with the mask it was computed with (PyTorch draws its
    // own): the replay uses the given mask, scaled by 1/(1-p); another mask fails.
    void dropoutWithGivenMaskIsReplayed() {
        const nlohmann::json source = oracle::load("layer_prelu.json");
        const nlohmann::json& x = source["inputs"]["x"];
        const nlohmann::json& up = source["upstream"][0];
        const double p = 0.25;
        nlohmann::json mask = x, y = x, dx = x;
        for (std::size_t i = 0; i < x.size(); ++i)
            for (std::size_t j = 0; j < x[i].size(); ++j) {
                const bool keep = (i + 2 * j) % 3 != 0;
                mask[i][j] = keep;
                y[i][j] = keep ? x[i][j].get<double>() / (1 - p) : 0.0;
                dx[i][j] = keep ? up[i][j].get<double>() / (1 - p) : 0.0;
            }
        nlohmann::json file = {{"kind", "layer"}, {"layer", "dropout"}, {"p", p}, {"mode", "train"},
                               {"inputs", {{"x", x}, {"mask", mask}}}, {"params", nlohmann::json::object()},
                               {"outputs", {y}}, {"upstream", {up}}, {"grads", {{"x", dx}}}};
        const nnlab::OracleResult r = nnlab::replayOracle(file, "dropout");
        QVERIFY2(!r.skipped, r.reason.c_str());
        QCOMPARE(r.checks.size(), std::size_t(2));
        QVERIFY2(r.maxError() < 1e-12, qPrintable(QString::number(r.maxError())));
        file["inputs"]["mask"][0][0] = !file["inputs"]["mask"][0][0].get<bool>();
        QVERIFY(nnlab::replayOracle(file, "other mask").maxError() > nnlab::kOracleFailAbove);
    }

    // Average pooling without the padded zeros in the divisor (PyTorch's
    // count_include_pad=False): expected values from the definition, on a
    // published padded case; the default divisor must then fail.
    void averagePoolingWithoutPaddingCount() {
        nlohmann::json file = oracle::load("layer_avgpool2d_1.json");
        const int k = file["kernel"], s = file["stride"], pad = file["padding"];
        QVERIFY(pad > 0);
        const nlohmann::json& x = file["inputs"]["x"];
        const nlohmann::json& up = file["upstream"][0];
        nlohmann::json y = file["outputs"][0], dx = x;
        for (auto& sample : dx)
            for (auto& channel : sample)
                for (auto& row : channel)
                    for (auto& v : row) v = 0.0;
        for (std::size_t n = 0; n < y.size(); ++n)
            for (std::size_t c = 0; c < y[n].size(); ++c)
                for (int oh = 0; oh < int(y[n][c].size()); ++oh)
                    for (int ow = 0; ow < int(y[n][c][oh].size()); ++ow) {
                        const int height = int(x[n][c].size()), width = int(x[n][c][0].size());
                        double sum = 0.0;
                        int count = 0;
                        for (int i = oh * s - pad; i < oh * s - pad + k; ++i)
                            for (int j = ow * s - pad; j < ow * s - pad + k; ++j)
                                if (i >= 0 && i < height && j >= 0 && j < width) sum += x[n][c][i][j].get<double>(), ++count;
                        y[n][c][oh][ow] = sum / count;
                        for (int i = oh * s - pad; i < oh * s - pad + k; ++i)
                            for (int j = ow * s - pad; j < ow * s - pad + k; ++j)
                                if (i >= 0 && i < height && j >= 0 && j < width)
                                    dx[n][c][i][j] = dx[n][c][i][j].get<double>() + up[n][c][oh][ow].get<double>() / count;
                    }
        file["count_include_pad"] = false;
        file["outputs"][0] = y;
        file["grads"]["x"] = dx;
        const nnlab::OracleResult r = nnlab::replayOracle(file, "without padding count");
        QVERIFY2(!r.skipped, r.reason.c_str());
        QVERIFY2(r.maxError() < 1e-12, qPrintable(QString::number(r.maxError())));
        file["count_include_pad"] = true;
        QVERIFY(nnlab::replayOracle(file, "with padding count").maxError() > nnlab::kOracleFailAbove);
    }

    // An activation given as a layer case, and a layer under PyTorch's name:
    // both replayed from published numbers (tanh's y and dy/dx with an
    // upstream of ones; the batch norm case renamed "batch_norm").
    void activationLayersAndPyTorchNamesAreReplayed() {
        const nlohmann::json tanh = oracle::load("activations.json")["cases"]["tanh"];
        nlohmann::json ones = tanh["x"];
        for (auto& v : ones) v = 1.0;
        nlohmann::json file = {{"kind", "layer"}, {"layer", "tanh"}, {"inputs", {{"x", {tanh["x"]}}}},
                               {"params", nlohmann::json::object()}, {"outputs", {{tanh["y"]}}},
                               {"upstream", {{ones}}}, {"grads", {{"x", {tanh["dy_dx"]}}}}};
        nnlab::OracleResult r = nnlab::replayOracle(file, "tanh layer");
        QVERIFY2(!r.skipped, r.reason.c_str());
        QCOMPARE(r.checks.size(), std::size_t(2));
        QVERIFY2(r.maxError() < 1e-12, qPrintable(QString::number(r.maxError())));
        file["layer"] = "sigmoid";
        QVERIFY(nnlab::replayOracle(file, "other activation").maxError() > nnlab::kOracleFailAbove);

        nlohmann::json norm = oracle::load("layer_batchnorm1d_train.json");
        norm["layer"] = "batch_norm";
        r = nnlab::replayOracle(norm, "batch_norm");
        QVERIFY2(!r.skipped, r.reason.c_str());
        QVERIFY2(r.maxError() < 1e-9, qPrintable(QString::number(r.maxError())));
        // The module's own spelling, as printed by PyTorch.
        norm["layer"] = "nn.BatchNorm1d";
        r = nnlab::replayOracle(norm, "nn.BatchNorm1d");
        QVERIFY2(!r.skipped, r.reason.c_str());
        QVERIFY2(!r.checks.empty() && r.maxError() < 1e-9, qPrintable(QString::number(r.maxError())));
    }

    // Global max pooling under PyTorch's name (adaptive_max_pool2d to 1x1): the
    // published global average case's images, with y the largest value of each
    // channel and dx the upstream value at its first maximum, worked out here.
    void globalMaxPoolingIsReplayed() {
        nlohmann::json file = oracle::load("layer_global_avgpool.json");
        const nlohmann::json& x = file["inputs"]["x"];
        const nlohmann::json& up = file["upstream"][0];
        nlohmann::json y = nlohmann::json::array(), dx = x;
        for (std::size_t n = 0; n < x.size(); ++n) {
            nlohmann::json row = nlohmann::json::array();
            for (std::size_t c = 0; c < x[n].size(); ++c) {
                std::size_t bi = 0, bj = 0;
                for (std::size_t i = 0; i < x[n][c].size(); ++i)
                    for (std::size_t j = 0; j < x[n][c][i].size(); ++j) {
                        if (x[n][c][i][j].get<double>() > x[n][c][bi][bj].get<double>()) bi = i, bj = j;
                        dx[n][c][i][j] = 0.0;
                    }
                row.push_back(x[n][c][bi][bj]);
                dx[n][c][bi][bj] = up[n][c];
            }
            y.push_back(row);
        }
        file["layer"] = "adaptive_max_pool2d";
        file["outputs"][0] = y;
        file["grads"]["x"] = dx;
        const nnlab::OracleResult r = nnlab::replayOracle(file, "global max pooling");
        QVERIFY2(!r.skipped, r.reason.c_str());
        QCOMPARE(r.checks.size(), std::size_t(2));
        QVERIFY2(r.maxError() < 1e-15, qPrintable(QString::number(r.maxError())));
        file["layer"] = "global_avgpool";
        QVERIFY(nnlab::replayOracle(file, "the average instead").maxError() > nnlab::kOracleFailAbove);
    }

    void unknownKindIsSkippedNotPassed() {
        const nnlab::OracleResult r = nnlab::replayOracle(nlohmann::json{{"kind", "quantum"}}, "x");
        QVERIFY(r.skipped);
        QVERIFY(r.checks.empty());
    }
};

QTEST_APPLESS_MAIN(TestOracle)
#include "tst_oracle.moc"
