#include "AllocationCounter.h"

#include <atomic>
#include <cerrno>
#include <cstddef>

namespace {
std::atomic<bool> g_counting{false};
std::atomic<long> g_allocations{0};

inline void countOne() {
    if (g_counting.load(std::memory_order_relaxed)) g_allocations.fetch_add(1, std::memory_order_relaxed);
}
}  // namespace

#if defined(__GLIBC__)
// Defined in the executable, these win over the C library's at dynamic link
// time for every caller (Eigen, libstdc++, the engine); they forward to glibc's
// own entry points.
extern "C" {
void* __libc_malloc(std::size_t);
void* __libc_calloc(std::size_t, std::size_t);
void* __libc_realloc(void*, std::size_t);
void* __libc_memalign(std::size_t, std::size_t);
void __libc_free(void*);

void* malloc(std::size_t n) {
    countOne();
    return __libc_malloc(n);
}
void* calloc(std::size_t n, std::size_t size) {
    countOne();
    return __libc_calloc(n, size);
}
void* realloc(void* p, std::size_t n) {
    countOne();
    return __libc_realloc(p, n);
}
void* aligned_alloc(std::size_t alignment, std::size_t n) {
    countOne();
    return __libc_memalign(alignment, n);
}
void* memalign(std::size_t alignment, std::size_t n) {
    countOne();
    return __libc_memalign(alignment, n);
}
int posix_memalign(void** out, std::size_t alignment, std::size_t n) {
    countOne();
    void* p = __libc_memalign(alignment, n);
    if (!p) return ENOMEM;
    *out = p;
    return 0;
}
void free(void* p) { __libc_free(p); }
}
#endif

namespace nnlab::test {

bool allocationCountingAvailable() {
#if defined(__GLIBC__)
    return true;
#else
    return false;
#endif
}

long allocationsDuring(const std::function<void()>& body) {
    g_allocations = 0;
    g_counting = true;
    body();
    g_counting = false;
    return g_allocations.load();
}

}  // namespace nnlab::test
