namespace MemberCards.Sdk.Testing;

/// <summary>
/// Where an <see cref="EmulatorSuite"/> delivers the inbound messages it is told to send through its control
/// endpoints (<c>/_emulator/...</c>): your host's WeChat Pay notify URL and Youzan push URL. WeChat event pushes go
/// to <see cref="WeChat.WeChatEmulatorOptions.CallbackUrl"/>.
/// </summary>
public sealed class EmulatorCallbacks
{
    /// <summary>The host's WeChat Pay notification URL, or <see langword="null"/>.</summary>
    public Uri? WeChatPay { get; set; }

    /// <summary>The host's Youzan push URL, or <see langword="null"/>.</summary>
    public Uri? Youzan { get; set; }

    /// <summary>The Youzan app whose <c>client_id</c> signs the pushes (default <c>emulator-client</c>).</summary>
    public string YouzanClientId { get; set; } = "emulator-client";

    /// <summary>The Youzan app's <c>client_secret</c> (default <c>emulator-secret</c>).</summary>
    public string YouzanClientSecret { get; set; } = "emulator-secret";
}
