using MemberCards.Cli;

return await CliEntryPoint.RunAsync(args, TimeProvider.System).ConfigureAwait(false);
