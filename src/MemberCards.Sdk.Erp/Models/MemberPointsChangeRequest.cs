namespace MemberCards.Sdk.Erp;

/// <summary>
/// A member's points change pushed to the ERP (<c>POST /user/memberPoints</c>). The ERP matches the member by
/// <see cref="Mobile"/> (and <see cref="StoreNumber"/> when given) and creates the member when it finds none.
/// </summary>
public sealed class MemberPointsChangeRequest : IValidatedRequest
{
    /// <summary>The longest <see cref="PointsDescription"/> accepted, in characters.</summary>
    public const int MaxPointsDescriptionLength = 100;

    /// <summary>The longest <see cref="Remark"/> accepted, in characters.</summary>
    public const int MaxRemarkLength = 255;

    /// <summary>The longest <see cref="StoreNumber"/> accepted, in characters.</summary>
    public const int MaxStoreNumberLength = 32;

    /// <summary><c>mobile</c> (required): the member's mainland China mobile number, 11 digits such as <c>13800001111</c>.</summary>
    [JsonPropertyName("mobile")]
    public required string Mobile { get; set; }

    /// <summary><c>pointsChanges</c> (required): the change, positive when points are earned and negative when spent.</summary>
    [JsonPropertyName("pointsChanges")]
    public required int PointsChanges { get; set; }

    /// <summary><c>pointsDesc</c>: what the change is for, such as <c>购物送积分</c>; at most <see cref="MaxPointsDescriptionLength"/> characters.</summary>
    [JsonPropertyName("pointsDesc")]
    public string? PointsDescription { get; set; }

    /// <summary><c>pointsRemaining</c> (required): the member's balance after the change; not negative.</summary>
    [JsonPropertyName("pointsRemaining")]
    public required int PointsRemaining { get; set; }

    /// <summary><c>pointsUsed</c> (required): the points the member has used; not negative.</summary>
    [JsonPropertyName("pointsUsed")]
    public required int PointsUsed { get; set; }

    /// <summary><c>remark</c>: a free note such as the order number; at most <see cref="MaxRemarkLength"/> characters.</summary>
    [JsonPropertyName("remark")]
    public string? Remark { get; set; }

    /// <summary><c>storeNumber</c>: the store code the ERP uses to narrow the match, such as <c>1001</c>; at most <see cref="MaxStoreNumberLength"/> characters.</summary>
    [JsonPropertyName("storeNumber")]
    public string? StoreNumber { get; set; }

    /// <inheritdoc />
    void IValidatedRequest.Validate() => MemberPointsChangeRequestValidator.ThrowIfInvalid(this);

    /// <inheritdoc />
    public override string ToString()
        => $"MemberPointsChangeRequest {{ Mobile = {Redaction.Phone(Mobile)}, PointsChanges = {PointsChanges}, PointsRemaining = {PointsRemaining}, PointsUsed = {PointsUsed}, StoreNumber = {StoreNumber ?? "(none)"} }}";
}
