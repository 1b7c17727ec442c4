namespace MemberCards.Sdk.WeChatPay;

/// <summary>The outcome of a WeChat Pay signature check: <see cref="Ok"/>, or why not (machine-readable and as text).</summary>
/// <param name="Reason">Why it failed (<see cref="SignatureFailureReason.Unspecified"/> when it did not).</param>
/// <param name="Message">The explanation, or <see langword="null"/> when it verified.</param>
internal readonly record struct SignatureCheck(SignatureFailureReason Reason, string? Message)
{
    public static SignatureCheck Ok => default;

    public bool Failed => Message is not null;
}
