#include "io/FileSizeSignal.h"

#include <signal.h>

namespace m2ai {

void ignoreFileSizeSignal() {
    struct sigaction ignore {};
    ignore.sa_handler = SIG_IGN;
    sigemptyset(&ignore.sa_mask);
    // Cannot fail for a valid signal number with SIG_IGN; nothing to report.
    ::sigaction(SIGXFSZ, &ignore, nullptr);
}

}  // namespace m2ai
