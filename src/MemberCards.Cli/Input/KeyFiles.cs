using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace MemberCards.Cli.Input;

/// <summary>
/// Loads keys and certificates through the SDK's <see cref="PemKeys"/>, and turns the usual mistake (a PEM pasted into
/// an environment variable with literal <c>\n</c> instead of line breaks) into a hint rather than a parse error.
/// </summary>
internal static class KeyFiles
{
    public static RSA LoadPrivateKey(string pem, string what) => Load(pem, what, PemKeys.LoadRsaPrivateKey);

    public static RSA LoadPublicKey(string pem, string what) => Load(pem, what, PemKeys.LoadRsaPublicKey);

    public static X509Certificate2 LoadCertificate(string pem, string what) => Load(pem, what, PemKeys.LoadCertificate);

    private static T Load<T>(string pem, string what, Func<string, T> load)
    {
        if (HasLiteralLineBreaks(pem))
        {
            throw new CliInputException($"{char.ToUpperInvariant(what[0])}{what[1..]} holds the two characters \\n instead of line breaks "
                + "(the usual result of pasting a PEM into an environment variable); write the PEM to a file and pass the -file option, "
                + "or set the variable with real line breaks.");
        }

        return load(pem);
    }

    private static bool HasLiteralLineBreaks(string pem)
        => pem.Contains("-----\\n", StringComparison.Ordinal) && !pem.Contains("-----\n", StringComparison.Ordinal) && !pem.Contains("-----\r\n", StringComparison.Ordinal);
}
