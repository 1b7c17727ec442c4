namespace MemberCards.Sdk.Iot;

/// <summary>
/// The fields that customer and company records share (<see cref="CustomerProfileEvent"/>: <c>customerAdd</c>,
/// <c>customerUpdate</c>; <see cref="CompanyProfileEvent"/>: <c>companyAdd</c>, <c>companyUpdate</c>). A handler of
/// <see cref="ProfileEvent"/> receives all four. Empty strings read as absent (<see langword="null"/>); ids are exact 64-bit values.
/// </summary>
public abstract class ProfileEvent : IotEvent
{
    private protected ProfileEvent(IotEventKind kind)
        : base(kind)
    {
    }

    /// <summary><c>id</c>: the customer or company id (主键id).</summary>
    public long? Id { get; set; }

    /// <summary><c>projectId</c>: the project id (项目id).</summary>
    public long? ProjectId { get; set; }

    /// <summary><c>name</c>: the name.</summary>
    public string? Name { get; set; }

    /// <summary><c>phone</c>: the phone number (personal data of a customer).</summary>
    public string? Phone { get; set; }

    /// <summary><c>idNumber</c>: the identity document number (personal data of a customer).</summary>
    public string? IdNumber { get; set; }

    /// <summary><c>spaceIds</c>: the spaces the customer or company belongs to (所属空间); empty when none.</summary>
    public IReadOnlyList<long> SpaceIds { get; set => field = value ?? []; } = [];

    /// <summary><c>customerGradeId</c>: the customer grade (客户级别).</summary>
    public long? CustomerGradeId { get; set; }

    /// <summary><c>customerTypeId</c>: the customer type (客户类型).</summary>
    public long? CustomerTypeId { get; set; }

    /// <summary><c>contractName</c>: the emergency contact (紧急联系人; the wire name says "contract").</summary>
    [JsonPropertyName("contractName")]
    public string? EmergencyContactName { get; set; }

    /// <summary><c>contractPhone</c>: the emergency contact's phone (紧急联系人电话).</summary>
    [JsonPropertyName("contractPhone")]
    public string? EmergencyContactPhone { get; set; }

    /// <summary><c>address</c>: the address.</summary>
    public string? Address { get; set; }

    /// <summary><c>email</c>: the e-mail address.</summary>
    public string? Email { get; set; }

    /// <summary><c>remark</c>: a remark.</summary>
    public string? Remark { get; set; }

    /// <summary><c>customerStatus</c>: whether the customer or company is enabled (1 normal, 2 disabled).</summary>
    public CustomerStatus? CustomerStatus { get; set; }
}
