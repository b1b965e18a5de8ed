// SPDX-License-Identifier: MIT
#include "cli/command.h"

namespace fm::server {

// Each file under cli/ contributes its commands.
QList<Command> infoCommands();
QList<Command> docCommands();
QList<Command> migrateCommands();
QList<Command> renameCommands();
QList<Command> importCommands();
QList<Command> newCommands();
QList<Command> checkCommands();
QList<Command> formatCommands();
QList<Command> generateCommands();
QList<Command> userCommands();
QList<Command> startCommands();
QList<Command> mailCommands();
QList<Command> diffCommands();
QList<Command> jobCommands();
QList<Command> workerCommands();
QList<Command> eventsCommands();
QList<Command> siteCommands();

QList<Command> allCommands()
{
    QList<Command> all;
    all += infoCommands();
    all += newCommands();
    all += checkCommands();
    all += formatCommands();
    all += generateCommands();
    all += renameCommands();
    all += diffCommands();
    all += migrateCommands();
    all += siteCommands();
    all += importCommands();
    all += docCommands();
    all += userCommands();
    all += startCommands();
    all += workerCommands();
    all += jobCommands();
    all += mailCommands();
    all += eventsCommands();
    return all;
}

} // namespace fm::server
