#pragma once
// The CLI's sub-commands. Each returns the process exit status.
#include <string>
#include <vector>

int runTrainCommand(const std::vector<std::string>& args);
int runOracleCommand(const std::vector<std::string>& args);
int runDiagnoseCommand(const std::vector<std::string>& args);
int runExportCommand(const std::vector<std::string>& args);
int runPredictCommand(const std::vector<std::string>& args);
int runForecastCommand(const std::vector<std::string>& args);
int runSampleCommand(const std::vector<std::string>& args);
int runGenerateCommand(const std::vector<std::string>& args);
