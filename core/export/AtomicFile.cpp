#include "export/AtomicFile.h"

#include "Error.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fcntl.h>
#include <unistd.h>

namespace nnlab {

void writeFileAtomically(const std::string& path, const std::string& bytes) {
    const std::string tmp = path + ".part-" + std::to_string(::getpid());
    const auto fail = [&](const char* what, int err) {
        ::unlink(tmp.c_str());
        throw Error(path + ": cannot write (" + what + ": " + std::strerror(err) + ")");
    };
    const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) throw Error(path + ": cannot write (" + std::strerror(errno) + ")");
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            const int err = n < 0 ? errno : ENOSPC;
            ::close(fd);
            fail("write", err);
        }
        done += std::size_t(n);
    }
    // The data must be on disk before the rename makes it the file's content.
    if (::fsync(fd) != 0) {
        const int err = errno;
        ::close(fd);
        fail("fsync", err);
    }
    if (::close(fd) != 0) fail("close", errno);
    if (std::rename(tmp.c_str(), path.c_str()) != 0) fail("rename", errno);
}

void makeExportDirectory(const std::string& dir) {
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (ec) throw Error(dir + ": cannot create the directory (" + ec.message() + ")");
    if (!std::filesystem::is_directory(dir)) throw Error(dir + ": exists and is not a directory");
}

}  // namespace nnlab
