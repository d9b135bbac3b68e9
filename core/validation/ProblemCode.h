#pragma once
// What a validation problem is about, so ui/ and the CLI can word it in the user's language from
// the problem's parameters (validation/MessageParams.h) instead of parsing core's English sentence
// (ui/app/ProblemText). Each code lists its parameters; Problem::message keeps the English text.
//
// Every problem validate() and the edit checks create has a specific code. Generic is for problems
// where a code would add nothing over the text: file reading (JSON reader, project storage, sites
// import: a parse error names what the file holds, in English), risk, sensitivity and scenario
// inputs. ui/ shows a Generic problem's English message as core wrote it. Formatted is for the
// problems worded by a CoreMessage (validation/CoreMessage.h): a marked English format and its
// arguments, translated by the format itself (use it where a code of its own would add nothing).
namespace m2ai {

enum class ProblemCode {
    Generic,                     // the English message is all there is
    NumberOutOfRange,            // numbers: min, max, got; texts: unit ("" when dimensionless), field
    Empty,                       // texts: what ("site name", "task id", …)
    MonthOutOfRange,             // numbers: minYear, maxYear, year, month
    UnknownEnumValue,            // numbers: value; texts: allowed ("air, hybrid, …")
    NPlus1Blocks,                // numbers: blocks
    TwoNBlocks,                  // numbers: blocks
    TwoNPlus1Blocks,             // numbers: blocks
    DistributedRedundantBlocks,  // numbers: blocks
    WetBulbAboveDryBulb,         // numbers: dryBulbC, wetBulbC
    DesignPercentile,            // numbers: got (allowed: 0.4, 1, 2)
    DuplicateSiteName,           // texts: name, also (the first site's path)
    DuplicateTaskId,             // texts: id, also (the first task's path)
    GeneratedTaskId,             // texts: id
    LinkListedTwice,             // texts: id (a dependsOn or precedes entry repeated)
    DependsOnMilestone,          // texts: id ("rfs" or "full-capacity")
    DependsOnItself,             // no parameters
    PrecedesItself,              // no parameters
    PrecedesGridUpgrade,         // no parameters
    UnknownTaskId,               // texts: id, generated (the ids allowed, ", "-joined)
    DependencyCycle,             // texts: cycle ("a -> b -> a")
    CurrencyNotIso,              // texts: got
    CurrencyNotUsd,              // texts: got (cut to 12 characters)
    Formatted,                   // texts: context, format, then "1" … "9" (Validation.h formattedProblem)
};

// Every code, in declaration order (tests check each has a translated format).
inline constexpr ProblemCode kAllProblemCodes[] = {
    ProblemCode::Generic,
    ProblemCode::NumberOutOfRange,
    ProblemCode::Empty,
    ProblemCode::MonthOutOfRange,
    ProblemCode::UnknownEnumValue,
    ProblemCode::NPlus1Blocks,
    ProblemCode::TwoNBlocks,
    ProblemCode::TwoNPlus1Blocks,
    ProblemCode::DistributedRedundantBlocks,
    ProblemCode::WetBulbAboveDryBulb,
    ProblemCode::DesignPercentile,
    ProblemCode::DuplicateSiteName,
    ProblemCode::DuplicateTaskId,
    ProblemCode::GeneratedTaskId,
    ProblemCode::LinkListedTwice,
    ProblemCode::DependsOnMilestone,
    ProblemCode::DependsOnItself,
    ProblemCode::PrecedesItself,
    ProblemCode::PrecedesGridUpgrade,
    ProblemCode::UnknownTaskId,
    ProblemCode::DependencyCycle,
    ProblemCode::CurrencyNotIso,
    ProblemCode::CurrencyNotUsd,
    ProblemCode::Formatted,
};

}  // namespace m2ai
