namespace MemberCards.Sdk.WeChatPay;

/// <summary>
/// Everything one merchant needs at run time: its options, its signing credentials (parsed once per change), its
/// trusted keys. <see cref="Apply"/> takes changed options (an <c>IOptionsMonitor</c> reload) without a restart.
/// </summary>
internal sealed class WeChatPayMerchant : IDisposable
{
    private readonly List<RSA> retiredKeys = [];
    private readonly object applyGate = new();
    private readonly ILogger logger;
    private readonly WeChatPayParsedPrivateKeys? parsedKeys;
    private WeChatPayOptions options;
    private WeChatPayCredentials credentials;

    public WeChatPayMerchant(string name, WeChatPayOptions options, Func<HttpClient> createClient, TimeProvider time, ILogger logger, WeChatPayCertificateSharing? sharing = null, WeChatPayParsedPrivateKeys? parsedKeys = null)
    {
        Name = name;
        this.options = options;
        this.logger = logger;
        this.parsedKeys = parsedKeys;
        credentials = WeChatPayCredentials.From(options, name, parsedKeys);
        Keys = new WeChatPayKeyStore(options, createClient, time, logger, sharing, name);
        Verifier = new WeChatPaySignatureVerifier(Keys, time);
        Cipher = new SensitiveFieldCipher(() => Credentials, Keys);
    }

    public string Name { get; }

    /// <summary>The options in effect (replaced as a whole by <see cref="Apply"/>).</summary>
    public WeChatPayOptions Options => Volatile.Read(ref options);

    /// <summary>The signing credentials in effect: read once per request, so serial and key always belong together.</summary>
    public WeChatPayCredentials Credentials => Volatile.Read(ref credentials);

    /// <summary>The merchant private key in effect (prefer <see cref="Credentials"/> where the serial is needed too).</summary>
    public RSA PrivateKey => Credentials.PrivateKey;

    public WeChatPayKeyStore Keys { get; }

    public WeChatPaySignatureVerifier Verifier { get; }

    public SensitiveFieldCipher Cipher { get; }

    /// <summary>
    /// Applies changed options: new signing credentials (serial + private key, swapped as one snapshot), a new WeChat
    /// Pay public key or APIv3 key in the key store, a new refresh interval. Options that say the same as those in
    /// effect (a reload that changed other merchants) are taken as they are: no key is parsed, nothing is logged.
    /// Options that cannot be parsed leave everything as it was (logged). The previous private key stays usable for requests in flight and for values
    /// received under it; it is disposed with the merchant.
    /// </summary>
    public void Apply(WeChatPayOptions changed)
    {
        lock (applyGate)
        {
            var before = Options;
            if (WeChatPayOptionsEquality.Same(before, changed))
            {
                // A reload that did not touch this merchant: nothing to parse, nothing to log.
                Keys.Adopt(changed);
                Volatile.Write(ref options, changed);
                return;
            }

            try
            {
                if (WeChatPayCredentials.Differ(before, changed))
                {
                    var next = WeChatPayCredentials.From(changed, Name, parsedKeys);
                    var previous = Interlocked.Exchange(ref credentials, next);
                    retiredKeys.Add(previous.PrivateKey);
                }

                Keys.Apply(changed);
                Volatile.Write(ref options, changed);
                WeChatPayLog.OptionsReloaded(logger, Name, changed.CertificateSerialNumber ?? string.Empty);
            }
            catch (Exception ex) when (ex is ArgumentException or FormatException or CryptographicException or IOException or UnauthorizedAccessException or MemberCardsException)
            {
                WeChatPayLog.OptionsReloadFailed(logger, Name, ex);
            }
        }
    }

    public void Dispose()
    {
        Keys.Dispose();
        lock (applyGate)
        {
            Credentials.PrivateKey.Dispose();
            foreach (var key in retiredKeys)
            {
                key.Dispose();
            }
        }
    }
}
