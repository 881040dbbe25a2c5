#pragma once

#include <QCommandLineParser>
#include <QStringList>

namespace cw {

class CliContext;

// Parses one command's arguments (args[0] is the command's name). Adds --json and --help.
// Returns false when the command must stop; *exitCode then holds its exit code.
bool parseCommand(CliContext &ctx, QCommandLineParser &parser, const QStringList &args, int *exitCode);

int runProfiles(CliContext &ctx, const QStringList &args);
int runCases(CliContext &ctx, const QStringList &args);
// credentials, check, history, sandbox
int runApiCommand(CliContext &ctx, const QStringList &args);
// poll, events
int runPollCommand(CliContext &ctx, const QStringList &args);
int runNormalize(CliContext &ctx, const QStringList &args);
// statuses unknown|assign|remove|rules|export|import
int runStatuses(CliContext &ctx, const QStringList &args);
int runEstimate(CliContext &ctx, const QStringList &args);
// draft RECEIPT, digest --since DATE
int runClientUpdate(CliContext &ctx, const QStringList &args);
int runExport(CliContext &ctx, const QStringList &args);
// deadlines [--all], deadlines done|undo ID
int runDeadlines(CliContext &ctx, const QStringList &args);
int runImport(CliContext &ctx, const QStringList &args);
// db-password, migrate-db, backup
int runDatabaseCommand(CliContext &ctx, const QStringList &args);
// webhook set|show|clear|test|deliver|resume
int runWebhook(CliContext &ctx, const QStringList &args);
// staff, assign, tasks, db-roles, health
int runStaffCommand(CliContext &ctx, const QStringList &args);

} // namespace cw
