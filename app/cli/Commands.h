#pragma once
// One factory per subcommand, each in app/cli/<Name>Command.cpp; main.cpp lists them in the order
// `mine2ai-cli --help` shows.
#include "Command.h"

namespace m2ai::cli {

Command sampleCommand();
Command validateCommand();
Command computeCommand();
Command scenariosCommand();  // ScenariosCommand.cpp
Command importJsonCommand();
Command exportJsonCommand();
Command templateCommand();
Command importSitesCommand();
Command reportCommand();  // ReportCommand.cpp with the Qt UI, else a stub saying it is absent
Command sensitivityCommand();
Command riskCommand();
Command climateCommand();    // ClimateCommand.cpp
Command importEpwCommand();  // ClimateCommand.cpp

}  // namespace m2ai::cli
