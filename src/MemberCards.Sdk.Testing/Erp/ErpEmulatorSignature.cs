namespace MemberCards.Sdk.Testing.Erp;

/// <summary>
/// A SAMPLE authentication scheme the emulator can check, so hosts can test their own ERP signing handler end
/// to end. It is not part of the ERP document and not built into the client: headers <c>X-App-Key</c>,
/// <c>X-Timestamp</c> (Unix seconds) and <c>X-Sign</c> = hex MD5 of the UTF-8 bytes of
/// <c>appKey + timestamp + body + appSecret</c> (either case). Failures answer HTTP 401.
/// </summary>
public sealed class ErpEmulatorSignature
{
    /// <summary>The app key the emulator expects in <c>X-App-Key</c>.</summary>
    public required string AppKey { get; init; }

    /// <summary>The shared secret appended to the signed text.</summary>
    public required string AppSecret { get; init; }

    /// <summary>How far <c>X-Timestamp</c> may be from the emulator's clock; 5 minutes by default.</summary>
    public TimeSpan MaxClockSkew { get; init; } = TimeSpan.FromMinutes(5);

    /// <inheritdoc />
    public override string ToString() => $"ErpEmulatorSignature {{ AppKey = {AppKey}, AppSecret = {Redaction.Secret(AppSecret)} }}";
}
