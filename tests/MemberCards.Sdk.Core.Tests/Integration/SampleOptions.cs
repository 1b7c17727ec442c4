using Microsoft.Extensions.Options;

namespace MemberCards.Sdk.Core.Tests.Integration;

/// <summary>A tiny options type shaped like a client's, to exercise the Core options plumbing.</summary>
public sealed class SampleOptions
{
    /// <summary>The service endpoint.</summary>
    public string? Endpoint { get; set; }

    /// <summary>A secret that must never be shown.</summary>
    public string? Secret { get; set; }

    /// <inheritdoc />
    public override string ToString() => $"SampleOptions {{ Endpoint = {Endpoint}, Secret = {Redaction.Secret(Secret)} }}";
}

/// <summary>Validates <see cref="SampleOptions"/> with messages that name the configuration key.</summary>
public sealed class SampleOptionsValidator : IValidateOptions<SampleOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, SampleOptions options)
    {
        var failures = new List<string>();
        if (!Uri.TryCreate(options.Endpoint, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            failures.Add("MemberCards:Sample:Endpoint must be an absolute http(s) URL.");
        }

        if (string.IsNullOrEmpty(options.Secret))
        {
            failures.Add("MemberCards:Sample:Secret is required.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
