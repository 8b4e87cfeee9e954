#include "health/DiagnosisJson.h"

#include <cmath>

namespace nnlab {
namespace {

// JSON has no inf/NaN: write them as strings.
nlohmann::json number(double v) {
    if (std::isfinite(v)) return v;
    return std::isnan(v) ? "nan" : (v > 0 ? "inf" : "-inf");
}

}  // namespace

nlohmann::json verdictToJson(const Verdict& v) {
    nlohmann::json evidence = nlohmann::json::array(), remedies = nlohmann::json::array();
    for (const Evidence& e : v.evidence)
        evidence.push_back({{"key", e.key}, {"layer", e.layer}, {"value", number(e.value)}, {"text", e.text}});
    for (const Remedy& r : v.remedies) {
        nlohmann::json tries = nlohmann::json::array();
        for (const TryChange& c : r.tryThis) {
            if (c.kind == "hyper") tries.push_back({{"hyper", c.target}, {"value", number(c.number)}});
            else tries.push_back({{c.kind, c.target}, {"value", c.text}});
        }
        remedies.push_back({{"key", r.key}, {"text", r.text}, {"try", tries}});
    }
    return {{"name", v.name},       {"title", v.title},     {"layers", v.layers},
            {"evidence", evidence}, {"remedies", remedies}, {"curriculum", v.curriculum},
            {"notes_correction", v.notesCorrection}};
}

nlohmann::json verdictsToJson(const std::vector<Verdict>& verdicts) {
    nlohmann::json list = nlohmann::json::array();
    for (const Verdict& v : verdicts) list.push_back(verdictToJson(v));
    return {{"verdicts", list}};
}

nlohmann::json summaryToJson(const RunSummary& s) {
    nlohmann::json layers = nlohmann::json::array();
    for (const LayerSummary& l : s.layers)
        layers.push_back({{"name", l.info.name},
                          {"activation", l.info.activation},
                          {"grad_norm_first", number(l.gradNormFirst)},
                          {"grad_norm_late", number(l.gradNormLate)},
                          {"bias_grad_norm_late", number(l.biasGradNormLate)},
                          {"update_ratio_late", number(l.updateRatioLate)},
                          {"weight_norm_first", number(l.weightNormFirst)},
                          {"weight_norm_late", number(l.weightNormLate)},
                          {"dead_late", number(l.deadLate)},
                          {"saturated_late", number(l.saturatedLate)},
                          {"unit_spread_first", number(l.unitSpreadFirst)},
                          {"unit_spread_late", number(l.unitSpreadLate)}});
    nlohmann::json loss = nlohmann::json::array();
    for (double v : s.epochLoss) loss.push_back(number(v));
    return {{"points", s.points},
            {"last_step", s.lastStep},
            {"initial_loss", number(s.initialLoss)},
            {"grad_ratio_first_last", number(s.gradRatioFirstLast)},
            {"grad_norm_early", number(s.gradNormEarly)},
            {"grad_norm_late", number(s.gradNormLate)},
            {"grad_norm_first", number(s.gradNormFirst)},
            {"grad_norm_peak", number(s.gradNormPeak)},
            {"grad_norm_peak_step", s.gradNormPeakStep},
            {"layers", layers},
            {"epoch_loss", loss}};
}

}  // namespace nnlab
