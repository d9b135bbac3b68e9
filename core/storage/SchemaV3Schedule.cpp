// Schema-4 topic: schedule links between user and generated tasks (issue 12 item 11): the tasks a
// user task must finish before (UserTask::precedes), one row per link, keyed like schema 1's
// user_task_dependency. See storage/SchemaV3.h for the contract.
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "storage/RowReader.h"
#include "storage/SchemaColumns.h"
#include "storage/SchemaV3.h"
#include "storage/Sqlite.h"

namespace m2ai::storage {

namespace {

std::vector<std::string> createStatements() {
    const std::string create = table(
        "user_task_precedes",
        {"site_id INTEGER NOT NULL", "task_position INTEGER NOT NULL", integer("position", ">= 0"),
         text("precedes_task_id"), "PRIMARY KEY (site_id, task_position, position)",
         "FOREIGN KEY (site_id, task_position) REFERENCES user_task(site_id, position) ON DELETE CASCADE"});
    const std::string head = "CREATE TABLE ";
    return {head + "IF NOT EXISTS " + create.substr(head.size())};
}

void write(sqlite3* db, const Portfolio& p) {
    Statement s(db,
                "INSERT INTO user_task_precedes (site_id, task_position, position, precedes_task_id) "
                "VALUES (?, ?, ?, ?)");
    for (std::size_t i = 0; i < p.sites.size(); ++i) {
        const auto& tasks = p.sites[i].plan.extraTasks;
        for (std::size_t t = 0; t < tasks.size(); ++t)
            for (std::size_t d = 0; d < tasks[t].precedes.size(); ++d) {
                s.bind(1, static_cast<long long>(i)).bind(2, static_cast<long long>(t));
                s.bind(3, static_cast<long long>(d)).bind(4, tasks[t].precedes[d]).run();
            }
    }
}

void read(sqlite3* db, Portfolio& p) {
    // (site id, task position) → the task, in the order the project reader filled them: sites by
    // id, tasks by position.
    std::map<long long, std::size_t> siteIndex;
    {
        Statement s(db, "SELECT id FROM site ORDER BY id");
        while (s.next()) siteIndex.emplace(sqlite3_column_int64(s.get(), 0), siteIndex.size());
    }
    if (siteIndex.size() != p.sites.size())
        throw contentError(
            M2AI_TR("ProjectFile",
                    "%1: damaged or not a Mine2AI project: the table %2 changed while it was read"),
            {"site"});
    std::map<std::pair<long long, long long>, std::pair<std::size_t, std::size_t>> taskAt;
    {
        Statement s(db, "SELECT site_id, position FROM user_task ORDER BY site_id, position");
        std::map<long long, std::size_t> seenPerSite;
        while (s.next()) {
            const long long siteId = sqlite3_column_int64(s.get(), 0);
            const auto site = siteIndex.find(siteId);
            if (site == siteIndex.end())
                throw contentError(
                    M2AI_TR("ProjectFile",
                            "%1: damaged or not a Mine2AI project: the table %2 changed while it was read"),
                    {"user_task"});
            const std::size_t k = seenPerSite[siteId]++;
            if (k >= p.sites[site->second].plan.extraTasks.size())
                throw contentError(
                    M2AI_TR("ProjectFile",
                            "%1: damaged or not a Mine2AI project: the table %2 changed while it was read"),
                    {"user_task"});
            taskAt.emplace(std::pair{siteId, sqlite3_column_int64(s.get(), 1)}, std::pair{site->second, k});
        }
    }
    Statement s(db,
                "SELECT site_id, task_position, position, precedes_task_id FROM user_task_precedes "
                "ORDER BY site_id, task_position, position");
    while (s.next()) {
        const Row keys(s.get(), "user_task_precedes", "");
        const auto found = taskAt.find(std::pair{keys.key(0), keys.key(1)});
        if (found == taskAt.end())
            throw contentError(M2AI_TR("ProjectFile",
                                       "%1: damaged or not a Mine2AI project: the table %2 has a row for a "
                                       "task that does not exist"),
                               {"user_task_precedes"});
        const auto [site, task] = found->second;
        UserTask& t = p.sites[site].plan.extraTasks[task];
        const std::string at = "sites[" + std::to_string(site) + "].plan.extraTasks[" + std::to_string(task) +
                               "].precedes[" + std::to_string(t.precedes.size()) + "]";
        // Positions run 0, 1, 2 … per task: a gap or repeat is a damaged file, not a reordering.
        if (keys.key(2) != static_cast<long long>(t.precedes.size()))
            throw contentError(M2AI_TR("ProjectFile", "%1: damaged or not a Mine2AI project: %2: %3 is %4"),
                               {at, "user_task_precedes.position", std::to_string(keys.key(2))});
        if (t.precedes.size() >= static_cast<std::size_t>(kMaxDependenciesPerTask))
            throw contentError(
                M2AI_TR("ProjectFile", "%1: damaged or not a Mine2AI project: %2: more than %3 links"),
                {at, std::to_string(kMaxDependenciesPerTask)});
        const Row r(s.get(), "user_task_precedes", at);
        t.precedes.push_back(r.text(3, ""));
    }
}

}  // namespace

const SchemaTopic& scheduleTopic() {
    // No fillDefaults: a schema-3 project has no precedes links, which is what an empty table says.
    static const SchemaTopic topic{"schedule", createStatements(), {"user_task_precedes"}, nullptr, write,
                                   read,       /*sinceSchema=*/4};
    return topic;
}

}  // namespace m2ai::storage
