#include "export/AtomicFile.h"

#include "Error.h"

#include <filesystem>

namespace nnlab {

void makeExportDirectory(const std::string& dir) {
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (ec) throw Error(dir + ": cannot create the directory (" + ec.message() + ")");
    if (!std::filesystem::is_directory(dir)) throw Error(dir + ": exists and is not a directory");
}

}  // namespace nnlab
