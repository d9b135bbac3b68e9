#pragma once
// The ids of the tasks the schedule generates, in one place: the network builder links tasks by
// these, validation refuses user tasks that reuse them, results and files carry them as text. The
// engines work on integer task indices; the text ids are for display, files and user dependencies.
#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace m2ai::schedule {

enum class GeneratedTask : std::size_t {
    Design,
    ProcElectrical,
    ProcCooling,
    ProcGpu,
    Decommission,
    Electrical,
    Cooling,
    Facility,
    GpuInstall,
    Commissioning,
    GridUpgrade,
    Rfs,           // first ready for service (phase 1): nothing but full capacity depends on it
    FullCapacity,  // the last phase in service; closes the network
    Count
};

inline constexpr std::size_t kGeneratedTaskCount = static_cast<std::size_t>(GeneratedTask::Count);

// Indexed by GeneratedTask.
inline constexpr std::array<std::string_view, kGeneratedTaskCount> kGeneratedTaskIds{
    "design",   "proc-electrical", "proc-cooling",  "proc-gpu",     "decommission", "electrical",   "cooling",
    "facility", "gpu-install",     "commissioning", "grid-upgrade", "rfs",          "full-capacity"};

constexpr std::string_view taskId(GeneratedTask task) {
    return kGeneratedTaskIds[static_cast<std::size_t>(task)];
}

// The same id as a std::string in static storage, which results refer to (TaskText::constant)
// instead of holding a copy.
inline const std::string& taskIdText(GeneratedTask task) {
    static const std::array<std::string, kGeneratedTaskCount> texts = [] {
        std::array<std::string, kGeneratedTaskCount> out;
        for (std::size_t i = 0; i < kGeneratedTaskCount; ++i) out[i] = std::string(kGeneratedTaskIds[i]);
        return out;
    }();
    return texts[static_cast<std::size_t>(task)];
}

// The generated task with this id, if any.
constexpr std::optional<GeneratedTask> generatedTask(std::string_view id) {
    for (std::size_t i = 0; i < kGeneratedTaskCount; ++i)
        if (kGeneratedTaskIds[i] == id) return static_cast<GeneratedTask>(i);
    return std::nullopt;
}

}  // namespace m2ai::schedule
