namespace MemberCards.Sdk.Docs.Tests;

/// <summary>The kind of project a documentation snippet is pasted into, which decides its implicit usings and references.</summary>
internal enum SnippetKind
{
    /// <summary>The Program.cs of <c>dotnet new web</c>: the Web SDK's implicit usings and the ASP.NET Core shared framework.</summary>
    Web,

    /// <summary>
    /// The Program.cs of <c>dotnet new console</c> (or a test project): the plain SDK's implicit usings, Microsoft.NETCore.App,
    /// the MemberCards packages that need no ASP.NET Core, and Microsoft.Extensions.Hosting with its dependencies
    /// (Configuration.Json, EnvironmentVariables, UserSecrets, Logging.Console ...). A snippet that uses
    /// MemberCards.Sdk.Testing gets that package and the ASP.NET Core shared framework it brings.
    /// </summary>
    Console,
}
