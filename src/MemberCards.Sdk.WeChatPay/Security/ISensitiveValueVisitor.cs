namespace MemberCards.Sdk.WeChatPay;

/// <summary>What <see cref="SensitiveFieldWalker"/> does with each sensitive value it meets.</summary>
internal interface ISensitiveValueVisitor
{
    /// <summary>Looks at (or ties, or replaces) one value.</summary>
    /// <param name="value">The value.</param>
    /// <param name="path">Where it sits (rendered only when an error names it).</param>
    /// <returns>The value itself to keep it, or its replacement.</returns>
    SensitiveText Visit(SensitiveText value, SensitiveFieldPath path);
}
