namespace MemberCards.Sdk.Youzan.Tests.Support;

/// <summary>How often <see cref="SlowCardHandler"/> ran.</summary>
internal sealed class SlowCardRuns
{
    public int Attempts;

    public int Completed;

    public int FailFirst { get; init; }
}
