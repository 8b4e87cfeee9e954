#pragma once
// How a verdict's figures are rounded before anyone prints them: the CLI
// (Diagnosis.cpp's English) and the GUI (VerdictEvidence.cpp, through QLocale)
// format the same rounded value, so 0.625 reads "63 %" in both and a drop of
// -0.001 % reads "0 %", never "-0 %".
#include <string>

namespace nnlab {

// A share (0.625) as a whole percentage (63): halves away from zero (printf's
// "%.0f" rounds 62.5 to even, Qt's 'f' away from zero), and -0 becomes 0.
double roundedPercent(double share);

// v to `digits` significant figures (4.6749e-05 -> 4.67e-05), the value
// "%.3g" and QLocale 'g' 3 then print alike; non-finite values pass through.
double roundedSignificant(double v, int digits = 3);

// The CLI's English forms of the two: "63 %", "4.67e-05".
std::string percentText(double share);
std::string figureText(double v);

}  // namespace nnlab
