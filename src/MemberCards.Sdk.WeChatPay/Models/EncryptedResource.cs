namespace MemberCards.Sdk.WeChatPay;

/// <summary>An AEAD_AES_256_GCM resource (<c>encrypt_certificate</c>, notification <c>resource</c>).</summary>
internal sealed class EncryptedResource
{
    /// <summary><c>algorithm</c>: <c>AEAD_AES_256_GCM</c>.</summary>
    public string? Algorithm { get; set; }

    /// <summary><c>nonce</c>.</summary>
    public string? Nonce { get; set; }

    /// <summary><c>associated_data</c>.</summary>
    public string? AssociatedData { get; set; }

    /// <summary><c>ciphertext</c>: Base64 with the tag at the end.</summary>
    public string? Ciphertext { get; set; }

    /// <summary><c>original_type</c> (notifications).</summary>
    public string? OriginalType { get; set; }
}
