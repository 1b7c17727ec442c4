namespace MemberCards.Sdk;

/// <summary>
/// How the host validates the registrations of the SDK when it starts. Set with
/// <see cref="MemberCardsStartValidationExtensions.ValidateAllOnStart(IMemberCardsBuilder)"/>,
/// <see cref="MemberCardsStartValidationExtensions.WarmUpAfterStart(IMemberCardsBuilder)"/>, the
/// <c>MemberCards:StartValidation</c> setting of the section given to <c>AddMemberCards(configuration)</c>, or
/// <c>services.Configure&lt;MemberCardsStartOptions&gt;(...)</c>.
/// </summary>
public sealed class MemberCardsStartOptions
{
    /// <summary>When registrations are validated; <see cref="MemberCardsStartValidation.FirstUse"/> by default.</summary>
    public MemberCardsStartValidation Validation { get; set; } = MemberCardsStartValidation.FirstUse;

    /// <inheritdoc />
    public override string ToString() => $"MemberCardsStartOptions {{ Validation = {Validation} }}";
}
