namespace MemberCards.Sdk.Erp;

/// <summary>The ERP's wire facts and the SDK's names for it, in one place (the emulator and the docs use these too).</summary>
public static class ErpConstants
{
    /// <summary>The service name: the configuration key under <c>MemberCards</c>, the <c>service</c> tag of telemetry and <see cref="MemberCardsException.Service"/>.</summary>
    public const string ServiceName = "Erp";

    /// <summary>The path of the points change, relative to <see cref="ErpPointsOptions.BaseAddress"/>: <c>/user/memberPoints</c>.</summary>
    public const string MemberPointsPath = "/user/memberPoints";

    /// <summary>The answer's <c>code</c> on success: <c>10000</c> (sent as a number or a string).</summary>
    public const string SuccessCode = "10000";

    /// <summary>The answer's <c>code</c> on failure: <c>20000</c> (any code but <see cref="SuccessCode"/> is a failure).</summary>
    public const string FailureCode = "20000";

    /// <summary>The largest answer the client reads: 1 MiB (a member record is well under 1 KiB). A larger answer is refused, not buffered.</summary>
    public const int MaxAnswerBytes = 1024 * 1024;
}
