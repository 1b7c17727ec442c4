using System.Security.Cryptography;
using MemberCards.Sdk.Security;
using Microsoft.Extensions.Logging;

namespace MemberCards.Sdk.WeChatPay;

/// <summary>Everything one merchant needs at run time: its options, its private key (parsed once), its trusted keys.</summary>
internal sealed class WeChatPayMerchant : IDisposable
{
    public WeChatPayMerchant(string name, WeChatPayOptions options, Func<HttpClient> createClient, TimeProvider time, ILogger logger, WeChatPayCertificateSharing? sharing = null)
    {
        Name = name;
        Options = options;
        PrivateKey = PemKeys.LoadRsaPrivateKey(!string.IsNullOrWhiteSpace(options.PrivateKey) ? options.PrivateKey : File.ReadAllText(options.PrivateKeyPath!));
        Keys = new WeChatPayKeyStore(options, createClient, time, logger, sharing);
        Verifier = new WeChatPaySignatureVerifier(Keys, time);
        Cipher = new SensitiveFieldCipher(PrivateKey);
    }

    public string Name { get; }

    public WeChatPayOptions Options { get; }

    public RSA PrivateKey { get; }

    public WeChatPayKeyStore Keys { get; }

    public WeChatPaySignatureVerifier Verifier { get; }

    public SensitiveFieldCipher Cipher { get; }

    public void Dispose()
    {
        Keys.Dispose();
        PrivateKey.Dispose();
    }
}
