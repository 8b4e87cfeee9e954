#pragma once
// A full disk without root: while a FileSizeLimit lives, this process (and any
// program it starts, which inherits both) cannot make a file longer than
// `bytes`; a write past it fails with EFBIG ("File too large") instead of
// raising SIGXFSZ, which is ignored meanwhile. It is the same path through the
// writer as ENOSPC: a write() that fails part-way through a file.
#include <csignal>
#include <sys/resource.h>

namespace nnlab::test {

class FileSizeLimit {
public:
    explicit FileSizeLimit(rlim_t bytes) {
        m_ok = ::getrlimit(RLIMIT_FSIZE, &m_old) == 0;
        m_oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limit = m_old;
        limit.rlim_cur = bytes;
        m_ok = m_ok && ::setrlimit(RLIMIT_FSIZE, &limit) == 0;
    }
    ~FileSizeLimit() {
        ::setrlimit(RLIMIT_FSIZE, &m_old);
        std::signal(SIGXFSZ, m_oldHandler);
    }
    FileSizeLimit(const FileSizeLimit&) = delete;
    FileSizeLimit& operator=(const FileSizeLimit&) = delete;
    bool active() const { return m_ok; }

private:
    rlimit m_old{};
    void (*m_oldHandler)(int) = SIG_DFL;
    bool m_ok = false;
};

}  // namespace nnlab::test
