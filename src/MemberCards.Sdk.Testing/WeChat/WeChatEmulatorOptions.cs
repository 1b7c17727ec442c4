using MemberCards.Sdk.WeChat;

namespace MemberCards.Sdk.Testing.WeChat;

/// <summary>Settings of a <see cref="WeChatEmulator"/>.</summary>
public sealed class WeChatEmulatorOptions
{
    /// <summary>The Official Accounts the emulator knows: AppId to AppSecret.</summary>
    public IDictionary<string, string> Apps { get; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>The clock used for token expiry and event times (inject a fake one in tests).</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>The <c>expires_in</c> of issued tokens, in seconds. Default 7200.</summary>
    public int TokenLifetimeSeconds { get; set; } = 7200;

    /// <summary>The <c>expires_in</c> of issued JS-SDK tickets, in seconds. Default 7200.</summary>
    public int TicketLifetimeSeconds { get; set; } = 7200;

    /// <summary>How many tickets of one type one AppId may fetch before getticket answers 45009 (the emulator's day never ends). Default 1000.</summary>
    public int TicketDailyQuota { get; set; } = 1000;

    /// <summary>
    /// How many customer-service messages one user may receive after each interaction, within
    /// <see cref="WeChatConstants.CustomerServiceWindow"/>, before <c>custom/send</c> answers 45047 (too many messages); a
    /// new interaction starts a new count. Default 5, WeChat's current quota after a user's message (it was 20 until 2021,
    /// and the platform changes it without notice: do not hard-code it in production code).
    /// </summary>
    public int CustomerServiceMessagesPerInteraction { get; set; } = 5;

    /// <summary>
    /// How many mass sends (<c>mass/sendall</c> and <c>mass/send</c>; previews do not count) one AppId may make before they
    /// answer 45028 (no quota left; the emulator's day never ends). Default 100, a service account's daily calls.
    /// </summary>
    public int MassSendQuota { get; set; } = 100;

    /// <summary>Where event pushes are POSTed (your server URL), or <see langword="null"/> to keep them in <see cref="WeChatEmulator.Pushes"/> only.</summary>
    public Uri? CallbackUrl { get; set; }

    /// <summary>The Token configured for the server URL; pushes are signed with it.</summary>
    public string PushToken { get; set; } = "membercards-emulator-token";

    /// <summary>The EncodingAESKey; when set and <see cref="EncryptPushes"/> is on, pushes are sent in safe mode.</summary>
    public string? EncodingAesKey { get; set; }

    /// <summary>Send pushes encrypted (safe mode). Needs <see cref="EncodingAesKey"/>.</summary>
    public bool EncryptPushes { get; set; }

    /// <summary>The Official Account's original id (<c>ToUserName</c> of pushes).</summary>
    public string OriginalId { get; set; } = "gh_emulator0001";
}
