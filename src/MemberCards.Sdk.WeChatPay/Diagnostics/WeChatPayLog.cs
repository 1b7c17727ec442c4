namespace MemberCards.Sdk.WeChatPay;

/// <summary>The WeChat Pay client's log messages, with stable event ids (3000 range); never a key or a signature.</summary>
internal static partial class WeChatPayLog
{
    [LoggerMessage(EventId = 3001, Level = LogLevel.Information, Message = "Downloaded {Count} WeChat Pay platform certificate(s): {Serials}.")]
    public static partial void CertificatesDownloaded(ILogger logger, int count, string serials);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Warning, Message = "WeChat Pay platform certificate refresh failed; keeping the current certificates.")]
    public static partial void CertificateRefreshFailed(ILogger logger, Exception? exception);

    [LoggerMessage(EventId = 3003, Level = LogLevel.Information, Message = "WeChat Pay merchant '{Name}': changed options applied (certificate serial {Serial}).")]
    public static partial void OptionsReloaded(ILogger logger, string name, string serial);

    [LoggerMessage(EventId = 3004, Level = LogLevel.Error, Message = "WeChat Pay merchant '{Name}': changed options could not be applied; the previous keys stay in use.")]
    public static partial void OptionsReloadFailed(ILogger logger, string name, Exception exception);

    [LoggerMessage(EventId = 3005, Level = LogLevel.Debug, Message = "WeChat Pay serial '{Serial}' is unknown and a certificate download for an unknown serial ran less than {Interval} ago; not downloading again.")]
    public static partial void UnknownSerialThrottled(ILogger logger, string serial, TimeSpan interval);

    [LoggerMessage(EventId = 3090, Level = LogLevel.Warning, Message = "The shared certificate cache or fleet lock is unreachable ({Reason}); merchant {MerchantId} downloads its platform certificates per process until it is back.")]
    public static partial void CertificateSharingUnavailable(ILogger logger, string merchantId, string reason);
}
