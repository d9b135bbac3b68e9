// mine2ai-cli: the headless tool. main only lists the commands and dispatches; each command is a
// file app/cli/<Name>Command.cpp (Command.h says how to add one) and calls core, no arithmetic here.
// Exit codes: 0 ok, 1 invalid input (message on stderr naming the field), 2 usage.
#include <iostream>
#include <string>
#include <vector>

#include "CliText.h"
#include "Commands.h"
#include "Dispatch.h"
#include "Language.h"
#include "io/FileSizeSignal.h"

int main(int argc, char** argv) {
    // Past a file-size limit (ulimit -f) the kernel would kill us mid-save with SIGXFSZ, leaving a
    // temporary file and no message. Ignored, the write fails with EFBIG instead, and the save
    // reports it, removes its temporary file and leaves the target as it was.
    m2ai::ignoreFileSizeSignal();
    using namespace m2ai::cli;
    // The registry, in the order of `mine2ai-cli --help`: one line per command.
    const std::vector<Command> commands = {
        sampleCommand(),     validateCommand(),    computeCommand(),  scenariosCommand(),
        importJsonCommand(), exportJsonCommand(),  templateCommand(), importSitesCommand(),
        reportCommand(),     sensitivityCommand(), riskCommand(),     climateCommand(),
        importEpwCommand(),
    };
    std::vector<std::string> args(argv + 1, argv + argc);
    if (const std::string error = takeLanguageOption(args); !error.empty()) {
        std::cerr << "mine2ai-cli: " << error << '\n'
                  << translate("CliDispatch", "Try 'mine2ai-cli --help'.") << '\n';
        return kUsage;
    }
    return dispatch(commands, args);
}
