namespace MemberCards.Sdk.WeChatPay;

/// <summary>
/// Whether two <see cref="WeChatPayOptions"/> say the same in every setting. A configuration reload re-binds every
/// merchant bound to the reloaded configuration, and the options monitor reports each of them as changed; a merchant
/// whose settings are the same keeps its parsed keys and its state (<see cref="WeChatPayMerchantRegistry"/>), so a
/// reload costs the merchants it changed (issue 23). Every setting is compared (a test adds each property to the
/// list); <see cref="WeChatPayOptions.PrivateKeyPath"/> compares the path, as <see cref="WeChatPayCredentials.Differ"/> does.
/// </summary>
internal static class WeChatPayOptionsEquality
{
    /// <summary>Whether <paramref name="before"/> and <paramref name="after"/> have the same value in every setting.</summary>
    /// <param name="before">The options in effect.</param>
    /// <param name="after">The options after a reload.</param>
    /// <returns><see langword="true"/> when nothing changed.</returns>
    public static bool Same(WeChatPayOptions before, WeChatPayOptions after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        return ReferenceEquals(before, after)
            || (before.Family == after.Family
            && Equal(before.BrandId, after.BrandId)
            && Equal(before.MerchantId, after.MerchantId)
            && Equal(before.CertificateSerialNumber, after.CertificateSerialNumber)
            && Equal(before.PrivateKey, after.PrivateKey)
            && Equal(before.PrivateKeyPath, after.PrivateKeyPath)
            && Equal(before.ApiV3Key, after.ApiV3Key)
            && Equal(before.PublicKeyId, after.PublicKeyId)
            && Equal(before.PublicKey, after.PublicKey)
            && Equals(before.BaseAddress, after.BaseAddress)
            && Equals(before.BackupBaseAddress, after.BackupBaseAddress)
            && before.Timeout == after.Timeout
            && before.AttemptTimeout == after.AttemptTimeout
            && before.MaxRetries == after.MaxRetries
            && before.RetryDelay == after.RetryDelay
            && before.CertificateRefreshInterval == after.CertificateRefreshInterval
            && before.DeduplicationWindow == after.DeduplicationWindow
            && before.MaxMessageBytes == after.MaxMessageBytes
            && before.ProcessingTimeout == after.ProcessingTimeout
            && Equal(before.UserAgent, after.UserAgent));
    }

    private static bool Equal(string? before, string? after) => string.Equals(before, after, StringComparison.Ordinal);
}
