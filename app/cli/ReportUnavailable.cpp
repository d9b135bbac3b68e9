// The report command of a build without the Qt UI (M2AI_BUILD_UI=OFF): listed, so that asking for
// it says why it is missing instead of "unknown command".
#include "Commands.h"

namespace m2ai::cli {

Command reportCommand() {
    Command report;
    report.name = "report";
    report.summary = "render the report (absent: this build has no Qt UI)";
    report.absentReason = "this build has no report support (built without the Qt UI)";
    return report;
}

}  // namespace m2ai::cli
