namespace MemberCards.Sdk.Erp;

/// <summary>
/// The ERP's record of the member after a points change (the <c>data</c> of a <c>code</c> 10000 answer): the
/// member it matched, or the one it created. Every field is optional on the wire. As JSON
/// (<see cref="ErpJson.SerializerOptions"/>) it keeps the ERP's field names; an unknown <see cref="Sex"/> is left out.
/// </summary>
public sealed class ErpMember
{
    /// <summary><c>name</c>: the member's name.</summary>
    public string? Name { get; set; }

    /// <summary><c>sex</c>: 女, 男 or 保密; <see cref="ErpMemberSex.Unknown"/> when absent or not one of those.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public ErpMemberSex Sex { get; set; }

    /// <summary><c>birthday</c>: the birth date; <see langword="null"/> when absent, empty or not a date.</summary>
    public DateOnly? Birthday { get; set; }

    /// <summary><c>address</c>: the postal address.</summary>
    public string? Address { get; set; }

    /// <summary><c>identityCardNo</c>: the identity card number (personal data: redact it in logs).</summary>
    public string? IdentityCardNo { get; set; }

    /// <summary><c>email</c>: the e-mail address.</summary>
    public string? Email { get; set; }

    /// <summary><c>level</c>: the card type; <see langword="null"/> when absent or not an integer (see <see cref="LevelText"/>).</summary>
    public ErpMemberLevel? Level { get; set; }

    /// <summary>The <c>level</c> exactly as sent (a number or a string), or <see langword="null"/> when absent.</summary>
    public string? LevelText { get; set; }

    /// <summary><c>state</c>: the card state; <see langword="null"/> when absent or not an integer (see <see cref="StateText"/>).</summary>
    public ErpMemberState? State { get; set; }

    /// <summary>The <c>state</c> exactly as sent (a number or a string), or <see langword="null"/> when absent.</summary>
    public string? StateText { get; set; }

    /// <summary><c>cardNo</c>: the member card number, such as <c>e0582800</c>.</summary>
    public string? CardNo { get; set; }

    /// <summary><c>storeNumber</c>: the store the member belongs to, such as <c>1001</c>.</summary>
    public string? StoreNumber { get; set; }

    /// <inheritdoc />
    public override string ToString()
        => $"ErpMember {{ CardNo = {CardNo ?? "(none)"}, Level = {LevelText ?? "(none)"}, State = {StateText ?? "(none)"}, StoreNumber = {StoreNumber ?? "(none)"}, IdentityCardNo = {Redaction.IdNumber(IdentityCardNo)} }}";
}
