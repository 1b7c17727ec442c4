namespace MemberCards.Sdk.Testing.WeChatPay;

/// <summary>Ways the emulator can spoil the signature of its next answers or notifications.</summary>
public enum WeChatPayMisbehavior
{
    /// <summary>Sign correctly (no misbehaviour).</summary>
    None = 0,

    /// <summary>Sign with a timestamp 10 minutes old.</summary>
    StaleTimestamp,

    /// <summary>Name a serial nobody knows in <c>Wechatpay-Serial</c>.</summary>
    WrongSerial,

    /// <summary>Send a probe signature (<c>WECHATPAY/SIGNTEST/...</c>).</summary>
    ProbeSignature,

    /// <summary>Change the body after signing (one space added).</summary>
    TamperedBody,

    /// <summary>Send no signature headers at all.</summary>
    Unsigned,
}
