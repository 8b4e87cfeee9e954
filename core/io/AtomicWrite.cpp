#include "io/AtomicWrite.h"

#include "Error.h"

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace nnlab {
namespace {

// Two writes of one file at once (an autosave and a save, two threads) get
// temporary files of their own.
std::atomic<unsigned> g_writeCount{0};

// Removes the temporary file and says why, for the caller to return false.
bool fail(std::string* reason, const std::string& tmp, const char* step, int err) {
    if (!tmp.empty()) ::unlink(tmp.c_str());
    if (reason) *reason = std::string(step) + ": " + std::strerror(err);
    return false;
}

std::string folderOf(const std::string& path) {
    const std::size_t slash = path.find_last_of('/');
    if (slash == std::string::npos) return ".";
    return slash == 0 ? "/" : path.substr(0, slash);
}

}  // namespace

void writeFileAtomically(const std::string& path, const std::string& bytes) {
    std::string reason;
    if (!tryWriteFileAtomically(path, bytes, &reason)) throw Error(path + ": cannot write (" + reason + ")");
}

bool tryWriteFileAtomically(const std::string& path, const std::string& bytes, std::string* reason) {
    const std::string tmp = path + ".part-" + std::to_string(::getpid()) + "-" + std::to_string(++g_writeCount);
    const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0) return fail(reason, std::string(), "create", errno);
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            // write() returning 0 for a non-empty buffer means no room.
            const int err = n < 0 ? errno : ENOSPC;
            ::close(fd);
            return fail(reason, tmp, "write", err);
        }
        done += std::size_t(n);
    }
    // The data must be on disk before the rename makes it the file's content:
    // a full disk or a failing device often shows only here or at close().
    if (::fsync(fd) != 0) {
        const int err = errno;
        ::close(fd);
        return fail(reason, tmp, "fsync", err);
    }
    if (::close(fd) != 0) return fail(reason, tmp, "close", errno);
    if (std::rename(tmp.c_str(), path.c_str()) != 0) return fail(reason, tmp, "rename", errno);
    // The rename itself reaches the disk with the folder's entry; a folder that
    // cannot be synced (some network file systems) still has the file.
    const int dir = ::open(folderOf(path).c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
    return true;
}

}  // namespace nnlab
