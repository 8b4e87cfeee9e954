#pragma once
// Counts the heap allocations of the whole process while a body runs, for the
// "a training step allocates nothing" tests. Eigen allocates with std::malloc,
// not operator new, so counting operator new alone would miss a dynamic Eigen
// temporary; libstdc++'s operator new ends in malloc too. On glibc the test
// executable's malloc family interposes the C library's (AllocationCounter.cpp),
// so one counter sees both. Elsewhere counting is unavailable and tests skip.
#include <functional>

namespace nnlab::test {

bool allocationCountingAvailable();

// Heap allocations (malloc, calloc, realloc, aligned allocations) made by any
// code of the process while body ran.
long allocationsDuring(const std::function<void()>& body);

}  // namespace nnlab::test
