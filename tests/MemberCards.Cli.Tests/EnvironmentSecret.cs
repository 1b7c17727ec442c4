namespace MemberCards.Cli.Tests;

/// <summary>An environment variable with a name unique to one test, removed on dispose, so parallel tests never share it.</summary>
internal sealed class EnvironmentSecret : IDisposable
{
    public EnvironmentSecret(string value)
    {
        Name = $"MEMBERCARDS_TEST_{Guid.NewGuid():N}";
        Environment.SetEnvironmentVariable(Name, value);
    }

    public string Name { get; }

    public void Dispose() => Environment.SetEnvironmentVariable(Name, null);
}
