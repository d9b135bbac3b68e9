#pragma once
// Names core writes in English that the interface shows in the user's language: the generated
// schedule tasks ("Procure GPU servers") and the catalogue's country and cooling entries. core
// has no Qt; it keeps stable ids (schedule/TaskIds.h, catalogue ids and CoolingTech), and the
// text is translated here by its English source, so a name core changes or adds shows as core
// wrote it (English) until it has a translation. Names the user typed (user tasks, sites) and
// product names (GPU platforms, ASIC models) are never translated, only the description after a
// product name. CSV and JSON keep core's English.
#include <QString>

#include "model/Enums.h"

namespace m2ai {
struct ScheduledTask;
struct CountryPreset;
struct GpuPlatform;
}  // namespace m2ai

namespace CatalogueText {

// A generated task's name in the interface language; a user task's name as the user wrote it.
QString taskName(const m2ai::ScheduledTask& task);
QString countryName(const m2ai::CountryPreset& country);
// The catalogue's name of a cooling technology.
QString coolingName(m2ai::CoolingTech tech);
// A GPU platform's name: the product name as the vendor writes it ("NVIDIA GB300 NVL72"), its
// description in parentheses ("72 GPUs per rack, liquid") and "Custom platform" translated.
QString gpuName(const m2ai::GpuPlatform& platform);

}  // namespace CatalogueText
