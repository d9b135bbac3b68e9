#pragma once
// What the process's heap holds, and giving back what it freed.
//
// A full recompute of a large portfolio allocates its result on the compute threads, each with
// its own glibc malloc arena, while the previous result is still shown; the old one is then freed
// on a pool thread. glibc keeps the freed pages of every arena mapped for reuse, so without a trim
// the resident size stays at the high-water mark of two results and a portfolio copy (~75 MiB at
// 1,000 sites) although the heap in use is back to one result (docs/performance.md "GUI memory
// per site").
#include <cstddef>

namespace heapmemory {

// Returns the free pages of every malloc arena to the system (glibc malloc_trim); a no-op where
// the C library has no such call. Costs a walk over the free lists: call it off the UI thread,
// after freeing something large.
void releaseFreedMemory();

// Bytes of heap in use (allocated and not yet freed, all arenas and mmapped blocks), or 0 where
// the C library cannot tell. For the GUI benchmark and tests: what is held, not what is mapped.
std::size_t heapInUseBytes();

}  // namespace heapmemory
