using MemberCards.Cli;

return await MemberCardsRootCommand.Create(TimeProvider.System).Parse(args).InvokeAsync().ConfigureAwait(false);
