#include "WritableDirectory.h"

#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <vector>

std::string unwritableReason(const std::string& dir) {
    namespace fs = std::filesystem;
    std::error_code ec;
    fs::create_directories(dir, ec);
    if (ec) return ec.message();
    if (!fs::is_directory(dir, ec)) return "not a directory";
    // Permissions alone do not tell (root, read-only mounts, a full disk, ACLs): try.
    std::string probe = dir + "/.nnlab-write-test-XXXXXX";
    std::vector<char> name(probe.begin(), probe.end());
    name.push_back('\0');
    const int fd = mkstemp(name.data());
    if (fd < 0) return std::strerror(errno);
    const bool written = write(fd, "x", 1) == 1;
    const int writeErrno = errno;
    close(fd);
    unlink(name.data());
    if (!written) return std::strerror(writeErrno);
    return {};
}
